package chunk

// AppendTo appends the entries of l, in order, to s and returns the
// extended slice: a chunk at a time, for a caller that needs them in one
// array once the list is complete. None of l's chunks may have been handed
// over (HandOver).
func (l *List[T]) AppendTo(s []T) []T {
	for left, k := l.n, 0; left > 0; k++ {
		c := l.chunks[k]
		n := min(left, len(c))
		s = append(s, c[:n]...)
		left -= n
	}
	return s
}
