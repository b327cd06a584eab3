package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/internal/chunk"
)

// Tests of the shortcuts attribution takes: each is checked against the
// longer way it replaces, kept here as the reference.

// attrQuotes finds the quotes of paragraphs as Quotes does, before
// attribution, with a context whose words are every paragraph's, read once.
func attrQuotes(paragraphs []string) (qQuotes, *qContext) {
	qs, _ := qFound(paragraphs)
	words := make([][]qWord, len(paragraphs))
	for pi, p := range paragraphs {
		words[pi] = qTokenize(p, 0, len(p))
	}
	ctx := qContextOf(words...)
	ctx.scratch = &qScratch{}
	return qs, ctx
}

// qContextOf returns a context that keeps words[pi] as the words of
// paragraph pi, read once, or none for a nil words[pi].
func qContextOf(words ...[]qWord) *qContext {
	ctx := &qContext{words: make([]qKeptWords, len(words)), arena: &chunk.Arena[qWord]{}}
	for pi, w := range words {
		if w != nil {
			ctx.keepWords(pi, w)
		}
	}
	return ctx
}

// qHeadWordsReference is qHeadWords as it was before its shortcut: the
// earlier quotes always left out, then the last sentence taken.
func qHeadWordsReference(paragraphs []string, qs qQuotes, k int, ctx *qContext) []qWord {
	raw := *qs.raw(k)
	para, at := int(raw.openPara), int(raw.openAt)
	p := paragraphs[para]
	from := 0
	if at > 600 {
		from = at - 600
		for from < at && p[from]&0xC0 == 0x80 {
			from++
		}
	}
	first := k
	for first > 0 && int(qs.raw(first-1).closePara) == para && k-first < 8 {
		first--
	}
	if first > 0 && int(qs.raw(first-1).closePara) == para && int(qs.raw(first).openPara) == para && int(qs.raw(first).openAt) > from {
		from = int(qs.raw(first).openAt)
	}
	kept := ctx.wordsIn(para, p, from, at)
	if first < k {
		kept = qDropEarlierQuotesReference(nil, kept, qs, first, k, para)
	}
	depth := 0
	for i := len(kept) - 1; i >= 0; i-- {
		w := kept[i]
		if !w.punct() {
			continue
		}
		switch w.text(p) {
		case ")", "]":
			depth++
		case "(", "[":
			if depth > 0 {
				depth--
			}
		case ".", "!", "?", ";":
			if depth == 0 {
				return kept[i+1:]
			}
		}
	}
	return kept
}

// qDropEarlierQuotesReference is qDropEarlierQuotes as it was before its
// binary searches: every word compared with the quotes.
func qDropEarlierQuotesReference(kept, words []qWord, qs qQuotes, first, k, para int) []qWord {
	j := first
	for _, w := range words {
		for j < k && w.start >= qs.raw(j).closeAt {
			if qEndsSentence(qs.out[j].Text) {
				kept = append(kept, qWord{start: qs.raw(j).closeAt, end: qs.raw(j).closeAt, kind: qPunct | qStop})
			}
			j++
		}
		if j < k && (int(qs.raw(j).openPara) < para || w.start >= qs.raw(j).openAt) && w.start < qs.raw(j).closeAt {
			continue // inside an earlier quote
		}
		kept = append(kept, w)
	}
	for j < k {
		if qEndsSentence(qs.out[j].Text) {
			kept = append(kept, qWord{start: qs.raw(j).closeAt, end: qs.raw(j).closeAt, kind: qPunct | qStop})
		}
		j++
	}
	return kept
}

// assertDropEarlierQuotes checks qDropEarlierQuotes against the reference
// for every quote of paragraphs and every run of the quotes before it, over
// all the words of its paragraph.
func assertDropEarlierQuotes(t *testing.T, paragraphs []string) {
	qs, ctx := attrQuotes(paragraphs)
	for k := range qs.out {
		para := int(qs.raw(k).openPara)
		for first := k - 1; first >= 0 && int(qs.raw(first).closePara) == para; first-- {
			words := ctx.paragraphWords(para)
			got := qDropEarlierQuotes(nil, words, qs, first, k, para)
			want := qDropEarlierQuotesReference(nil, words, qs, first, k, para)
			if !assert.Equal(t, want, got, "quotes %d to %d left out of %q", first, k, paragraphs[para]) {
				t.FailNow()
			}
		}
	}
}

