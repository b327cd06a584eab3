package normalize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/textgen"
)

// BenchmarkQuotesOneLine finds the quotes of generated articles written as
// one paragraph, of 10 KB to 10 MB: the time per byte should stay flat as
// the paragraph outgrows qLongParagraph and its words are read again in a
// window (qWordWindow) rather than kept.
func BenchmarkQuotesOneLine(b *testing.B) {
	for _, size := range []int{10 << 10, 100 << 10, 1 << 20, 10 << 20} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			text := string(textgen.Article(size, textgen.OneLine))
			paragraphs := strings.Split(text, "\n\n")
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Quotes(paragraphs)
			}
		})
	}
}
