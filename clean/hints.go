package clean

import (
	"math/bits"
	"strings"

	"github.com/copydesk/copydesk/internal/anchored"
)

// byteHints say, for each of the printable ASCII bytes that the entity,
// placeholder, markup and e-mail passes look for with strings.IndexByte
// (hintBytes), in which regions of the surveyed text it occurs. The
// survey notes them block by block (surveyBlock), right after its own
// scan of a block, while the block's bytes are still in the L1 cache:
// one IndexByte per byte and block, stopping at its first occurrence, and
// none once the byte was seen in the block's region. A pass then searches
// only the regions where its byte occurs, and a pass whose bytes occur
// nowhere reads nothing: on a big text, which does not fit the caches,
// each of those passes would otherwise stream the whole text from memory
// for bytes that plain prose seldom holds ('&', '%', '<', '[').
//
// A bitmap of regions per byte, rather than the first position of each:
// the first position spares the search before it but not after it (one
// ';' near the start of 10 MB, and the search for the next streams the
// rest), and a few occurrences spread over a big text are the common
// case. A fixed number of regions (hintRegions) keeps the hints inside
// the survey, with nothing to allocate; a region is the smallest power of
// two from surveyBlock up that makes them cover the text (16 KB up to
// 4 MB, 64 KB for 10 MB), so that a block lies in one region.
//
// A text shorter than hintMinLen gets no hints: each pass reads it from
// the L1 cache anyway, where the hints would spare little, and the survey
// would read it once more for each byte that occurs (up to the first).
// Hints hold only while no pass changed the text, so the survey stops
// noting the bytes of passes that will likely run on a changed text (see
// survey.noteBlock), and marks them everywhere from there on.
//
// The zero value, and a nil *byteHints, know nothing: every region may
// hold every byte, and index is strings.IndexByte.
type byteHints struct {
	shift uint8 // a region is 1<<shift bytes
	// everywhere has bit k set if hintBytes[k] is taken to be everywhere
	// (not looked for, a short text, dropped from the start, or seen in
	// every region): index makes one search, without looking at in.
	everywhere uint8
	// noting has bit k set while the survey notes hintBytes[k].
	noting uint8
	// in[k] has bit r set if region r may hold hintBytes[k].
	in [len(hintBytes)][hintRegions / 64]uint64
	// While the survey runs: it has noted s[:from], and notes the block
	// s[from:end] when its scan gets to end (see skipPlain).
	from, end int
}

// hintBytes are the bytes the hints are noted for: the entity pass's '&'
// and ';', the placeholder pass's '%' and the 'Y' of "MINIFYHTML"
// (indexMinify), the markup pass's '<' and '=' (indexMarkup) and the
// e-mail pass's '[' (emailEdits).
const hintBytes = "&;%Y<=["

// The sizes the hints work with.
const (
	hintRegions      = 256 // regions per text: 32 bytes of bitmap per byte
	surveyBlockShift = 14  // 16 KB: half the smallest L1 data cache of a current x86 or ARM core
	surveyBlock      = 1 << surveyBlockShift
	hintMinLen       = 4 * surveyBlock // 64 KB: more than an L1 data cache holds
	denseRegions     = 8               // see advance
	allRegions       = ^uint64(0)
	allHints         = 1<<len(hintBytes) - 1
)

// hintBit maps a byte to its bit in byteHints.everywhere and noting (1 <<
// its index in hintBytes), or 0 for a byte the hints say nothing about.
var hintBit = func() (b [256]uint8) {
	for i := 0; i < len(hintBytes); i++ {
		b[hintBytes[i]] = 1 << i
	}
	return b
}()

// reset makes h the hints of a text of n bytes that know nothing yet of
// the bytes in want (bits as in hintBit) and take every other byte to be
// everywhere, so that it is searched in full; none (all everywhere) for
// a text shorter than hintMinLen, whose regions it leaves as they were,
// unread.
func (h *byteHints) reset(n int, want uint8) {
	h.from, h.end = 0, n
	if n < hintMinLen {
		h.shift, h.everywhere, h.noting = 0, allHints, 0
		return
	}
	*h = byteHints{shift: surveyBlockShift, everywhere: ^want & allHints, end: surveyBlock}
	for n > hintRegions<<h.shift {
		h.shift++
	}
	for k := range h.in {
		if h.everywhere&(1<<k) != 0 {
			h.fillFrom(k, 0)
		}
	}
	h.noting = want & allHints
}

// fillFrom marks every region from r on as holding hintBytes[k].
func (h *byteHints) fillFrom(k, r int) {
	for w := r / 64; w < len(h.in[k]); w++ {
		h.in[k][w] |= allRegions << (max(r-64*w, 0))
	}
}

// note records which of the bytes in kinds (bits as in hintBit) that it
// notes s[h.from:h.end] holds, the block of the text (in one region)
// that the survey has just read.
func (h *byteHints) note(s string, kinds uint8) {
	if kinds &= h.noting; kinds == 0 {
		return
	}
	r := h.from >> h.shift
	w, bit := r/64, uint64(1)<<(r%64)
	block := s[h.from:h.end]
	for k := range h.in {
		if kinds&(1<<k) != 0 && h.in[k][w]&bit == 0 && strings.IndexByte(block, hintBytes[k]) >= 0 {
			h.in[k][w] |= bit
		}
	}
}