// TestDropEarlierQuotes checks the words of a head with the earlier quotes
// left out.
func TestDropEarlierQuotes(t *testing.T) {
	tests := []struct{ name, in string }{
		{name: "two quotes", in: `Cruz says his "friend" Rubio ran "Q2" and "Q3."`},
		{name: "a sentence ends", in: `He said "We won." Smith replied "No," and "Yes."`},
		{name: "quote held by another", in: `He said "she called it 'bad' today" and then "Q3."`},
		{name: "nothing between", in: `"A""B" "C"`},
		{name: "opened in an earlier paragraph", in: "\"Open\n\nand closed,\" he said, \"Q.\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertDropEarlierQuotes(t, strings.Split(tc.in, "\n\n"))
		})
	}
}

// FuzzDropEarlierQuotes checks qDropEarlierQuotes against the reference on
// any text.
func FuzzDropEarlierQuotes(f *testing.F) {
	f.Add(`He said "she called it 'bad' today" and then "Q3." «A» ‘b’ “c.”`)
	f.Add("\"Open\n\nand \"closed,\" he said, \"Q.\"")
	f.Fuzz(func(t *testing.T, s string) {
		assertDropEarlierQuotes(t, strings.Split(s, "\n\n"))
	})
}

// assertHeadWords checks qHeadWords against the reference for every quote
// of paragraphs, and returns the heads as text.
func assertHeadWords(t *testing.T, paragraphs []string) []string {
	qs, ctx := attrQuotes(paragraphs)
	var heads []string
	for k := range qs.out {
		p := paragraphs[qs.raw(k).openPara]
		got := append([]qWord(nil), qHeadWords(paragraphs, qs, k, ctx)...)
		want := qHeadWordsReference(paragraphs, qs, k, ctx)
		if len(want) == 0 {
			assert.Empty(t, got, "head of quote %d of %q", k, paragraphs)
		} else {
			assert.Equal(t, want, got, "head of quote %d of %q", k, paragraphs)
		}
		heads = append(heads, attrText(p, got))
	}
	return heads
}

// attrText writes words out one space apart, punctuation too.
func attrText(p string, words []qWord) string {
	texts := make([]string, len(words))
	for k := range words {
		texts[k] = words[k].text(p)
	}
	return strings.Join(texts, " ")
}

// TestHeadWords checks the words before each quote, from the sentence
// start, with earlier quotes of the sentence left out.
func TestHeadWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "one quote", in: `It rained. Smith said, "Q."`, want: []string{"Smith said ,"}},
		{name: "sentence after the earlier quote", in: `"Q1," he said. Then Smith added: "Q2."`,
			want: []string{"", "Then Smith added :"}},
		{name: "earlier quote in the sentence", in: `Cruz says his "friend" Rubio ran "Q2."`,
			want: []string{"Cruz says his", "Cruz says his Rubio ran"}},
		{name: "earlier quote ends the sentence", in: `He said "We won." Smith replied "No."`,
			want: []string{"He said", "Smith replied"}},
		{name: "brackets hold a full stop", in: `"Q1," said Rep. Smith (R-Fla.) and "Q2."`,
			want: []string{"", "said Rep. Smith ( R-Fla . ) and"}},
		{name: "nothing after the earlier quote", in: `He called it "bad""worse."`,
			want: []string{"He called it", "He called it"}},
		{name: "inner quote", in: `He said "she called it 'bad' today" and then "Q3."`,
			want: []string{"He said", "He said and then"}},
		{name: "question ends the sentence", in: `"Why?" she asked. "Because," he said.`,
			want: []string{"", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, assertHeadWords(t, []string{tc.in}), "heads of %q", tc.in)
		})
	}
}

// FuzzHeadWords checks qHeadWords against the reference on any text.
func FuzzHeadWords(f *testing.F) {
	for _, s := range []string{
		`"Q1," he said. "Q2," Smith added (R-Fla.). "Q3"`,
		`He said "she called it 'bad' today" and then "Q3."`,
		"“A.” “B,” he said; «C» ‘d’ \"e\"\n\n\"F\" said G.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assertHeadWords(t, strings.Split(s, "\n\n"))
	})
}

