package clean

import (
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestStableRepl checks that a replacement the log keeps is copied out of
// the scratch text buffers, which the next apply writes over, and only
// then.
func TestStableRepl(t *testing.T) {
	d := newDoc("one two three")
	d.apply([]edit{{start: 3, end: 4, repl: "_", kind: Invisible}}) // cur is now in a scratch buffer
	defer d.release()
	inCur := d.cur[4:7]
	tests := []struct {
		name   string
		repl   string
		copied bool
	}{
		{name: "a piece of the current text", repl: inCur, copied: true},
		{name: "a constant", repl: "two", copied: false},
		{name: "the original input", repl: d.orig[4:7], copied: false},
		{name: "empty", repl: "", copied: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := d.stableRepl(tc.repl)
			assert.Equal(t, tc.repl, got)
			assert.Equal(t, tc.copied, tc.repl != "" && unsafe.StringData(got) != unsafe.StringData(tc.repl), "copied")
		})
	}
}

// TestSortedRepairs checks that the runs of repairs of successive applies
// come out in input order, earlier applies first where offsets tie, with
// few runs (merged in one go) and with many (merged two by two).
func TestSortedRepairs(t *testing.T) {
	tests := []struct {
		name    string
		applies int
	}{
		{name: "one apply", applies: 1},
		{name: "a few applies", applies: 5},
		{name: "as many applies as merged in one go", applies: maxMergeWays},
		{name: "more applies than merged in one go", applies: 3*maxMergeWays + 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Repeat("abcdefgh", 8)
			d := newDoc(in)
			var want []Repair
			for k := range tc.applies {
				// Each apply rewrites two letters in place, the first where
				// an earlier apply made its repair (a tie), the second
				// further on, so that the runs interleave.
				at := (k * 7) % (len(in) - 1)
				edits := []edit{{start: at, end: at + 1, repl: "x", kind: Invisible}, {start: len(in) - 1 - k%8, end: len(in) - k%8, repl: "y", kind: Markup}}
				if edits[1].start <= edits[0].start {
					edits = edits[:1]
				}
				d.apply(edits)
				for _, e := range edits {
					want = append(want, Repair{Kind: e.kind, Offset: e.start, Before: in[e.start:e.end], After: e.repl})
				}
			}
			sortStable(want)
			_, got := d.result()
			assert.Equal(t, want, got)
		})
	}
}

// sortStable sorts a log by offset, keeping the order of equal ones.
func sortStable(reps []Repair) {
	slices.SortStableFunc(reps, func(a, b Repair) int { return a.Offset - b.Offset })
}
