package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// qCase is a table case for Quotes: the paragraphs of an article and the
// quotes expected, with a reason.
type qCase struct {
	name   string
	in     []string
	want   []Quote
	reason string
}

func runQuoteCases(t *testing.T, cases []qCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Quotes(tc.in)
			assert.Equal(t, tc.want, got, "Quotes(%q): %s", tc.in, tc.reason)
		})
	}
}

func TestQuotesMarks(t *testing.T) {
	runQuoteCases(t, []qCase{
		{
			name:   "straight",
			in:     []string{`"We will stay," said Jane Roe.`},
			want:   []Quote{{Text: "We will stay", Speaker: "Jane Roe", Verb: "said"}},
			reason: "the comma that hands over to the attribution is dropped",
		},
		{
			name:   "curly",
			in:     []string{`“We will stay,” Jane Roe said.`},
			want:   []Quote{{Text: "We will stay", Speaker: "Jane Roe", Verb: "said"}},
			reason: "curly marks pair like straight ones",
		},
		{
			name:   "single marks in a headline",
			in:     []string{`Roe: ‘We Will Stay’`},
			want:   []Quote{{Text: "We Will Stay", Speaker: "Roe"}},
			reason: "single marks quote too; a name alone before a colon speaks",
		},
		{
			name:   "guillemets",
			in:     []string{`« Nous resterons », said Jean Dupont.`},
			want:   []Quote{{Text: "Nous resterons", Speaker: "Jean Dupont", Verb: "said"}},
			reason: "guillemets with French spacing",
		},
		{
			name:   "two apostrophes as a double mark",
			in:     []string{`''We will stay,'' Mr. Roe said.`},
			want:   []Quote{{Text: "We will stay", Speaker: "Roe", Role: "Mr.", Verb: "said"}},
			reason: "some archives write double marks as two apostrophes",
		},
		{
			name:   "apostrophes are not quotes",
			in:     []string{`Today's rally recalled the '90s and the Americans’ exit, and nobody’s slogans.`},
			want:   nil,
			reason: "possessives, contractions and elided years",
		},
		{
			name: "apostrophes inside a quote",
			in:   []string{`“Today’s protest is the Americans’ problem,” Ali Adnan said.`},
			want: []Quote{{Text: "Today’s protest is the Americans’ problem", Speaker: "Ali Adnan", Verb: "said"}},
		},
		{
			name: "nested quote stays inside",
			in:   []string{`“He told me, ‘Go home,’ and I did,” Jane Roe said.`},
			want: []Quote{{Text: "He told me, ‘Go home,’ and I did", Speaker: "Jane Roe", Verb: "said"}},
		},
		{
			name: "split quote",
			in:   []string{`“We will stay,” Jane Roe said, “and we will win.”`},
			want: []Quote{
				{Text: "We will stay", Speaker: "Jane Roe", Verb: "said"},
				{Text: "and we will win.", Speaker: "Jane Roe", Verb: "said"},
			},
			reason: "two parts of one speaker's quote",
		},
		{
			name: "quote across paragraphs",
			in: []string{
				`“This is the first part.`,
				`“This is the second part,” said John Smith.`,
			},
			want:   []Quote{{Text: "This is the first part.\nThis is the second part", Speaker: "John Smith", Verb: "said"}},
			reason: "a paragraph left open and the next reopened make one quote",
		},
		{
			name: "unbalanced mark does not swallow the article",
			in: []string{
				`He said “yes and the paragraph ends without a close.`,
				`Another paragraph has “a fragment” in it, Jane Roe said.`,
			},
			want:   []Quote{{Text: "a fragment", Speaker: "Jane Roe", Verb: "said", Paragraph: 1, Partial: true}},
			reason: "an opening mark mid-paragraph that never closes is dropped",
		},
		{
			name:   "unclosed quote opening a paragraph",
			in:     []string{`“We will stay until the end`, `The rally went on.`},
			want:   []Quote{{Text: "We will stay until the end"}},
			reason: "a paragraph that opens with a mark is a quote even if the close was lost",
		},
		{
			name:   "markup attributes",
			in:     []string{`<tweet id="672138506081275904" author="@someone">Text</tweet>`},
			want:   nil,
			reason: `="..." is an attribute value`,
		},
		{
			name:   "scare quotes are partial",
			in:     []string{`Protesters called for a “million man” demonstration.`},
			want:   []Quote{{Text: "million man", Partial: true}},
			reason: "no one is named: no speaker",
		},
	})
}

