package clean

// chunkShift sets the entries per chunk of a chunked sequence: 4096, tens
// to a few hundred kilobytes for the records kept in one (marks of the
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
// fresh big slice is zeroed first), and release keeps a bounded number
// of chunks for the next call. The first chunk starts small and grows to
// chunkLen, so that a short text does not take a whole chunk.
//
// A sequence written while another is read from the front, as a splice
// writes the new map while it reads the old one, can take the chunks the
// other is done with (from, done) before it makes new ones.
type chunked[T any] struct {
	chunks [][]T // every chunk but the last holds chunkLen entries; nil once taken
	n      int
	// from is the sequence whose finished chunks add takes, or nil.
	from *chunked[T]
	// done: the entries before it are read no more, and the chunks
	// before chunk given are taken or not worth taking.
	done, given int
}

// len returns the number of entries.
func (c *chunked[T]) len() int { return c.n }

// at returns entry i, which must exist and not be done with.
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
		ch = c.grow(k, ch)
	}
	c.chunks[k] = append(ch, v)
	c.n++
}

// room returns the free entries of the last chunk, at least one, for
// the caller to write the next entries into and extend to take them: a
// loop that appends many entries does so without a call each.
func (c *chunked[T]) room() []T {
	k := c.n >> chunkShift
	if k == len(c.chunks) {
		c.chunks = append(c.chunks, nil)
	}
	ch := c.chunks[k]
	if len(ch) == cap(ch) {
		ch = c.grow(k, ch)
		c.chunks[k] = ch
	}
	return ch[len(ch):cap(ch)]
}

// extend appends the first n entries of what room returned.
func (c *chunked[T]) extend(n int) {
	k := c.n >> chunkShift
	c.chunks[k] = c.chunks[k][:len(c.chunks[k])+n]
	c.n += n
}

// grow returns chunk k, ch, which is full, with room: a chunk that from
// is done with if there is one, else a whole one made, but for the first
// chunk, which grows to chunkLen.
func (c *chunked[T]) grow(k int, ch []T) []T {
	var grown []T
	if c.from != nil {
		grown = c.from.take()
	}
	switch {
	case grown != nil:
	case k > 0:
		grown = make([]T, 0, chunkLen)
	default:
		grown = make([]T, 0, min(max(2*cap(ch), 16), chunkLen))
	}
	return append(grown, ch...)
}

// take returns a whole chunk that holds only entries before done, emptied,
// and forgets it; or nil if there is none.
func (c *chunked[T]) take() []T {
	for ; c.given < c.done>>chunkShift; c.given++ {
		if ch := c.chunks[c.given]; cap(ch) == chunkLen {
			c.chunks[c.given] = nil
			c.given++
			return ch[:0]
		}
	}
	return nil
}

// truncate empties the sequence and keeps its chunks.
func (c *chunked[T]) truncate() {
	for k := range c.chunks {
		c.chunks[k] = c.chunks[k][:0]
	}
	c.n, c.done, c.given = 0, 0, 0
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
	c.n, c.done, c.given, c.from = 0, 0, 0, nil
}
