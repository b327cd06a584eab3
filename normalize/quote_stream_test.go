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

// qScan returns the quotes qScanInto finds in paragraphs.
func qScan(paragraphs []string) *chunk.List[qRaw] {
	var raws chunk.List[qRaw]
	var parts chunk.Arena[qPart]
	qScanInto(&raws, &parts, paragraphs)
	return &raws
}

// qInsideReference is qInsideByParagraph as it was: each paragraph's list
// grown part by part.
func qInsideReference(n int, raws *chunk.List[qRaw]) [][]qPart {
	inside := make([][]qPart, n)
	for k := range raws.Len() {
		for _, part := range raws.At(k).parts {
			inside[part.para] = append(inside[part.para], part)
		}
	}
	return inside
}

// assertInside checks qInsideByParagraph against the reference on the
// quotes of paragraphs, with buffers reused from an earlier call (prev).
func assertInside(t *testing.T, paragraphs []string, prev [][]qPart, prevParts []qPart) ([][]qPart, []qPart) {
	raws := qScan(paragraphs)
	inside, parts := qInsideByParagraph(prev, prevParts, len(paragraphs), raws)
	want := qInsideReference(len(paragraphs), raws)
	require.Len(t, inside, len(want))
	for pi := range want {
		if len(want[pi]) == 0 {
			assert.Empty(t, inside[pi], "paragraph %d of %q", pi, paragraphs)
			continue
		}
		assert.Equal(t, want[pi], inside[pi], "paragraph %d of %q", pi, paragraphs)
	}
	return inside, parts
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
	var inside [][]qPart
	var parts []qPart
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inside, parts = assertInside(t, tc.paragraphs, inside, parts)
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
	qs := qQuotesOf(paragraphs, qScan(paragraphs))
	if len(qs.out) == 0 {
		assert.Empty(t, got)
		return
	}
	s.inside, s.insideParts = qInsideByParagraph(nil, nil, len(paragraphs), qs.raws)
	ctx, mentions := qReadArticle(paragraphs, s.inside, s)
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
		assertInside(t, paragraphs, nil, nil)
		assertShared(t, paragraphs)
	})
}

// TestInsideUnsorted checks the parts listed by paragraph when the quotes'
// parts do not come sorted by paragraph, which the scanner does not make
// but qInsideByParagraph does not count on.
func TestInsideUnsorted(t *testing.T) {
	var raws chunk.List[qRaw]
	for _, parts := range [][]qPart{
		{{para: 2, start: 1, end: 3}},
		{{para: 0, start: 0, end: 1}, {para: 1, start: 0, end: 4}},
		{{para: 2, start: 5, end: 6}},
		{{para: 4, start: 0, end: 2}},
	} {
		*raws.Slot() = qRaw{parts: parts}
	}
	inside, _ := qInsideByParagraph(nil, nil, 5, &raws)
	want := qInsideReference(5, &raws)
	for pi := range want {
		assert.Equal(t, len(want[pi]), len(inside[pi]), "paragraph %d", pi)
		if len(want[pi]) > 0 {
			assert.Equal(t, want[pi], inside[pi], "paragraph %d", pi)
		}
	}
}
