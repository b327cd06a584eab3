package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/internal/chunk"
)

// Tests of attribution kept to one clause at a time (attribute, shared)
// and of the quotes' parts listed by paragraph (qInsideByParagraph), each
// against the way it replaces, kept here as the reference.

// qScan returns the quotes qScanInto finds in paragraphs, and their parts.
func qScan(paragraphs []string) (*chunk.List[qRaw], *chunk.List[qPart]) {
	var raws chunk.List[qRaw]
	var parts chunk.List[qPart]
	qScanInto(&raws, &parts, paragraphs)
	return &raws, &parts
}

// qFound returns the quotes of paragraphs, before attribution, as Quotes
// finds them, and their parts.
func qFound(paragraphs []string) (qQuotes, []qPart) {
	raws, parts := qScan(paragraphs)
	return qQuotesOf(paragraphs, raws, parts, nil)
}

// qListed returns the entries of l as a slice, to compare.
func qListed[T any](l *chunk.List[T]) []T {
	var s []T
	for k := range l.Len() {
		s = append(s, *l.At(k))
	}
	return s
}

// qInsideReference is qInside.list as it was: each paragraph's list grown
// part by part, quote by quote (the parts of the quotes raws are in all).
func qInsideReference(n int, raws *chunk.List[qRaw], all []qPart) [][]qPart {
	inside := make([][]qPart, n)
	for k := range raws.Len() {
		for _, part := range raws.At(k).partsIn(all) {
			inside[part.para] = append(inside[part.para], part)
		}
	}
	return inside
}

// assertRuns checks that the raws' parts are runs of all that follow each
// other in the order of raws, from the start of all to its end, with
// nothing between them, each run holding a part or more, the first in the
// paragraph where the quote opens and the last where it closes.
func assertRuns(t *testing.T, raws *chunk.List[qRaw], all []qPart, paragraphs []string) {
	at := 0
	for k := range raws.Len() {
		raw := raws.At(k)
		require.Equal(t, at, int(raw.first), "where quote %d's parts start in %q", k, paragraphs)
		require.Positive(t, raw.count, "quote %d's parts in %q", k, paragraphs)
		at += int(raw.count)
		require.LessOrEqual(t, at, len(all), "quote %d's parts in %q", k, paragraphs)
		parts := raw.partsIn(all)
		assert.Equal(t, raw.openPara, parts[0].para, "quote %d of %q", k, paragraphs)
		assert.Equal(t, raw.closePara, parts[len(parts)-1].para, "quote %d of %q", k, paragraphs)
	}
	assert.Equal(t, len(all), at, "the parts of %q", paragraphs)
}

// assertInside checks the parts as the scanner leaves them and as
// qQuotesOf keeps them (assertRuns), and qInside against the reference on
// the quotes of paragraphs, with the room of an earlier list reused (in).
func assertInside(t *testing.T, paragraphs []string, in *qInside) {
	raws, parts := qScan(paragraphs)
	assertRuns(t, raws, qListed(parts), paragraphs)
	qs, kept := qQuotesOf(paragraphs, raws, parts, nil)
	assertRuns(t, qs.raws, kept, paragraphs)
	in.list(len(paragraphs), kept)
	want := qInsideReference(len(paragraphs), qs.raws, kept)
	assertInsideIs(t, want, in, len(paragraphs)+1)
}

// assertInsideIs checks that in lists want, paragraph by paragraph, and no
// part past them (for the n paragraphs of want and one more).
func assertInsideIs(t *testing.T, want [][]qPart, in *qInside, n int) {
	for pi := range n {
		if pi >= len(want) || len(want[pi]) == 0 {
			assert.Empty(t, in.of(pi), "paragraph %d", pi)
			continue
		}
		assert.Equal(t, want[pi], in.of(pi), "paragraph %d", pi)
	}
}

// TestInsideByParagraph checks the parts of quotes listed by paragraph,
// buffers reused from one article to the next.
func TestInsideByParagraph(t *testing.T) {
	tests := []struct {
		name       string
		paragraphs []string
	}{
		{"no quotes", []string{"Nothing quoted.", "Nor here."}},
		{"one per paragraph", []string{`"A," he said.`, `None.`, `"B," she said.`}},
		{"several in one", []string{`"A" and "B" and 'c' «d»`}},
		{"across paragraphs", []string{`"Open`, `"and on`, `"and closed," X said. "Next."`}},
		{"empty paragraphs", []string{"", `"A"`, "", ""}},
	}
	var in qInside
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertInside(t, tc.paragraphs, &in)
		})
	}
}

