package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// qCutAt returns paragraphs as qScanInto reads them when it may read limit
// bytes in all, one for each paragraph break: the paragraphs after the
// limit dropped and the last one read cut at it.
func qCutAt(paragraphs []string, limit int) []string {
	var cut []string
	left := limit
	for _, p := range paragraphs {
		if left <= 0 {
			break
		}
		p = p[:min(len(p), left-1)]
		left -= len(p) + 1
		cut = append(cut, p)
	}
	return cut
}

// assertOffsetLimit checks that qScanInto, with qMaxQuoteOffset set to
// limit, finds in paragraphs what it finds without a limit in the
// paragraphs cut at it (qCutAt), with every offset within the limit, and
// that Quotes does not panic.
func assertOffsetLimit(t *testing.T, paragraphs []string, limit int) {
	saved := qMaxQuoteOffset
	defer func() { qMaxQuoteOffset = saved }()
	want, wantParts := qScan(qCutAt(paragraphs, limit))
	qMaxQuoteOffset = limit
	got, gotParts := qScan(paragraphs)
	require.Equal(t, qListed(want), qListed(got), "quotes of %q within %d bytes", paragraphs, limit)
	require.Equal(t, qListed(wantParts), qListed(gotParts), "parts of %q within %d bytes", paragraphs, limit)
	for _, part := range qListed(gotParts) {
		assert.LessOrEqual(t, int(part.para), limit, "part %v of %q", part, paragraphs)
		assert.LessOrEqual(t, int(part.end), limit, "part %v of %q", part, paragraphs)
	}
	assert.LessOrEqual(t, gotParts.Len(), limit, "parts of %q", paragraphs)
	assert.NotPanics(t, func() { Quotes(paragraphs) })
}

// TestQuoteOffsetLimit checks what the scanner finds when the text runs
// past qMaxQuoteOffset, which keeps a qRaw's 32-bit fields from
// overflowing.
func TestQuoteOffsetLimit(t *testing.T) {
	tests := []struct {
		name       string
		paragraphs []string
		limit      int
		want       []string // the quotes' text
	}{
		{"within", []string{`"We won," he said.`}, 100, []string{"We won"}},
		{"second quote past it", []string{`"We won," he said. "And lost."`}, 24, []string{"We won"}},
		{"cut inside a quote", []string{`"We won," he said. "And lost."`}, 5, []string{"We"}}, // unclosed, opening the paragraph
		{"next paragraph past it", []string{`"A," he said.`, `"B," she said.`}, 14, []string{"A"}},
		{"carried into the cut", []string{`"Open and on`, `"and on," she said.`}, 18, []string{"Open and on\nand"}},
		{"opener cut from the next", []string{`"Open and on`, `  "and on," she said.`}, 15, []string{"Open and on"}},
		{"empty paragraphs count", []string{"", "", "", `"A"`}, 4, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertOffsetLimit(t, tc.paragraphs, tc.limit)
			saved := qMaxQuoteOffset
			defer func() { qMaxQuoteOffset = saved }()
			qMaxQuoteOffset = tc.limit
			raws, parts := qScan(tc.paragraphs)
			var got []string
			for k := range raws.Len() {
				got = append(got, qText(tc.paragraphs, raws.At(k).partsIn(qListed(parts))))
			}
			assert.Equal(t, tc.want, got, "quotes of %q within %d bytes", tc.paragraphs, tc.limit)
		})
	}
}

// FuzzQuoteOffsetLimit checks the scanner under a small qMaxQuoteOffset on
// any text against the text cut at the limit.
func FuzzQuoteOffsetLimit(f *testing.F) {
	f.Add("\"Q1,\" Ann Lee said.\n\n\"Q2.\"\n\n\"Q3\" and 'q4' «q5»", 30)
	f.Add("“Open\n\n“and reopened,” said X. “Next.”", 12)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		assertOffsetLimit(t, strings.Split(s, "\n\n"), 1+int(uint(limit)%uint(len(s)+2)))
	})
}
