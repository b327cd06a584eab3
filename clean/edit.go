package clean

import (
	"sort"
	"strings"
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
}

func newDoc(s string) doc { return doc{orig: s, cur: s} }

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

// apply makes the edits (sorted by start, not overlapping) to the current
// text, logs one repair per edit and updates the map to the original.
func (d *doc) apply(edits []edit) {
	if len(edits) == 0 {
		return
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var b strings.Builder
	size := len(d.cur)
	for _, e := range edits {
		size += len(e.repl) - (e.end - e.start)
	}
	b.Grow(size)
	var pieces []piece
	if d.pieces == nil {
		d.pieces = []piece{{0, len(d.cur), 0, len(d.orig), true}}
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
			np := piece{curStart: b.Len(), copied: pc.copied}
			if pc.copied {
				np.origStart = pc.origStart + at - pc.curStart
				np.origEnd = np.origStart + stop - at
			} else {
				np.origStart, np.origEnd = pc.origStart, pc.origEnd
			}
			b.WriteString(d.cur[at:stop])
			np.curEnd = b.Len()
			pieces = append(pieces, np)
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
		d.repairs = append(d.repairs, Repair{Kind: e.kind, Offset: os, Before: d.orig[os:oe], After: e.repl})
		if e.repl != "" {
			start := b.Len()
			b.WriteString(e.repl)
			pieces = append(pieces, piece{start, b.Len(), os, oe, false})
		}
		at = e.end
	}
	copyTo(len(d.cur))
	d.cur = b.String()
	d.pieces = pieces
}