func TestQuotesAttribution(t *testing.T) {
	runQuoteCases(t, []qCase{
		{
			name: "said X",
			in:   []string{`“The American troops must leave,” said an 18-year-old protester, Amer Saad. “I am ready to fight.”`},
			want: []Quote{
				{Text: "The American troops must leave", Speaker: "Amer Saad", Role: "18-year-old protester", Verb: "said"},
				{Text: "I am ready to fight.", Speaker: "Amer Saad", Role: "18-year-old protester", Verb: "said"},
			},
			reason: "the next quote of the paragraph shares the clause",
		},
		{
			name:   "X said colon",
			in:     []string{`President Joe Biden said: “We will not back down.”`},
			want:   []Quote{{Text: "We will not back down.", Speaker: "Joe Biden", Role: "President", Verb: "said"}},
			reason: "title kept apart in Role",
		},
		{
			name:   "X said that partial",
			in:     []string{`Mr. Obama told reporters that the plan was “a disaster.”`},
			want:   []Quote{{Text: "a disaster.", Speaker: "Obama", Role: "Mr.", Verb: "told", Partial: true}},
			reason: "reporters is the listener",
		},
		{
			name:   "told Al Jazeera",
			in:     []string{`“Today’s protest is a referendum,” the official Asad al-Hashemi told Al Jazeera.`},
			want:   []Quote{{Text: "Today’s protest is a referendum", Speaker: "Asad al-Hashemi", Role: "official", Verb: "told"}},
			reason: "the listener after told is never the speaker",
		},
		{
			name:   "appositive with title",
			in:     []string{`“We believe it,” Sheikh Hussein Karbalai, a cleric from Karbala, told Al Jazeera.`},
			want:   []Quote{{Text: "We believe it", Speaker: "Hussein Karbalai", Role: "Sheikh", Verb: "told"}},
			reason: "the place in the appositive is not the speaker",
		},
		{
			name:   "appositive before a partial",
			in:     []string{`In neighboring Iran, Ali Shamkhani, the secretary of the Supreme National Security Council of Iran, said the march was a “countdown” of expelling US troops.`},
			want:   []Quote{{Text: "countdown", Speaker: "Ali Shamkhani", Role: "secretary of the Supreme National Security Council of Iran", Verb: "said", Partial: true}},
			reason: "the introductory phrase and the appositive are skipped",
		},
		{
			name:   "tweeted X, head of",
			in:     []string{`Al-Sadr “again proved that he can gather the crowd,” tweeted Farhad Alaadin, head of the Iraqi advisory board.`},
			want:   []Quote{{Text: "again proved that he can gather the crowd", Speaker: "Farhad Alaadin", Role: "head of the Iraqi advisory board", Verb: "tweeted", Partial: true}},
			reason: "verb before the speaker",
		},
		{
			name:   "according to",
			in:     []string{`According to Jane Roe, “the plan failed.”`},
			want:   []Quote{{Text: "the plan failed.", Speaker: "Jane Roe", Verb: "according to"}},
			reason: "a two-word cue",
		},
		{
			name:   "phrasal verb",
			in:     []string{`“The stock has not done well,” Mr. Rubel pointed out.`},
			want:   []Quote{{Text: "The stock has not done well", Speaker: "Rubel", Role: "Mr.", Verb: "pointed out"}},
			reason: "verb and particle",
		},
		{
			name:   "party tag",
			in:     []string{`“It is a starting point,” Sen. Jack Reed (D-R.I.) said.`},
			want:   []Quote{{Text: "It is a starting point", Speaker: "Jack Reed", Role: "Sen.", Verb: "said"}},
			reason: "the bracketed party and state are not a name",
		},
		{
			name:   "suffix is not a title",
			in:     []string{`“I have a dream,” said Martin Luther King Jr., the civil rights leader.`},
			want:   []Quote{{Text: "I have a dream", Speaker: "Martin Luther King Jr.", Role: "civil rights leader", Verb: "said"}},
			reason: "King inside a name is not a title",
		},
		{
			name:   "participle after the main clause",
			in:     []string{`Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”`},
			want:   []Quote{{Text: "He is an amazing man.", Speaker: "Trump", Verb: "telling"}},
			reason: "the participle's subject is the sentence's",
		},
		{
			name:   "headline colon",
			in:     []string{`Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Hurts the Party`},
			want:   []Quote{{Text: "Incredibly Hateful Rhetoric", Speaker: "Graham", Partial: true}},
			reason: "a name alone before a colon",
		},
	})
}

