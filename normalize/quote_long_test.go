package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/internal/textgen"
)

// TestLongParagraphPieces checks that reading a long paragraph in pieces
// (qLongParagraph), and reading its words again in a window that moves
// along with the quotes (qWordWindowStep), finds exactly what reading it
// whole does.
func TestLongParagraphPieces(t *testing.T) {
	tests := []struct {
		name   string
		flavor textgen.Flavor
	}{
		{"plain", textgen.Plain},
		{"one line", textgen.OneLine},
		{"quote marks", textgen.QuoteMarks},
	}
	defer func(n, step int) { qLongParagraph, qWordWindowStep = n, step }(qLongParagraph, qWordWindowStep)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := string(textgen.Article(200<<10, tt.flavor))
			paragraphs := strings.Split(text, "\n\n")
			qLongParagraph = 1 << 30
			whole := Quotes(paragraphs)
			assert.NotEmpty(t, whole)
			for _, n := range []int{1 << 10, 4 << 10, 64 << 10} {
				for _, step := range []int{100, 4 << 10, 64 << 10} {
					qLongParagraph, qWordWindowStep = n, step
					assert.Equal(t, whole, Quotes(paragraphs), "pieces of %d bytes, window pieces of %d", n, step)
				}
			}
			qLongParagraph = 1 << 30
		})
	}
}
