package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChunkedList checks a qChunked filled by slot against a slice, across
// chunk ends, truncated, and reused after reset.
func TestChunkedList(t *testing.T) {
	tests := []struct {
		name     string
		n, trunc int
	}{
		{"empty", 0, 0},
		{"one", 1, 1},
		{"a chunk", qChunkLen, qChunkLen - 1},
		{"past a chunk", qChunkLen + 1, qChunkLen},
		{"several chunks", 3*qChunkLen + 7, qChunkLen + 3},
		{"truncated to nothing", 2 * qChunkLen, 0},
	}
	var c qChunked[int]
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c.reset(2 * qChunkLen)
			require.Equal(t, 0, c.len())
			var want []int
			for k := range tc.n {
				*c.slot() = 3 * k
				want = append(want, 3*k)
			}
			require.Equal(t, tc.n, c.len())
			for k := range want {
				assert.Equal(t, want[k], *c.at(k), "at(%d)", k)
			}
			c.truncate(tc.trunc)
			require.Equal(t, tc.trunc, c.len())
			*c.slot() = -1
			assert.Equal(t, -1, *c.at(tc.trunc))
			for k := range tc.trunc {
				assert.Equal(t, want[k], *c.at(k), "at(%d) after truncate(%d)", k, tc.trunc)
			}
			assert.LessOrEqual(t, len(c.free)+len(c.chunks), max(2, tc.n/qChunkLen+2), "chunks held")
		})
	}
}

// TestChunkedCarve checks that carved runs keep their values while more
// are carved, runs longer than a chunk included, and that reset keeps at
// most the chunks asked for.
func TestChunkedCarve(t *testing.T) {
	var c qChunked[int]
	for round := range 3 {
		var runs [][]int
		var want [][]int
		for k, n := range []int{1, 5, qChunkLen - 3, 7, 2 * qChunkLen, 0, qChunkLen, 3} {
			run := make([]int, n)
			for i := range run {
				run[i] = 1000*k + i + round
			}
			runs = append(runs, c.carve(run))
			want = append(want, run)
		}
		for k := range want {
			assert.Equal(t, len(want[k]), cap(runs[k]), "run %d: an append must copy", k)
			if len(want[k]) > 0 {
				assert.Equal(t, want[k], runs[k], "run %d", k)
			}
		}
		c.reset(2 * qChunkLen)
		assert.LessOrEqual(t, len(c.free), 2)
		assert.Empty(t, c.chunks)
	}
}