// TestSentenceStart checks where the last sentence of words starts.
func TestSentenceStart(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		from      int
		want      string
		wantFound bool
	}{
		{name: "no end", in: "Smith said", want: "Smith said"},
		{name: "full stop", in: "It rained. Smith said", want: "Smith said", wantFound: true},
		{name: "semicolon", in: "It rained; Smith said", want: "Smith said", wantFound: true},
		{name: "in brackets", in: "Smith (R-Fla.) said", want: "Smith ( R-Fla . ) said"},
		{name: "before the brackets", in: "Yes. Smith (R-Fla.) said", want: "Smith ( R-Fla . ) said", wantFound: true},
		{name: "before from", in: "It rained. Smith said", from: 11, want: "It rained . Smith said"},
		{name: "at from", in: "It rained. Smith said", from: 9, want: "Smith said", wantFound: true},
		{name: "empty", in: "", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := qTokenize(tc.in, 0, len(tc.in))
			start, found := qSentenceStart(tc.in, words, tc.from)
			assert.Equal(t, tc.wantFound, found, "qSentenceStart(%q, %d)", tc.in, tc.from)
			assert.Equal(t, tc.want, attrText(tc.in, words[start:]), "qSentenceStart(%q, %d)", tc.in, tc.from)
		})
	}
}

// TestFirstNameRun checks the first run of name words found before a word.
func TestFirstNameRun(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		limit  int
		want   string
		wantOK bool
	}{
		{name: "first word", in: "Hannity pressed on", limit: 4, want: "Hannity", wantOK: true},
		{name: "run past the limit", in: "an angry Mr. John Smith pressed", limit: 3, want: "Mr. John Smith", wantOK: true},
		{name: "starts at the limit", in: "a b c d John pressed", limit: 4},
		{name: "particle inside", in: "said Osama bin Laden", limit: 4, want: "Osama bin Laden", wantOK: true},
		{name: "none", in: "he said so", limit: 4},
		{name: "pronoun is no name", in: "He said so", limit: 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := qTokenize(tc.in, 0, len(tc.in))
			run, ok := qFirstNameRun(tc.in, words, tc.limit)
			require.Equal(t, tc.wantOK, ok, "qFirstNameRun(%q, %d)", tc.in, tc.limit)
			if ok {
				assert.Equal(t, tc.want, qJoin(tc.in, words[run.i:run.j]), "qFirstNameRun(%q, %d)", tc.in, tc.limit)
			}
		})
	}
}

// FuzzFirstNameRun checks qFirstNameRun against the first of the runs
// qNameRunsInto finds.
func FuzzFirstNameRun(f *testing.F) {
	f.Add("an angry Mr. John Smith pressed", 4)
	f.Add("Secretary of State John Kerry's al-Sadr", 2)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		words := qTokenize(s, 0, len(s))
		runs := qNameRunsInto(s, nil, words)
		run, ok := qFirstNameRun(s, words, limit)
		wantOK := len(runs) > 0 && runs[0].i < limit
		if ok != wantOK || ok && run != runs[0] {
			t.Fatalf("qFirstNameRun(%q, %d) = %v, %v; runs %v", s, limit, run, ok, runs)
		}
	})
}

// qVerbAtCaseReference is qSpeechVerbAt as it was before qVerbLexicon: the
// verb lists' maps asked one by one.
func qVerbAtCaseReference(p string, words []qWord, k int, anyCase bool) (n int, ok bool) {
	w := words[k]
	if w.punct() {
		return 0, false
	}
	t := w.text(p)
	lw := strings.ToLower(t)
	if lw == "according" && k+1 < len(words) && strings.EqualFold(words[k+1].text(p), "to") {
		return 2, true
	}
	if particle := qPhrasal[lw]; particle != "" && k+1 < len(words) && words[k+1].text(p) == particle {
		return 2, true
	}
	if _, ok := qSpeechVerbs[lw]; ok && (lw == t || anyCase && !qOrgWords[t]) {
		return 1, true
	}
	return 0, false
}

// assertSpeechVerbs checks qSpeechVerbAt against the reference for every
// word of s, and the flags it gives against the verb lists.
func assertSpeechVerbs(t *testing.T, s string) {
	words := qTokenize(s, 0, len(s))
	for k := range words {
		for _, anyCase := range []bool{false, true} {
			wantN, _ := qVerbAtCaseReference(s, words, k, anyCase)
			n, flags := qSpeechVerbAt(s, words, k, anyCase)
			if n != wantN {
				t.Fatalf("qSpeechVerbAt(%q, %d, %v) = %d, want %d", s, k, anyCase, n, wantN)
			}
			if n == 0 {
				continue
			}
			lw := strings.ToLower(words[k].text(s))
			want := map[qVerbFlag]bool{
				qVerbWeak:          qWeakVerbs[lw],
				qVerbNotInvertible: qNotInvertible[lw],
				qVerbAccording:     lw == "according",
				qVerbParticiple:    strings.HasSuffix(lw, "ing"),
			}
			for flag, in := range want {
				if flags&flag != 0 != in {
					t.Fatalf("qSpeechVerbAt(%q, %d, %v): flag %b is %v, want %v", s, k, anyCase, flag, !in, in)
				}
			}
		}
	}
}

