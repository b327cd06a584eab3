package normalize

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuotesSamples checks every quote of the two sample articles (their
// cleaned body paragraphs, as article.Parse hands them over) against the
// cases the foundation issue lists.
func TestQuotesSamples(t *testing.T) {
	type want struct {
		paragraph int
		prefix    string // start of the quote's text
		speaker   string
		verb      string
		partial   bool
		reason    string
	}
	cases := []struct {
		file   string
		quotes []want
	}{
		{"aljazeera-baghdad-rally.txt", []want{
			{5, "Today's protest is a referendum", "Asad al-Hashemi", "told", false, "Al Jazeera is the listener"},
			{6, "The United States is the reason", "Asad al-Hashemi", "", false, "quote-only paragraph carries the speaker"},
			{7, "acting against it on our land", "Asad al-Hashemi", "said", true, "He said ... \"partial\""},
			{8, "We want to recover our sovereignty", "Asad al-Hashemi", "", false, "quote-only paragraph"},
			{11, "unacceptable", "Mohammed Jasim al-Kinani", "called", true, "appositives skipped"},
			{12, "People should take the vote", "Mohammed Jasim al-Kinani", "said", false, "he: the nearest person"},
			{15, "I am here today to protest", "Mariam", "told", false, "he resolves to Mariam, not by gender"},
			{15, "We want to free our country", "Mariam", "told", false, "second quote of the paragraph"},
			{19, "This is the first time I protest", "Thabet al-Yasiri", "said", false, "he after an introduction"},
			{19, "First we have to get rid", "Thabet al-Yasiri", "said", false, "second quote of the paragraph"},
			{23, "Sadr's current wants", "Ali Adnan", "said", false, "said protester Ali Adnan"},
			{24, "run by young people", "Ali Adnan", "said", true, "the 23-year-old"},
			{25, "We want a democratic", "Ali Adnan", "said", false, "said Adnan: the full name"},
			{27, "Today's protest in Jadriya", "Hussein Karbalai", "told", false, "title Sheikh kept apart"},
			{28, "We believe that the United States", "Hussein Karbalai", "", false, "quote-only paragraph"},
		}},
		{"ap-baghdad-rally.txt", []want{
			{1, "million man", "Al-Sadr", "", true, "scare quotes: the sentence's subject is the nearest plausible speaker"},
			{5, "the resistance will stop", "al-Sadr", "said", false, "not the statement: the tail names al-Sadr"},
			{8, "again proved", "Farhad Alaadin", "tweeted", true, "tweeted X, head of ..."},
			{10, "The American troops must leave", "Amer Saad", "said", false, "said an 18-year-old protester, Amer Saad"},
			{10, "I am ready to fight", "Amer Saad", "said", false, "next quote of the paragraph"},
			{12, "I am not against the demonstrations", "Yahya Mohammed", "said", false, "said one of the ... protesters, Yahya Mohammed"},
			{13, "countdown", "Ali Shamkhani", "said", true, "appositive secretary"},
			{13, "It indicated", "Ali Shamkhani", "said", false, "he"},
			{14, "stood before Iranians", "Mohammad Hassan Abutorabifard", "told", true, "worshipers are the listener"},
			{15, "The legitimacy of the puppet", "Mohammad Hassan Abutorabifard", "said", false, "he in the next paragraph"},
		}},
	}
	for _, tc := range cases {
		t.Run(strings.TrimSuffix(tc.file, ".txt"), func(t *testing.T) {
			got := Quotes(qReadParagraphs(t, filepath.Join("testdata", "quotes", tc.file)))
			require.Len(t, got, len(tc.quotes), "quotes found")
			for i, w := range tc.quotes {
				q := got[i]
				assert.Equal(t, w.paragraph, q.Paragraph, "quote %d paragraph", i)
				assert.True(t, strings.HasPrefix(q.Text, w.prefix), "quote %d text %q, want prefix %q", i, q.Text, w.prefix)
				assert.Equal(t, w.speaker, q.Speaker, "quote %d %q speaker: %s", i, w.prefix, w.reason)
				assert.Equal(t, w.verb, q.Verb, "quote %d %q verb", i, w.prefix)
				assert.Equal(t, w.partial, q.Partial, "quote %d %q partial", i, w.prefix)
			}
		})
	}
}
