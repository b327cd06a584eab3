package normalize

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/internal/textgen"
)

// qWindowText is a long paragraph with the words that make wordsIn re-read:
// abbreviations, initials, inner hyphens and apostrophes, non-ASCII, and
// runs without a space.
var qWindowText = strings.Repeat(`"We will win," said Mr. Smith, the U.S. envoy. `+
	`He said'Hello' to al-Sadr’s aides (R-Fla.) — “No.” `+
	`J.F.K. said "Ph.D. holders" in Washington, D.C. on Jan. 5 `+
	`Zürich’s mayor said «Grüezi» ‘twice’ — naïve café `+
	`AB.C said X.Y.Z. and Ph.D.s, go-to rock’n’roll Sen.Jones U.S.-led `+
	`a,b.c-d'e’f"g(h)i.j,k;l:m!n?o-p.q,r `, 40)

// qRuneStart moves i forward to a rune start of p.
func qRuneStart(p string, i int) int {
	i = max(0, min(i, len(p)))
	for i < len(p) && !utf8.RuneStart(p[i]) {
		i++
	}
	return i
}

// qWindowContext returns a qContext for one paragraph whose words are not
// kept, with a window reading pieces of step bytes.
func qWindowContext(step int) *qContext {
	w := &qWordWindow{step: step}
	w.reset()
	ctx := qContextOf(nil)
	ctx.window = w
	return ctx
}

// assertWordsIn checks that ctx.wordsIn(0, p, from, to) is qTokenize(p,
// from, to).
func assertWordsIn(t *testing.T, ctx *qContext, p string, from, to int) bool {
	t.Helper()
	want := qTokenize(p, from, to)
	got := ctx.wordsIn(0, p, from, to)
	if len(want) == 0 {
		return assert.Empty(t, got, "wordsIn(%d, %d)", from, to)
	}
	return assert.Equal(t, want, got, "wordsIn(%d, %d)", from, to)
}

// TestWordWindow checks that the window of a long paragraph's words gives
// what qTokenize gives, for ranges that move forward as attribution asks
// them (a head before each quote, a tail after it), and that it holds a
// few pieces at most.
func TestWordWindow(t *testing.T) {
	oneLine := string(textgen.Article(40<<10, textgen.OneLine))
	tests := []struct {
		name string
		p    string
		step int
		// inside is set when every range should be served from the
		// window, not read anew.
		inside bool
	}{
		{name: "tricky words, tiny pieces", p: qWindowText, step: 7, inside: true},
		{name: "tricky words, small pieces", p: qWindowText, step: 300, inside: true},
		{name: "tricky words, big pieces", p: qWindowText, step: 4 << 10, inside: true},
		{name: "one line, small pieces", p: oneLine, step: 1 << 10, inside: true},
		{name: "one line, default pieces", p: oneLine, inside: true},
		{name: "no space at all", p: strings.Repeat("ab.c-d’e", 600), step: 64},
		{name: "long run without a space", p: qWindowText[:3000] + strings.Repeat("x,", 2000) + qWindowText[:3000], step: 100},
		{name: "spaces only", p: strings.Repeat(" ", 5000), step: 64, inside: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := qWindowContext(tc.step)
			step := tc.step
			if step == 0 {
				step = qWordWindowStep
			}
			assertQuoteRequests(t, ctx, tc.p, 97, func(at, head, open, tail, end int) {
				w := ctx.window
				if tc.inside {
					assert.True(t, w.a <= head && end <= w.b, "window [%d, %d) serves [%d, %d) and [%d, %d)", w.a, w.b, head, open, tail, end)
				}
				assert.LessOrEqual(t, w.b-w.a, qWordWindowBack+(3+2*qWordWindowMaxPiece)*step+413, "window [%d, %d) at %d", w.a, w.b, at)
			})
		})
	}
}

