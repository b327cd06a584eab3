package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// conventionSeeds are the paragraphs of the samples plus the forms each
// convention knows, for the fuzz targets below.
func conventionSeeds(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*.txt")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			f.Add(p)
		}
	}
	for _, s := range []string{
		"BAGHDAD, Jan. 24, 2020 (Reuters) - X.", "ST. LOUIS — A.", "Hong Kong CNN  — A.",
		"By Jane Doe and John Roe", "Jane Doe | Reuters",
		"(Reporting by A B in C; Editing by D E)", "Russo reported from New York.",
		"A soldier (Emma Francis / Al Jazeera)", "x. Photo: A/B", "date 2020-01-24 x",
		"'Get rid of American forces'", "(", "[", "—", ": ", " by ", "date ",
	} {
		f.Add(s)
	}
}

// FuzzConventions checks the invariants of the paragraph readers: no
// panic; a dateline is a prefix of its paragraph and the rest its suffix;
// a caption and credit come from the paragraph; every name read is
// non-empty, and all output is valid UTF-8 when the input is.
func FuzzConventions(f *testing.F) {
	conventionSeeds(f)
	f.Fuzz(func(t *testing.T, p string) {
		valid := utf8.ValidString(p)
		check := func(what, s string) {
			if valid && !utf8.ValidString(s) {
				t.Errorf("%s %q is not valid UTF-8", what, s)
			}
		}
		if d, rest, ok := CutDateline(p); ok {
			if !strings.HasPrefix(p, d.Text) || !strings.HasSuffix(p, rest) || len(d.Text)+len(rest) > len(p) {
				t.Errorf("CutDateline(%q) = %q + %q: not a split of the paragraph", p, d.Text, rest)
			}
			check("dateline city", d.City)
		} else if rest != p {
			t.Errorf("CutDateline(%q) not ok but rest = %q", p, rest)
		}
		if d, ok := ParseDateline(p); ok && d.City == "" {
			t.Errorf("ParseDateline(%q) ok without a city", p)
		}
		if authors, ok := Byline(p); ok {
			for _, a := range authors {
				if a.Name == "" || !strings.Contains(p, a.Name) {
					t.Errorf("Byline(%q): author %q not in the paragraph", p, a.Name)
				}
			}
		}
		if cs, ok := Contributors(p); ok {
			for _, c := range cs {
				if c.Name == "" || !strings.Contains(p, c.Name) {
					t.Errorf("Contributors(%q): %q not in the paragraph", p, c.Name)
				}
			}
		}
		if caption, credit, ok := CutCredit(p); ok {
			if !strings.Contains(p, caption) || credit == "" || !strings.Contains(p, credit) {
				t.Errorf("CutCredit(%q) = %q, %q: not from the paragraph", p, caption, credit)
			}
		}
		if d, rest, ok := DateHeader(p); ok && (d.IsZero() || !strings.HasSuffix(p, rest)) {
			t.Errorf("DateHeader(%q) = %v, %q", p, d, rest)
		}
		IsSubheading(p)
	})
}
