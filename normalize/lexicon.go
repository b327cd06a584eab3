package normalize

import (
	"maps"
	"slices"
	"strings"
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

	// qLexKnown marks, in qWord.lex, flags that were looked up.
	qLexKnown qLex = 1 << 7
)

// qLexicon merges the word lists behind qLex; the lists stay the source.
var qLexicon = qMergeLists(
	qList[qLex]{qNotNames, qLexNotName}, qList[qLex]{qPersonPronouns, qLexNotName}, qList[qLex]{qGroupPronouns, qLexNotName},
	qList[qLex]{qTitles, qLexTitle}, qList[qLex]{qDemonyms, qLexDemonym}, qList[qLex]{qOrgWords, qLexOrgWord},
	qList[qLex]{qParticles, qLexParticle})

// is reports whether w is in one of the lists of flags.
func (flags qLex) is(w string) bool { return qLexOf(w)&flags != 0 }

// qLexOf returns the flags of the lists holding w.
func qLexOf(w string) qLex { return qLex(qLexicon.get(w)) }

// A qList is a word list and the flag that stands for it in a lexicon.
type qList[F ~uint8] struct {
	set  map[string]bool
	flag F
}

// qMergeLists builds a lexicon, each word with the flags of the lists
// holding it.
func qMergeLists[F ~uint8](lists ...qList[F]) *qTable {
	m := make(map[string]uint8)
	for _, l := range lists {
		for w := range l.set {
			m[w] |= uint8(l.flag)
		}
	}
	t := &qTable{}
	for _, w := range slices.Sorted(maps.Keys(m)) {
		t.add(w, m[w])
	}
	return t
}

// A qTable is a fixed lexicon: words and their flags, in buckets indexed
// by a hash of a word's length, first two bytes and last byte
// (qFilterHash). A word in no list most often finds its bucket empty;
// else a few string comparisons settle it. It answers as a map would,
// faster: the hash reads four bytes.
type qTable struct {
	head    [qTableSize]uint16 // 1 + the index of a bucket's first entry, or 0
	entries []qTableEntry
}

type qTableEntry struct {
	word  string
	flags uint8
	next  uint16 // 1 + the index of the bucket's next entry, or 0
}

const qTableSize = 1 << 13

func (t *qTable) add(w string, flags uint8) {
	h := qFilterHash(w) & (qTableSize - 1)
	t.entries = append(t.entries, qTableEntry{word: w, flags: flags, next: t.head[h]})
	t.head[h] = uint16(len(t.entries))
}

// get returns the flags of w, 0 for a word in no list.
func (t *qTable) get(w string) uint8 {
	if w == "" {
		return 0
	}
	return t.find(t.bucket(w), w)
}

// bucket returns the bucket of w, a word not empty: 1 + the index of its
// first entry, or 0 when it has none, which says at once that no list
// holds w. It is small enough to be inlined.
func (t *qTable) bucket(w string) uint16 { return t.bucketOf(qFilterHash(w)) }

// bucketOf returns the bucket (as bucket does) of a word whose qFilterHash
// is h: for a caller that uses the hash again (learn).
func (t *qTable) bucketOf(h uint32) uint16 { return t.head[h&(qTableSize-1)] }

// find returns the flags of w in the bucket whose first entry is k
// (bucket), 0 when no entry there is w.
func (t *qTable) find(k uint16, w string) uint8 {
	for k != 0 {
		e := &t.entries[k-1]
		if e.word == w {
			return e.flags
		}
		k = e.next
	}
	return 0
}

// getLowerASCII returns the flags of strings.ToLower(w) for an ASCII w,
// without lower-casing all of w: the hash folds case, so w's bucket is
// its lower case's (bucket), where findLower compares it.
func (t *qTable) getLowerASCII(w string) uint8 {
	if w == "" {
		return 0
	}
	return t.findLower(t.bucket(w), w)
}

// findLower returns the flags of strings.ToLower(w), for an ASCII w, in the
// bucket whose first entry is k (bucket): a word of the same length is
// compared with w a byte at a time, each of w's lower-cased as it is read.
// (t's words in upper case, if any, match no lower-cased word either way.)
func (t *qTable) findLower(k uint16, w string) uint8 {
	for k != 0 {
		e := &t.entries[k-1]
		if len(e.word) == len(w) && qEqualLower(e.word, w) {
			return e.flags
		}
		k = e.next
	}
	return 0
}

