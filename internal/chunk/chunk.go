// Package chunk keeps lists whose length grows with the text being read
// (the repairs of a page, the quotes and name mentions of an article) in
// chunks of a fixed size, for three reasons that matter on a huge input:
//
//   - growing a list never copies what it holds: a slice grown by append
//     copies its entries again and again (five times over for a big one at
//     Go's growth of a quarter), and every new array is zeroed first;
//   - no big array is ever allocated, so memory is taken and given back in
//     pieces the allocator reuses at once;
//   - the chunks are kept from one use to the next, up to a bound the
//     caller sets, so that a stream of small inputs allocates nothing while
//     a huge one does not stay in memory.
//
// A List is indexed; an Arena hands out contiguous copies of runs.
package chunk

const (
	shift = 10
	// Size is how many entries a whole chunk holds: tens of kilobytes
	// for the records kept in them, so that a small input needs one
	// chunk and a big one many, none of them big.
	Size = 1 << shift
	mask = Size - 1
)

// firstSize is the room of a List's first chunk when it is made: it grows
// by doubling up to Size, so that a short list does not take a whole one.
const firstSize = 16

// A List is a sequence of T kept in chunks of Size entries; adding one never
// moves those added before. Its zero value is an empty list.
//
// A List read from the front while another is written, as a pass reads the
// old version of a list while it writes the new one, can hand the chunks it
// is done with to the other (HandOver), which fills them before it makes new
// ones.
type List[T any] struct {
	chunks [][]T // every chunk but the last holds Size entries; nil once handed over
	spare  [][]T // emptied whole chunks to fill before making new ones
	given  int   // the chunks before this one were handed over
	n      int
}

// Len returns the number of entries.
func (l *List[T]) Len() int { return l.n }

// At returns entry i, which must exist and not have been handed over.
func (l *List[T]) At(i int) *T { return &l.chunks[i>>shift][i&mask] }

// Chunks returns the chunks that hold the entries, in order, for a loop
// over many entries without a call for each: every chunk but the last
// non-empty one holds Size entries, and those after it are empty. It must
// not be used after HandOver.
func (l *List[T]) Chunks() [][]T { return l.chunks }

// Last returns the last entry, which must exist.
func (l *List[T]) Last() *T { return l.At(l.n - 1) }

// Add appends v.
func (l *List[T]) Add(v T) { *l.Slot() = v }

// Slot appends an entry and returns it, to be written field by field
// (writing a struct that holds pointers in one piece costs a bulk write
// barrier while the collector marks). The entry may hold what an earlier
// use of the list left there (see Reset), so every field must be written.
func (l *List[T]) Slot() *T {
	k := l.n >> shift
	if k == len(l.chunks) {
		l.chunks = append(l.chunks, nil)
	}
	c := l.chunks[k]
	if len(c) == cap(c) {
		c = l.grow(k, c)
	}
	c = c[:len(c)+1]
	l.chunks[k] = c
	l.n++
	return &c[len(c)-1]
}

// Room returns the free entries of the last chunk, at least one, for the
// caller to write the next entries into and then add them with Extend: a
// loop that adds many entries does so without a call for each.
func (l *List[T]) Room() []T {
	k := l.n >> shift
	if k == len(l.chunks) {
		l.chunks = append(l.chunks, nil)
	}
	c := l.chunks[k]
	if len(c) == cap(c) {
		c = l.grow(k, c)
		l.chunks[k] = c
	}
	return c[len(c):cap(c)]
}

// Extend adds the first n entries of what Room returned.
func (l *List[T]) Extend(n int) {
	k := l.n >> shift
	l.chunks[k] = l.chunks[k][:len(l.chunks[k])+n]
	l.n += n
}

// grow returns chunk k, full, with room for more: the next spare, or a new
// chunk (the first one doubles up to Size).
func (l *List[T]) grow(k int, c []T) []T {
	var g []T
	switch {
	case len(l.spare) > 0:
		g = l.spare[len(l.spare)-1][:len(c)]
		l.spare[len(l.spare)-1] = nil
		l.spare = l.spare[:len(l.spare)-1]
	case k > 0:
		g = make([]T, 0, Size)
	default:
		g = make([]T, len(c), min(max(2*cap(c), firstSize), Size))
	}
	copy(g, c)
	return g
}

// Truncate drops the entries from n on; their chunks stay for the entries
// added next. n must not exceed Len, nor reach into chunks handed over.
func (l *List[T]) Truncate(n int) {
	for k := range l.chunks {
		from := k << shift
		switch {
		case from >= n:
			l.chunks[k] = l.chunks[k][:0]
		case n-from < len(l.chunks[k]):
			l.chunks[k] = l.chunks[k][:n-from]
		}
	}
	l.n = n
	l.given = min(l.given, n>>shift) // chunks handed over are made anew
}

// HandOver gives the whole chunks before the one holding entry i to to,
// emptied, for to to fill: the entries before i will not be read again.
func (l *List[T]) HandOver(i int, to *List[T]) {
	for ; l.given < i>>shift; l.given++ {
		if c := l.chunks[l.given]; cap(c) == Size {
			to.spare = append(to.spare, c[:0])
			l.chunks[l.given] = nil
		}
	}
}

// Reset empties the list for its next use, keeping chunks (its own and
// spares) for at most keep entries; the rest is left to the garbage
// collector. The entries kept are not zeroed: what they point to stays
// reachable until they are written again or the list is dropped, which
// costs less than clearing them after every use. Clear zeroes them.
func (l *List[T]) Reset(keep int) { l.reset(keep, false) }

// Clear is Reset, but zeroes the entries it keeps, so that they hold
// nothing alive.
func (l *List[T]) Clear(keep int) { l.reset(keep, true) }

func (l *List[T]) reset(keep int, zero bool) {
	kept := 0
	var first []T // a first chunk shorter than Size, kept to start with
	take := func(c []T) {
		if c == nil || kept+cap(c) > keep {
			return
		}
		kept += cap(c)
		c = c[:cap(c)]
		if zero {
			clear(c)
		}
		if cap(c) < Size {
			first = c[:0]
		} else {
			l.spare = append(l.spare, c[:0])
		}
	}
	spare := l.spare
	l.spare = spare[:0] // refilled in place: take writes at most up to the index read
	for k, c := range spare {
		spare[k] = nil
		take(c)
	}
	for k, c := range l.chunks {
		l.chunks[k] = nil
		take(c)
	}
	l.chunks = l.chunks[:0]
	if first != nil {
		l.chunks = append(l.chunks, first)
	}
	l.given, l.n = 0, 0
}

// Search returns the smallest index i in [from, Len) for which f(At(i))
// holds, or Len, if f is false up to some index and true from there. It
// looks at from, from+1, from+3, from+7 and so on before it halves, since
// the index sought is most often at or just after from.
func (l *List[T]) Search(from int, f func(*T) bool) int {
	lo, hi, step := from, from, 1
	for hi < l.n && !f(l.At(hi)) {
		lo = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi, l.n) // f is false before lo, true at hi if hi < Len
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if f(l.At(m)) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}
