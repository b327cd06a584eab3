package polnear

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsName(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want bool
	}{
		{"surname", "Trump", true},
		{"organization", "The New York Post", true},
		{"name after a description", "Clinton’s top aide Jake Sullivan", true},
		{"appositive", "Bush, Florida’s former governor,", true},
		{"party tag", "Sen. Bernie Sanders (I-Vt.)", true},
		{"pronoun", "he", false},
		{"capitalized pronoun", "She", false},
		{"indefinite", "a source", false},
		{"description with adjectives", "the Democratic presidential candidate", false},
		{"plural", "officials", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, IsName(tc.in), "IsName(%q)", tc.in)
		})
	}
}

func TestSameSpeaker(t *testing.T) {
	cases := []struct {
		name      string
		gold, got string
		want      bool
	}{
		{"surname in full name", "Trump", "Donald Trump", true},
		{"full name in description", "Clinton’s aide Jake Sullivan", "Jake Sullivan", true},
		{"particle", "al-Sadr", "Muqtada al-Sadr", true},
		{"possessive", "Romney’s", "Mitt Romney", true},
		{"different people", "Trump", "Hillary Clinton", false},
		{"nothing predicted", "Trump", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, SameSpeaker(tc.gold, tc.got), "SameSpeaker(%q, %q)", tc.gold, tc.got)
		})
	}
}

func TestGoldAndParagraphs(t *testing.T) {
	text := []rune("Title here.\n\n“We will win,” Jane Roe said. She added: “Soon.”\n\n“Part one.\n\n“Part two,” he said.")
	d := &Document{Name: "fixture", Text: text}
	paras := Paragraphs(text)
	assert.Len(t, paras, 4)
	// Content spans: one whole quote with its marks, one inside the marks.
	idx := func(s string) int { return indexRunes(text, []rune(s)) }
	we := idx("“We will win,”")
	soon := idx("Soon.")
	d.Attributions = []Attribution{
		{Source: []Span{{idx("Jane Roe"), idx("Jane Roe") + 8}}, Content: []Span{{we, we + len([]rune("“We will win,”"))}}},
		{Source: []Span{{idx("She"), idx("She") + 3}}, Content: []Span{{soon, soon + 4}}},
	}
	gold := Gold(d)
	if assert.Len(t, gold, 2) {
		assert.Equal(t, "We will win,", gold[0].Text)
		assert.Equal(t, "Jane Roe", gold[0].Source)
		assert.Equal(t, "Soon.", gold[1].Text)
	}
}

// indexRunes finds sub in s, in code points.
func indexRunes(s, sub []rune) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if string(s[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}
