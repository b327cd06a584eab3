package normalize

import (
	"slices"
	"sync"

	"github.com/copydesk/copydesk/internal/chunk"
)

// qScratch is the working memory of one Quotes call: the maps and slices
// that reading an article fills. It is reused from call to call through
// qScratchPool, so that a stream of articles does not allocate it anew
// for each; a slice of it that grew past qScratchMax words is left to the
// garbage collector instead, so that one huge article does not stay in
// memory.
type qScratch struct {
	known     qWordSet
	subjects  []bool      // the quotes waiting for a clause to share (attribute)
	inside    qInside     // the quotes' parts by paragraph
	tmp       []qWord     // words being gathered before keep copies them
	buf       []qWord     // the words of the paragraph being read, when not kept
	marks     []int32     // buf's marks (qTokenizeMarked)
	last      qWord       // the last word of the piece read before
	window    qWordWindow // the words around the quotes of a long paragraph
	lent      [2][]qWord  // the buffers qContext.wordsIn lends
	forms     []qForm     // the resolver's (qResolver)
	speakers  []qMention  // the resolver's
	paraTops  []int       // the resolver's speakerMax
	byLast    map[string]qFormChain
	narrative qNarrative

	raws   chunk.List[qRaw]   // the quotes found (qScanInto)
	parts  chunk.List[qPart]  // the raws' parts as found, each raw's a run (qRaw.first)
	quoted []qPart            // the parts of the quotes kept, in one array (qQuotesOf)
	kept   []qKeptWords       // where each paragraph's words are kept in words (qContext.words)
	words  chunk.Arena[qWord] // the words kept (keep)
	heads  []qWord            // the words of a head without its earlier quotes (qHeadWords)
}

// qScratchMax is the most words a pooled qScratch keeps room for.
const qScratchMax = 1 << 16

var qScratchPool = sync.Pool{New: func() any {
	return &qScratch{}
}}

// qGetScratch returns an empty qScratch.
func qGetScratch() *qScratch { return qScratchPool.Get().(*qScratch) }

// qPutScratch empties s and returns it to the pool. A slice that grew too
// big for one huge article is dropped, and the others are kept, so that
// the next article, huge or not, does not grow them all again. The slices
// are only truncated: the strings left in them keep the last article
// reachable until the pool drops s at a garbage collection, which costs
// less than clearing them after every article.
func qPutScratch(s *qScratch) {
	n := &s.narrative
	// Clearing a map costs its capacity, so maps that grew big are
	// dropped rather than cleared for every small article after.
	s.known.reset(1024)
	n.keyOf = qEmptied(n.keyOf)
	n.keyBytes = qTruncated(n.keyBytes, 64<<10) // no key of this article is in use any more
	s.byLast = qEmptied(s.byLast)
	s.window.reset()
	s.window.words, s.window.spare = qTruncated(s.window.words, qScratchMax), qTruncated(s.window.spare, qScratchMax)
	s.lent[0], s.lent[1] = qTruncated(s.lent[0], qScratchMax), qTruncated(s.lent[1], qScratchMax)
	s.buf, s.tmp = qTruncated(s.buf, qScratchMax), qTruncated(s.tmp, qScratchMax)
	s.words.Reset(qScratchMax)
	s.raws.Reset(qScratchMax / 8)
	s.parts.Reset(qScratchMax / 8)
	s.quoted, s.kept = qTruncated(s.quoted, qScratchMax/8), qTruncated(s.kept, qScratchMax/8)
	s.subjects = qTruncated(s.subjects, qScratchMax/8)
	s.heads = qTruncated(s.heads, qScratchMax)
	s.marks = qTruncated(s.marks, qScratchMax)
	s.inside = qInside{at: qTruncated(s.inside.at, qScratchMax/8), sorted: qTruncated(s.inside.sorted, qScratchMax/8)}
	s.forms = qTruncated(s.forms, qScratchMax/8)
	s.speakers = qTruncated(s.speakers, qScratchMax/8)
	s.paraTops = qTruncated(s.paraTops, 4*qLookBack)
	n.mentions.Reset(qScratchMax / 8)
	n.pending.Reset(qScratchMax / 8)
	clear(n.keyBlocks)
	n.keyBlocks, n.spelled = qTruncated(n.keyBlocks, 64), qTruncated(n.spelled, qScratchMax/8)
	n.paragraphs, n.cursor = nil, 0
	n.forms = qFormIndex{} // its memory is s.forms and s.byLast, bounded above
	n.kept, n.runs = qTruncated(n.kept, qScratchMax), qTruncated(n.runs, qScratchMax/8)
	n.keptMarks = qTruncated(n.keptMarks, qScratchMax)
	n.keyBuf = qTruncated(n.keyBuf, qScratchMax)
	qScratchPool.Put(s)
}

// qTruncated returns s emptied, or nil if it holds room for more than max
// elements.
func qTruncated[T any](s []T, max int) []T {
	if cap(s) > max {
		return nil
	}
	return s[:0]
}

// qCleared returns s with n zero elements, reusing its room if it has
// enough.
func qCleared[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// qEmptied returns m cleared, or a new map if m held many keys.
func qEmptied[V any](m map[string]V) map[string]V {
	if len(m) > 256 {
		return make(map[string]V, 64)
	}
	clear(m)
	return m
}

// keep returns a copy of words that lasts while s is in use, carved from
// the chunks of s.words, so that keeping the words of many paragraphs
// costs few allocations, none for a small article once s is reused.
func (s *qScratch) keep(words []qWord) []qWord { return s.words.Copy(words) }

// qKeptChunk is how many keys a block of qNarrative.keyBuf holds at most.
const qKeptChunk = 4096

// qRoom returns s with room for one more element, doubling its capacity
// when full. append grows big slices by a quarter at a time, which copies
// a slice of large structs about five times over as it grows; doubling
// copies it about twice.
func qRoom[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(len(s), 16))
}

// qSlot appends a slot to *s (growing it as qRoom does) and returns it, to
// be written field by field: a struct that holds pointers, copied in whole,
// costs a bulk write barrier while the collector marks. The slot may hold
// what an earlier use of the slice left there, so every field must be
// written.
func qSlot[T any](s *[]T) *T {
	*s = qRoom(*s)
	*s = (*s)[:len(*s)+1]
	return &(*s)[len(*s)-1]
}
