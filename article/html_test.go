package article_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/article"
)

// TestHTMLGolden parses each page under testdata/html (pages written for
// these tests, see testdata/html/README.md) and compares a readable dump
// of the result, or the error, with testdata/html/<name>.golden. Run with
// -update to rewrite the goldens.
func TestHTMLGolden(t *testing.T) {
	testGoldenFiles(t, "testdata/html/*.html", func(file string) string {
		return strings.TrimSuffix(file, ".html") + ".golden"
	})
}

// TestHTMLNotArticle checks that pages without an article body fail with
// ErrNoText instead of returning navigation as the body.
func TestHTMLNotArticle(t *testing.T) {
	tests := []struct {
		name, file string
	}{
		{name: "index page of teaser cards", file: "testdata/html/index-page.html"},
		{name: "section front with unlinked summaries", file: "testdata/html/section-front.html"},
		{name: "404 page", file: "testdata/html/error-page.html"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := os.Open(tc.file)
			require.NoError(t, err)
			defer f.Close()
			a, err := article.Parse(f)
			assert.True(t, errors.Is(err, article.ErrNoText), "Parse(%s) = %+v, %v; want ErrNoText", tc.file, a, err)
		})
	}
}

// TestHTMLUTF16 checks that a UTF-16 page with a byte order mark is
// sniffed as HTML and decoded.
func TestHTMLUTF16(t *testing.T) {
	page := "<html><body><p>Die Brücke über den Hafen ist nach fünf Wochen wieder für den Verkehr geöffnet worden, teilte die Hafenbehörde am Freitag mit.</p></body></html>"
	var b []byte
	b = append(b, 0xff, 0xfe)
	for _, r := range page {
		b = append(b, byte(r), byte(r>>8))
	}
	a, err := article.Parse(strings.NewReader(string(b)))
	require.NoError(t, err)
	assert.Equal(t, []string{"Die Brücke über den Hafen ist nach fünf Wochen wieder für den Verkehr geöffnet worden, teilte die Hafenbehörde am Freitag mit."}, a.Paragraphs)
}