// TestSpeechVerbAt checks the speech verbs found, and their flags.
func TestSpeechVerbAt(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []int // n for each word, anyCase unset
	}{
		{name: "said", in: "Smith said", want: []int{0, 1}},
		{name: "capitalized", in: "Said Smith", want: []int{0, 0}},
		{name: "according to", in: "According to Smith", want: []int{2, 0, 0}},
		{name: "phrasal", in: "he pointed out", want: []int{0, 2, 0}},
		{name: "phrasal without its particle", in: "he pointed at", want: []int{0, 0, 0}},
		{name: "participle", in: "saying that", want: []int{1, 0}},
		{name: "not a verb", in: "the sayings", want: []int{0, 0}},
		{name: "hyphenated", in: "he e-mailed", want: []int{0, 1}},
		{name: "non-ASCII", in: "he SAİD", want: []int{0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertSpeechVerbs(t, tc.in)
			words := qTokenize(tc.in, 0, len(tc.in))
			got := make([]int, len(words))
			for k := range words {
				got[k], _ = qSpeechVerbAt(tc.in, words, k, false)
			}
			assert.Equal(t, tc.want, got, "verbs of %q", tc.in)
		})
	}
	t.Run("every listed form", func(t *testing.T) {
		for w := range qSpeechVerbs {
			assertSpeechVerbs(t, w+" out to "+strings.ToUpper(w)+" "+strings.ToUpper(w[:1])+w[1:])
		}
		for w, particle := range qPhrasal {
			assertSpeechVerbs(t, w+" "+particle)
		}
	})
}

// FuzzSpeechVerbAt checks qSpeechVerbAt against the reference on any text.
func FuzzSpeechVerbAt(f *testing.F) {
	f.Add("According to Smith, he pointed out, saying: “Tweeted” SAID e-mailed İnsisted")
	f.Fuzz(func(t *testing.T, s string) {
		assertSpeechVerbs(t, s)
	})
}

// assertWordHelpers checks the word helpers of the clause readers against
// the string functions they stand for, on every word of s.
func assertWordHelpers(t *testing.T, s string) {
	words := qTokenize(s, 0, len(s))
	for k := range words {
		w := &words[k]
		text := w.text(s)
		lower := strings.ToLower(text)
		if got, want := w.low(s), qLowOf(text); got != want {
			t.Fatalf("qWord.low(%q) = %b, want %b", text, got, want)
		}
		if got, want := qIsPronounWord(s, w), qIsPronoun(text); got != want {
			t.Fatalf("qIsPronounWord(%q) = %v, want %v", text, got, want)
		}
		for _, other := range []string{"they", "the", "i", "k", text, lower} {
			if !qIsASCII(other) {
				continue
			}
			if got, want := qLowerIs(text, other), lower == other; got != want {
				t.Fatalf("qLowerIs(%q, %q) = %v, want %v", text, other, got, want)
			}
		}
		for _, suffix := range []string{"-old", "er", "ist", "or", "ing", "k", "i", ""} {
			if got, want := qLowerHasSuffix(text, suffix), strings.HasSuffix(lower, suffix); got != want {
				t.Fatalf("qLowerHasSuffix(%q, %q) = %v, want %v", text, suffix, got, want)
			}
		}
	}
}

// TestWordHelpers checks the word helpers on words that lower-case in
// unusual ways.
func TestWordHelpers(t *testing.T) {
	tests := []struct{ name, in string }{
		{name: "lists", in: "They the The THE In who Officials spokesman Ministry 23-YEAR-OLD he She it"},
		{name: "non-ASCII lower-casing to ASCII", in: "THEİ İ K TALK İST 23-year-OLD"},
		{name: "growing when lower-cased", in: "Ⱥ ȺER ȺȺ"},
		{name: "invalid UTF-8", in: "\xffer the\xff \xc3"},
		{name: "long", in: strings.Repeat("Spokesman", 5) + " " + strings.Repeat("é", 20) + "ER"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertWordHelpers(t, tc.in)
		})
	}
	assert.True(t, qLowerIs("THEY", "they"))
	assert.True(t, qLowerIs("TAL\u212A", "talk"), "the Kelvin sign lower-cases to k")
	assert.True(t, qLowerHasSuffix("ART\u0130ST", "ist"), "a dotted capital I lower-cases to i")
	assert.False(t, qLowerHasSuffix("Spokesman", "er"))
}

