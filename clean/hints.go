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
//
// The zero value, and a nil *byteHints, know nothing: every region may
// hold every byte, and index is strings.IndexByte.
type byteHints struct {
	shift uint8 // a region is 1<<shift bytes; 0: no hints
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
	allRegions       = ^uint64(0)
)

// hintKind maps a byte to its index in hintBytes, or -1 for a byte the
// hints say nothing about.
var hintKind = func() (k [256]int8) {
	for i := range k {
		k[i] = -1
	}
	for i := 0; i < len(hintBytes); i++ {
		k[hintBytes[i]] = int8(i)
	}
	return k
}()

// newByteHints returns hints for a text of n bytes that know nothing yet
// of the kinds in want (a bit per index into hintBytes) and hold every
// other kind everywhere, so that it is searched in full; none (all
// everywhere) for a text shorter than hintMinLen.
func newByteHints(n int, want uint8) byteHints {
	if n < hintMinLen {
		return byteHints{end: n}
	}
	h := byteHints{shift: surveyBlockShift, end: surveyBlock}
	for n > hintRegions<<h.shift {
		h.shift++
	}
	for k := range h.in {
		if want&(1<<k) == 0 {
			h.fillFrom(k, 0)
		}
	}
	return h
}

// fillFrom marks every region from r on as holding hintBytes[k].
func (h *byteHints) fillFrom(k, r int) {
	for w := r / 64; w < len(h.in[k]); w++ {
		h.in[k][w] |= allRegions << (max(r-64*w, 0))
	}
}

// note records which hint bytes s[h.from:to] holds, the block of the
// text (in one region) that the survey has just read, and moves on to
// the next block.
func (h *byteHints) note(s string, to int) {
	if h.shift != 0 {
		r := h.from >> h.shift
		w, bit := r/64, uint64(1)<<(r%64)
		block := s[h.from:to]
		for k := range h.in {
			if h.in[k][w]&bit == 0 && strings.IndexByte(block, hintBytes[k]) >= 0 {
				h.in[k][w] |= bit
			}
		}
	}
	h.from, h.end = to, min(len(s), to+surveyBlock)
}

// giveUp marks everything from the block the survey is at on as holding
// every hint byte: the survey stopped there (damaged text), and the
// passes search the rest in full.
func (h *byteHints) giveUp() {
	if h.shift != 0 {
		for k := range h.in {
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
	k := int(hintKind[c])
	if h == nil || h.shift == 0 || k < 0 {
		if j := strings.IndexByte(s[i:], c); j >= 0 {
			return i + j
		}
		return -1
	}
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
	k := int(hintKind[sep[at]])
	if k < 0 {
		h = nil // nothing known: one search of the whole rest
	}
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
