package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestPunctRunes checks qIsPunctRune's shortcut against the Unicode tables
// it stands in for.
func TestPunctRunes(t *testing.T) {
	for r := rune(0x2010); r <= 0x2027; r++ {
		assert.True(t, qIsPunctRune(r))
		assert.False(t, unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.IsSpace(r), "%U", r)
	}
	assert.False(t, qIsPunctRune(0x200F))
	assert.False(t, qIsPunctRune(0x2028), "a line separator is a space")
}

// TestNarrativeKeys checks that the keys the narrative lower-cases into its
// own bytes are qKeys', and that those made to last (keysRef) stay so
// while later keys fill new blocks and keys made for a moment (keys) come
// and go.
func TestNarrativeKeys(t *testing.T) {
	words := []string{"Sadr", "al-Sadr", "Trump's", "Jones’s", "MINISTRY", "Zoë", "Ünal",
		"O'Brien", "bin", "X", "Abu-Bakr", "Bush'", "McCain"}
	var n qNarrative
	for article := 0; article < 2; article++ {
		var got, want [][]string
		for k := 0; k < 3000; k++ {
			w := words[k%len(words)]
			if k >= len(words) {
				w += strings.Repeat("Q", k%7) + string(rune('A'+k%26))
			}
			name := qTokenize(w, 0, len(w))
			assert.Equal(t, qKeys(w, name), n.keys(w, name), "%q for a moment", w)
			got = append(got, n.keysOf(n.keysRef(w, name)))
			want = append(want, qKeys(w, name))
		}
		assert.Equal(t, want, got, "article %d", article)
		n.keyOf, n.keyBytes = qEmptied(n.keyOf), n.keyBytes[:0] // as qPutScratch does
	}
}

// qTokenizeCases are texts where the tokenizer's plain loop and qNextWord
// could part: periods after lower-case words and abbreviations, hyphens,
// apostrophes, non-ASCII.
var qTokenizeCases = []struct{ name, in string }{
	{"sentence end", "They said it ended. Then more."},
	{"lower-case abbreviations", "cats vs. dogs, etc. and approx. ten"},
	{"single lower-case letter", "plan a. and b."},
	{"inner capitals", "an iPhone. a McCain."},
	{"dotted", "e.g. U.S. J. Smith Ph.D."},
	{"no space after a period", "end.Next and x.y"},
	{"hyphen and apostrophe", "al-Sadr's well-known don't rock’n’roll"},
	{"period at the end", "the end."},
	{"long words", "internationalization. counterrevolutionaries"},
	{"names", "Secretary of State John Kerry met Osama bin Laden! Why? 2020 “Zoë” Ünal said: no."},
	{"lower-case run", "He said that the internationalization of counterrevolutionaries was a plan of x y z"},
	{"lower-case run breaks", "it is the  end, so don't go etc. now-ish and x9 or naïve, 'quoted' words\tand\nlines"},
}

// TestTokenizePlain checks the tokenizer against qNextWord, read token by
// token.
func TestTokenizePlain(t *testing.T) {
	for _, tc := range qTokenizeCases {
		t.Run(tc.name, func(t *testing.T) {
			var want []qWord
			for i := 0; i < len(tc.in); {
				w, ok, next := qNextWord(tc.in, i, len(tc.in))
				if ok {
					want = append(want, w)
				}
				i = next
			}
			assert.Equal(t, want, qTokenize(tc.in, 0, len(tc.in)))
		})
	}
}

// TestTokenizeMarked checks the marks against the words they stand for,
// and that name runs read from the marks are those read from every word.
func TestTokenizeMarked(t *testing.T) {
	for _, tc := range qTokenizeCases {
		t.Run(tc.name, func(t *testing.T) { checkMarked(t, tc.in) })
	}
}

// FuzzTokenizeMarked checks the invariants of TestTokenizeMarked on any
// valid text.
func FuzzTokenizeMarked(f *testing.F) {
	for _, tc := range qTokenizeCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if !utf8.ValidString(p) || len(p) > 4096 {
			return
		}
		checkMarked(t, p)
	})
}