// advance moves the survey's block on, past s[h.from:h.end]. At the end
// of the text, a byte marked in every region is taken to be everywhere:
// index then makes one search, as where a byte comes every few bytes
// (damaged text) the search of the regions would cost more than it
// spares.
//
// A byte found in each of the first denseRegions regions is dropped at
// the next (see drop): it is most likely in every region, where noting it
// costs a read up to its first occurrence in each and spares nothing.
func (h *byteHints) advance(s string) {
	h.from, h.end = h.end, min(len(s), h.end+surveyBlock)
	if r := h.from >> h.shift; h.noting != 0 && r == denseRegions && h.from&(1<<h.shift-1) == 0 {
		for k := range h.in {
			if h.noting&(1<<k) != 0 && nextRegion(&h.in[k], 0, true) >= r {
				h.drop(1 << k)
			}
		}
	}
	if h.from == len(s) && h.shift != 0 {
		regions := (len(s)-1)>>h.shift + 1
		for k := range h.in {
			if nextRegion(&h.in[k], 0, true) >= regions {
				h.everywhere |= 1 << k
			}
		}
	}
}

// saw reports whether the hints note c and have seen it.
func (h *byteHints) saw(c byte) bool {
	k := hintBit[c]
	if h.noting&k == 0 {
		return false
	}
	for _, w := range h.in[bits.TrailingZeros8(k)] {
		if w != 0 {
			return true
		}
	}
	return false
}

// drop stops noting the bytes in kinds (bits as in hintBit) and marks
// them in every region from the block the survey is at on; from the
// start of the text, they are everywhere.
func (h *byteHints) drop(kinds uint8) {
	if kinds &= h.noting; kinds == 0 {
		return
	}
	if h.from == 0 {
		h.everywhere |= kinds
	}
	h.noting &^= kinds
	for k := range h.in {
		if kinds&(1<<k) != 0 {
			h.fillFrom(k, h.from>>h.shift)
		}
	}
}

// next returns the first stretch s[from:to] of a text of n bytes that
// starts at or after i and may hold hintBytes[k] (a run of regions
// marked for it, cut to i and n), or from == n when none is left.
func (h *byteHints) next(k, i, n int) (from, to int) {
	if h == nil || h.shift == 0 || i >= n {
		return min(i, n), n
	}
	r := nextRegion(&h.in[k], i>>h.shift, false)
	if r == hintRegions {
		return n, n
	}
	e := nextRegion(&h.in[k], r, true)
	return max(i, r<<h.shift), min(n, e<<h.shift)
}

// nextRegion returns the first region from r on whose bit in set is set
// (or, with clear, is not), or hintRegions.
func nextRegion(set *[hintRegions / 64]uint64, r int, clear bool) int {
	for w := r / 64; w < len(set); w++ {
		word := set[w]
		if clear {
			word = ^word
		}
		if word &= allRegions << max(r-64*w, 0); word != 0 {
			return 64*w + bits.TrailingZeros64(word)
		}
	}
	return hintRegions
}

// index returns the index of the first c at or after i in s, or -1, as
// strings.IndexByte(s[i:], c) + i would, reading only the regions where
// the hints say c may be (all of s[i:] for a byte they know nothing of).
// s must be the text the hints were noted for.
func (h *byteHints) index(s string, i int, c byte) int {
	if bit := hintBit[c]; h != nil && h.everywhere&bit != bit {
		return h.indexIn(s, i, c)
	}
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return -1
}

// indexIn is index for a byte the hints know of, reading the regions
// that may hold it.
func (h *byteHints) indexIn(s string, i int, c byte) int {
	k := bits.TrailingZeros8(hintBit[c])
	for i < len(s) {
		from, to := h.next(k, i, len(s))
		if from == len(s) {
			break
		}
		if j := strings.IndexByte(s[from:to], c); j >= 0 {
			return from + j
		}
		i = to
	}
	return -1
}

// indexString returns the index of the first sep at or after i in s, or
// -1, as strings.Index(s[i:], sep) + i would, where sep[at] is a hint
// byte: anchored.Index, looking for the candidates at sep[at], run on
// the stretches that may hold it, each widened by the rest of sep.
func (h *byteHints) indexString(s string, i int, sep string, at int) int {
	bit := hintBit[sep[at]]
	if h == nil || h.everywhere&bit == bit {
		// Nothing known: one search of the whole rest.
		if j := anchored.Index(s[i:], sep, at); j >= 0 {
			return i + j
		}
		return -1
	}
	k := bits.TrailingZeros8(bit)
	for a := i + at; a < len(s); {
		from, to := h.next(k, a, len(s))
		if from == len(s) {
			break
		}
		// A match whose sep[at] lies in [from, to) starts at from-at or
		// later and ends by to-1-at+len(sep).
		w := s[from-at : min(len(s), to+len(sep)-at-1)]
		if j := anchored.Index(w, sep, at); j >= 0 {
			return from - at + j
		}
		a = to
	}
	return -1
}