// TestWordWindowJumps checks ranges that go backwards, jump far ahead,
// fall behind the window, cover the whole paragraph, or are empty: each
// is served exactly, from the window or by reading anew.
func TestWordWindowJumps(t *testing.T) {
	p := qWindowText
	n := len(p)
	tests := []struct {
		name   string
		ranges [][2]int
	}{
		{name: "forward then back a little", ranges: [][2]int{{2000, 2600}, {2600, 3000}, {1500, 2100}}},
		{name: "forward then far back", ranges: [][2]int{{5000, 5600}, {100, 700}, {5600, 6000}}},
		{name: "jump far ahead", ranges: [][2]int{{0, 50}, {n - 700, n - 100}, {n - 100, n}}},
		{name: "whole paragraph", ranges: [][2]int{{0, n}, {10, n - 10}, {0, n}}},
		{name: "empty ranges", ranges: [][2]int{{0, 0}, {n, n}, {3000, 3000}, {2999, 3000}}},
		{name: "descending", ranges: [][2]int{{n - 400, n}, {n - 2000, n - 1400}, {1000, 1600}, {0, 600}}},
		{name: "cut inside words", ranges: [][2]int{{1, 2}, {3, 401}, {399, 999}, {1001, 1003}}},
	}
	for _, tc := range tests {
		for _, step := range []int{5, 64, 1 << 10} {
			t.Run(tc.name, func(t *testing.T) {
				ctx := qWindowContext(step)
				for _, r := range tc.ranges {
					assertWordsIn(t, ctx, p, qRuneStart(p, r[0]), qRuneStart(p, r[1]))
				}
			})
		}
	}
}

// TestWordWindowFresh checks that the words the window gives are copies:
// moving the window on does not change words given before, which a quote's
// clause keeps until the end.
func TestWordWindowFresh(t *testing.T) {
	p := qWindowText
	ctx := qWindowContext(64)
	from, to := qRuneStart(p, 200), qRuneStart(p, 600)
	first := ctx.wordsIn(0, p, from, to)
	want := qTokenize(p, from, to)
	for at := 600; at < len(p); at += 500 {
		ctx.wordsIn(0, p, qRuneStart(p, at), qRuneStart(p, at+400))
	}
	assert.Equal(t, want, first)
}

// TestWordWindowParagraphs checks that a window moves from one long
// paragraph to the next.
func TestWordWindowParagraphs(t *testing.T) {
	paragraphs := []string{qWindowText, qWindowText[7:], qWindowText[:5000]}
	w := &qWordWindow{step: 256}
	w.reset()
	ctx := qContextOf(make([][]qWord, len(paragraphs))...)
	ctx.window = w
	for para, p := range paragraphs {
		for at := 0; at < len(p); at += 1000 {
			from, to := qRuneStart(p, at), qRuneStart(p, at+400)
			want := qTokenize(p, from, to)
			assert.Equal(t, want, ctx.wordsIn(para, p, from, to), "paragraph %d, wordsIn(%d, %d)", para, from, to)
		}
	}
}

// TestWordWindowLends checks that the words the window holds for one
// request stay as they were through the next request, so that a quote's
// head, given without a copy, survives the reading of its tail: across
// forward steps, jumps, passed pieces and a move to another paragraph.
func TestWordWindowLends(t *testing.T) {
	paragraphs := []string{qWindowText, qWindowText[:3000] + strings.Repeat("x,", 2000) + qWindowText[:3000]}
	type request struct{ para, from, to int }
	var requests []request
	for para, p := range paragraphs {
		for at := 0; at <= len(p); at += 211 {
			requests = append(requests,
				request{para, qRuneStart(p, at-600), qRuneStart(p, at)},
				request{para, qRuneStart(p, at+29), qRuneStart(p, at+429)})
		}
		requests = append(requests, request{para, len(p) - 1, len(p)}, request{para, 0, 10})
	}
	for _, step := range []int{5, 64, 1 << 10} {
		w := &qWordWindow{step: step}
		w.reset()
		var prev []qWord
		var prevReq request
		for _, r := range requests {
			p := paragraphs[r.para]
			var got []qWord
			if words, ok := w.cover(r.para, p, r.from, r.to); ok {
				got, _ = qWordsWithin(words, p, r.from, r.to, nil, false)
			}
			if prev != nil {
				pp := paragraphs[prevReq.para]
				if !assert.Equal(t, qTokenize(pp, prevReq.from, prevReq.to), prev, "step %d: words of %v after %v", step, prevReq, r) {
					return
				}
			}
			prev, prevReq = got, r
		}
	}
}