// FuzzWordHelpers checks the word helpers on any text.
func FuzzWordHelpers(f *testing.F) {
	f.Add("THEİ They 23-YEAR-OLD Ⱥer \xffer")
	f.Fuzz(func(t *testing.T, s string) {
		assertWordHelpers(t, s)
	})
}

// qDescriptionReference is qDescription as it was before the word helpers:
// each word lower-cased and looked up in the lists' maps.
func qDescriptionReference(p string, ch []qWord, para int) qAttr {
	if len(ch) == 0 || len(ch) > 12 {
		return qAttr{}
	}
	lf := strings.ToLower(ch[0].text(p))
	if !qDeterminers[lf] && !qPersonNouns[lf] && !qOrgNouns[lf] {
		return qAttr{}
	}
	head := ""
	words := ch
	if lf == "one" && len(ch) > 2 && ch[1].text(p) == "of" {
		words = ch[2:]
	}
	for _, w := range words {
		lw := strings.ToLower(w.text(p))
		if w.punct() || lw == "of" || lw == "from" || lw == "in" || lw == "at" || lw == "with" || lw == "for" {
			break
		}
		head = lw
	}
	definite := lf == "the" || lf == "this" || lf == "that"
	if qOrgNouns[head] && !qPersonNouns[head] {
		return qAttr{kind: qsOrgNoun, name: ch, src: p, para: para, at: int(ch[0].start), definite: definite}
	}
	if qPersonNouns[head] || strings.HasSuffix(head, "-old") || strings.HasSuffix(head, "er") || strings.HasSuffix(head, "ist") || strings.HasSuffix(head, "or") {
		return qAttr{kind: qsDescription, name: ch, src: p, para: para, at: int(ch[0].start), definite: definite}
	}
	return qAttr{}
}

// qHasSubjectReference is qHasSubject as it was before the word helpers.
func qHasSubjectReference(p string, head []qWord, ctx *qContext) bool {
	if len(head) < 2 || head[0].punct() {
		return false
	}
	w := head[0].text(p)
	lw := strings.ToLower(w)
	return qIsCap(w) && !ctx.known.has(w) && !qClauseStoppers[lw] && !qRelatives[lw] &&
		!qIsPronoun(w) && !qDeterminers[lw] && !qTitles[w] && !qNotNames[w] && !head[1].punct() && !qIsCap(head[1].text(p))
}

// assertDescriptions checks qDescription and qHasSubject against their
// references on every run of words of s.
func assertDescriptions(t *testing.T, s string) {
	words := qTokenize(s, 0, len(s))
	ctx := &qContext{known: &qWordSet{}}
	ctx.known.add("Known")
	for i := range words {
		for j := i; j <= len(words) && j <= i+13; j++ {
			ch := words[i:j]
			if got, want := qDescription(s, ch, 0), qDescriptionReference(s, ch, 0); !assert.Equal(t, want, got, "qDescription(%q)", attrText(s, ch)) {
				t.FailNow()
			}
			if got, want := qHasSubject(s, ch, ctx), qHasSubjectReference(s, ch, ctx); got != want {
				t.Fatalf("qHasSubject(%q) = %v, want %v", attrText(s, ch), got, want)
			}
		}
	}
}

// TestDescription checks the descriptions of a speaker read from a chunk.
func TestDescription(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		kind     qSpeakerKind
		definite bool
	}{
		{name: "person noun", in: "the official", kind: qsDescription, definite: true},
		{name: "age", in: "an 18-year-old", kind: qsDescription},
		{name: "suffix", in: "a protester", kind: qsDescription},
		{name: "organization", in: "The Ministry", kind: qsOrgNoun, definite: true},
		{name: "head before a preposition", in: "a spokesman for the ministry", kind: qsDescription},
		{name: "capital preposition", in: "a spokesman FOR the ministry", kind: qsDescription},
		{name: "one of", in: "one of the protesters", kind: qsDescription},
		{name: "no determiner", in: "Protesters marched", kind: qsNone},
		{name: "no person", in: "the news", kind: qsNone},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := qTokenize(tc.in, 0, len(tc.in))
			got := qDescription(tc.in, words, 0)
			assert.Equal(t, tc.kind, got.kind, "qDescription(%q)", tc.in)
			assert.Equal(t, tc.definite, got.definite, "qDescription(%q)", tc.in)
			assertDescriptions(t, tc.in)
		})
	}
}

