package normalize

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/internal/textgen"
)

// TestNarrativeRead checks that reading a paragraph's words for names,
// where the words between quotes are found by binary search and kept in
// one copy with their marks (qNarrative.read, keep), lists the mentions
// that dropping the quoted words one at a time and reading every word
// kept (qNarrativeReadRef) does: for paragraphs read whole and in pieces,
// with quotes placed at random, so that blocks are cut at sentence ends
// anywhere.
func TestNarrativeRead(t *testing.T) {
	p := string(textgen.Article(48<<10, textgen.OneLine))
	rng := rand.New(rand.NewPCG(1, 2))
	for _, piece := range []int{len(p), 8 << 10, 1 << 10} {
		for trial := range 20 {
			parts := qRandomParts(rng, len(p), trial)
			var got, want qNarrative
			for _, n := range []*qNarrative{&got, &want} {
				n.begin(parts)
				for from := 0; from < len(p); {
					to := min(len(p), from+piece)
					for to < len(p) && p[to-1] != ' ' {
						to++ // pieces end after a space, as qPieceEnd's do
					}
					words, marks := qTokenizeMarked(nil, nil, p, from, to)
					if n == &got {
						n.read(0, p, words, marks, to == len(p))
					} else {
						qNarrativeReadRef(n, 0, p, words, to == len(p))
					}
					from = to
				}
			}
			assert.NotEmpty(t, got.mentions)
			assert.Equal(t, want.mentions, got.mentions, "pieces of %d bytes, trial %d", piece, trial)
			assert.Equal(t, want.pending, got.pending, "pieces of %d bytes, trial %d", piece, trial)
		}
	}
}

// qRandomParts returns up to 2*trial quote parts of a paragraph of n
// bytes, in text order, none overlapping.
func qRandomParts(rng *rand.Rand, n, trial int) []qPart {
	var parts []qPart
	for at := rng.IntN(n/4 + 1); at < n && len(parts) < 2*trial; {
		end := min(n, at+1+rng.IntN(2000))
		parts = append(parts, qPart{start: int32(at), end: int32(end)})
		at = end + 2 + rng.IntN(n/(trial+1)+1)
	}
	return parts
}

// qNarrativeReadRef is the plain reading qNarrative.read is checked
// against: each word is dropped or kept on its own, and the words kept
// are read with their marks taken anew from the words.
func qNarrativeReadRef(n *qNarrative, pi int, p string, words []qWord, last bool) {
	kept, parts := n.kept, n.parts
	for k := range words {
		w := &words[k]
		for len(parts) > 0 && int(w.start) >= int(parts[0].end)+1 {
			parts = parts[1:]
		}
		if len(parts) > 0 && int(w.start) >= int(parts[0].start)-1 {
			continue
		}
		kept = append(kept, *w)
		if len(kept) >= qNarrativeBlock && qEndsSentenceWord(p, *w) {
			n.names(pi, p, kept, qMarksOf(p, kept))
			kept = kept[:0]
		}
	}
	if last && len(kept) > 0 {
		n.names(pi, p, kept, qMarksOf(p, kept))
		kept = kept[:0]
	}
	n.kept, n.parts = kept, parts
}

// FuzzEndsSentenceWord checks qEndsSentenceWord, which tells a sentence
// end by its one byte, against comparing the word's text, for every word
// of any text and for a full stop standing for a quote (qStop).
func FuzzEndsSentenceWord(f *testing.F) {
	f.Add("He left. Did he? Yes! … — “Quoted.” 3.5 U.S. etc.")
	f.Fuzz(func(t *testing.T, p string) {
		words := qTokenize(p, 0, len(p))
		if len(words) > 0 {
			stop := words[0]
			stop.kind |= qStop | qPunct
			words = append(words, stop)
		}
		for _, w := range words {
			text := w.text(p)
			want := w.punct() && (text == "." || text == "!" || text == "?")
			if got := qEndsSentenceWord(p, w); got != want {
				t.Fatalf("qEndsSentenceWord(%q) = %v, want %v", text, got, want)
			}
		}
	})
}
