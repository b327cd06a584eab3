package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/clean"
	"github.com/copydesk/copydesk/normalize"
	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/internal/golden"
)

// TestRenderText checks the text view of an article with every field set
// against testdata/render.golden (rewrite it with -update).
func TestRenderText(t *testing.T) {
	a := &article.Article{
		Title:         "Harbour pilots strike in Lisbon",
		DatePublished: normalize.Date{Time: time.Date(2021, 3, 5, 0, 0, 0, 0, time.UTC)},
		Dateline:      &normalize.Dateline{Text: "LISBON, March 5 (Reuters) -", City: "LISBON", Agency: "Reuters", Date: "March 5"},
		Authors:       []normalize.Author{{Name: "Ana Ferreira", Organization: "Reuters"}, {Name: "Tom Hale"}},
		Contributors:  []normalize.Contributor{{Name: "Jonas Berg", Role: "reporting", Location: "Oslo, Norway", Organization: "Reuters"}},
		Publisher:     "Reuters",
		Paragraphs: []string{
			"Harbour pilots in Lisbon walked off the job on Friday over a pay dispute, leaving a dozen container ships waiting at anchor off the mouth of the Tagus.",
			`"We have waited four years for this agreement," said Marta Quintela, a spokeswoman for the pilots' union.`,
			"Shipping agents said the backlog could take a week to clear.",
		},
		Subheadings: []normalize.Subheading{{Text: "Waiting ships", Paragraph: 2}},
		Captions:    []normalize.Caption{{Text: "Ships at anchor off Lisbon on Friday.", Credit: "Ana Ferreira / Reuters", Paragraph: 1}},
		Quotes: []normalize.Quote{
			{Text: "We have waited four years for this agreement,", Speaker: "Marta Quintela", Role: "spokeswoman", Verb: "said", Paragraph: 1},
			{Text: "a week", Paragraph: 2, Partial: true},
		},
		Repairs: []clean.Repair{
			{Kind: clean.Invisible, Offset: 120, Before: "\u00a0\u200b", After: " "},
			{Kind: clean.BrokenEntity, Offset: 300, Before: "& # 39;", After: "'"},
		},
	}
	got := renderText(source{Path: "testdata/wire-story.txt"}, a)
	golden.Check(t, filepath.Join("testdata", "render.golden"), string(got))
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name, lead, in, want string
	}{
		{"short", "  1. ", "a short line", "  1. a short line\n"},
		{"folds under the text", "  1. ", "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq",
			"  1. aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo\n     pppp qqqq\n"},
		{"a word longer than the line stays whole", "> ", "x" + strings.Repeat("y", 100),
			"> x" + strings.Repeat("y", 100) + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			wrap(&b, tc.lead, tc.in)
			assert.Equal(t, tc.want, b.String(), "wrap(%q, %q)", tc.lead, tc.in)
		})
	}
}
