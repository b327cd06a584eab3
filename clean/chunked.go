package clean

// chunkShift sets the entries per chunk of a chunked sequence: 4096, tens
// to a few hundred kilobytes for the records kept in one (pieces of the
// map, repairs of the log).
const (
	chunkShift = 12
	chunkLen   = 1 << chunkShift
	chunkMask  = chunkLen - 1
)

// A chunked is an append-only sequence kept in chunks of chunkLen
// entries, for the records of a doc whose number grows with the text:
// growing it never copies what it holds (a slice grown by append copies
// its entries again and again, five times over for a big one, and a
// fresh big slice is zeroed first), and reset keeps a bounded number of
// chunks for the next call. The first chunk starts small and grows to
// chunkLen, so that a short text does not take a whole chunk.
type chunked[T any] struct {
	chunks [][]T // every chunk but the last holds chunkLen entries
	n      int
}

// len returns the number of entries.
func (c *chunked[T]) len() int { return c.n }

// at returns entry i, which must exist.
func (c *chunked[T]) at(i int) *T { return &c.chunks[i>>chunkShift][i&chunkMask] }

// last returns the last entry, which must exist.
func (c *chunked[T]) last() *T { return c.at(c.n - 1) }

// add appends v.
func (c *chunked[T]) add(v T) {
	k := c.n >> chunkShift
	if k == len(c.chunks) {
		c.chunks = append(c.chunks, nil)
	}
	ch := c.chunks[k]
	if len(ch) == cap(ch) {
		// Only the first chunk is ever grown (to chunkLen at most); later
		// ones are made whole.
		grown := make([]T, len(ch), min(max(2*cap(ch), 16), chunkLen))
		if k > 0 {
			grown = make([]T, 0, chunkLen)
		}
		copy(grown, ch)
		ch = grown
	}
	c.chunks[k] = append(ch, v)
	c.n++
}

// truncate empties the sequence and keeps its chunks.
func (c *chunked[T]) truncate() {
	for k := range c.chunks {
		c.chunks[k] = c.chunks[k][:0]
	}
	c.n = 0
}

// release empties the sequence for the next call, zeroing the entries it
// held so that they keep no text alive, and keeps at most keep entries'
// worth of chunks.
func (c *chunked[T]) release(keep int) {
	if k := (keep + chunkMask) >> chunkShift; k < len(c.chunks) {
		clear(c.chunks[k:]) // dropped: not worth zeroing
		c.chunks = c.chunks[:k]
	}
	for k, ch := range c.chunks {
		clear(ch)
		c.chunks[k] = ch[:0]
	}
	c.n = 0
}

// search returns the smallest index i in [from, len) for which f(at(i))
// holds, or len, if f is false up to some index and true from there. It
// looks at from, from+1, from+3, from+7 and so on before it halves, as
// the index sought is most often at from or just after.
func (c *chunked[T]) search(from int, f func(*T) bool) int {
	lo, hi, step := from, from, 1
	for hi < c.n && !f(c.at(hi)) {
		lo = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi, c.n) // f is false before lo, true at hi if hi < len
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if f(c.at(m)) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}
