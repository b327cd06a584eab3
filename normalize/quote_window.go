package normalize

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/internal/chunk"
)

// A qWordWindow holds the words of a stretch of one long paragraph, one whose
// words qReadArticle does not keep, so that attribution, which asks for
// the words around each quote in text order, reads the paragraph about
// once instead of re-reading a thousand bytes around every quote.
//
// The window holds the words of p[a:b), where a and b are word boundaries
// of the paragraph: 0, len(p), or just after a space, which always ends a
// token. Since qNextWord depends on nothing before its start offset, the
// words of p[a:b) read alone are exactly the paragraph's words that start
// there. The window moves forward a piece at a time (pieces of about step
// bytes, cut just after a space) and forgets the words before the earliest
// offset a later request may reach (qWordWindowBack before the current
// one), so that it holds a few pieces at most.
type qWordWindow struct {
	para  int     // the paragraph whose words are held; -1 for none
	a, b  int     // words are those of p[a:b)
	words []qWord // reused from paragraph to paragraph and article to article
	spare []qWord // the other buffer (keepFrom)
	moved bool    // the words moved to the other buffer for this request
	// step is the size of a piece; zero means qWordWindowStep (tests make it
	// small).
	step int
	// store holds the words of the long paragraphs' pieces read before
	// (offer), which wordsIn takes before asking the window.
	store qWordStore
}

// qWordWindowStep is the size of the pieces a qWordWindow reads at a time
// (a variable, so that tests can make it small).
var qWordWindowStep = 8 << 10

// qWordWindowBack is how far before the start of one request a later request
// may start: a quote's head reaches 600 bytes back from its opening mark
// (qHeadWords), and quotes come in text order. A request that starts
// further back is still served, by reading its words anew.
const qWordWindowBack = 1 << 10

// qWordWindowMaxPiece, in steps, is the longest piece a window reads: a piece
// with no space to end it sooner (a hostile page) is skipped, and the
// requests inside it are served by reading their words anew, so that the
// window never holds the words of a whole huge paragraph.
const qWordWindowMaxPiece = 8

// reset empties the window for a new article, keeping its buffers.
func (w *qWordWindow) reset() {
	w.para, w.a, w.b = -1, 0, 0
	w.words, w.spare = w.words[:0], w.spare[:0]
	w.store.reset()
}

// offer hands the window the words of p[from:to], a piece of the long
// paragraph para as qReadArticle reads it, their lexicon bits looked up,
// so that attribution need not read them again (qWordStore).
func (w *qWordWindow) offer(para int, p string, from, to int, words []qWord) {
	w.store.offer(para, from, to, words)
}

// cover returns the words of p[w.a:w.b) after moving the window over
// paragraph para so that p[from:to] lies inside it; ok is false when it
// cannot (a request behind the window, or inside a piece too long to read
// at once). from <= to. The words given for one request stay as they were
// through the next request (see keepFrom).
func (w *qWordWindow) cover(para int, p string, from, to int) (words []qWord, ok bool) {
	w.moved = false
	if w.para != para {
		w.keepFrom(len(w.words))
		w.para, w.a, w.b = para, 0, 0
	}
	if to > w.b {
		w.reach(p, from, to)
	}
	if from < w.a || to > w.b {
		return nil, false
	}
	return w.words, true
}

// reach reads pieces of p until the window ends at or after to, dropping
// the words no request from from on needs.
func (w *qWordWindow) reach(p string, from, to int) {
	step := w.step
	if step <= 0 {
		step = qWordWindowStep
	}
	need := from - qWordWindowBack // no later request starts before need
	if need-w.a >= step {
		w.forget(p, need)
	}
	for w.b < to && w.b < len(p) {
		next := qCutAfter(p, w.b, step)
		if next <= need || next-w.b > qWordWindowMaxPiece*step {
			// A piece nobody needs, or one too long to hold: pass it.
			w.keepFrom(len(w.words))
			w.a, w.b = next, next
			continue
		}
		w.words = qTokenizeInto(w.words, p, w.b, next)
		w.b = next
	}
}

