package chunk

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAppendTo checks that AppendTo appends every entry in order, for
// lists within their first chunk, of whole chunks and across them, after
// a Truncate, and to a slice that holds entries already.
func TestAppendTo(t *testing.T) {
	tests := []struct {
		name      string
		add, keep int // entries added, then kept by Truncate
	}{
		{"empty", 0, 0},
		{"first chunk growing", 20, 20},
		{"one whole chunk", Size, Size},
		{"across chunks", 3*Size + 7, 3*Size + 7},
		{"truncated into a chunk", 3*Size + 7, Size + 3},
		{"truncated to a chunk's end", 2 * Size, Size},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var l List[int]
			for i := range tc.add {
				l.Add(i)
			}
			l.Truncate(tc.keep)
			want := []int{-1}
			for i := range tc.keep {
				want = append(want, i)
			}
			assert.Equal(t, want, l.AppendTo([]int{-1}))
		})
	}
}
