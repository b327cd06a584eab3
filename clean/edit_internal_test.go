package clean

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/chunk"
	"github.com/stretchr/testify/assert"
)

// TestLoggedAfter checks that the log keeps a copy of each replacement,
// even one that lies in a scratch text buffer, which the next applies
// write over.
func TestLoggedAfter(t *testing.T) {
	d := newDoc("one two three")
	d.apply([]edit{{start: 3, end: 4, repl: "_", kind: Invisible}}) // cur is now in a scratch buffer
	inCur := d.cur[4:7]                                             // "two", in the scratch buffer
	d.apply([]edit{{start: 0, end: 3, repl: inCur, kind: Markup}})
	d.apply([]edit{{start: 0, end: 3, repl: "xyz", kind: Markup}, {start: 4, end: 7, repl: "", kind: Markup}})
	d.apply([]edit{{start: 0, end: 1, repl: "", kind: Markup}})
	out, reps := d.result()
	assert.Equal(t, "yz_ three", out)
	want := []Repair{
		{Kind: Markup, Offset: 0, Before: "one", After: "two"},
		{Kind: Markup, Offset: 0, Before: "one", After: "xyz"},
		{Kind: Markup, Offset: 0, Before: "one", After: ""},
		{Kind: Invisible, Offset: 3, Before: " ", After: "_"},
		{Kind: Markup, Offset: 4, Before: "two", After: ""},
	}
	assert.Equal(t, want, reps)
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

// TestFirstEndingAfter compares the galloping search of the map with
// sort.Search, from every start, over maps of removals and written
// stretches.
func TestFirstEndingAfter(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 40 {
		var d doc
		d.marks = new(chunk.List[mark])
		var ends []int
		at := 0
		for range n * 100 {
			at += r.IntN(5)
			end := at + r.IntN(3)
			d.marks.Add(mark{curStart: at, curEnd: end})
			ends = append(ends, end)
			at = end
		}
		for from := 0; from <= len(ends); from += 1 + len(ends)/7 {
			for q := -1; q <= at+1; q += 1 + r.IntN(7) {
				want := from + sort.Search(len(ends)-from, func(i int) bool { return ends[from+i] > q })
				if got := d.firstEndingAfter(from, q); got != want {
					t.Fatalf("firstEndingAfter(%d, %d) = %d, want %d", from, q, got, want)
				}
			}
		}
	}
}
