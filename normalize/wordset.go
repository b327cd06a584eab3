package normalize

import (
	"math/bits"

	"github.com/copydesk/copydesk/internal/swar"
)

// A qWordSet is a set of words: the words an article writes capitalized
// inside a sentence (qContext.known), added for nearly every name met. It
// is an open-addressing table of strings with a short hash, which fills
// faster than a map; the empty word is never in it.
type qWordSet struct {
	slots []string // a power of two of them; "" is a free slot
	n     int
}

// add puts w in the set.
func (s *qWordSet) add(w string) {
	if w == "" {
		return
	}
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	mask := uint32(len(s.slots) - 1)
	for i := qWordHash(w) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case "":
			s.slots[i] = w
			s.n++
			return
		case w:
			return
		}
	}
}

// has reports whether w is in the set (a nil set is empty).
func (s *qWordSet) has(w string) bool {
	if s == nil || s.n == 0 || w == "" {
		return false
	}
	mask := uint32(len(s.slots) - 1)
	for i := qWordHash(w) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case "":
			return false
		case w:
			return true
		}
	}
}

// grow doubles the table (to 64 slots at first) and puts the words back.
func (s *qWordSet) grow() {
	old := s.slots
	s.slots, s.n = make([]string, max(64, 2*len(old))), 0
	for _, w := range old {
		if w != "" {
			s.add(w)
		}
	}
}

// reset empties the set; a table grown past limit slots is dropped.
func (s *qWordSet) reset(limit int) {
	if len(s.slots) > limit {
		s.slots = nil
	} else {
		clear(s.slots)
	}
	s.n = 0
}

// qWordHash hashes w in a few instructions whatever its length: up to
// sixteen bytes are read in two overlapping loads of four or eight (wyhash's
// way with short input), the longer words' middle eight at a time, and the
// two words are mixed by one 64x64->128-bit multiplication whose halves are
// folded together, so that every bit of the result depends on every byte
// read. It replaced FNV-1a, a multiplication per byte: learn hashes nearly
// every capitalized word of an article.
func qWordHash(w string) uint32 {
	n := len(w)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = swar.Load8(w, 0), swar.Load8(w, n-8)
		for i := 8; i < n-8; i += 8 { // past sixteen bytes: rare
			a = qMix(a^swar.Load8(w, i)^qHashSeedA, b^qHashSeedB)
		}
	case n >= 4:
		a, b = uint64(qLoad4(w, 0)), uint64(qLoad4(w, n-4))
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	return uint32(qMix(a^qHashSeedA, b^qHashSeedB^uint64(n)))
}

// The seeds of qWordHash (wyhash's first two): odd, with bits spread, so
// that a word of zero bytes does not multiply to zero.
const (
	qHashSeedA = 0xa0761d6478bd642f
	qHashSeedB = 0xe7037ed1a0b428db
)

// qMix multiplies a by b into 128 bits and folds the halves together.
func qMix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// qLoad4 reads s[i:i+4] as a little-endian word (one load).
func qLoad4(s string, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}
