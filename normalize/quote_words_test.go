package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestWordsIn checks that the words of a paragraph read once, sliced by
// wordsIn, are the words qTokenize gives for every range between rune
// starts, including ranges that cut a word or an abbreviation.
func TestWordsIn(t *testing.T) {
	tests := []struct{ name, in string }{
		{name: "plain", in: `"We will win," said Mr. Smith, the U.S. envoy.`},
		{name: "inner apostrophe", in: `He said'Hello' to al-Sadr’s aides (R-Fla.) — “No.”`},
		{name: "dotted", in: `J.F.K. said "Ph.D. holders" in Washington, D.C. on Jan. 5`},
		{name: "non-ASCII", in: `Zürich’s mayor said «Grüezi» ‘twice’ — naïve café`},
		{name: "reading restarted inside a word", in: `AB.C said X.Y.Z. and Ph.D.s, go-to rock’n’roll Sen.Jones U.S.-led`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := qContextOf(qTokenize(tc.in, 0, len(tc.in)))
			for from := 0; from <= len(tc.in); from++ {
				if from < len(tc.in) && !utf8.RuneStart(tc.in[from]) {
					continue
				}
				for to := from; to <= len(tc.in); to++ {
					if to < len(tc.in) && !utf8.RuneStart(tc.in[to]) {
						continue
					}
					want := qTokenize(tc.in, from, to)
					got := ctx.wordsIn(0, tc.in, from, to)
					if len(want) == 0 {
						assert.Empty(t, got, "wordsIn(%d, %d) of %q", from, to, tc.in)
						continue
					}
					assert.Equal(t, want, got, "wordsIn(%d, %d) of %q", from, to, tc.in)
				}
			}
		})
	}
}

// TestStripPossessive checks the possessive suffixes, each removed only
// when something is left.
func TestStripPossessive(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "straight", in: "Trump's", want: "Trump"},
		{name: "curly", in: "Trump’s", want: "Trump"},
		{name: "plural straight", in: "Democrats'", want: "Democrats"},
		{name: "plural curly", in: "Democrats’", want: "Democrats"},
		{name: "none", in: "Trump", want: "Trump"},
		{name: "ends in s", in: "Jones", want: "Jones"},
		{name: "suffix only straight", in: "'s", want: "'s"},
		{name: "suffix only curly", in: "’s", want: "’s"},
		{name: "mark only", in: "’", want: "’"},
		{name: "apostrophe only", in: "'", want: "'"},
		{name: "one letter", in: "X's", want: "X"},
		{name: "curly then s glued", in: "a’s", want: "a"},
		{name: "double", in: "X's'", want: "X's"},
		{name: "empty", in: "", want: ""},
		{name: "other rune ending 0x99", in: "x™", want: "x™"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, qStripPossessive(tc.in), "qStripPossessive(%q)", tc.in)
		})
	}
}

// TestLowerIn checks qLowerIn against a lookup of strings.ToLower.
func TestLowerIn(t *testing.T) {
	set := setOf("said", "über", "al")
	tests := []struct{ name, in string }{
		{name: "lower", in: "said"},
		{name: "capitalized", in: "Said"},
		{name: "upper", in: "SAID"},
		{name: "absent", in: "Told"},
		{name: "non-ASCII", in: "Über"},
		{name: "long", in: "Saidsaidsaidsaidsaidsaidsaidsaidsaid"},
		{name: "empty", in: ""},
		{name: "punctuation", in: "Al-"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, set[strings.ToLower(tc.in)], qLowerIn(set, tc.in), "qLowerIn(%q)", tc.in)
		})
	}
}

// TestIsContraction checks the first apostrophe of either kind decides.
func TestIsContraction(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{name: "straight", in: "Don't", want: true},
		{name: "curly", in: "I’m", want: true},
		{name: "possessive", in: "Trump's", want: false},
		{name: "curly then straight", in: "O’Neil's", want: false},
		{name: "straight then curly", in: "O'Neil’s", want: false},
		{name: "leading", in: "'em", want: false},
		{name: "none", in: "Trump", want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, qIsContraction(tc.in), "qIsContraction(%q)", tc.in)
		})
	}
}

// FuzzWordsIn checks that wordsIn agrees with qTokenize on any range
// between rune starts of any paragraph, from the paragraph's words kept
// and from a window over them (qWordWindow).
func FuzzWordsIn(f *testing.F) {
	f.Add(`"We will win," said Mr. Smith, the U.S. envoy.`, 3, 20)
	f.Add(`AB.C said X.Y.Z. and Ph.D.s, go-to rock’n’roll`, 1, 30)
	f.Add(`Zürich’s mayor said «Grüezi» ‘twice’`, 2, 9)
	f.Add("Gov. J. Doe's well- known state-run U.S.-led plan.\r\n\"end.\" A.B. x-", 0, 200)
	f.Fuzz(func(t *testing.T, p string, from, to int) {
		if !utf8.ValidString(p) || len(p) > 4096 {
			return
		}
		clamp := func(i int) int {
			if i < 0 {
				i = -(i + 1) // no overflow at the smallest int
			}
			i %= len(p) + 1
			for i < len(p) && !utf8.RuneStart(p[i]) {
				i++
			}
			return i
		}
		from, to = clamp(from), clamp(to)
		if from > to {
			from, to = to, from
		}
		var ref []qWord // qTokenize's inline reading must agree with qNextWord's
		for i := from; i < to; {
			w, ok, next := qNextWord(p, i, to)
			if ok {
				ref = append(ref, w)
			}
			i = next
		}
		want := qTokenize(p, from, to)
		if len(ref) > 0 || len(want) > 0 {
			assert.Equal(t, ref, want, "qTokenize(%d, %d) of %q", from, to, p)
		}
		ctx := qContextOf(qTokenize(p, 0, len(p)))
		got := ctx.wordsIn(0, p, from, to)
		if len(want) > 0 || len(got) > 0 {
			assert.Equal(t, want, got, "wordsIn(%d, %d) of %q", from, to, p)
		}
		// A long paragraph's words come from a window that moves with
		// the ranges asked: ask this range after others, ahead of it and
		// behind it, with pieces of a few bytes. Lent words must last
		// through the next request.
		ranges := [][2]int{{qRuneStart(p, from/2), from}, {from, to}, {to, len(p)}, {from, to}, {0, to}}
		for _, step := range []int{1, 3, 16} {
			assertLends(t, qWindowContext(step), p, ranges) // no lending: the words are copies
			ctx := qWindowContext(step)
			ctx.lend, ctx.lent = true, new([2][]qWord)
			assertLends(t, ctx, p, ranges)
		}
		ctx = qContextOf(qTokenize(p, 0, len(p)))
		ctx.lend, ctx.lent = true, new([2][]qWord)
		assertLends(t, ctx, p, ranges)
	})
}

// TestMarkLeads checks that every quotation mark qIsMarkRune accepts starts
// with one of the bytes qMarkLeads jumps to, so the scan skips none.
func TestMarkLeads(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !qIsMarkRune(r) {
			continue
		}
		first := string(r)[0]
		assert.Contains(t, qMarkLeadBytes[:], first, "%q starts with %#x", r, first)
	}
}