// FuzzDescription checks qDescription and qHasSubject against their
// references on any text.
func FuzzDescription(f *testing.F) {
	f.Add("the 23-YEAR-OLD protester, One of the officials FOR Known Protesters said they")
	f.Add("Known Guns are He said The Ministry İN")
	f.Fuzz(func(t *testing.T, s string) {
		assertDescriptions(t, s)
	})
}

// TestLowersToASCII checks qLowersToASCII against strings.ToLower for
// every rune, alone and inside an ASCII word, and for invalid bytes.
func TestLowersToASCII(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, w := range []string{string(r), "sa" + string(r) + "d"} {
			if got, want := qLowersToASCII(w), qIsASCII(strings.ToLower(w)); got != want {
				t.Fatalf("qLowersToASCII(%q) = %v, want %v", w, got, want)
			}
		}
	}
	assert.False(t, qLowersToASCII("sa\xffd"), "an invalid byte")
	for w := range qSpeechVerbs {
		assert.True(t, qIsASCII(w), "qSpeechVerbAt skips words that do not lower-case to ASCII: %q", w)
	}
}

// TestKeysCache checks that keysOf, through its cache of recent names,
// gives the keys readKeys reads anew, for names that come back and more
// names than it holds.
func TestKeysCache(t *testing.T) {
	s := &qScratch{}
	r := newResolver(nil, 0, s)
	names := []string{"Donald Trump", "Hillary Clinton", "Donald Trump", "Al-Sadr’s", "", "Mr. Smith",
		"Jane Roe", "Hillary Clinton", "Donald Trump", "", "Mr. Smith", "Mr. Smith"}
	for _, name := range names {
		assert.Equal(t, r.readKeys(name), r.keysOf(name), "keys of %q", name)
	}
}

// FuzzJoinIn checks that qJoinIn, which attribution now joins names and
// roles with, gives qJoin's string for every run of words.
func FuzzJoinIn(f *testing.F) {
	f.Add("the U.S. envoy, Mr. Smith (R-Fla.) said  twice:  al-Sadr’s aides")
	f.Fuzz(func(t *testing.T, s string) {
		words := qTokenize(s, 0, len(s))
		for i := range words {
			for j := i; j <= len(words) && j <= i+8; j++ {
				if got, want := qJoinIn(s, words[i:j]), qJoin(s, words[i:j]); got != want {
					t.Fatalf("qJoinIn(%q) = %q, want %q", attrText(s, words[i:j]), got, want)
				}
			}
		}
	})
}

// qTailAttrReference is qTailAttr as it was before its loop passed over
// punctuation without asking for a verb.
func qTailAttrReference(p string, words []qWord, para int) qAttr {
	s := 0
	for s < len(words) && words[s].punct() && words[s].text(p) != "." {
		s++
	}
	words = words[s:]
	depth := 0
	for k := 0; k < len(words) && k < 40; k++ {
		w := words[k]
		switch {
		case w.punct() && (w.text(p) == "(" || w.text(p) == "["):
			depth++
		case w.punct() && (w.text(p) == ")" || w.text(p) == "]") && depth > 0:
			depth--
		}
		if depth == 0 && w.punct() && (w.text(p) == "." || w.text(p) == "!" || w.text(p) == "?" || w.text(p) == ";") {
			break
		}
		n, flags := qSpeechVerbAt(p, words, k, k > 0)
		if n == 0 {
			continue
		}
		if flags&qVerbWeak != 0 && k > 5 {
			continue
		}
		verb := w.text(p)
		if n == 2 {
			if flags&qVerbAccording != 0 {
				a := qNPAfter(p, words[k+2:], para)
				a.verb = "according to"
				return a
			}
			verb += " " + words[k+1].text(p)
		}
		if k == 0 || qOnlyAdverbs(p, words[:k]) {
			if flags&qVerbNotInvertible != 0 || n == 2 {
				return qAttr{}
			}
			a := qNPAfter(p, words[k+1:], para)
			a.verb = w.text(p)
			if a.kind == qsNone {
				continue
			}
			return a
		}
		a := qNPBefore(p, words[:k], para)
		if a.kind == qsNone && words[k-1].text(p) == "," && flags&qVerbNotInvertible == 0 && n == 1 {
			a = qNPAfter(p, words[k+1:], para)
		}
		if a.kind == qsNone {
			return qAttr{}
		}
		a.verb = verb
		return a
	}
	return qShortTailAttr(p, words, para)
}

