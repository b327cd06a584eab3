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
	// chunks hold the entries; each is as long as its room (Size, but
	// for a first chunk still growing), the entries past n being spare;
	// nil once handed over.
	chunks [][]T
	// cur is the chunk that entry n goes into while n < end, the index
	// past cur's last entry; n == end sends Slot to room.
	cur   []T
	end   int
	spare [][]T // emptied whole chunks to fill before making new ones
	given int   // the chunks before this one were handed over
	n     int
}

// Len returns the number of entries.
func (l *List[T]) Len() int { return l.n }

// At returns entry i, which must exist and not have been handed over.
// While the list holds fewer than Size entries its one chunk grows by
// copying, so a pointer from At, Slot or Last into it lasts only until the
// next entry is added; past Size entries none moves again.
func (l *List[T]) At(i int) *T { return &l.chunks[i>>shift][i&mask] }

// Last returns the last entry, which must exist.
func (l *List[T]) Last() *T { return l.At(l.n - 1) }

// Add appends v.
func (l *List[T]) Add(v T) { *l.Slot() = v }

// Slot appends an entry and returns it, to be written field by field
// (writing a struct that holds pointers in one piece costs a bulk write
// barrier while the collector marks). The entry may hold what an earlier
// use of the list left there (see Reset), so every field must be written.
//
// It is not inlined (a generic method with a call costs too much for the
// inliner); a loop that adds one entry at a time where every call counts
// can take Room's first entry and Extend by one, both inlined.
func (l *List[T]) Slot() *T {
	if l.n == l.end {
		l.room()
	}
	e := &l.cur[l.n&mask]
	l.n++
	return e
}

// Room returns the free entries of the last chunk, at least one, for the
// caller to write the next entries into and then add them with Extend: a
// loop that adds many entries does so without a call for each.
func (l *List[T]) Room() []T {
	if l.n == l.end {
		l.room()
	}
	return l.cur[l.n&mask:]
}

// Extend adds the first n entries of what Room returned.
func (l *List[T]) Extend(n int) { l.n += n }

// room makes room for one more entry: a new chunk after the last one if it
// is full (a spare, or a new one), or the first one grown.
func (l *List[T]) room() {
	k := l.n >> shift
	if k == len(l.chunks) {
		l.chunks = append(l.chunks, nil)
	}
	c := l.chunks[k]
	if l.n&mask >= len(c) {
		var g []T
		switch {
		case len(l.spare) > 0:
			g = l.spare[len(l.spare)-1]
			l.spare[len(l.spare)-1] = nil
			l.spare = l.spare[:len(l.spare)-1]
		case k > 0:
			g = make([]T, Size)
		default:
			g = make([]T, min(max(2*len(c), firstSize), Size))
		}
		copy(g, c)
		c = g
		l.chunks[k] = c
	}
	l.cur, l.end = c, k<<shift+len(c)
}

// Truncate drops the entries from n on; their chunks stay for the entries
// added next. n must not exceed Len, nor reach into chunks handed over.
func (l *List[T]) Truncate(n int) {
	l.n = n
	l.given = min(l.given, n>>shift) // chunks handed over are made anew
	l.end = n                        // room finds the chunk that holds n
}

// HandOver gives the whole chunks before the one holding entry i to to,
// for to to fill: the entries before i will not be read again.
func (l *List[T]) HandOver(i int, to *List[T]) {
	for ; l.given < i>>shift; l.given++ {
		if c := l.chunks[l.given]; len(c) == Size {
			to.spare = append(to.spare, c)
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
		if c == nil || kept+len(c) > keep {
			return
		}
		kept += len(c)
		if zero {
			clear(c)
		}
		if len(c) < Size {
			first = c
		} else {
			l.spare = append(l.spare, c)
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
	l.given, l.n, l.cur, l.end = 0, 0, nil, 0
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
