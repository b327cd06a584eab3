package normalize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/internal/golden"
)

// qReadParagraphs reads a fixture of body paragraphs separated by blank
// lines.
func qReadParagraphs(t testing.TB, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(string(b)), "\n\n") {
		out = append(out, strings.TrimSpace(p))
	}
	return out
}

// qDump writes quotes one field per line, one quote per block.
func qDump(qs []Quote) string {
	var b strings.Builder
	for k, q := range qs {
		if k > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "paragraph: %d\n", q.Paragraph)
		fmt.Fprintf(&b, "text: %q\n", q.Text)
		fmt.Fprintf(&b, "speaker: %s\n", q.Speaker)
		if q.Role != "" {
			fmt.Fprintf(&b, "role: %s\n", q.Role)
		}
		fmt.Fprintf(&b, "verb: %s\n", q.Verb)
		fmt.Fprintf(&b, "partial: %v\n", q.Partial)
	}
	return b.String()
}

// TestQuotesGolden runs Quotes over the cleaned body paragraphs of the
// sample articles and compares a readable dump with the golden files.
func TestQuotesGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "quotes", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			got := qDump(Quotes(qReadParagraphs(t, path)))
			golden.Check(t, strings.TrimSuffix(path, ".txt")+".golden", got)
		})
	}
}
