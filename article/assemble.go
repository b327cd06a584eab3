package article

import (
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/clean"
	"github.com/copydesk/copydesk/normalize"
)

// maxTailLines bounds how many byline and contributor paragraphs are
// looked for at each end of the body.
const maxTailLines = 4

// assemble is the pipeline shared by text and HTML input. It cleans each
// block, takes bylines and contributor lines off both ends, the dateline
// off the first paragraph, sorts headings and captions out of the body,
// and finds the quotes. It fills a and returns ErrNoText when no body
// paragraph is left.
func (p *Parser) assemble(a *Article, blocks []block) error {
	blocks = cleanBlocks(a, blocks)
	blocks = takeBylines(a, blocks)

	body := make([]string, 0, len(blocks)) // most blocks are body paragraphs
	datelineSeen := false
	for i, b := range blocks {
		text := b.text
		switch b.kind {
		case headingBlock:
			a.Subheadings = append(a.Subheadings, normalize.Subheading{Text: text, Paragraph: len(body)})
			continue
		case captionBlock:
			c := normalize.Caption{Text: text, Credit: b.credit, Paragraph: len(body)}
			if c.Credit == "" {
				if caption, credit, ok := normalize.CutCredit(text); ok {
					c.Text, c.Credit = caption, credit
				}
			}
			a.Captions = append(a.Captions, c)
			continue
		}
		if caption, credit, ok := normalize.CutCredit(text); ok && caption != "" {
			a.Captions = append(a.Captions, normalize.Caption{Text: caption, Credit: credit, Paragraph: len(body)})
			continue
		}
		if b.kind == textBlock && len(body) > 0 && i+1 < len(blocks) && normalize.IsSubheading(text) {
			a.Subheadings = append(a.Subheadings, normalize.Subheading{Text: text, Paragraph: len(body)})
			continue
		}
		if !datelineSeen && isBodyText(b) {
			datelineSeen = true
			if d, rest, ok := normalize.CutDateline(text); ok {
				a.Dateline = &d
				if text = rest; text == "" {
					continue
				}
			}
		}
		body = append(body, text)
	}
	if len(body) == 0 {
		return ErrNoText
	}
	a.Paragraphs = body
	if !p.NoQuotes {
		a.Quotes = normalize.Quotes(body)
	}
	if a.Publisher == "" {
		a.Publisher = sharedOrganization(a.Authors)
	}
	return nil
}

// cleanBlocks cleans the text of each block taken out of markup, logs the
// repairs with offset -1 (the text no longer stands as such in the page),
// and drops the blocks left empty or holding only a section rule. Blocks
// of a text dump are not cleaned again: the whole dump was, so that its
// repairs have exact offsets.
func cleanBlocks(a *Article, blocks []block) []block {
	kept := blocks[:0]
	for _, b := range blocks {
		text := b.text
		if b.kind != textBlock {
			var repairs []clean.Repair
			text, repairs = clean.TextRepairs(b.text)
			for _, r := range repairs {
				r.Offset = -1
				a.Repairs = append(a.Repairs, r)
			}
		}
		if text == "" || isSeparator(text) {
			continue
		}
		b.text = text
		kept = append(kept, b)
	}
	return kept
}

// takeBylines takes byline and contributor paragraphs off both ends of
// the blocks: a leading "By ..." line, and the trailing byline and
// contributor lines of wire copy.
func takeBylines(a *Article, blocks []block) []block {
	for n := 0; n < maxTailLines && len(blocks) > 1 && isBodyText(blocks[0]); n++ {
		authors, ok := normalize.Byline(blocks[0].text)
		if !ok {
			break
		}
		a.Authors = appendAuthors(a.Authors, authors)
		blocks = blocks[1:]
	}
	for n := 0; n < maxTailLines && len(blocks) > 1; n++ {
		last := blocks[len(blocks)-1]
		if !isBodyText(last) {
			break
		}
		if authors, ok := normalize.Byline(last.text); ok {
			a.Authors = appendAuthors(authors, a.Authors)
		} else if cs, ok := normalize.Contributors(last.text); ok {
			a.Contributors = append(cs, a.Contributors...)
		} else {
			break
		}
		blocks = blocks[:len(blocks)-1]
	}
	return blocks
}

func isBodyText(b block) bool { return b.kind == textBlock || b.kind == paragraphBlock }

// appendAuthors appends the authors of more not already in list,
// comparing names without regard to case.
func appendAuthors(list, more []normalize.Author) []normalize.Author {
outer:
	for _, m := range more {
		for _, l := range list {
			if strings.EqualFold(l.Name, m.Name) {
				continue outer
			}
		}
		list = append(list, m)
	}
	return list
}

// sharedOrganization returns the organization all authors share, if any.
func sharedOrganization(authors []normalize.Author) string {
	if len(authors) == 0 {
		return ""
	}
	org := authors[0].Organization
	for _, au := range authors[1:] {
		if au.Organization != org {
			return ""
		}
	}
	return org
}

// isSeparator reports whether text is a rule between sections ("___",
// "* * *"): it has no letter or digit, so no text is lost with it.
func isSeparator(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
