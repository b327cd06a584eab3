package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIndexFold(t *testing.T) {
	tests := []struct {
		name, s, needle string
		want            int
	}{
		{"lower", "a quot; b", "quot;", 2},
		{"upper", "a QUOT; b", "quot;", 2},
		{"mixed", "a qUoT; b", "quot;", 2},
		{"later than a false start", "q Q quo QUOT;", "quot;", 8},
		{"none", "quota", "quot;", -1},
		{"needle longer", "quo", "quot;", -1},
		{"empty", "", "quot;", -1},
		{"non-letter first", "x </SCRIPT>", "</script>", 2},
		{"at end", "xxQuot;", "quot;", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, indexFold(tc.s, tc.needle), "indexFold(%q, %q)", tc.s, tc.needle)
			assert.Equal(t, strings.Index(strings.ToLower(tc.s), tc.needle), indexFold(tc.s, tc.needle), "agrees with Index over ToLower")
		})
	}
}

// TestRepeatsStayLinear runs inputs that made searches quadratic: many
// unclosed "<script>" tags, and many lower-case candidates for an entity
// name with its upper-case form far away. A quadratic scan would not
// finish in the test's time; the outcome is checked, not the time.
func TestRepeatsStayLinear(t *testing.T) {
	tags := strings.Repeat("<script type=\"x\">a ", 50_000)
	assert.NotPanics(t, func() { Text(tags) })
	entities := strings.Repeat("&quot;a,quot; ", 100_000)
	assert.NotPanics(t, func() { Text(entities) })
	qs := strings.Repeat("q a,", 200_000) + "QUOT;"
	assert.Equal(t, len(qs)-5, indexFold(qs, "quot;"))
}

// TestEntityScanBatches checks that the entity scan made in batches, as
// the pipeline makes it, finds what it finds in one go, with batches of
// every size from one edit.
func TestEntityScanBatches(t *testing.T) {
	tests := []struct{ name, in string }{
		{name: "none", in: "plain text; nothing & nobody"},
		{name: "dense", in: strings.Repeat("it& # 39; s &quot;x&quot; a,quot;b wordquot; &amp;amp;lt; ", 20)},
		{name: "overlapping candidates", in: strings.Repeat("& #39;quot; &quot;quot; ＆quot； ", 15)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEntityBatches(t, tc.in)
		})
	}
}

// checkEntityBatches compares the batched entity scan of s with the scan
// in one go.
func checkEntityBatches(t *testing.T, s string) {
	for _, wide := range []bool{true, false} {
		if !wide && strings.Contains(s, fullwidthAmp) {
			continue
		}
		checkBatches(t, s, entityEdits(nil, s, wide), func() func([]edit, int) []edit {
			sc := newEntityScan(s, wide, nil)
			return sc.edits
		})
	}
}

// checkBatches checks that a scan made in batches of every size from one
// edit, each scan started by start, finds whole, what it finds in one go.
func checkBatches(t *testing.T, s string, whole []edit, start func() func([]edit, int) []edit) {
	t.Helper()
	for _, most := range []int{1, 2, 3, 7, editBatch} {
		next := start()
		var got []edit
		for {
			batch := next(nil, most)
			if len(batch) == 0 {
				break
			}
			assert.LessOrEqual(t, len(batch), most)
			got = append(got, batch...)
		}
		assert.Equal(t, whole, got, "batches of %d in %q", most, s)
	}
}

// FuzzEntityScanBatches checks on any text that the batched entity scan
// finds what the scan in one go finds.
func FuzzEntityScanBatches(f *testing.F) {
	f.Add("it& # 39; s &quot;x&quot; a,quot;b wordquot; &amp;amp;lt;")
	f.Add("＆quot； & #39 s &nbsp &#x2019;")
	f.Fuzz(func(t *testing.T, s string) {
		checkEntityBatches(t, s)
	})
}

// TestLineEndingAndMojibakeBatches checks that the line-ending and
// mojibake scans made in batches, as the pipeline makes them, find what
// they find in one go.
func TestLineEndingAndMojibakeBatches(t *testing.T) {
	tests := []struct{ name, in string }{
		{name: "none", in: "plain text\nwith lines\n"},
		{name: "dense", in: strings.Repeat("It\u00e2\u20ac\u2122s caf\u00c3\u00a9\r\n\r\nÂ a\r", 30)},
		{name: "double encoding", in: strings.Repeat("Ã¢â‚¬â„¢ x \u00c2 y\r\r\n", 20)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkLineEndingAndMojibakeBatches(t, tc.in)
		})
	}
}

// checkLineEndingAndMojibakeBatches compares the batched line-ending and
// mojibake scans of s with the scans in one go.
func checkLineEndingAndMojibakeBatches(t *testing.T, s string) {
	checkBatches(t, s, lineEndingEdits(nil, s), func() func([]edit, int) []edit {
		sc := lineEndingScan{s: s}
		return sc.edits
	})
	from := firstNonASCII(s)
	for _, again := range []bool{true, false} {
		checkBatches(t, s, mojibakeRuns(nil, s, from, len(s), again), func() func([]edit, int) []edit {
			sc := mojibakeScan{s: s, i: from, until: len(s), again: again}
			return sc.edits
		})
	}
}

// FuzzLineEndingAndMojibakeBatches checks on any text that the batched
// line-ending and mojibake scans find what the scans in one go find.
func FuzzLineEndingAndMojibakeBatches(f *testing.F) {
	f.Add("It\u00e2\u20ac\u2122s caf\u00c3\u00a9\r\n\r\nÂ a\r")
	f.Add("Ã¢â‚¬â„¢ x \u00c2 y\r\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		checkLineEndingAndMojibakeBatches(t, s)
	})
}