func TestQuotesResolution(t *testing.T) {
	runQuoteCases(t, []qCase{
		{
			name: "pronoun to the nearest named person, not by gender",
			in: []string{
				`Mariam, an 18-year-old high school student, attended the protest with her mother.`,
				`“I am here today to protest,” he told Al Jazeera.`,
			},
			want:   []Quote{{Text: "I am here today to protest", Speaker: "Mariam", Verb: "told", Paragraph: 1}},
			reason: "machine translation got the pronoun's gender wrong",
		},
		{
			name: "pronoun whose nearest name is an organization",
			in: []string{
				`Maria Lopez works for the United Nations.`,
				`“We need help,” she said.`,
			},
			want:   []Quote{{Text: "We need help", Speaker: "Maria Lopez", Verb: "said", Paragraph: 1}},
			reason: "she is a person: the organization does not fit",
		},
		{
			name: "quote-only paragraphs carry the speaker",
			in: []string{
				`“The United States is the reason,” the official Asad al-Hashemi told Al Jazeera.`,
				`“We want to recover our sovereignty.”`,
			},
			want: []Quote{
				{Text: "The United States is the reason", Speaker: "Asad al-Hashemi", Role: "official", Verb: "told"},
				{Text: "We want to recover our sovereignty.", Speaker: "Asad al-Hashemi", Role: "official", Paragraph: 1},
			},
		},
		{
			name: "someone new stops the carry",
			in: []string{
				`“We will stay,” Jane Roe said.`,
				`John Smith, a local farmer, disagreed.`,
				`“We will leave.”`,
			},
			want: []Quote{
				{Text: "We will stay", Speaker: "Jane Roe", Verb: "said"},
				{Text: "We will leave.", Speaker: "John Smith", Paragraph: 2},
			},
			reason: "the newly introduced person is the nearest plausible speaker",
		},
		{
			name: "bare surname to the full name",
			in: []string{
				`“We are fed up,” said protester Ali Adnan.`,
				`“We want a new government,” said Adnan.`,
			},
			want: []Quote{
				{Text: "We are fed up", Speaker: "Ali Adnan", Role: "protester", Verb: "said"},
				{Text: "We want a new government", Speaker: "Ali Adnan", Role: "protester", Verb: "said", Paragraph: 1},
			},
		},
		{
			name: "description to the person it describes",
			in: []string{
				`“Sadr wants to end interference,” said protester Ali Adnan.`,
				`The 23-year-old, originally from Basra, said the movement is “run by young people.”`,
			},
			want: []Quote{
				{Text: "Sadr wants to end interference", Speaker: "Ali Adnan", Role: "protester", Verb: "said"},
				{Text: "run by young people.", Speaker: "Ali Adnan", Role: "protester", Verb: "said", Paragraph: 1, Partial: true},
			},
		},
		{
			name:   "organizations speak",
			in:     []string{`The Interior Ministry issued a statement.`, `“The situation is under control,” the ministry said.`},
			want:   []Quote{{Text: "The situation is under control", Speaker: "Interior Ministry", Verb: "said", Paragraph: 1}},
			reason: "the ministry is the Interior Ministry named before",
		},
		{
			name:   "statement speaks",
			in:     []string{`“The resistance will stop,” the statement said.`},
			want:   []Quote{{Text: "The resistance will stop", Speaker: "the statement", Verb: "said"}},
			reason: "nothing to resolve to: the phrase as written",
		},
		{
			name:   "fullest name from later in the article",
			in:     []string{`“It is over,” Obama said.`, `President Barack Obama left on Friday.`},
			want:   []Quote{{Text: "It is over", Speaker: "Barack Obama", Role: "President", Verb: "said"}},
			reason: "the article names him fully later",
		},
	})
}

// TestQuotesManyMarks checks that a paragraph of a million marks is handled
// in linear time (the test would take minutes otherwise) and yields nothing.
func TestQuotesManyMarks(t *testing.T) {
	for _, mark := range []string{`"`, `“`, `'`, `” “`} {
		p := strings.Repeat(mark, 1_000_000)
		qs := Quotes([]string{p, "After."})
		assert.Empty(t, qs, "a paragraph of %q marks", mark)
	}
	// Marks pairing into 50,000 quotes, each with a clause to read
	// (BenchmarkQuotesDense measures the cost per quote).
	p := strings.Repeat(`"a," he said. `, 50_000)
	qs := Quotes([]string{p})
	assert.Len(t, qs, 50_000)
}
