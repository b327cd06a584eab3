package normalize

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/htmldoc/naeb"
)

// BenchmarkQuoteMarksNAEB finds the quotation marks of every NAEB
// ground-truth body (paragraphs split at newlines), the scan alone without
// attribution, all of them per iteration. It skips without the corpus.
func BenchmarkQuoteMarksNAEB(b *testing.B) {
	dir, err := naeb.Find()
	if err != nil {
		b.Skip(err)
	}
	recs, err := naeb.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	var articles [][]string
	var size int64
	for _, r := range recs {
		if r.Text != "" {
			articles = append(articles, strings.Split(r.Text, "\n"))
			size += int64(len(r.Text))
		}
	}
	var raws []qRaw
	var parts []qPart
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, paragraphs := range articles {
			raws, parts = qScanInto(raws[:0], parts[:0], paragraphs)
		}
	}
}
