package clean

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/copydesk/copydesk/internal/chunk"
)

// An edit replaces cur[start:end] of the text a pass looked at.
type edit struct {
	start, end int
	repl       string
	kind       RepairKind
}

// A mark maps a repair's place in the current text back to the original
// input: cur[curStart:curEnd], which the repair wrote (empty where it
// removed text), stands for orig[origStart:origEnd]. The text between
// two marks (before the first, after the last) is original text, byte
// for byte, that follows on from the first one's origEnd (from 0). A map
// is the marks in order of position; no two removals share one. One
// record per repair, where a map of the stretches of the text, written
// and copied, takes two.
type mark struct {
	curStart, curEnd   int
	origStart, origEnd int
}

// removal reports whether the mark is where text was removed.
func (m *mark) removal() bool { return m.curStart == m.curEnd }

// A doc is the per-call state of the pipeline: the original input, the
// current text, the map between them and the repairs made so far.
type doc struct {
	orig    string
	cur     string
	marks   *chunk.List[mark]     // nil while cur == orig; in scratch.marks
	repairs *chunk.List[logEntry] // nil until the first repair is logged; scratch.repairs
	after   []byte                // the After of the repairs logged, one after another
	blocks  []block               // start of each apply's (sorted) run of repairs
	changes int                   // edits made, counted even when nothing is logged
	nolog   bool                  // Text: no log, no map to the original
	valid   bool                  // cur is known to be valid UTF-8 (see measure)
	quiet   [passes]int           // per pass: 1 + changes when it last found nothing, or 0
	sv      survey                // see takeSurvey
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
}

// A scratch holds the pass buffers of a finished call for the next one.
type scratch struct {
	edits []edit
	spans []span
	// apply writes the text in turns into these two buffers instead of
	// allocating a string per pass: cur is in one, the next text goes
	// into the other. With a log, the map to the original takes turns
	// the same way between the two marks buffers.
	text  [2][]byte
	marks [2]chunk.List[mark]
	// The log as apply appends it, before sortedRepairs copies it out
	// in order, and where each apply's run of it starts.
	repairs chunk.List[logEntry]
	after   []byte
	blocks  []block
}

// A block is where an apply's run of repairs starts in the log, and
// where its After bytes start.
type block struct{ log, after int }

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
	if cap(d.blocks) <= maxScratch && cap(d.blocks) >= cap(sc.blocks) {
		sc.blocks = d.blocks[:0]
	}
	if cap(d.after) <= maxScratchText && cap(d.after) >= cap(sc.after) {
		sc.after = d.after[:0]
	}
	// Entries past the most any pass wrote are zero already.
	clear(sc.edits[:min(d.used, cap(sc.edits))])
	clear(sc.spans[:min(d.used, cap(sc.spans))])
	sc.repairs.Clear(maxScratch)
	for i, b := range sc.text {
		if cap(b) > maxScratchText {
			sc.text[i] = nil
		}
	}
	for i := range sc.marks {
		sc.marks[i].Clear(maxScratch)
	}
	d.edits, d.spans, d.marks = nil, nil, nil
	d.repairs, d.after, d.blocks = nil, nil, nil
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

// A splice writes the next text of a doc from the current one and the
// edits of one pass, given in order of start: all at once (apply) or in
// batches as the pass finds them (applyBatches), so that a pass over a
// densely damaged text need not keep its edits for the whole text. With a
// log it also logs a repair per edit and builds the map of the next text
// to the original.
type splice struct {
	t     int    // index of the scratch text buffer b is in
	b     []byte // the next text so far
	at    int    // position in cur up to which b is written
	prev  int    // start of the last edit added, to check their order
	valid bool   // the next text is valid UTF-8 so far (see measure)
	// With a log: the next map, in the scratch marks buffer d.marks is
	// not in, and the index in d.marks of the first mark copyTo has not
	// carried over whole nor skipped.
	marks *chunk.List[mark]
	next  int
}

// beginSplice starts a splice of the current text, with room for size
// bytes of the next one.
func (d *doc) beginSplice(size int) splice {
	t, b := d.nextText(size)
	sp := splice{t: t, b: b, valid: d.valid}
	if d.nolog {
		return sp
	}
	if d.repairs == nil {
		d.repairs, d.after, d.blocks = &d.scratch.repairs, d.scratch.after[:0], d.scratch.blocks[:0]
	}
	d.blocks = append(d.blocks, block{d.repairs.Len(), len(d.after)})
	sp.marks = &d.scratch.marks[0]
	if sp.marks == d.marks {
		sp.marks = &d.scratch.marks[1]
	}
	sp.marks.Truncate(0)
	return sp
}