// assertLends checks ctx.wordsIn(0, p, ...) over ranges asked in turn:
// each gives qTokenize's words, still intact after the next request.
func assertLends(t *testing.T, ctx *qContext, p string, ranges [][2]int) {
	t.Helper()
	var prev []qWord
	for k, r := range ranges {
		got := ctx.wordsIn(0, p, r[0], r[1])
		want := qTokenize(p, r[0], r[1])
		if len(want) > 0 || len(got) > 0 {
			assert.Equal(t, want, got, "wordsIn(%d, %d) of %q", r[0], r[1], p)
		}
		if k > 0 {
			was := qTokenize(p, ranges[k-1][0], ranges[k-1][1])
			if len(was) > 0 || len(prev) > 0 {
				assert.Equal(t, was, prev, "wordsIn(%d, %d) after wordsIn(%d, %d)", ranges[k-1][0], ranges[k-1][1], r[0], r[1])
			}
		}
		prev = got
	}
}

// TestWordsInLends checks wordsIn when it may lend its words, from a
// paragraph's words kept and from a window: the words are exact and stay
// intact through the next request.
func TestWordsInLends(t *testing.T) {
	var ranges [][2]int
	p := qWindowText
	for at := 0; at <= len(p); at += 173 {
		ranges = append(ranges, [2]int{qRuneStart(p, at-600), qRuneStart(p, at)}, [2]int{qRuneStart(p, at+7), qRuneStart(p, at+407)})
	}
	ranges = append(ranges, [2]int{0, len(p)}, [2]int{5, 6}, [2]int{len(p) - 900, len(p)}, [2]int{0, 700})
	t.Run("kept", func(t *testing.T) {
		ctx := qContextOf(qTokenize(p, 0, len(p)))
		ctx.lend, ctx.lent = true, new([2][]qWord)
		assertLends(t, ctx, p, ranges)
	})
	for _, step := range []int{5, 64, 1 << 10} {
		t.Run(fmt.Sprintf("window of %d bytes", step), func(t *testing.T) {
			ctx := qWindowContext(step)
			ctx.lend, ctx.lent = true, new([2][]qWord)
			assertLends(t, ctx, p, ranges)
		})
	}
}

// qStoredContext returns a qWindowContext whose store holds the words of
// p's pieces of about piece bytes, as qReadArticle offers them, up to the
// piece that ends at or after upTo (the rest are read anew).
func qStoredContext(step int, p string, piece, upTo int) *qContext {
	ctx := qWindowContext(step)
	defer func(n int) { qLongParagraph = n }(qLongParagraph)
	qLongParagraph = piece
	for from := 0; from < len(p) && from < upTo; {
		to := qPieceEnd(p, from)
		ctx.window.offer(0, p, from, to, qTokenize(p, from, to))
		from = to
	}
	return ctx
}