// checkMarked checks qTokenizeMarked on p: its words are qTokenize's, its
// marks are the capitalized words and sentence ends, learn gives a marked
// word but a number its lexicon flags and knows the words qLearnRef does, and the runs
// read from the marks are qNameRunsInto's.
func checkMarked(t *testing.T, p string) {
	t.Helper()
	words, marks := qTokenizeMarked(nil, nil, p, 0, len(p))
	want := qMarksOf(p, words)
	ctx := &qContext{known: &qWordSet{}}
	ctx.learn(p, nil, words, marks)
	known := qLearnRef(p, words, marks)
	assert.Equal(t, len(known), ctx.known.n, "known words of %q", p)
	for w := range known {
		assert.True(t, ctx.known.has(w), "%q known in %q", w, p)
	}
	for _, m := range marks {
		if w := words[m]; !w.punct() && !('0' <= p[w.start] && p[w.start] <= '9') {
			assert.NotZero(t, w.lex, "%q looked up", w.text(p)) // a number need not be
		}
	}
	plain := make([]qWord, len(words)) // the words without their looked-up flags
	for k, w := range words {
		if w.lex != 0 {
			assert.Equal(t, qLexOf(w.text(p))|qLexKnown, w.lex, "lex of %q", w.text(p))
		}
		w.lex = 0
		plain[k] = w
	}
	if len(words) > 0 {
		assert.Equal(t, qTokenize(p, 0, len(p)), plain)
	}
	assert.Equal(t, want, marks, "marks of %q", p)
	assert.Equal(t, qNameRunsInto(p, nil, words), qNameRunsMarked(p, nil, words, marks), "runs of %q", p)
}

// qLearnRef is the plain reading of the words qContext.learn knows: each
// marked word, capitalized (qIsCap), that a space comes before and no
// sentence end, with its possessive mark and without.
func qLearnRef(p string, words []qWord, marks []int32) map[string]bool {
	known := make(map[string]bool)
	for _, m := range marks {
		k := int(m)
		w := &words[k]
		if w.punct() || k == 0 || !qIsCap(w.text(p)) {
			continue
		}
		if pt := words[k-1].text(p); words[k-1].punct() && (pt == "." || pt == "!" || pt == "?" || pt == ":") {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(p[:w.start]); r != ' ' {
			continue
		}
		known[w.text(p)] = true
		known[qStripPossessive(w.text(p))] = true
	}
	return known
}

// qMarksOf returns the marks of words, read from p, as their definition
// says: the sentence ends and the words neither punctuation nor lower case.
func qMarksOf(p string, words []qWord) []int32 {
	var marks []int32
	for k, w := range words {
		if w.punct() && qEndsSentenceWord(p, w) || !w.punct() && !w.lower() {
			marks = append(marks, int32(k))
		}
	}
	return marks
}

// TestWithoutParticle checks the particle prefix removal of name keys.
func TestWithoutParticle(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"particle", "al-sadr", "sadr"},
		{"longest particle", "della-robbia", "robbia"},
		{"no particle", "abdul-mahdi", "abdul-mahdi"},
		{"leading hyphen", "-al-sadr", "-al-sadr"},
		{"first hyphen only", "x-al-sadr", "x-al-sadr"},
		{"hyphen far in", "internationally-known", "internationally-known"},
		{"no hyphen", "sadr", "sadr"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, qWithoutParticle(tt.in))
		})
	}
}

// qKeys is the plain reading of the keys of the words of a name, one
// qNameKey each: the reference qNarrative.keys is checked against.
func qKeys(p string, name []qWord) []string {
	keys := make([]string, 0, len(name))
	for _, w := range name {
		if w.punct() {
			continue
		}
		keys = append(keys, qNameKey(w.text(p)))
	}
	return keys
}