// add makes the edits, which must start where the ones added before
// left off or later. It returns false if their starts are not in
// order, and the splice is then to be dropped (only Text, which has
// nothing to undo, finds out so; with a log the edits are sorted first).
// An edit that overlaps the one before is skipped (a bug in a pass).
func (sp *splice) add(d *doc, edits []edit) bool {
	s := d.cur
	for k := range edits {
		e := &edits[k] // not a copy: this loop runs once per edit made
		if e.start < sp.prev {
			return false
		}
		sp.prev = e.start
		if sp.valid && (e.start < len(s) && s[e.start]&0xC0 == 0x80 || e.end < len(s) && s[e.end]&0xC0 == 0x80 || !oneRuneOrValid(e.repl)) {
			sp.valid = false
		}
		if e.start < sp.at {
			continue
		}
		if d.nolog {
			sp.b = append(sp.b, s[sp.at:e.start]...)
			if len(e.repl) == 1 {
				sp.b = append(sp.b, e.repl[0]) // '"', "\n", " ": without a call
			} else {
				sp.b = append(sp.b, e.repl...)
			}
			sp.at = e.end
			continue
		}
		sp.copyTo(d, e.start)
		os, oe := d.origLeft(e.start, sp.next), d.origRight(e.end, sp.next)
		if oe < os {
			oe = os
		}
		d.after = append(d.after, e.repl...)
		d.repairs.Add(logEntry{offset: os, end: oe, afterLen: len(e.repl), kind: e.kind})
		start := len(sp.b)
		sp.b = append(sp.b, e.repl...)
		sp.marks.Add(mark{start, len(sp.b), os, oe})
		sp.at = e.end
	}
	d.changes += len(edits)
	return true
}

// finish copies the rest of the text and makes the next text the
// current one.
func (sp *splice) finish(d *doc) {
	if d.nolog {
		sp.b = append(sp.b, d.cur[sp.at:]...)
	} else {
		sp.copyTo(d, len(d.cur))
		d.marks = sp.marks
	}
	d.valid = sp.valid
	d.setText(sp.t, sp.b)
}

// copyTo copies cur[at:end] to the next text, with the marks in it: a
// mark that starts before end and ends after at (or, a removal, at at),
// cut to the stretch copied; a written one that goes on past end is
// carried over again, for what is left of it, after the edit at end.
// The marks before at that are not carried over lay in an edit, which
// stands for them.
func (sp *splice) copyTo(d *doc, end int) {
	if old := d.marks; old != nil {
		shift := len(sp.b) - sp.at // from a position in cur to one in the next text
		for sp.next < old.Len() {
			m := old.At(sp.next)
			if m.curStart >= end {
				break
			}
			if m.curEnd < sp.at || m.curEnd == sp.at && !m.removal() {
				sp.next++
				continue
			}
			nm := mark{max(m.curStart, sp.at) + shift, min(m.curEnd, end) + shift, m.origStart, m.origEnd}
			if n := sp.marks.Len(); n > 0 && nm.curStart == nm.curEnd {
				if last := sp.marks.Last(); last.removal() && last.curEnd == nm.curStart {
					last.origEnd = nm.origEnd // one removal, not two at one place
					sp.next++
					continue
				}
			}
			sp.marks.Add(nm)
			if m.curEnd > end {
				break // the rest after the edit at end
			}
			sp.next++
			sp.carryWhole(old, end, shift)
		}
		// Neither copyTo nor origLeft and origRight read the marks
		// before next-1 again: their chunks can hold the new map.
		old.HandOver(sp.next-1, sp.marks)
	}
	sp.b = append(sp.b, d.cur[sp.at:end]...)
	sp.at = end
}

// carryWhole carries over the marks from next on that lie wholly in
// cur[at:end], as copyTo does, a chunk's worth at a time: after the
// first mark of a copyTo, which may be the one to join to a removal
// before it, those are most of them.
func (sp *splice) carryWhole(old *chunk.List[mark], end, shift int) {
	for sp.next < old.Len() {
		old.HandOver(sp.next-1, sp.marks) // so that Room can fill the chunks behind
		room := sp.marks.Room()
		w := 0
		for ; w < len(room) && sp.next < old.Len(); w++ {
			m := old.At(sp.next)
			if m.curStart < sp.at || m.curEnd > end || m.curStart >= end {
				break
			}
			room[w] = mark{m.curStart + shift, m.curEnd + shift, m.origStart, m.origEnd}
			sp.next++
		}
		sp.marks.Extend(w)
		if w < len(room) {
			return
		}
	}
}