// TestWordWindowStored checks that wordsIn, with a store that holds the
// words of the paragraph's pieces read before, gives what qTokenize gives,
// whatever the pieces read and however far the store reaches, and that it
// gives the words kept, lexicon bits and all, for a range inside a piece.
func TestWordWindowStored(t *testing.T) {
	oneLine := string(textgen.Article(40<<10, textgen.OneLine))
	tests := []struct {
		name        string
		p           string
		piece, step int
		stored      int // how far the store reaches, in bytes of p
	}{
		{name: "tricky words, small pieces", p: qWindowText, piece: 50, step: 300, stored: len(qWindowText)},
		{name: "tricky words, tiny steps", p: qWindowText, piece: 500, step: 7, stored: len(qWindowText)},
		{name: "one line", p: oneLine, piece: 3000, step: 1 << 10, stored: len(oneLine)},
		{name: "one line, half stored", p: oneLine, piece: 3000, step: 1 << 10, stored: len(oneLine) / 2},
		{name: "nothing stored", p: oneLine, piece: 3000, step: 1 << 10, stored: 0},
		{name: "long run without a space", p: qWindowText[:3000] + strings.Repeat("x,", 2000) + qWindowText[:3000], piece: 200, step: 100, stored: 1 << 20},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := qStoredContext(tc.step, tc.p, tc.piece, tc.stored)
			assertQuoteRequests(t, ctx, tc.p, 97, nil)
			for _, r := range [][2]int{{2000, 2600}, {100, 700}, {0, len(tc.p)}, {len(tc.p) - 50, len(tc.p)}} {
				assertWordsIn(t, ctx, tc.p, qRuneStart(tc.p, r[0]), qRuneStart(tc.p, r[1]))
			}
		})
	}
	// Served from the store, a range's words are those offered, with
	// their lexicon bits.
	p := qWindowText
	ctx := qWindowContext(300)
	words := qTokenize(p, 0, len(p))
	for k := range words {
		words[k].lex = qLex(k%7) | qLexKnown
	}
	ctx.window.offer(0, p, 0, len(p), words)
	// Both ends just after a space: no word runs across them.
	from, to := 1000+strings.IndexByte(p[1000:], ' ')+1, 1400+strings.IndexByte(p[1400:], ' ')+1
	got := ctx.wordsIn(0, p, from, to)
	require.NotEmpty(t, got)
	want := qWordsWithinReference(words, from, to)
	assert.Equal(t, want, got)
}

// qWordsWithinReference returns the words that start in [from, to).
func qWordsWithinReference(words []qWord, from, to int) []qWord {
	var out []qWord
	for _, w := range words {
		if int(w.start) >= from && int(w.start) < to {
			out = append(out, w)
		}
	}
	return out
}

// FuzzWordWindowStored checks wordsIn against qTokenize on any paragraph
// whose pieces of any size were kept up to any point, for ranges that move
// forward as attribution asks them, then jump back.
func FuzzWordWindowStored(f *testing.F) {
	f.Add(qWindowText[:2000], 40, 1500, 64, 100)
	f.Add("a b c d e f g h", 3, 100, 2, 1)
	f.Fuzz(func(t *testing.T, p string, piece, stored, step, every int) {
		if piece < 1 || piece > 1<<12 || step < 1 || step > 1<<12 || every < 1 || every > 1<<10 || len(p) > 1<<12 {
			return
		}
		ctx := qStoredContext(step, p, piece, stored)
		assertQuoteRequests(t, ctx, p, every, nil)
		assertWordsIn(t, ctx, p, 0, len(p))
		assertWordsIn(t, ctx, p, qRuneStart(p, len(p)/3), qRuneStart(p, len(p)/2))
	})
}

// assertQuoteRequests asks ctx for the words of p around a quote every
// every bytes up to the end, as attribution does (a head reaching 600 bytes
// back, then a tail), checks each answer with assertWordsIn, and then calls
// after, if not nil, with the quote's position and the two ranges asked.
func assertQuoteRequests(t *testing.T, ctx *qContext, p string, every int, after func(at, head, open, tail, end int)) {
	t.Helper()
	for at := 0; at < len(p)+every; at += every {
		head, open := qRuneStart(p, at-600), qRuneStart(p, at)
		if !assertWordsIn(t, ctx, p, head, open) {
			return
		}
		tail, end := qRuneStart(p, at+13), qRuneStart(p, at+413)
		if !assertWordsIn(t, ctx, p, tail, end) {
			return
		}
		if after != nil {
			after(at, head, open, tail, end)
		}
	}
}
