package chunk

// An Arena hands out copies of runs of T, each contiguous, carved from
// chunks of Size entries (a run longer than that gets a chunk of its own),
// so that keeping many small runs costs a few allocations and none is
// copied again as more are kept. The copies last until Reset. Its zero
// value is an empty arena.
type Arena[T any] struct {
	chunks [][]T // the chunks in use, the last one being filled
	free   [][]T // emptied chunks of Size entries to fill again
}

// Copy returns a copy of run that lasts until Reset.
func (a *Arena[T]) Copy(run []T) []T {
	n := len(a.chunks)
	if n == 0 || cap(a.chunks[n-1])-len(a.chunks[n-1]) < len(run) {
		a.start(len(run))
		n++
	}
	last := &a.chunks[n-1]
	from := len(*last)
	*last = append(*last, run...)
	return (*last)[from:len(*last):len(*last)]
}

// start begins a chunk with room for need entries: a free one if it has
// the room, else a new one.
func (a *Arena[T]) start(need int) {
	if k := len(a.free) - 1; k >= 0 && need <= Size {
		a.chunks = append(a.chunks, a.free[k])
		a.free[k] = nil
		a.free = a.free[:k]
		return
	}
	a.chunks = append(a.chunks, make([]T, 0, max(need, Size)))
}

// Reset takes back every copy handed out, keeping chunks for at most keep
// entries for the copies made next; longer chunks and the rest are left to
// the garbage collector. As with List.Reset, the entries are not zeroed.
func (a *Arena[T]) Reset(keep int) {
	kept := len(a.free) * Size
	for k, c := range a.chunks {
		a.chunks[k] = nil
		if cap(c) == Size && kept+Size <= keep {
			kept += Size
			a.free = append(a.free, c[:0])
		}
	}
	a.chunks = a.chunks[:0]
}
