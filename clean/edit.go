package clean

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// An edit replaces cur[start:end] of the text a pass looked at.
type edit struct {
	start, end int
	repl       string
	kind       RepairKind
}

// A piece maps a stretch of the current text back to the original input.
// A copied piece is original text, byte for byte; any other piece was
// written by a repair and maps as a whole onto orig[origStart:origEnd].
type piece struct {
	curStart, curEnd   int
	origStart, origEnd int
	copied             bool
}

// A doc is the per-call state of the pipeline: the original input, the
// current text, the map between them and the repairs made so far.
type doc struct {
	orig    string
	cur     string
	pieces  []piece // nil while cur == orig
	repairs []Repair
	blocks  []int       // start of each apply's (sorted) run of repairs
	changes int         // edits made, counted even when nothing is logged
	nolog   bool        // Text: no log, no map to the original
	valid   bool        // cur is known to be valid UTF-8 (see measure)
	quiet   [passes]int // per pass: 1 + changes when it last found nothing, or 0
	sv      survey      // see takeSurvey
	// surveyTried is set once a survey was taken in this round.
	surveyTried bool
	// noSurvey makes every pass read the whole text, as if no survey
	// were taken: tests compare the two.
	noSurvey bool

	// Buffers the passes append to, kept from one pass to the next so
	// that dense damage does not grow a new slice each pass, and taken
	// from scratchPool once the text turns out to need repair.
	edits   []edit
	spans   []span
	used    int // the most entries of edits or spans any pass wrote
	scratch *scratch
	inText  int // 1 + the index in scratch.text of the buffer cur is in, or 0
	// 1 + the index in scratch.pieces of the buffer pieces is in, or 0
	inPieces int
}

// A scratch holds the pass buffers of a finished call for the next one.
type scratch struct {
	edits []edit
	spans []span
	// apply writes the text in turns into these two buffers instead of
	// allocating a string per pass: cur is in one, the next text goes
	// into the other. With a log, the map to the original takes turns
	// the same way between the two pieces buffers.
	text   [2][]byte
	pieces [2][]piece
	// The log as apply appends it, before sortedRepairs copies it out
	// in order, and where each apply's run of it starts.
	repairs []Repair
	blocks  []int
}

// scratchPool keeps the pass buffers of finished calls, so that a caller
// cleaning many damaged texts does not grow them anew each time.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratch bounds the buffers kept in scratchPool (in entries), and
// maxScratchText the text buffers (in bytes).
const (
	maxScratch     = 1 << 17
	maxScratchText = 16 << 20
)

// reuse keeps the buffer of the edits a pass returned for the next pass.
// The first time a pass finds something (clean text never gets here, so
// it allocates nothing), the doc takes buffers from scratchPool.
func (d *doc) reuse(edits []edit) []edit {
	d.edits = edits
	d.used = max(d.used, len(edits), len(d.spans))
	if len(edits) > 0 {
		d.takeScratch() // edits is applied, then dropped
	}
	return edits
}

// takeScratch takes pass buffers from scratchPool, once per call, where
// they are larger than the doc's own.
func (d *doc) takeScratch() {
	if d.scratch != nil {
		return
	}
	d.scratch = scratchPool.Get().(*scratch)
	if cap(d.scratch.edits) > cap(d.edits) {
		d.edits = d.scratch.edits[:0]
	}
	if cap(d.scratch.spans) > cap(d.spans) {
		d.spans = d.scratch.spans[:0]
	}
}