// qEqualLower reports whether lower == strings.ToLower(w) for an ASCII w
// as long as lower.
func qEqualLower(lower, w string) bool {
	for i := 0; i < len(lower); i++ {
		if lower[i] != qLowerByte(w[i]) {
			return false
		}
	}
	return true
}

// A qBitFilter is a bit set indexed by a hash of a word's length, first two
// bytes and last byte, with the bit of every word of a list set: a clear
// bit means the word is in no list (no false negatives; a false positive
// only costs the map lookup).
type qBitFilter [1 << 10]uint64

// qFilterHash hashes a word not empty by its length and end bytes
// (qHashEnds). It folds ASCII case: an ASCII word hashes as its lower case
// does, so a word is looked up in the lower-case lists without being
// lower-cased first.
func qFilterHash(w string) uint32 {
	return qHashEnds(len(w), w[0], w[min(1, len(w)-1)], w[len(w)-1])
}

// qHashEnds mixes a word's length, first two bytes and last byte (second
// is the first again for a one-byte word) into 16 bits: the four packed
// into one word and multiplied by 2^64/φ (Fibonacci hashing), whose top
// bits depend on every bit of them. Each byte is read with its 0x20 bit
// set, which folds an ASCII letter's case, so that a word hashes as its
// lower case does (qFilterHash): a case-sensitive table only finds a
// few more words of another case in a bucket, which the string comparison
// turns away.
func qHashEnds(n int, first, second, last byte) uint32 {
	x := uint64(n)<<24 | uint64(first)<<16 | uint64(second)<<8 | uint64(last) | 0x202020
	return uint32(x * 0x9E3779B97F4A7C15 >> 48)
}

// qLowerByte lower-cases an ASCII letter.
func qLowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func (f *qBitFilter) add(w string) {
	h := qFilterHash(w)
	f[h>>6] |= 1 << (h & 63)
}

// has reports whether w's bit is set: false means w is in no list.
func (f *qBitFilter) has(w string) bool {
	if len(w) == 0 {
		return false // no list holds the empty word
	}
	return f.hasHash(qFilterHash(w))
}

// hasHash reports whether the bit of hash h (qFilterHash) is set.
func (f *qBitFilter) hasHash(h uint32) bool { return f[h>>6]&(1<<(h&63)) != 0 }

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
	qLowOrgNoun                        // qOrgNouns
	qLowAdverb                         // qAdverbs
)

// qLowLexicon merges the lists behind qLow (the lists stay the source).
var qLowLexicon = qMergeLists(
	qList[qLow]{qSubordinators, qLowSubordinator}, qList[qLow]{qTrimmable, qLowTrimmable},
	qList[qLow]{qClauseStoppers, qLowClauseStopper}, qList[qLow]{qRelatives, qLowRelative},
	qList[qLow]{qDeterminers, qLowDeterminer}, qList[qLow]{qPersonNouns, qLowPersonNoun},
	qList[qLow]{qOrgNouns, qLowOrgNoun}, qList[qLow]{qAdverbs, qLowAdverb})

// in reports whether w, in lower case, is in one of the lists of flags.
func (flags qLow) in(w string) bool { return qLowOf(w)&flags != 0 }

// inWord is in for a word read by the tokenizer (qWord.low).
func (flags qLow) inWord(p string, w *qWord) bool { return w.low(p)&flags != 0 }

// low returns qLowOf(w.text(p)): a plain word is ASCII, which need not be
// checked.
func (w *qWord) low(p string) qLow {
	if w.kind&qPlain == 0 {
		return qLowOf(w.text(p))
	}
	t := p[w.start:w.end] // not empty
	if k := qLowLexicon.bucket(t); k != 0 {
		return qLow(qLowLexicon.findLower(k, t))
	}
	return 0 // most words: an empty bucket, told at once
}

// qLowOf returns qLowLexicon[strings.ToLower(w)], without copying an ASCII
// w (getLowerASCII).
func qLowOf(w string) qLow {
	if !qIsASCII(w) {
		return qLow(qLowLexicon.get(strings.ToLower(w)))
	}
	return qLow(qLowLexicon.getLowerASCII(w))
}
