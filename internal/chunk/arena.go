package chunk

// An Arena hands out copies of runs of T, each contiguous, carved from
// chunks of Size entries (a run longer than that gets a chunk of its own),
// so that keeping many small runs costs a few allocations and none is
// copied again as more are kept. The copies last until Reset. Its zero
// value is an empty arena.
type Arena[T any] struct {
	chunks [][]T // the chunks in use, the last one being filled
	free   [][]T // emptied chunks to fill again
	held   int   // the room of the free chunks
}

// Copy returns a copy of run that lasts until Reset.
func (a *Arena[T]) Copy(run []T) []T {
	if n := len(a.chunks); n > 0 {
		last := &a.chunks[n-1]
		if from := len(*last); cap(*last)-from >= len(run) {
			*last = append(*last, run...)
			return (*last)[from:len(*last):len(*last)]
		}
	}
	return a.copyGrown(run)
}

// copyGrown is Copy when run does not fit in the current chunk. It is
// kept out of Copy, which then does little more than an append.
func (a *Arena[T]) copyGrown(run []T) []T {
	if !a.start(len(run)) && len(run) > Size {
		// A chunk of its own, made by appending run to nothing: the
		// runtime then leaves unzeroed the memory the copy fills, where
		// make would zero it first (for a run of a long paragraph's
		// words, hundreds of kilobytes).
		c := append([]T(nil), run...)
		a.chunks = append(a.chunks, c)
		return c[:len(run):len(run)]
	}
	last := &a.chunks[len(a.chunks)-1] // empty
	*last = append(*last, run...)
	return (*last)[:len(run):len(run)]
}

// start begins a chunk with room for need entries, the last free one with
// the room, and reports whether there was one; else, for need up to Size,
// it begins a new chunk of Size entries, and for more begins none. Free
// chunks are looked through from the last only for a run longer than
// Size, which most of them hold.
func (a *Arena[T]) start(need int) bool {
	for k := len(a.free) - 1; k >= 0; k-- {
		if c := a.free[k]; cap(c) >= need {
			a.held -= cap(c)
			a.free[k] = a.free[len(a.free)-1]
			a.free[len(a.free)-1] = nil
			a.free = a.free[:len(a.free)-1]
			a.chunks = append(a.chunks, c)
			return true
		}
	}
	if need <= Size {
		a.chunks = append(a.chunks, make([]T, 0, Size))
	}
	return false
}

// maxKept is the room of the longest chunk an Arena keeps for reuse: one
// made longer for a longer run is left to the garbage collector.
const maxKept = 16 * Size

// Reset takes back every copy handed out, keeping chunks for at most keep
// entries in all for the copies made next. As with List.Reset, the
// entries are not zeroed.
func (a *Arena[T]) Reset(keep int) {
	for k, c := range a.chunks {
		a.chunks[k] = nil
		if cap(c) <= maxKept && a.held+cap(c) <= keep {
			a.held += cap(c)
			a.free = append(a.free, c[:0])
		}
	}
	a.chunks = a.chunks[:0]
}