// qSharedReference returns, for each quote, the clause attribution
// resolves it with, as attribute chose it before it kept one clause at a
// time: every quote's own clause first, then two passes over all of them
// for the quotes without one. own[k] is set for a quote with a clause of
// its own.
func qSharedReference(attrs []qAttr, raws qQuotes) (shared []qAttr, own []bool) {
	shared = append([]qAttr(nil), attrs...)
	own = make([]bool, len(attrs))
	for k := range attrs {
		own[k] = attrs[k].kind != qsNone
	}
	prev := make([]int, len(attrs))
	last := -1
	for k := range attrs {
		prev[k] = -1
		if last >= 0 && raws.raw(last).closePara == raws.raw(k).openPara {
			prev[k] = last
		}
		if own[k] {
			last = k
		}
	}
	next := -1
	for k := len(attrs) - 1; k >= 0; k-- {
		if !own[k] {
			j := prev[k]
			if next >= 0 && raws.raw(next).openPara == raws.raw(k).openPara && (j < 0 || next-k < k-j) {
				j = next
			}
			if j >= 0 {
				shared[k] = attrs[j]
			}
		}
		if own[k] {
			next = k
		}
	}
	return shared, own
}

// assertShared checks that attribute resolves each quote of paragraphs
// with the clause the reference gives it: resolved again one by one with
// those clauses, the quotes come out the same.
func assertShared(t *testing.T, paragraphs []string) {
	var f QuoteFinder
	got := f.Quotes(paragraphs)

	s := &qScratch{}
	s.window.reset()
	qs, kept := qFound(paragraphs)
	if len(qs.out) == 0 {
		assert.Empty(t, got)
		return
	}
	s.inside.list(len(paragraphs), kept)
	ctx, mentions := qReadArticle(paragraphs, &s.inside, s)
	ctx.lend = true
	attrs := make([]qAttr, len(qs.out))
	subjects := make([]bool, len(qs.out))
	for k := range qs.out {
		attrs[k], subjects[k] = f.clauseOf(paragraphs, qs, k, ctx)
	}
	shared, own := qSharedReference(attrs, qs)
	res := qResolution{f: &f, paragraphs: paragraphs, qs: qs, r: newResolver(mentions, len(qs.out), s), last: -1, carry: 2}
	for k := range qs.out {
		res.resolve(k, &shared[k], !own[k] && shared[k].kind == qsNone && subjects[k])
	}
	assert.Equal(t, qs.out, got, "quotes of %q", paragraphs)
}

// TestSharedClauses checks the clauses shared by quotes without their own.
func TestSharedClauses(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"after", `"Q1," he said. "Q2."`},
		{"before", `"Q1." "Q2," Jane Roe said.`},
		{"nearer before", `"Q1," Ann Lee said. "Q2." "Q3." "Q4," Bo Hart said.`},
		{"tie goes before", `"Q1," Ann Lee said. "Q2." "Q3," Bo Hart said.`},
		{"none own", `"Q1." "Q2." "Q3."`},
		{"across paragraphs", "\"Q1,\" Ann Lee said.\n\n\"Q2.\"\n\n\"Q3,\" Bo Hart said. \"Q4.\""},
		{"subject of its own", "Ann Lee spoke.\n\nProtesters called for a \"million man\" march. \"Q\""},
		{"long run", strings.Repeat(`"a" `, 50) + `"Q," Ann Lee said. ` + strings.Repeat(`"b" `, 50)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertShared(t, strings.Split(tc.text, "\n\n"))
		})
	}
}

// FuzzSharedClauses checks the shared clauses and the parts listed by
// paragraph against their references on any text.
func FuzzSharedClauses(f *testing.F) {
	for _, s := range []string{
		`"Q1," he said. "Q2." "Q3," Ann Lee said. "Q4."`,
		"\"Q1,\" Ann Lee said.\n\n\"Q2.\"\n\n\"Q3\" and 'q4' «q5»",
		"“Open\n\n“and reopened,” said X. “Next.”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		paragraphs := strings.Split(s, "\n\n")
		assertInside(t, paragraphs, &qInside{})
		assertShared(t, paragraphs)
	})
}

// TestInsideUnsorted checks the parts listed by paragraph when the quotes'
// parts do not come sorted by paragraph, which the scanner does not make
// but qInside.list does not count on, with the room of an earlier list
// reused.
func TestInsideUnsorted(t *testing.T) {
	var raws chunk.List[qRaw]
	var all []qPart
	for _, parts := range [][]qPart{
		{{para: 2, start: 1, end: 3}},
		{{para: 0, start: 0, end: 1}, {para: 1, start: 0, end: 4}},
		{{para: 2, start: 5, end: 6}},
		{{para: 4, start: 0, end: 2}},
	} {
		*raws.Slot() = qRaw{first: int32(len(all)), count: int32(len(parts))}
		all = append(all, parts...)
	}
	want := qInsideReference(5, &raws, all)
	var in qInside
	in.list(7, []qPart{{para: 6, start: 0, end: 1}}) // sorted, and longer
	in.list(5, all)
	assertInsideIs(t, want, &in, 6)
	assert.Equal(t, []qPart{{para: 2, start: 1, end: 3}, {para: 0, start: 0, end: 1}}, all[:2], "parts is not sorted in place")
}
