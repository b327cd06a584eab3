package normalize

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/internal/textgen"
)

// TestFirstFrom checks the search of the mention records from the last
// position asked about (firstFrom) against a binary search over all the
// views, for positions asked about mostly in text order, as the resolver
// asks, with steps back and jumps.
func TestFirstFrom(t *testing.T) {
	for _, flavor := range []textgen.Flavor{textgen.Plain, textgen.OneLine} {
		rng := rand.New(rand.NewPCG(3, uint64(flavor)))
		checkFirstFrom(t, flavor, 3000, func(n int) int { return rng.IntN(n) })
	}
}

// FuzzFirstFrom is TestFirstFrom with the positions asked about
// drawn from the fuzzer's bytes.
func FuzzFirstFrom(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 19, 200, 7, 7, 7, 1, 0, 0, 255})
	f.Fuzz(func(t *testing.T, draws []byte) {
		i := 0
		checkFirstFrom(t, textgen.Plain, len(draws)/3, func(n int) int {
			v := 0
			if i+1 < len(draws) {
				v = int(draws[i])<<8 | int(draws[i+1])
			}
			i += 2
			return v % n
		})
	})
}

// checkFirstFrom asks firstFrom about positions in an article of the
// flavor, as many as asks, drawn with draw (which returns a number below
// its argument), and checks it against a binary search over all the views.
func checkFirstFrom(t *testing.T, flavor textgen.Flavor, asks int, draw func(n int) int) {
	t.Helper()
	paragraphs := qTestParagraphs(string(textgen.Article(300<<10, flavor)))
	s := &qScratch{}
	_, n := qReadArticle(paragraphs, &qInside{}, s)
	all := make([]qMention, n.mentions.Len())
	for k := range all {
		all[k] = n.mention(k)
	}
	require.Greater(t, len(all), 4*qLookBack, "enough mentions for long searches")
	para, at := 0, 0
	for range asks {
		switch x := draw(20); {
		case x == 0: // a jump anywhere
			para = draw(len(paragraphs))
			at = draw(len(paragraphs[para]) + 1)
		case x < 3: // a step back
			at = max(0, at-draw(2000))
		case x < 5: // the next paragraphs
			para = min(len(paragraphs)-1, para+1+draw(3))
			at = draw(len(paragraphs[para]) + 1)
		default: // a little further on
			at = min(len(paragraphs[para]), at+draw(600))
		}
		want := sort.Search(len(all), func(i int) bool { return !all[i].before(para, at) })
		require.Equal(t, want, n.firstFrom(para, at), "first mention from (%d, %d)", para, at)
		require.Equal(t, want, n.firstFrom(para, at), "asked again (%d, %d)", para, at)
	}
}

// TestMentionViews checks that the views of the mention records give a
// name that is where it was read, unless spelled out, and the keys that
// reading the name anew gives.
func TestMentionViews(t *testing.T) {
	paragraphs := qTestParagraphs(string(textgen.Article(100<<10, textgen.Damaged)) +
		"\n\nThe U.S.  envoy, Mr.  Smith, met al-Sadr’s aides.\n\nSecretary of State John Kerry said Guns are fine.")
	s := &qScratch{}
	_, n := qReadArticle(paragraphs, &qInside{}, s)
	require.Positive(t, n.mentions.Len())
	for k := range n.mentions.Len() {
		m := n.mention(k)
		p := paragraphs[m.para]
		if n.mentions.At(k).flags&qmNameSpelled == 0 {
			assert.True(t, strings.HasPrefix(p[m.at:], m.name), "mention %d: %q is where it was read", k, m.name)
		}
		assert.NotEmpty(t, m.name)
		words := qTokenize(m.name, 0, len(m.name))
		assert.Equal(t, qKeys(m.name, words), m.keys, "keys of %q", m.name)
	}
}

// qTestParagraphs splits a generated article into its paragraphs.
func qTestParagraphs(text string) []string {
	var paragraphs []string
	for _, p := range strings.Split(text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paragraphs = append(paragraphs, p)
		}
	}
	return paragraphs
}

