package article

import (
	"github.com/copydesk/copydesk/clean"
	"github.com/copydesk/copydesk/normalize"
)

// An Article is the clean, structured record of one news story.
//
// Paragraphs holds the body only: the date header, dateline, byline,
// contributor lines, captions and subheadings are taken out into their own
// fields. Subheadings, Captions and Quotes refer to body paragraphs by
// index.
type Article struct {
	Title         string                  `json:"title,omitempty"`
	DatePublished normalize.Date          `json:"date_published,omitzero"`
	Dateline      *normalize.Dateline     `json:"dateline,omitempty"`
	Authors       []normalize.Author      `json:"authors,omitempty"`
	Contributors  []normalize.Contributor `json:"contributors,omitempty"`
	Publisher     string                  `json:"publisher,omitempty"`
	Paragraphs    []string                `json:"paragraphs"`
	Subheadings   []normalize.Subheading  `json:"subheadings,omitempty"`
	Captions      []normalize.Caption     `json:"captions,omitempty"`
	Quotes        []normalize.Quote       `json:"quotes,omitempty"`
	Repairs       []clean.Repair          `json:"repairs,omitempty"`
}
