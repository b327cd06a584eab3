package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzQuotes checks the documented invariants of Quotes: it never panics;
// quotes come in text order with a paragraph index in range; each line of a
// quote's text is non-empty and is a substring of a paragraph at or after
// the quote's own (a quote that spans paragraphs has one line per paragraph);
// and valid UTF-8 input gives valid UTF-8 quotes.
func FuzzQuotes(f *testing.F) {
	seeds := []string{
		"“We will stay,” Jane Roe said, “and win.”",
		"\"Q1,\" he said.\n\n\"Q2.\"",
		"“Open\n\n“and reopened,” said X.",
		"Today's '90s Americans’ ''racist'' «  oui » ‘single’",
		"\"\"\"\"\"''''“”“”",
		"Mariam, 18, came.\n\n\"I am here,\" he told Al Jazeera.",
		"id=\"1\" author=\"@x\"",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		paragraphs := strings.Split(s, "\n\n")
		qs := Quotes(paragraphs)
		last := 0
		for _, q := range qs {
			if q.Paragraph < 0 || q.Paragraph >= len(paragraphs) {
				t.Fatalf("paragraph %d out of range in %q", q.Paragraph, s)
			}
			if q.Paragraph < last {
				t.Fatalf("quotes out of order in %q", s)
			}
			last = q.Paragraph
			if q.Text == "" {
				t.Fatalf("empty quote in %q", s)
			}
			from := q.Paragraph
			for _, line := range strings.Split(q.Text, "\n") {
				found := false
				for p := from; p < len(paragraphs); p++ {
					if line != "" && strings.Contains(paragraphs[p], line) {
						found, from = true, p
						break
					}
				}
				if !found {
					t.Fatalf("quote line %q not in the paragraphs of %q", line, s)
				}
			}
			if utf8.ValidString(s) && !utf8.ValidString(q.Text+q.Speaker+q.Role+q.Verb) {
				t.Fatalf("invalid UTF-8 out of valid input %q", s)
			}
		}
	})
}