// release gives the pass buffers back to scratchPool, emptied so that
// they hold on to no text.
func (d *doc) release() {
	sc := d.scratch
	if sc == nil {
		return
	}
	d.scratch = nil
	if cap(d.edits) <= maxScratch && cap(d.edits) >= cap(sc.edits) {
		sc.edits = d.edits[:0]
	}
	if cap(d.spans) <= maxScratch && cap(d.spans) >= cap(sc.spans) {
		sc.spans = d.spans[:0]
	}
	if cap(d.repairs) <= maxScratch && cap(d.repairs) >= cap(sc.repairs) {
		sc.repairs = d.repairs[:0]
	}
	if cap(d.blocks) <= maxScratch && cap(d.blocks) >= cap(sc.blocks) {
		sc.blocks = d.blocks[:0]
	}
	// Entries past the most any pass wrote are zero already.
	clear(sc.edits[:min(d.used, cap(sc.edits))])
	clear(sc.spans[:min(d.used, cap(sc.spans))])
	clear(sc.repairs[:min(len(d.repairs), cap(sc.repairs))])
	for i, b := range sc.text {
		if cap(b) > maxScratchText {
			sc.text[i] = nil
		}
	}
	for i, p := range sc.pieces {
		if cap(p) > maxScratch {
			sc.pieces[i] = nil
		}
	}
	d.edits, d.spans, d.pieces, d.inPieces = nil, nil, nil, 0
	d.repairs, d.blocks = nil, nil
	scratchPool.Put(sc)
}

// ownText makes cur a string of its own if it is in a scratch text
// buffer, which release hands on to the next call: it must be called
// before release by every call that returns the text.
func (d *doc) ownText() {
	if d.inText > 0 {
		d.cur = strings.Clone(d.cur)
		d.inText = 0
	}
}

// spliceScratch makes the edits for a doc without a log, in one pass
// over them: it writes the result into the scratch text buffer cur is
// not in, and checks on the way that the edits are sorted (if not, it
// writes nothing and returns false) and whether the text stays valid
// UTF-8 (see measure).
func (d *doc) spliceScratch(edits []edit) bool {
	i, buf := d.nextText(len(d.cur))
	s := d.cur
	valid := d.valid
	prev, at := 0, 0
	for k := range edits {
		e := &edits[k] // not a copy: this loop runs once per edit made
		if e.start < prev {
			return false
		}
		prev = e.start
		if valid && (e.start < len(s) && s[e.start]&0xC0 == 0x80 || e.end < len(s) && s[e.end]&0xC0 == 0x80 || !oneRuneOrValid(e.repl)) {
			valid = false
		}
		if e.start < at {
			continue // overlaps the edit before: skipped, as in apply
		}
		buf = append(buf, s[at:e.start]...)
		buf = append(buf, e.repl...)
		at = e.end
	}
	buf = append(buf, s[at:]...)
	d.changes += len(edits)
	d.valid = valid
	d.setText(i, buf)
	return true
}

// nextText returns the scratch text buffer that cur is not in, emptied,
// with room for size bytes, and its index.
func (d *doc) nextText(size int) (int, []byte) {
	d.takeScratch()
	i := 0
	if d.inText == 1 {
		i = 1
	}
	buf := d.scratch.text[i][:0]
	if cap(buf) < size {
		buf = make([]byte, 0, size+size/8)
	}
	return i, buf
}

// setText makes buf, scratch text buffer i, the current text.
//
// cur is read only until the next apply into this buffer, two applies
// on, by which time no pass holds on to it: edits are made and dropped
// within a pass, and the log keeps none of its bytes (see stableRepl).
func (d *doc) setText(i int, buf []byte) {
	d.scratch.text[i] = buf
	if len(buf) == 0 {
		d.cur, d.inText = "", 0
		return
	}
	d.cur = unsafe.String(&buf[0], len(buf))
	d.inText = i + 1
}

// stableRepl returns repl, copied if it lies in a scratch text buffer (a
// pass may hand on a piece of the text it read), for the log, which
// outlives the buffers' next use.
func (d *doc) stableRepl(repl string) string {
	if repl == "" || d.scratch == nil {
		return repl
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(repl)))
	for _, b := range d.scratch.text {
		if base := uintptr(unsafe.Pointer(unsafe.SliceData(b))); cap(b) > 0 && p >= base && p < base+uintptr(cap(b)) {
			return strings.Clone(repl)
		}
	}
	return repl
}

func newDoc(s string) doc { return doc{orig: s, cur: s} }