// forget drops the words before the last word boundary at or before need.
func (w *qWordWindow) forget(p string, need int) {
	if need >= w.b {
		w.keepFrom(len(w.words))
		w.a = w.b
		return
	}
	i := strings.LastIndexByte(p[w.a:need], ' ')
	if i < 0 {
		return // no boundary to cut at
	}
	a := w.a + i + 1
	w.keepFrom(sort.Search(len(w.words), func(k int) bool { return int(w.words[k].start) >= a }))
	w.a = a
}

// keepFrom drops the words before words[k]. The first time for a request,
// the words kept move to the other buffer, which the request before last
// had, so that the words given for the last request (a quote's head, still
// in use while its tail is asked) stay as they were; after that they move
// within the buffer. Words are only ever appended past the end of those
// given, or to another array.
func (w *qWordWindow) keepFrom(k int) {
	if w.moved {
		w.words = w.words[:copy(w.words, w.words[k:])]
		return
	}
	w.spare = append(w.spare[:0], w.words[k:]...)
	w.words, w.spare, w.moved = w.spare, w.words, true
}

// qCutAfter returns where a piece of p that starts at from ends: just
// after the first space n bytes or more on, or at the end of p.
func qCutAfter(p string, from, n int) int {
	if len(p)-from <= n {
		return len(p)
	}
	if i := strings.IndexByte(p[from+n:], ' '); i >= 0 {
		return from + n + i + 1
	}
	return len(p)
}

// A qWordStore keeps the words of the pieces of long paragraphs as
// qReadArticle reads them (offer), with their lexicon bits looked up, so
// that attribution takes the words around a quote from them (wordsIn)
// instead of tokenizing the paragraph a second time. It keeps at most
// qWordStoreMax words per article, so that the words held at once stay
// bounded on a page with no line breaks: past that, the window
// (qWordWindow) reads the rest anew, as it does for a range that runs
// across two pieces.
type qWordStore struct {
	pieces []qStoredPiece     // in the order read: by paragraph, then offset
	words  chunk.Arena[qWord] // where the pieces' words are carved from
	n      int                // the words kept
	next   int                // the piece the last request was served from
}

// qStoredPiece is a piece p[from:to] of paragraph para whose words a
// qWordStore keeps; to is the end of the paragraph or a space.
type qStoredPiece struct {
	para, from, to int
	words          []qWord
}

// qWordStoreMax is the most words a qWordStore keeps for an article: 24
// MB, the words of about 12 MB of text, so that a page with no line
// breaks is tokenized once up to there, and the memory held for a huge
// one stays bounded.
const qWordStoreMax = 1 << 21

// offer keeps words, the words of p[from:to], a piece of paragraph para
// read by qReadArticle (whose lexicon bits are looked up), if the store
// has room for them.
func (s *qWordStore) offer(para int, from, to int, words []qWord) {
	if s.n+len(words) > qWordStoreMax {
		return
	}
	s.n += len(words)
	s.pieces = append(s.pieces, qStoredPiece{para: para, from: from, to: to, words: s.words.Copy(words)})
}

// reset empties the store for a new article, keeping its chunks.
func (s *qWordStore) reset() {
	clear(s.pieces) // they point into the chunks
	s.pieces = qTruncated(s.pieces[:0], qScratchMax/8)
	s.words.Reset(qScratchMax)
	s.n, s.next = 0, 0
}

// piece returns the piece kept of paragraph para that holds p[from:to],
// if there is one. Requests come mostly in text order, so the search
// starts from the piece that served the last one.
func (s *qWordStore) piece(para, from, to int) (*qStoredPiece, bool) {
	k := s.next
	if k >= len(s.pieces) || s.pieces[k].para > para || s.pieces[k].para == para && s.pieces[k].from > from {
		k = 0 // behind the last one: from the start
	}
	for k < len(s.pieces) && (s.pieces[k].para < para || s.pieces[k].para == para && s.pieces[k].to < to) {
		k++
	}
	if k == len(s.pieces) || s.pieces[k].para != para || s.pieces[k].from > from {
		return nil, false
	}
	s.next = k
	return &s.pieces[k], true
}
