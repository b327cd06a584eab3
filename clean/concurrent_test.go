package clean_test

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/clean"
)

// TestConcurrentText cleans damaged texts from many goroutines at once
// (run it with -race): Text reuses buffers between its passes, so every
// result must match a lone call's and stay unchanged by later calls.
func TestConcurrentText(t *testing.T) {
	raw, err := os.ReadFile("../testdata/aljazeera-baghdad-rally.txt")
	require.NoError(t, err)
	inputs := []string{
		string(raw),
		strings.Repeat("It\u00e2\u20ac\u2122s &quot;plan&quot;\u00a0\u00a0for caf\u00c3\u00a9 & # 39; s.\r\n", 200),
		"nothing to fix here",
	}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		want[i] = clean.Text(in)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var kept []string
			for n := 0; n < 20; n++ {
				for i, in := range inputs {
					got := clean.Text(in)
					assert.Equal(t, want[i], got)
					kept = append(kept, got)
				}
			}
			for k, got := range kept {
				assert.Equal(t, want[k%len(inputs)], got, "result %d changed after later calls", k)
			}
		}()
	}
	wg.Wait()
}
