package normalize

// A qChunked holds values of T in chunks, so that a list that grows with
// the article is never copied to a bigger array, and the chunks are
// reused from article to article (reset) up to a bound, so that a stream
// of articles does not allocate them anew while a huge article does not
// stay in memory.
//
// It serves two uses: a list filled one value at a time (slot), whose
// values are found by index (at); and runs of values carved out together
// (carve), each contiguous, as slices that last until reset. A run that
// does not fit in what is left of the current chunk starts the next one,
// so a list that is carved from must not be indexed.
type qChunked[T any] struct {
	chunks [][]T // the chunks in use, the last one being filled
	free   [][]T // empty chunks to reuse, of qChunkLen values or more
	spare  int   // the values the free chunks have room for
}

// qChunkLen is how many values a chunk holds (a chunk carved from holds
// more when one run needs more): big enough that a chunk costs little to
// find, small enough that a small article allocates little before its
// chunks are reused.
const (
	qChunkShift = 8
	qChunkLen   = 1 << qChunkShift
)

// qChunkMaxLen is the most values a chunk kept for reuse holds: a longer
// one, carved for a run that long, is left to the garbage collector.
const qChunkMaxLen = 16 * qChunkLen

// len returns how many values a list filled by slot holds.
func (c *qChunked[T]) len() int {
	n := len(c.chunks)
	if n == 0 {
		return 0
	}
	return (n-1)<<qChunkShift + len(c.chunks[n-1])
}

// at returns the kth value of a list filled by slot.
func (c *qChunked[T]) at(k int) *T {
	return &c.chunks[k>>qChunkShift][k&(qChunkLen-1)]
}

// slot adds a value to the list and returns it, to be written field by
// field. It may hold what an earlier article left there, so every field
// must be written.
func (c *qChunked[T]) slot() *T {
	if n := len(c.chunks); n > 0 { // the common case, short enough to inline
		if last := &c.chunks[n-1]; len(*last) < cap(*last) {
			*last = (*last)[:len(*last)+1]
			return &(*last)[len(*last)-1]
		}
	}
	return c.slotGrown()
}

// slotGrown is slot when the last chunk is full: it starts the next one.
func (c *qChunked[T]) slotGrown() *T {
	c.grow(1)
	last := &c.chunks[len(c.chunks)-1]
	*last = (*last)[:1:qChunkLen] // at counts on a chunk of qChunkLen
	return &(*last)[0]
}

// truncate drops the values of a list filled by slot from the kth on.
func (c *qChunked[T]) truncate(k int) {
	n := (k + qChunkLen - 1) >> qChunkShift // the chunks still in use
	for _, chunk := range c.chunks[n:] {
		c.release(chunk)
	}
	clear(c.chunks[n:])
	c.chunks = c.chunks[:n]
	if n > 0 {
		c.chunks[n-1] = c.chunks[n-1][:k-(n-1)<<qChunkShift]
	}
}

// carve returns a copy of run that lasts until reset.
func (c *qChunked[T]) carve(run []T) []T {
	if n := len(c.chunks); n > 0 {
		last := &c.chunks[n-1]
		if first := len(*last); cap(*last)-first >= len(run) {
			*last = append(*last, run...)
			return (*last)[first:len(*last):len(*last)]
		}
	}
	return c.carveGrown(run)
}

// carveGrown is carve when the last chunk has no room for run: it starts
// the next one.
func (c *qChunked[T]) carveGrown(run []T) []T {
	c.grow(len(run))
	last := &c.chunks[len(c.chunks)-1] // empty
	*last = append(*last, run...)
	return (*last)[:len(run):len(run)]
}

// carveOne returns a run of one value, v, as carve([]T{v}) would.
func (c *qChunked[T]) carveOne(v T) []T {
	if n := len(c.chunks); n > 0 { // the common case, short enough to inline
		if last := &c.chunks[n-1]; len(*last) < cap(*last) {
			*last = append(*last, v)
			return (*last)[len(*last)-1 : len(*last) : len(*last)]
		}
	}
	return c.carveGrown([]T{v})
}

// grow starts a chunk with room for need values: the last free one with
// the room, else a new one. The free chunks are looked through from the
// last only for a run longer than qChunkLen, which most free chunks hold.
func (c *qChunked[T]) grow(need int) {
	for k := len(c.free) - 1; k >= 0; k-- {
		if chunk := c.free[k]; cap(chunk) >= need {
			c.spare -= cap(chunk)
			c.free[k] = c.free[len(c.free)-1]
			c.free[len(c.free)-1] = nil
			c.free = c.free[:len(c.free)-1]
			c.chunks = append(c.chunks, chunk)
			return
		}
	}
	c.chunks = append(c.chunks, make([]T, 0, max(need, qChunkLen)))
}

// release keeps chunk for reuse unless it is too long.
func (c *qChunked[T]) release(chunk []T) {
	if cap(chunk) <= qChunkMaxLen {
		c.free = append(c.free, chunk[:0])
		c.spare += cap(chunk)
	}
}

// reset empties c, keeping chunks for the next article while they hold
// no more than keep values in all. The values left in them are only
// overwritten, as with the other slices of qScratch (see qPutScratch).
func (c *qChunked[T]) reset(keep int) {
	for _, chunk := range c.chunks {
		if c.spare+cap(chunk) > keep {
			break
		}
		c.release(chunk)
	}
	clear(c.chunks)
	c.chunks = qTruncated(c.chunks[:0], keep/qChunkLen)
}