// applyBatches makes the edits a pass hands over in batches: fill
// appends the next batch (up to most edits, in order of start) to the
// edits it is given and returns them, none once the pass is done. The
// batches take turns in one buffer, so that a pass that finds an edit
// every few bytes keeps no more than a batch of them; the next text is
// sized as the current one, grown if the edits make it longer.
//
// Until the doc has its scratch buffers, which clean text never takes,
// the batch is kept to firstBatch edits, so that the buffer grown for it
// is small: the scratch's is used from the next batch on.
func (d *doc) applyBatches(fill func(edits []edit, most int) []edit) {
	var sp splice
	started := false
	for {
		most := editBatch
		if d.scratch == nil {
			most = firstBatch
		}
		batch := fill(d.edits[:0], most)
		d.edits = batch
		d.used = max(d.used, len(batch))
		if len(batch) == 0 {
			break
		}
		if !started {
			d.takeScratch() // may swap d.edits for a larger buffer
			sp, started = d.beginSplice(len(d.cur)), true
		}
		sp.add(d, batch) // in order: fill's contract
	}
	if started {
		sp.finish(d)
	}
}

// editBatch is the most edits applyBatches asks of a pass at a time (40
// kilobytes of them), and firstBatch the most before the doc has its
// scratch buffers.
const (
	editBatch  = 1024
	firstBatch = 8
)

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
// within a pass, and the log keeps none of its bytes (see logEntry).
func (d *doc) setText(i int, buf []byte) {
	d.scratch.text[i] = buf
	if len(buf) == 0 {
		d.cur, d.inText = "", 0
		return
	}
	d.cur = unsafe.String(&buf[0], len(buf))
	d.inText = i + 1
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

// A logEntry is a repair as the log keeps it until result makes the
// Repair: Before is orig[offset:end], and After the next afterLen of the
// doc's after bytes, a copy (a repair's replacement may lie in a scratch
// text buffer, which the next apply writes over), the Afters of a run
// following one another from the run's block.after. It holds no pointer,
// so that the collector need not scan a big log, nor writing it pay for
// write barriers.
type logEntry struct {
	offset, end int
	afterLen    int
	kind        RepairKind
}

// sortedRepairs returns the log in input order, as Repairs: the runs of
// repairs that each apply appended are sorted already, so they are
// merged, earlier runs first where offsets tie. A few runs, which is most
// docs, are merged in one go, straight into the result.
func (d *doc) sortedRepairs() []Repair {
	if d.repairs == nil || d.repairs.Len() == 0 {
		return nil
	}
	after := string(d.after) // the Afters of the result, out of the scratch buffer
	// Run r is d.repairs[heads[r]:ends[r]], its Afters from after[afters[r]:];
	// offsets[r] is the offset of its head, or exhausted.
	var heads, ends, afters, offsets [maxMergeWays]int
	k := 0
	for i, b := range d.blocks {
		end := d.repairs.Len()
		if i+1 < len(d.blocks) {
			end = d.blocks[i+1].log
		}
		if end == b.log {
			continue
		}
		if k == maxMergeWays {
			return d.mergedRepairs(after)
		}
		heads[k], ends[k], afters[k], offsets[k] = b.log, end, b.after, d.repairs.At(b.log).offset
		k++
	}
	out := make([]Repair, d.repairs.Len())
	for n := range out {
		best := 0
		for r := 1; r < k; r++ {
			if offsets[r] < offsets[best] {
				best = r
			}
		}
		out[n], afters[best] = d.repair(d.repairs.At(heads[best]), after, afters[best])
		if heads[best]++; heads[best] < ends[best] {
			offsets[best] = d.repairs.At(heads[best]).offset
		} else {
			offsets[best] = exhausted
		}
	}
	return out
}

// repair makes the Repair of a log entry whose After starts at at in
// after (the doc's after bytes as a string), and returns where the next
// After starts.
func (d *doc) repair(e *logEntry, after string, at int) (Repair, int) {
	next := at + e.afterLen
	return newRepair(e.kind, e.offset, d.orig[e.offset:e.end], after[at:next]), next
}

// maxMergeWays bounds the runs sortedRepairs merges in one go.
const maxMergeWays = 16

// exhausted is the head offset of a run merged whole: after any offset.
const exhausted = math.MaxInt

// mergedRepairs is sortedRepairs for many runs: they are made Repairs
// in the order of the log, and merged two by two, log(runs) times.
func (d *doc) mergedRepairs(after string) []Repair {
	all := make([]Repair, d.repairs.Len())
	at := 0
	for n := range all {
		all[n], at = d.repair(d.repairs.At(n), after, at)
	}
	runs := make([][]Repair, 0, len(d.blocks))
	for i, b := range d.blocks {
		end := len(all)
		if i+1 < len(d.blocks) {
			end = d.blocks[i+1].log
		}
		if end > b.log {
			runs = append(runs, all[b.log:end])
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
	return runs[0]
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

// origLeft maps a position p of cur to the original input, snapping to
// the start of a repair's text. The marks before index from end at or
// before p (a splice passes the first mark it has not passed whole).
func (d *doc) origLeft(p, from int) int {
	if d.marks == nil {
		return p
	}
	if p >= len(d.cur) {
		return len(d.orig)
	}
	i := d.firstEndingAfter(from, p)
	if i < d.marks.Len() {
		if m := d.marks.At(i); m.curStart <= p {
			return m.origStart
		}
	}
	return d.copiedOrig(i, p)
}

// origRight maps the end position p of a span of cur to the original
// input, snapping to the end of a repair's text. The marks before index
// from end at or before p, and all but the last of them before p: two
// marks end at one place only where a written one is followed by a
// removal, which maps the same.
func (d *doc) origRight(p, from int) int {
	if d.marks == nil {
		return p
	}
	if p == 0 {
		return d.origLeft(0, 0)
	}
	i := d.firstEndingAfter(max(from-1, 0), p-1)
	if i == d.marks.Len() {
		if p > len(d.cur) {
			return len(d.orig)
		}
		return d.copiedOrig(i, p)
	}
	if m := d.marks.At(i); m.curStart < p {
		return m.origEnd // p lies in the repair's text, or at its end
	}
	return d.copiedOrig(i, p) // p lies in the copied text before mark i, or at its end
}

// firstEndingAfter returns the index of the first mark from index from
// on that ends after position q, or the number of marks. The mark sought
// is most often at from or just after, where chunk.List.Search looks first.
func (d *doc) firstEndingAfter(from, q int) int {
	return d.marks.Search(from, func(m *mark) bool { return m.curEnd > q })
}

// copiedOrig maps position p of cur, in the copied text just before mark
// i (after the last mark for i == len), to the original.
func (d *doc) copiedOrig(i, p int) int {
	if i == 0 {
		return p
	}
	prev := d.marks.At(i - 1)
	return prev.origEnd + p - prev.curEnd
}

// measure returns the length of s once the edits are made and whether
// they are sorted by start. An edit that overlaps the one before is
// skipped, here as in apply.
func measure(s string, edits []edit) (size int, sorted bool) {
	size, sorted = len(s), true
	prev, end := 0, 0
	for k := range edits {
		e := &edits[k] // not a copy: this loop runs once per edit made
		if e.start < prev {
			sorted = false
		}
		prev = e.start
		if e.start < end {
			continue
		}
		size += len(e.repl) - (e.end - e.start)
		end = e.end
	}
	return size, sorted
}

// apply makes the edits (not overlapping) to the current text, logs one
// repair per edit and updates the map to the original. They are sorted
// by start first if they are not. Whether the text stays valid UTF-8 is
// worked out on the way: each edit must cut at character boundaries and
// write valid UTF-8, so that the next round need not check the whole
// text again.
func (d *doc) apply(edits []edit) {
	if len(edits) == 0 {
		return
	}
	if d.nolog {
		// Without a log, the text is written on the chance that the
		// edits are sorted, which they most often are.
		d.takeScratch()
		if sp := d.beginSplice(len(d.cur)); sp.add(d, edits) {
			sp.finish(d)
			return
		}
	}
	size, sorted := measure(d.cur, edits)
	if !sorted {
		slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
		size, _ = measure(d.cur, edits)
	}
	d.takeScratch()
	sp := d.beginSplice(size)
	sp.add(d, edits)
	sp.finish(d)
}
