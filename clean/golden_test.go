package clean_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/clean"
	"github.com/copydesk/copydesk/internal/golden"
)

// TestGolden cleans each sample article (../testdata/*.txt) and each
// fixture in testdata/*.in.txt the way the article package does (Decode,
// then TextRepairs) and compares a dump of the repairs and the text with
// testdata/<name>.golden. Run with -update to rewrite the goldens.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	own, err := filepath.Glob("testdata/*.in.txt")
	require.NoError(t, err)
	files = append(files, own...)
	require.NotEmpty(t, files)
	for _, path := range files {
		name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(path), ".txt"), ".in")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(path)
			require.NoError(t, err)
			s, r1 := clean.Decode(raw)
			out, r2 := clean.TextRepairs(s)
			checkRepairs(t, s, r2)
			got := dump(r1, r2, out)
			golden.Check(t, filepath.Join("testdata", name+".golden"), got)
		})
	}
}

// dump writes the repairs one a line, then the text with each line
// ending in "$" and invisible characters spelled out.
func dump(decode, text []clean.Repair, out string) string {
	var b strings.Builder
	for _, r := range decode {
		fmt.Fprintf(&b, "decode %d %s %q -> %q\n", r.Offset, r.Kind, r.Input(), r.After)
	}
	for _, r := range text {
		fmt.Fprintf(&b, "repair %d %s %q -> %q\n", r.Offset, r.Kind, r.Input(), r.After)
	}
	b.WriteString("--- text\n")
	for _, line := range strings.Split(out, "\n") {
		b.WriteString(visible(line))
		b.WriteString("$\n")
	}
	return b.String()
}

var visibleNames = strings.NewReplacer(
	"\u00a0", "[NBSP]", "\u200b", "[ZWSP]", "\u00ad", "[SHY]", "\t", "[TAB]",
	"\ufeff", "[BOM]", "\u200c", "[ZWNJ]", "\u200d", "[ZWJ]", "\r", "[CR]",
)

func visible(s string) string { return visibleNames.Replace(s) }
