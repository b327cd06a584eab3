package htmldoc

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxCreditText is the longest text of a credit-class element outside a
// caption that is dropped as a photo credit.
const maxCreditText = 150

// maxBlockLinks is the share of a block's text in links above which the
// block is taken for a link list ("Read more: ...", related headlines).
const maxBlockLinks = 0.6

// An extractor turns the container's subtree into blocks, in order.
type extractor struct {
	furniture map[*html.Node]bool // elements to leave out (see scan.furniture)
	blocks    []Block
	buf       textBuilder
	credit    textBuilder
	link      int // bytes of buf written inside links
	links     int // depth of open <a>
	kind      BlockKind
	inCred    int // depth of open credit elements inside a caption

	linkedHeadings int // headings dropped for being links: teaser headlines
}

func (e *extractor) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		e.node(c)
	}
}

func (e *extractor) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if e.inCred > 0 {
			e.credit.writeString(n.Data)
			return
		}
		before := e.buf.Len()
		e.buf.writeString(n.Data)
		if e.links > 0 {
			e.link += e.buf.Len() - before
		}
		return
	case html.ElementNode:
	default:
		return
	}
	a := n.DataAtom
	if skipTags[a] || e.furniture[n] && !(e.kind == Caption && classOf(n)&creditClass != 0) {
		return
	}
	if len(n.Attr) > 0 && classOf(n)&creditClass != 0 {
		if e.kind != Caption {
			if len(textOf(n)) <= maxCreditText {
				return // a photo credit left beside its image
			}
		} else {
			e.inCred++
			e.credit.breakWord()
			e.children(n)
			e.inCred--
			return
		}
	}
	switch {
	case a == atom.Br:
		e.buf.breakWord()
		if n.NextSibling != nil && n.NextSibling.DataAtom == atom.Br {
			e.flush()
		}
		return
	case a == atom.A:
		e.links++
		e.children(n)
		e.links--
		return
	case inlineTags[a] && !(e.kind != Caption && len(n.Attr) > 0 && classOf(n)&captionClass != 0):
		e.children(n)
		return
	case a == atom.Figure:
		e.flush()
		e.figure(n)
		return
	case a == atom.Table && isDataTable(n):
		e.flush()
		return
	}
	kind := e.kind
	switch {
	case a == atom.Figcaption || classOf(n)&captionClass != 0:
		kind = Caption
	case a == atom.H2 || a == atom.H3 || a == atom.H4 || a == atom.H5 || a == atom.H6:
		kind = Heading
	case a == atom.Blockquote:
		kind = Blockquote
	case a == atom.Li:
		if kind == Paragraph {
			kind = ListItem
		}
	}
	e.flush()
	saved, savedCred := e.kind, e.inCred
	e.kind = kind
	if kind != Caption {
		// A heading or a quote inside a caption's credit (markup left
		// open) is a block of its own, and its text is not credit.
		e.inCred = 0
	}
	e.children(n)
	e.flush()
	e.kind, e.inCred = saved, savedCred
}

// figure keeps a figure's caption and credit and drops the rest.
func (e *extractor) figure(n *html.Node) {
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Figcaption || classOf(c)&captionClass != 0 {
				e.node(c)
				continue
			}
			if !skipTags[c.DataAtom] {
				walk(c.FirstChild)
			}
		}
	}
	saved := e.kind
	e.kind = Caption
	walk(n.FirstChild)
	e.flush()
	e.kind = saved
}

// flush ends the block being written.
func (e *extractor) flush() {
	text := e.buf.String()
	link := e.link
	credit := e.credit.String()
	e.buf.reset()
	e.credit.reset()
	e.link = 0
	if text == "" {
		return // a credit without a caption is no body text
	}
	if float64(link) > maxBlockLinks*float64(len(text)) && e.kind != Caption {
		if e.kind == Heading {
			e.linkedHeadings++ // a teaser's headline
		}
		return
	}
	b := Block{Kind: e.kind, Text: text}
	if e.kind == Caption {
		b.Credit = strings.TrimSpace(credit)
		for _, prev := range e.blocks {
			if prev.Kind == Caption && (strings.HasPrefix(prev.Text, b.Text) || strings.HasPrefix(b.Text, prev.Text)) {
				return // the same caption again, for another screen size
			}
		}
	}
	e.blocks = append(e.blocks, b)
}

// A data table (many short cells: prices, scores, pros and cons) is not
// prose: its cells would make a run of one-word paragraphs. Tables used
// for layout hold long cells and are read as text.
const minDataCells, maxDataCellText = 4, 60

// isDataTable reports whether the table n holds at least minDataCells
// cells of maxDataCellText bytes of text or less on average.
func isDataTable(n *html.Node) bool {
	cells, text := 0, 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Td || c.DataAtom == atom.Th:
				cells++
				text += len(textOf(c))
			case c.DataAtom != atom.Table:
				walk(c)
			}
		}
	}
	walk(n)
	return cells >= minDataCells && text <= maxDataCellText*cells
}

// An index page (a section front, a search result) is a run of teasers:
// a linked headline and a one-sentence summary each. Its container holds
// at least minTeasers linked headings, no more than two paragraphs per
// linked heading, and paragraphs shorter than maxTeaserText on average.
const minTeasers, maxTeaserText = 3, 200

// isIndex reports whether the extracted blocks are the teasers of an
// index page rather than an article.
func (e *extractor) isIndex() bool {
	if e.linkedHeadings < minTeasers {
		return false
	}
	paras, text := 0, 0
	for _, b := range e.blocks {
		if b.Kind == Paragraph {
			paras++
			text += len(b.Text)
		}
	}
	return paras <= 2*e.linkedHeadings && text <= maxTeaserText*max(paras, 1)
}
