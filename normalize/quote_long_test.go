package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/internal/textgen"
)

// TestLongParagraphPieces checks that reading a long paragraph in pieces
// (qLongParagraph) finds exactly what reading it whole does.
func TestLongParagraphPieces(t *testing.T) {
	tests := []struct {
		name   string
		flavor textgen.Flavor
	}{
		{"plain", textgen.Plain},
		{"one line", textgen.OneLine},
		{"quote marks", textgen.QuoteMarks},
	}
	defer func(n int) { qLongParagraph = n }(qLongParagraph)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := string(textgen.Article(200<<10, tt.flavor))
			paragraphs := strings.Split(text, "\n\n")
			qLongParagraph = 1 << 30
			whole := Quotes(paragraphs)
			assert.NotEmpty(t, whole)
			for _, n := range []int{1 << 10, 4 << 10, 64 << 10} {
				qLongParagraph = n
				assert.Equal(t, whole, Quotes(paragraphs), "pieces of %d bytes", n)
			}
			qLongParagraph = 1 << 30
		})
	}
}
