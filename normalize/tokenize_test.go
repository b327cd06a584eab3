package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// qTokenizeRef reads p[from:to] token by token with qNextWord alone: the
// reference the tokenizer's plain loop (qTokenizePlain) is checked
// against.
func qTokenizeRef(p string, from, to int) []qWord {
	words := []qWord{} // qTokenize's are never nil
	for i := from; i < to; {
		w, ok, next := qNextWord(p, i, to)
		if ok {
			words = append(words, w)
		}
		i = next
	}
	return words
}

// TestTokenizeJoined checks the plain loop on words that inner hyphens and
// apostrophes join and words a period may end, against qNextWord.
func TestTokenizeJoined(t *testing.T) {
	tests := []struct{ name, in string }{
		{"hyphen", "a well-known al-Sadr 18-year-old x-"},
		{"apostrophe", "don't Trump's rock'n'roll o' 'tis"},
		{"joiner before non-ASCII", "al-Ümit don'ţ x-“y” a'’b"},
		{"joiner before punctuation", "a-, b'. c-- d'' e-.f"},
		{"joined then period", "don't. al-Sadr. Trump's. well-known.Next"},
		{"abbreviations", "Mr. Gen. Calif. etc. vs. approx. Ph.D. Sept. No. 5."},
		{"initials", "J. F. Kennedy U.S. A.B J.Smith a. b.c"},
		{"capitals before a period", "Trump. Washington. IRAQ. Ab. Co.Ltd"},
		{"at the end", "end-"},
		{"dashes and curly quotes", "“Yes,” he said—twice – ‘no’… •\u2010x\u2027y\u2028z\u2011"},
		{"curly apostrophe", "Trump’s don’t rock’n’roll x’ y’“ z’Ü ’tis x’\u2019"},
		{"straight quotes", "\"Yes,\" 'no' it's\" x'\"y"},
		{"cut runes", "a\xe2\x80 b\xe2 c\xe2\x80\x99"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, qTokenizeRef(tt.in, 0, len(tt.in)), qTokenize(tt.in, 0, len(tt.in)))
			checkMarked(t, tt.in)
		})
	}
}

// FuzzTokenizePlain checks the tokenizer against qNextWord read token by
// token, on any text (valid UTF-8 or not) and any range of it.
func FuzzTokenizePlain(f *testing.F) {
	for _, tc := range qTokenizeCases {
		f.Add(tc.in, 0, len(tc.in))
	}
	f.Add("don't. al-Sadr. Trump's Mr. J.Smith x-“y”", 2, 30)
	f.Fuzz(func(t *testing.T, p string, from, to int) {
		if len(p) > 4096 || from < 0 || to > len(p) || from > to {
			return
		}
		assert.Equal(t, qTokenizeRef(p, from, to), qTokenize(p, from, to), "%q[%d:%d]", p, from, to)
	})
}
