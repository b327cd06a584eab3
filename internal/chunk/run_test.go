package chunk

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestArenaKeep checks that Of returns what Keep copied, for runs short
// and long, empty ones among them, across chunks and after a Reset.
func TestArenaKeep(t *testing.T) {
	var a Arena[int]
	for round := range 2 {
		var runs []Run
		var copies, wants [][]int
		for n := range 200 {
			run := make([]int, n*13%1500)
			if n%7 == 0 {
				run = run[:0]
			}
			for i := range run {
				run[i] = round*1000000 + n*10000 + i
			}
			c, r := a.Keep(run)
			runs, copies, wants = append(runs, r), append(copies, c), append(wants, run)
		}
		for i, r := range runs {
			got := a.Of(r)
			require.Equal(t, wants[i], got, "round %d, run %d", round, i)
			assert.Equal(t, len(got), cap(got), "appending to a run cannot reach the next")
			if len(got) > 0 {
				assert.Same(t, &copies[i][0], &got[0], "Of returns the copy Keep handed out")
			}
		}
		a.Reset(4 * Size)
	}
}
