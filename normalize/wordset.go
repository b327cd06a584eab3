package normalize

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
	s.addHashed(w, qWordHash(w))
}

// addHashed puts w, a word not empty whose qWordHash is h, in the set: for
// a caller that has the hash already (learn, from the lexicon's lookup).
func (s *qWordSet) addHashed(w string, h uint32) {
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	mask := uint32(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
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

// qWordHash is the lexicon's hash of a word not empty (qFilterHash: its
// length, first two bytes and last byte, mixed by one multiplication), so
// that learn, which looks every capitalized word up in the lexicon before
// it adds it to the known set, hashes it once for both. The four bytes tell
// apart nearly all the few hundred names of an article; the few that share
// a slot's chain are told apart by comparing them.
func qWordHash(w string) uint32 { return qFilterHash(w) }