// assertTailAttr checks qTailAttr against the reference on every tail of
// the words of s.
func assertTailAttr(t *testing.T, s string) {
	words := qTokenize(s, 0, len(s))
	for i := range words {
		if got, want := qTailAttr(s, words[i:], 0), qTailAttrReference(s, words[i:], 0); !assert.Equal(t, want, got, "qTailAttr(%q)", attrText(s, words[i:])) {
			t.FailNow()
		}
	}
}

// TestTailAttr checks the clause read after a quote.
func TestTailAttr(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "name then verb", in: `, Smith said. He left.`, want: "Smith"},
		{name: "verb then name", in: `, said Jane Roe, a protester.`, want: "Jane Roe"},
		{name: "bracket holds a full stop", in: `, Rep. Smith (R-Fla.) said.`, want: "Smith"},
		{name: "sentence ends first", in: `. Then Smith said so.`, want: ""},
		{name: "closing bracket alone", in: `) ] , Smith said.`, want: "Smith"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := qTokenize(tc.in, 0, len(tc.in))
			got := qTailAttr(tc.in, words, 0)
			assert.Equal(t, tc.want, qJoin(tc.in, got.name), "qTailAttr(%q)", tc.in)
			assertTailAttr(t, tc.in)
		})
	}
}

// FuzzTailAttr checks qTailAttr against the reference on any text.
func FuzzTailAttr(f *testing.F) {
	f.Add(`, Smith (R-Fla.) said [sic] ) ] ; said Jane Roe, who "left." according to him`)
	f.Fuzz(func(t *testing.T, s string) {
		assertTailAttr(t, s)
	})
}

// qTrimConjunctionReference is qTrimConjunction as it was before it
// returned its first word's lists.
func qTrimConjunctionReference(p string, ch []qWord) []qWord {
	for len(ch) > 1 && qLowTrimmable.inWord(p, &ch[0]) {
		ch = ch[1:]
	}
	return ch
}

// assertTrimConjunction checks qTrimConjunctionLow against the reference
// and qLowOf on every run of the words of s.
func assertTrimConjunction(t *testing.T, s string) {
	words := qTokenize(s, 0, len(s))
	for i := range words {
		for j := i; j <= len(words) && j <= i+6; j++ {
			want := qTrimConjunctionReference(s, words[i:j])
			got, lead := qTrimConjunctionLow(s, words[i:j])
			if !assert.Equal(t, want, got, "qTrimConjunctionLow(%q)", attrText(s, words[i:j])) {
				t.FailNow()
			}
			wantLead := qLow(0)
			if len(want) > 0 {
				wantLead = qLowOf(want[0].text(s))
			}
			if lead != wantLead {
				t.Fatalf("qTrimConjunctionLow(%q) lead = %b, want %b", attrText(s, words[i:j]), lead, wantLead)
			}
		}
	}
}

// TestTrimConjunction checks the conjunctions and sentence adverbs dropped
// before a subject.
func TestTrimConjunction(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "but", in: "But Cox says", want: "Cox says"},
		{name: "several", in: "And yet still, he said", want: ", he said"},
		{name: "all trimmable", in: "but and so", want: "so"},
		{name: "none", in: "Cox says", want: "Cox says"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := qTokenize(tc.in, 0, len(tc.in))
			got, _ := qTrimConjunctionLow(tc.in, words)
			assert.Equal(t, tc.want, attrText(tc.in, got), "qTrimConjunctionLow(%q)", tc.in)
			assertTrimConjunction(t, tc.in)
		})
	}
}

// FuzzTrimConjunction checks qTrimConjunctionLow against the reference on
// any text.
func FuzzTrimConjunction(f *testing.F) {
	f.Add("But AND Yet however, the İN 23-year-old Meanwhile")
	f.Fuzz(func(t *testing.T, s string) {
		assertTrimConjunction(t, s)
	})
}
