package normalize

import (
	"testing"

	"github.com/copydesk/copydesk/internal/chunk"
)

// BenchmarkQuoteMarksNAEB finds the quotation marks of every NAEB
// ground-truth body (paragraphs split at newlines), the scan alone without
// attribution, all of them per iteration. It skips without the corpus.
func BenchmarkQuoteMarksNAEB(b *testing.B) {
	articles, size := naebBodies(b)
	var raws chunk.List[qRaw]
	var parts chunk.List[qPart]
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, paragraphs := range articles {
			qScanInto(&raws, &parts, paragraphs)
			raws.Reset(qScratchMax / 8)
			parts.Reset(qScratchMax / 8)
		}
	}
}
