package article_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/golden"
)

// TestGolden parses each sample article in ../testdata and compares a
// readable dump of the result with testdata/golden/<name>.golden.
func TestGolden(t *testing.T) {
	testGoldenFiles(t, "../testdata/*.txt", func(file string) string {
		name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		return filepath.Join("testdata", "golden", name+".golden")
	})
}

// testGoldenFiles parses each file matching pattern, one subtest per file
// named after it, and compares the dump of the result (or the error) with
// the golden file that goldenOf names; -update rewrites the goldens
// (internal/golden).
func testGoldenFiles(t *testing.T, pattern string, goldenOf func(file string) string) {
	files, err := filepath.Glob(pattern)
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(file)
			require.NoError(t, err)
			defer f.Close()
			var got string
			if a, err := article.Parse(f); err != nil {
				got = "error: " + err.Error() + "\n"
			} else {
				got = dump(a)
			}
			golden.Check(t, goldenOf(file), got)
		})
	}
}

// dump writes an Article one field per line and one paragraph per block.
// Strings go through visible, so that invisible characters show.
func dump(a *article.Article) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("title: %s", visible(a.Title))
	line("date_published: %s", a.DatePublished)
	if d := a.Dateline; d != nil {
		line("dateline: %s", visible(d.Text))
		line("  city=%s region=%s country=%s agency=%s date=%s", visible(d.City), visible(d.Region), visible(d.Country), visible(d.Agency), visible(d.Date))
	}
	for _, au := range a.Authors {
		line("author: %s (organization=%s)", visible(au.Name), visible(au.Organization))
	}
	for _, c := range a.Contributors {
		line("contributor: %s (role=%s location=%s organization=%s)", visible(c.Name), visible(c.Role), visible(c.Location), visible(c.Organization))
	}
	line("publisher: %s", visible(a.Publisher))
	for _, s := range a.Subheadings {
		line("subheading before paragraph %d: %s", s.Paragraph, visible(s.Text))
	}
	for _, c := range a.Captions {
		line("caption before paragraph %d (credit=%s): %s", c.Paragraph, visible(c.Credit), visible(c.Text))
	}
	line("")
	for i, p := range a.Paragraphs {
		line("paragraph %d:", i)
		line("%s", visible(p))
		line("")
	}
	for i, q := range a.Quotes {
		line("quote %d in paragraph %d (speaker=%s role=%s verb=%s partial=%t):", i, q.Paragraph, visible(q.Speaker), visible(q.Role), visible(q.Verb), q.Partial)
		line("  %s", visible(q.Text))
	}
	line("")
	for _, r := range a.Repairs {
		line("repair %s at %d: %q -> %q", r.Kind, r.Offset, r.Before, r.After)
	}
	return b.String()
}

// visible marks characters a reader could not see: NBSP, zero-width
// characters, soft hyphens, controls, and a trailing space.
func visible(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\u00a0':
			b.WriteString("[NBSP]")
		case r == '\u200b':
			b.WriteString("[ZWSP]")
		case r == '\u200c':
			b.WriteString("[ZWNJ]")
		case r == '\u200d':
			b.WriteString("[ZWJ]")
		case r == '\u00ad':
			b.WriteString("[SHY]")
		case r == '\ufeff':
			b.WriteString("[BOM]")
		case r == '\ufffd':
			b.WriteString("[FFFD]")
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			fmt.Fprintf(&b, "[U+%04X]", r)
		default:
			b.WriteRune(r)
		}
	}
	if strings.HasSuffix(s, " ") {
		b.WriteString("$")
	}
	return b.String()
}
