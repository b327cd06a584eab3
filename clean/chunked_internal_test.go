package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChunked checks a chunked sequence against a slice holding the same
// entries, across chunk boundaries, and that release keeps only what it
// is told to.
func TestChunked(t *testing.T) {
	tests := []struct {
		name string
		n    int
	}{
		{name: "empty", n: 0},
		{name: "within the growing first chunk", n: 100},
		{name: "the first chunk full", n: chunkLen},
		{name: "one more", n: chunkLen + 1},
		{name: "several chunks", n: 3*chunkLen + 17},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c chunked[int]
			for round := 0; round < 2; round++ { // the second reuses the chunks
				var want []int
				for i := range tc.n {
					c.add(3 * i)
					want = append(want, 3*i)
				}
				require.Equal(t, len(want), c.len())
				for i := range want {
					assert.Equal(t, want[i], *c.at(i), "at(%d)", i)
				}
				if tc.n > 0 {
					assert.Equal(t, want[tc.n-1], *c.last())
				}
				// The same again through room and extend, a few at a time.
				var c2 chunked[int]
				for i := 0; i < tc.n; {
					room := c2.room()
					w := min(len(room), 3, tc.n-i)
					for k := range w {
						room[k] = 3 * (i + k)
					}
					c2.extend(w)
					i += w
				}
				require.Equal(t, len(want), c2.len())
				for i := range want {
					assert.Equal(t, want[i], *c2.at(i), "at(%d) after room and extend", i)
				}
				c.truncate()
				assert.Equal(t, 0, c.len())
			}
			c.release(chunkLen)
			assert.LessOrEqual(t, len(c.chunks), 1, "chunks kept")
			for _, ch := range c.chunks {
				assert.Empty(t, ch)
			}
		})
	}
}

// TestChunkedTake checks that a sequence takes the chunks another is
// done with, and only those, and that the other is refilled after it.
func TestChunkedTake(t *testing.T) {
	var from, to chunked[int]
	for i := range 3*chunkLen + 5 {
		from.add(i)
	}
	from.done = 2*chunkLen + 7 // the first two chunks
	to.from = &from
	for i := range 4*chunkLen + 1 {
		to.add(-i)
	}
	assert.Nil(t, from.chunks[0], "taken")
	assert.Nil(t, from.chunks[1], "taken")
	assert.Equal(t, 2*chunkLen+7, *from.at(2*chunkLen + 7), "a chunk not done with is intact")
	for i := range 4*chunkLen + 1 {
		require.Equal(t, -i, *to.at(i))
	}
	from.truncate()
	for i := range 3 * chunkLen {
		from.add(i)
	}
	for i := range 3 * chunkLen {
		require.Equal(t, i, *from.at(i))
	}
}