// TestNarrativeParagraphLimit checks that a paragraph too long for the
// 32-bit offsets of a mention record is not read for names, and that the
// others still are.
func TestNarrativeParagraphLimit(t *testing.T) {
	saved := qMaxNarrativeParagraph
	defer func() { qMaxNarrativeParagraph = saved }()
	qMaxNarrativeParagraph = 40
	paragraphs := []string{"Mr. John Smith met Jane Doe in Paris on Monday.", "Jane Doe left."}
	_, n := qReadArticle(paragraphs, &qInside{}, &qScratch{})
	var names []string
	for k := range n.mentions.Len() {
		names = append(names, n.mention(k).name)
	}
	assert.Equal(t, []string{"Jane Doe"}, names)
	assert.NotPanics(t, func() { Quotes([]string{`"We won," said John Smith of Paris, who met Jane Doe.`}) })
}

// TestWordEndLimit checks that the tokenizer reads no word past
// qMaxWordEnd, which a qWord's 32-bit offsets could not hold, and that
// quotes past it are still found, with no speaker.
func TestWordEndLimit(t *testing.T) {
	saved := qMaxWordEnd
	defer func() { qMaxWordEnd = saved }()
	qMaxWordEnd = 20
	p := "Jane Doe said it was over, and then John Smith left."
	var got []string
	for _, w := range qTokenize(p, 0, len(p)) {
		got = append(got, w.text(p))
	}
	assert.Equal(t, []string{"Jane", "Doe", "said", "it", "was"}, got)
	assert.Empty(t, qTokenize(p, 30, len(p)))
	quote := []string{`"We won the vote today," said Jane Doe.`}
	qs := Quotes(quote)
	if assert.Len(t, qs, 1) {
		assert.Equal(t, "We won the vote today", qs[0].Text)
		assert.Empty(t, qs[0].Speaker, "its clause is past the limit")
	}
	qMaxWordEnd = saved
	if qs := Quotes(quote); assert.Len(t, qs, 1) {
		assert.Equal(t, "Jane Doe", qs[0].Speaker, "within the limit")
	}
}

// TestIntroducesAnother checks introducesAnother, which reads the mention
// records, against the loop qCarries ran over views of them before, for
// speakers, positions and starting points drawn at random from an article.
func TestIntroducesAnother(t *testing.T) {
	paragraphs := qTestParagraphs(string(textgen.Article(300<<10, textgen.Plain)))
	s := &qScratch{}
	_, n := qReadArticle(paragraphs, &qInside{}, s)
	r := newResolver(n, 0, s)
	all := make([]qMention, n.mentions.Len())
	for k := range all {
		all[k] = n.mention(k)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	found := 0
	for range 3000 {
		para := rng.IntN(len(paragraphs))
		at := rng.IntN(len(paragraphs[para]) + 1)
		from := max(0, para-rng.IntN(4))
		fromAt := rng.IntN(len(paragraphs[from]) + 1)
		speaker := n.mention(rng.IntN(n.mentions.Len())).name
		keys := r.keysOf(speaker)
		want := qIntroducesAnotherRef(all, speaker, keys, from, fromAt, para, at)
		got := r.introducesAnother(speaker, keys, from, fromAt, para, at)
		require.Equal(t, want, got, "%q from (%d, %d) to (%d, %d)", speaker, from, fromAt, para, at)
		if got {
			found++
		}
	}
	assert.Greater(t, found, 100, "someone else introduced, often enough")
}

// qIntroducesAnotherRef is the loop qCarries (quote.go) ran over the views
// of all the mentions, which introducesAnother is checked against.
func qIntroducesAnotherRef(all []qMention, speaker string, keys []string, from, fromAt, para, at int) bool {
	end := sort.Search(len(all), func(i int) bool { return !all[i].before(para, at) })
	for k, n := end-1, 0; k >= 0 && n < qLookBack && all[k].para >= from; k, n = k-1, n+1 {
		m := all[k]
		if m.name == speaker || qContainsKeys(keys, m.keys) {
			continue
		}
		if !m.org && m.subject && (m.para > from || m.para == from && m.at > fromAt) && m.before(para, at) {
			return true
		}
	}
	return false
}
