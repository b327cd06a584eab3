package normalize

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/htmldoc/naeb"
)

// BenchmarkQuotes finds and attributes the quotes of each sample article
// (cleaned body paragraphs under testdata/quotes).
func BenchmarkQuotes(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "quotes", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatal("no samples", err)
	}
	for _, path := range files {
		paragraphs := qReadParagraphs(b, path)
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Quotes(paragraphs)
			}
		})
	}
}

// BenchmarkQuotesDense measures a paragraph dense with attributed quotes,
// 1,000 of them: the cost per quote must not grow with the paragraph.
func BenchmarkQuotesDense(b *testing.B) {
	p := strings.Repeat(`"Yes," said John Smith. "No," he added. `, 500)
	b.ReportAllocs()
	for b.Loop() {
		Quotes([]string{p})
	}
}

// BenchmarkQuotesNAEB finds the quotes of every NAEB ground-truth body
// (paragraphs split at newlines), all of them per iteration. It skips
// without the corpus.
func BenchmarkQuotesNAEB(b *testing.B) {
	articles, size := naebBodies(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, paragraphs := range articles {
			Quotes(paragraphs)
		}
	}
}

// naebBodies returns the NAEB ground-truth bodies split at newlines into
// paragraphs, and their size in bytes; the benchmark skips without the
// corpus.
func naebBodies(b *testing.B) (articles [][]string, size int64) {
	dir, err := naeb.Find()
	if err != nil {
		b.Skip(err)
	}
	recs, err := naeb.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range recs {
		if r.Text != "" {
			articles = append(articles, strings.Split(r.Text, "\n"))
			size += int64(len(r.Text))
		}
	}
	return articles, size
}
