package normalize

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestNarrativeKeysInText checks the keys of words read in running text,
// where asciiKey lower-cases eight bytes of the paragraph at once, against
// qKeys: words near the paragraph's end, longer than eight bytes,
// possessive, hyphenated or not ASCII.
func TestNarrativeKeysInText(t *testing.T) {
	tests := []struct{ name, in string }{
		{"short words", "Mr Trump met Kim Jong Un"},
		{"at the end", "said Putin"},
		{"eight bytes", "ABCDEFGH abcdefgh Abcdefgh"},
		{"long words", "Schwarzenegger MacKENZIE-Rowntree"},
		{"possessive", "Trump's Jones’s Bush' O'Brien"},
		{"particles", "al-Sadr AL-Sadr bin-Laden abu-BAKR"},
		{"non-ASCII", "Zoë Ünal Erdoğan's"},
		{"next to non-ASCII", "Sadr’s Sadr—Trump Ab\xffcd"},
		{"short paragraph", "Al"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkNarrativeKeys(t, tt.in) })
	}
}

// FuzzNarrativeKeys checks qNarrative.keys against qKeys on the words of
// any text.
func FuzzNarrativeKeys(f *testing.F) {
	f.Add("Mr Trump met Kim Jong Un")
	f.Add("Trump's al-Sadr Zoë Schwarzenegger")
	f.Fuzz(func(t *testing.T, p string) {
		if !utf8.ValidString(p) || len(p) > 4096 {
			return
		}
		checkNarrativeKeys(t, p)
	})
}

// checkNarrativeKeys checks the keys of each word of p, and of all of them
// as one name, read twice over by one narrative.
func checkNarrativeKeys(t *testing.T, p string) {
	t.Helper()
	var n qNarrative
	words := qTokenize(p, 0, len(p))
	for round := 0; round < 2; round++ {
		for k := range words {
			assert.Equal(t, qKeys(p, words[k:k+1]), n.keys(p, words[k:k+1]), "key of %q", words[k].text(p))
		}
		if len(words) > 0 { // (no words: nil or empty, either will do)
			assert.Equal(t, qKeys(p, words), n.keys(p, words), "keys of %q", p)
		}
	}
}

// TestNameWordAtOnce checks that qNameWordAtOnce, when it answers, answers
// as qIsNameWordSlow does, for words looked up and not.
func TestNameWordAtOnce(t *testing.T) {
	checkNameWordAtOnce(t, "Smith said the U.S. He al-Sadr 2020 NATO It's Trump's x9 Ünal (R-Texas) said. Minister")
}

// FuzzNameWordAtOnce checks qNameWordAtOnce against qIsNameWordSlow on
// the words of any text.
func FuzzNameWordAtOnce(f *testing.F) {
	f.Add("Smith said the U.S. He al-Sadr 2020 NATO It's Trump's")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2048 {
			return
		}
		checkNameWordAtOnce(t, text)
	})
}

// checkNameWordAtOnce checks qNameWordAtOnce and qIsNameWord against
// qIsNameWordSlow on the words of text, looked up and not.
func checkNameWordAtOnce(t *testing.T, text string) {
	t.Helper()
	for _, lookedUp := range []bool{false, true} {
		for _, w := range qTokenize(text, 0, len(text)) {
			if lookedUp && !w.punct() {
				w.lex = qLexOf(w.text(text)) | qLexKnown
			}
			want := qIsNameWordSlow(text, w)
			if a := qNameWordAtOnce(text, &w); a != qAsk {
				assert.Equal(t, want, a == qYes, "%q", w.text(text))
			}
			assert.Equal(t, want, qIsNameWord(text, w), "%q", w.text(text))
		}
	}
}

// TestStrippedLex checks strippedLex, which answers from the flags a
// plain word carries, against its definition, for words looked up and not.
func TestStrippedLex(t *testing.T) {
	text := "Interior Ministry's Iraqi Trump's He U.S. President al-Sadr Court’s x9"
	for _, lookedUp := range []bool{false, true} {
		for _, w := range qTokenize(text, 0, len(text)) {
			if lookedUp && !w.punct() {
				w.lex = qLexOf(w.text(text)) | qLexKnown
			}
			assert.Equal(t, qLexOf(qStripPossessive(w.text(text))), w.strippedLex(text), "%q", w.text(text))
		}
	}
}
