package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
func (p *Parser) assemble(a *Article, bs blocks) error {
	cleanBlocks(a, &bs)
	takeBylines(a, &bs)

	// The body is written over the blocks' own text, which it never
	// overtakes: a body paragraph comes from a block at or after it.
	body := bs.text[:0]
	datelineSeen := false
	for i, text := range bs.text {
		switch bs.kindOf(i) {
		case headingBlock:
			a.Subheadings = append(a.Subheadings, normalize.Subheading{Text: text, Paragraph: len(body)})
			continue
		case captionBlock:
			c := normalize.Caption{Text: text, Credit: bs.creditOf(i), Paragraph: len(body)}
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
		if bs.kindOf(i) == textBlock && len(body) > 0 && i+1 < bs.len() && normalize.IsSubheading(text) {
			a.Subheadings = append(a.Subheadings, normalize.Subheading{Text: text, Paragraph: len(body)})
			continue
		}
		if !datelineSeen && bs.isBodyText(i) {
			datelineSeen = true
			if d, rest, ok := normalize.CutDateline(text); ok {
				a.Dateline = &d
				if text = rest; text == "" {
					continue
				}
			}
		}
		n := len(body)
		body = body[:n+1]
		if n != i || !sameString(body[n], text) {
			body[n] = text
		}
	}
	if len(body) == 0 {
		return ErrNoText
	}
	a.Paragraphs = body[:len(body):len(body)]
	if !p.NoQuotes {
		a.Quotes = normalize.Quotes(a.Paragraphs)
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
func cleanBlocks(a *Article, bs *blocks) {
	kept := 0
	for i, text := range bs.text {
		if bs.kindOf(i) != textBlock {
			var repairs []clean.Repair
			text, repairs = clean.TextRepairs(text)
			for _, r := range repairs {
				r.Offset = -1
				a.Repairs = append(a.Repairs, r)
			}
		}
		if text == "" || isSeparator(text) {
			continue
		}
		bs.move(kept, i, text)
		kept++
	}
	bs.slice(0, kept)
}

// takeBylines takes byline and contributor paragraphs off both ends of
// the blocks: a leading "By ..." line, and the trailing byline and
// contributor lines of wire copy.
func takeBylines(a *Article, bs *blocks) {
	for n := 0; n < maxTailLines && bs.len() > 1 && bs.isBodyText(0); n++ {
		authors, ok := normalize.Byline(bs.text[0])
		if !ok {
			break
		}
		a.Authors = appendAuthors(a.Authors, authors)
		bs.slice(1, bs.len())
	}
	for n := 0; n < maxTailLines && bs.len() > 1; n++ {
		last := bs.len() - 1
		if !bs.isBodyText(last) {
			break
		}
		if authors, ok := normalize.Byline(bs.text[last]); ok {
			a.Authors = appendAuthors(authors, a.Authors)
		} else if cs, ok := normalize.Contributors(bs.text[last]); ok {
			a.Contributors = append(cs, a.Contributors...)
		} else {
			break
		}
		bs.slice(0, last)
	}
}

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

// isSeparator reports whether text, not empty, is a rule between
// sections ("___", "* * *"): it has no letter or digit, so no text is
// lost with it. An ASCII letter or digit opens most paragraphs: that is
// told without decoding, and without a call where this is inlined.
func isSeparator(text string) bool { return !asciiAlnum[text[0]] && noLetterOrDigit(text) }

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

// noLetterOrDigit reports whether text has no letter and no digit.
func noLetterOrDigit(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
