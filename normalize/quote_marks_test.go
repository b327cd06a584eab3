package normalize

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// qMarkFound is one answer of qMarkLeads.nextMark.
type qMarkFound struct {
	At   int
	R    rune
	Size int
}

// qNextMarkRunewise is qMarkLeads.nextMark one rune at a time, the
// reference: it decodes every rune and keeps those qIsMarkRune accepts,
// less the apostrophes between ASCII letters, which it checks qClassify
// finds to be no mark.
func qNextMarkRunewise(t *testing.T, p string, i int) qMarkFound {
	for i < len(p) {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !qIsMarkRune(r) {
			i += size
			continue
		}
		if (r == '\'' || r == '’') && i > 0 && i+size < len(p) && qIsASCIILetter(p[i-1]) && qIsASCIILetter(p[i+size]) {
			_, role := qClassify(p, i, size, r)
			assert.Equal(t, qNotMark, role, "the apostrophe at %d of %q", i, p)
			i += size
			continue
		}
		if r == '\'' && i+1 < len(p) && p[i+1] == '\'' {
			return qMarkFound{i, '"', 2}
		}
		return qMarkFound{i, r, size}
	}
	return qMarkFound{len(p), 0, 0}
}

// qMarkLeadBlocks are the block sizes qMarkWalk tries besides the
// default: blocks of a few bytes put marks across their ends.
var qMarkLeadBlocks = []int{1, 2, 3, 5, 8}

// qMarkWalk walks p as qScanInto does, from one mark to the next, and
// then skip bytes further, and returns the marks found with the
// reference's beside them, for leads looked for in blocks of block bytes
// (0 for the default).
func qMarkWalk(t *testing.T, p string, from, skip, block int) (got, want []qMarkFound) {
	if block > 0 {
		defer func(b int) { qMarkLeadBlock = b }(qMarkLeadBlock)
		qMarkLeadBlock = block
	}
	leads := qMarkLeadsIn(p)
	for i := from; i < len(p); {
		at, r, size := leads.nextMark(i)
		got = append(got, qMarkFound{at, r, size})
		want = append(want, qNextMarkRunewise(t, p, i))
		i = at + size + skip
	}
	return got, want
}

func TestNextMark(t *testing.T) {
	tests := []struct {
		name string
		in   string
		from int
	}{
		{"empty", "", 0},
		{"no marks", "The minister spoke on Tuesday.", 0},
		{"straight quotes", `He said "yes" and 'no'.`, 0},
		{"apostrophes in words", "Don't say it's Trump’s.", 0},
		{"apostrophes at word edges", "the '90s, the Smiths' house, ’tis", 0},
		{"apostrophes by non-ASCII letters", "café's and Jos’é", 0},
		{"two apostrophes", "a ''racist'' remark, don''t", 0},
		{"curly marks", "“Yes,” she said, ‘fine’.", 0},
		{"guillemets and low marks", "«Oui» et ‹non› „ja“.", 0},
		{"dashes and ellipsis", "It — the plan… – failed • ™.", 0},
		{"lead at the start and end", `"a'b'c"`, 0},
		{"from the middle", `"Yes," he said. "No."`, 6},
		{"adjacent marks", `''"'"“”’`, 0},
		{"cut marks and invalid bytes", "\xe2\xc2\xe2'\xc2\"\xe2\x80\xe2\x80", 0},
		{"C2 without a mark", "\u00a0 \u00a9 \xc2", 0},
		{"long stretches", "x" + string(make([]byte, 100)) + "'" + string(make([]byte, 70)) + "\"", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for skip := 0; skip <= 3; skip++ {
				for _, block := range append([]int{0}, qMarkLeadBlocks...) {
					got, want := qMarkWalk(t, tt.in, tt.from, skip, block)
					assert.Equal(t, want, got, "skip %d, blocks of %d, through %q", skip, block, tt.in)
				}
			}
		})
	}
}

func FuzzNextMark(f *testing.F) {
	f.Add(`He said "don't" — ‘fine’ «oui», ''no''.`, 0, 0)
	f.Add("\xe2\x80\x9cYes\xe2\x80\x9d it’s", 2, 1)
	f.Fuzz(func(t *testing.T, p string, from, skip int) {
		if from < 0 || from > len(p) || skip < 0 || skip > 8 {
			return
		}
		for _, block := range append([]int{0}, qMarkLeadBlocks...) {
			got, want := qMarkWalk(t, p, from, skip, block)
			assert.Equal(t, want, got, "skip %d, blocks of %d, through %q from %d", skip, block, p, from)
		}
	})
}

// TestMarkAt checks qMarkAt against decoding a rune, for every mark and
// for each lead byte followed by every byte.
func TestMarkAt(t *testing.T) {
	var cases []string
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if qIsMarkRune(r) {
			cases = append(cases, string(r), "x"+string(r)+"y")
		}
	}
	for _, lead := range qMarkLeadBytes {
		for c := 0; c < 256; c++ {
			cases = append(cases, string([]byte{lead, byte(c)}), string([]byte{lead, 0x80, byte(c)}), string([]byte{lead, byte(c), 0x80}))
		}
	}
	for _, p := range cases {
		for i := range len(p) {
			r, size := utf8.DecodeRuneInString(p[i:])
			if !qIsMarkRune(r) {
				r, size = 0, 1
			}
			gotR, gotSize := qMarkAt(p, i)
			assert.Equal(t, [2]int{int(r), size}, [2]int{int(gotR), gotSize}, "qMarkAt(%q, %d)", p, i)
		}
	}
}

// TestMarkContexts checks that the table qOpenContext and qCloseContext
// read for ASCII says what the rune functions say, and that the ASCII test
// of qBetweenASCIILetters agrees with unicode.IsLetter.
func TestMarkContexts(t *testing.T) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		assert.Equal(t, qOpenContextRune(c), qOpenContext(c), "qOpenContext(%q)", c)
		assert.Equal(t, qCloseContextRune(c), qCloseContext(c), "qCloseContext(%q)", c)
		assert.Equal(t, unicode.IsLetter(c), qIsASCIILetter(byte(c)), "qIsASCIILetter(%q)", c)
	}
	for _, c := range []byte{0x80, 0xC1, 0xE2, 0xFF} {
		assert.False(t, qIsASCIILetter(c), "qIsASCIILetter(%#x)", c)
	}
}