// result returns the text, a string of its own, and the log in input
// order, and gives the buffers back: the doc is done with.
func (d *doc) result() (string, []Repair) {
	d.ownText()
	repairs := d.sortedRepairs()
	d.release()
	return d.cur, repairs
}

// sortedRepairs returns the log in input order, in a slice of its own
// (the doc's is in a scratch buffer): the runs of repairs that each apply
// appended are sorted already, so they are merged, earlier runs first
// where offsets tie. A few runs, which is most docs, are merged in one
// go, straight into the result.
func (d *doc) sortedRepairs() []Repair {
	if len(d.repairs) == 0 {
		return nil
	}
	var heads, ends [maxMergeWays]int // each run is d.repairs[heads[r]:ends[r]]
	k := 0
	for i, start := range d.blocks {
		end := len(d.repairs)
		if i+1 < len(d.blocks) {
			end = d.blocks[i+1]
		}
		if end == start {
			continue
		}
		if k == maxMergeWays {
			return d.mergedRepairs()
		}
		heads[k], ends[k] = start, end
		k++
	}
	out := make([]Repair, len(d.repairs))
	for n := range out {
		best := -1
		for r := 0; r < k; r++ {
			if heads[r] < ends[r] && (best < 0 || d.repairs[heads[r]].Offset < d.repairs[heads[best]].Offset) {
				best = r
			}
		}
		out[n] = d.repairs[heads[best]]
		heads[best]++
	}
	return out
}

// maxMergeWays bounds the runs sortedRepairs merges in one go.
const maxMergeWays = 16

// mergedRepairs is sortedRepairs for many runs: they are merged two by
// two, log(runs) times.
func (d *doc) mergedRepairs() []Repair {
	runs := make([][]Repair, 0, len(d.blocks))
	for i, start := range d.blocks {
		end := len(d.repairs)
		if i+1 < len(d.blocks) {
			end = d.blocks[i+1]
		}
		if end > start {
			runs = append(runs, d.repairs[start:end])
		}
	}
	for len(runs) > 1 {
		merged := runs[:0:0]
		for i := 0; i < len(runs); i += 2 {
			if i+1 == len(runs) {
				merged = append(merged, runs[i])
				break
			}
			merged = append(merged, mergeRepairs(runs[i], runs[i+1]))
		}
		runs = merged
	}
	return runs[0] // more than maxMergeWays runs: merged at least once, so not d.repairs
}

