package normalize

import (
	"strings"
	"unicode/utf8"
)

// qLex says which of the name-related word lists hold a word, as written.
// Reading a name asks several lists about each of its words; one lookup in
// qLexicon answers them all.
type qLex uint8

const (
	qLexNotName  qLex = 1 << iota // qNotNames or a pronoun: never in a name
	qLexTitle                     // qTitles
	qLexDemonym                   // qDemonyms
	qLexOrgWord                   // qOrgWords
	qLexParticle                  // qParticles
)

// qLexicon merges the word lists behind qLex; the lists stay the source.
var qLexicon = func() map[string]qLex {
	m := make(map[string]qLex)
	for _, l := range []struct {
		set  map[string]bool
		flag qLex
	}{
		{qNotNames, qLexNotName}, {qPersonPronouns, qLexNotName}, {qGroupPronouns, qLexNotName},
		{qTitles, qLexTitle}, {qDemonyms, qLexDemonym}, {qOrgWords, qLexOrgWord}, {qParticles, qLexParticle},
	} {
		for w := range l.set {
			m[w] |= l.flag
		}
	}
	return m
}()

// is reports whether w is in one of the lists of flags.
func (flags qLex) is(w string) bool { return qLexOf(w)&flags != 0 }

// qLexOf returns qLexicon[w], answering at once for most words, which are
// in no list: qLexFilter rules them out by their length and end bytes.
func qLexOf(w string) qLex {
	if w == "" || !qLexFilter.has(w) {
		return 0
	}
	return qLexicon[w]
}

// qLexFilter is a bit set indexed by a hash of a word's length, first two
// bytes and last byte, with the bit of every qLexicon word set: a clear bit
// means the word is in no list (no false negatives; false positives only
// cost the map lookup).
var qLexFilter = func() (f qBitFilter) {
	for w := range qLexicon {
		f.add(w)
	}
	return f
}()

// qBitFilter is the bit set behind qLexFilter.
type qBitFilter [1 << 10]uint64

func qFilterHash[S ~string | ~[]byte](w S) uint32 {
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)-1])*0xC2B2AE3D
	if len(w) > 1 {
		h ^= uint32(w[1]) * 0x27D4EB2F
	}
	return (h ^ h>>15) & (1<<16 - 1)
}

func (f *qBitFilter) add(w string) {
	h := qFilterHash(w)
	f[h>>6] |= 1 << (h & 63)
}

func (f *qBitFilter) has(w string) bool { return qFilterHas(f, w) }

func qFilterHas[S ~string | ~[]byte](f *qBitFilter, w S) bool {
	if len(w) == 0 {
		return false // no list holds the empty word
	}
	h := qFilterHash(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// qLow says which of the lower-case word lists hold a word compared in
// lower case, as qLowerIn does: the clause readers ask two or three of
// them about one word, and one lookup in qLowLexicon answers them all.
type qLow uint8

const (
	qLowSubordinator  qLow = 1 << iota // qSubordinators
	qLowTrimmable                      // qTrimmable
	qLowClauseStopper                  // qClauseStoppers
	qLowRelative                       // qRelatives
	qLowDeterminer                     // qDeterminers
	qLowPersonNoun                     // qPersonNouns
)

// qLowLexicon merges the lists behind qLow; the lists stay the source.
var qLowLexicon = func() map[string]qLow {
	m := make(map[string]qLow)
	for _, l := range []struct {
		set  map[string]bool
		flag qLow
	}{
		{qSubordinators, qLowSubordinator}, {qTrimmable, qLowTrimmable},
		{qClauseStoppers, qLowClauseStopper}, {qRelatives, qLowRelative},
		{qDeterminers, qLowDeterminer}, {qPersonNouns, qLowPersonNoun},
	} {
		for w := range l.set {
			m[w] |= l.flag
		}
	}
	return m
}()

// qLowFilter rules out the words in no qLow list, as qLexFilter does.
var qLowFilter = func() (f qBitFilter) {
	for w := range qLowLexicon {
		f.add(w)
	}
	return f
}()

// in reports whether w, in lower case, is in one of the lists of flags.
func (flags qLow) in(w string) bool { return qLowOf(w)&flags != 0 }

// qLowOf returns qLowLexicon[strings.ToLower(w)], without allocating for
// short ASCII words.
func qLowOf(w string) qLow {
	var buf [32]byte
	if w == "" {
		return 0
	}
	if len(w) > len(buf) {
		return qLowLexicon[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return qLowLexicon[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lw := buf[:len(w)]
	if !qFilterHas(&qLowFilter, lw) {
		return 0
	}
	return qLowLexicon[string(lw)]
}
