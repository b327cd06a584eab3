package chunk

// A Run names a copy an Arena handed out (Keep): which of its chunks holds
// it, where, and how long it is. It holds no pointer and takes 12 bytes, so
// that a long-lived list of runs (the words kept of each paragraph of a
// huge article) costs the garbage collector nothing to scan, where a list
// of slices costs a pointer each. Its zero value names an empty copy at
// the start of the first chunk.
type Run struct{ chunk, from, n int32 }

// Keep is Copy, also returning where the copy lies, for Of to return it
// again until Reset.
func (a *Arena[T]) Keep(run []T) ([]T, Run) {
	c := a.Copy(run)
	k := len(a.chunks) - 1 // Copy leaves its copy at the end of the last chunk
	return c, Run{chunk: int32(k), from: int32(len(a.chunks[k]) - len(c)), n: int32(len(c))}
}

// Of returns the copy r names, which Keep handed out since the last Reset.
func (a *Arena[T]) Of(r Run) []T {
	end := r.from + r.n
	return a.chunks[r.chunk][r.from:end:end]
}