// mergeRepairs merges two logs sorted by offset, a first on ties.
func mergeRepairs(a, b []Repair) []Repair {
	out := make([]Repair, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].Offset < a[0].Offset {
			out = append(out, b[0])
			b = b[1:]
		} else {
			out = append(out, a[0])
			a = a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// origLeft maps a position of cur to the original input, snapping to the
// start of a written piece.
func (d *doc) origLeft(p int) int {
	if d.pieces == nil {
		return p
	}
	i := sort.Search(len(d.pieces), func(i int) bool { return d.pieces[i].curEnd > p })
	if i == len(d.pieces) {
		return len(d.orig)
	}
	pc := d.pieces[i]
	if p < pc.curStart { // cannot happen: pieces are contiguous
		return pc.origStart
	}
	if pc.copied {
		return pc.origStart + p - pc.curStart
	}
	return pc.origStart
}

// origRight maps the end position p of a span of cur to the original
// input, snapping to the end of a written piece.
func (d *doc) origRight(p int) int {
	if d.pieces == nil {
		return p
	}
	if p == 0 {
		return d.origLeft(0)
	}
	i := sort.Search(len(d.pieces), func(i int) bool { return d.pieces[i].curEnd >= p })
	if i == len(d.pieces) {
		return len(d.orig)
	}
	pc := d.pieces[i]
	if pc.copied {
		return pc.origStart + p - pc.curStart
	}
	return pc.origEnd
}

// measure returns the length of s once the edits are made, whether they
// are sorted by start, and, if s is valid UTF-8 (valid), whether it stays
// so: each edit cuts at character boundaries and writes valid UTF-8, so
// that the next round need not check the whole text again. An edit that
// overlaps the one before is skipped, here as in apply.
func measure(s string, edits []edit, valid bool) (size int, sorted, stillValid bool) {
	size, sorted, stillValid = len(s), true, valid
	prev, end := 0, 0
	for k := range edits {
		e := &edits[k] // not a copy: this loop runs once per edit made
		if e.start < prev {
			sorted = false
		}
		prev = e.start
		if stillValid && (e.start < len(s) && s[e.start]&0xC0 == 0x80 || e.end < len(s) && s[e.end]&0xC0 == 0x80 || !oneRuneOrValid(e.repl)) {
			stillValid = false
		}
		if e.start < end {
			continue
		}
		size += len(e.repl) - (e.end - e.start)
		end = e.end
	}
	return size, sorted, stillValid
}

// apply makes the edits (sorted by start, not overlapping) to the current
// text, logs one repair per edit and updates the map to the original.
func (d *doc) apply(edits []edit) {
	if len(edits) == 0 {
		return
	}
	if d.nolog && d.spliceScratch(edits) {
		return
	}
	size, sorted, valid := measure(d.cur, edits, d.valid)
	if !sorted {
		slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
		size, _, _ = measure(d.cur, edits, false)
	}
	if d.nolog {
		d.spliceScratch(edits) // sorted now
		return
	}
	d.changes += len(edits)
	d.valid = valid
	t, b := d.nextText(size)
	if d.repairs == nil {
		d.repairs, d.blocks = d.scratch.repairs[:0], d.scratch.blocks[:0]
	}
	d.blocks = append(d.blocks, len(d.repairs))
	d.repairs = slices.Grow(d.repairs, len(edits))
	// The new map goes into the pieces buffer the current one is not in.
	p := 0
	if d.inPieces == 1 {
		p = 1
	}
	if d.pieces == nil {
		d.pieces = append(d.scratch.pieces[1-p][:0], piece{0, len(d.cur), 0, len(d.orig), true})
		d.scratch.pieces[1-p] = d.pieces
	}
	pieces := d.scratch.pieces[p][:0]
	if n := len(d.pieces) + 2*len(edits) + 1; cap(pieces) < n {
		pieces = make([]piece, 0, n+n/4)
	}
	add := func(np piece) {
		if n := len(pieces); n > 0 && np.copied && pieces[n-1].copied && pieces[n-1].origEnd == np.origStart && pieces[n-1].curEnd == np.curStart {
			pieces[n-1].curEnd, pieces[n-1].origEnd = np.curEnd, np.origEnd
			return
		}
		pieces = append(pieces, np)
	}
	at := 0   // position in cur
	next := 0 // index in d.pieces of the piece holding at
	copyTo := func(end int) {
		for at < end {
			for d.pieces[next].curEnd <= at {
				next++
			}
			pc := d.pieces[next]
			stop := min(end, pc.curEnd)
			np := piece{curStart: len(b), copied: pc.copied}
			if pc.copied {
				np.origStart = pc.origStart + at - pc.curStart
				np.origEnd = np.origStart + stop - at
			} else {
				np.origStart, np.origEnd = pc.origStart, pc.origEnd
			}
			b = append(b, d.cur[at:stop]...)
			np.curEnd = len(b)
			add(np)
			at = stop
		}
	}
	for _, e := range edits {
		if e.start < at { // overlapping edit: a bug in a pass; skip it
			continue
		}
		copyTo(e.start)
		os, oe := d.origLeft(e.start), d.origRight(e.end)
		if oe < os {
			oe = os
		}
		d.repairs = append(d.repairs, newRepair(e.kind, os, d.orig[os:oe], d.stableRepl(e.repl)))
		if e.repl != "" {
			start := len(b)
			b = append(b, e.repl...)
			add(piece{start, len(b), os, oe, false})
		}
		at = e.end
	}
	copyTo(len(d.cur))
	d.setText(t, b)
	d.scratch.pieces[p] = pieces
	d.pieces, d.inPieces = pieces, p+1
}
