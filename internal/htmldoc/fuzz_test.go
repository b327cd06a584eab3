package htmldoc_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/htmldoc"
)

// FuzzParse checks the documented invariants on any input: no panic,
// valid UTF-8 in every string, no empty block. It is seeded with the HTML
// fixtures of package article.
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob("../../article/testdata/html/*.html")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<script type=application/ld+json>{\"@graph\":[[[[{\"@type\":\"NewsArticle\",\"author\":[{\"@id\":\"x\"}]}]]]]}</script>"))
	f.Add([]byte("<meta charset=utf-16><p>\xff\xfe\x00"))
	f.Add([]byte("<div class=\"caption\"><figure><figcaption><span class=credit>"))
	f.Add([]byte("<h1>A headline here</h1><p class=dek>The standfirst of the story.</p><p>A paragraph of the story that opens the body.</p><script type=application/json>[{\"type\":\"paragraph\",\"content\":[{\"value\":\"A paragraph of the story that opens the body.\"}]}]</script>"))
	f.Add([]byte("<script data-s='{\"datePublished\":\"2023-12-05\"}'></script><script>x={\\\"datePublished\\\":\\\"2023"))
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := htmldoc.Parse(in)
		if err != nil {
			return
		}
		strs := []string{doc.Title, doc.Publisher, doc.Dateline}
		for _, a := range doc.Authors {
			strs = append(strs, a.Name, a.Organization)
		}
		for _, b := range doc.Blocks {
			if b.Text == "" {
				t.Errorf("empty %s block", b.Kind)
			}
			strs = append(strs, b.Text, b.Credit)
		}
		for _, s := range strs {
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8: %q", s)
			}
		}
	})
}
