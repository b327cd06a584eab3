package htmldoc

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/normalize"
)

// The length range, in bytes, of a standfirst's text.
const minDekText, maxDekText = 20, 400

// withDek returns blocks opened by the page's standfirst, the sentence
// under the headline that sums up the story ("dek", "standfirst",
// "subtitle" classes), when it lies outside and before the container
// roots, is not mostly links, and is not already among the blocks. A body
// whose first paragraph opens with a dateline is left alone, so that the
// dateline stays first.
func (s *scan) withDek(blocks []Block, roots []*html.Node) []Block {
	n := s.dek
	if n == nil || len(blocks) == 0 {
		return blocks
	}
	for _, r := range roots {
		if isAncestor(r, n) || isAncestor(n, r) {
			return blocks
		}
	}
	if !s.before(n, s.dekUnit, roots[0]) {
		return blocks
	}
	text := collapse(textOf(n))
	if len(text) < minDekText || len(text) > maxDekText || linkShare(n) > maxBlockLinks {
		return blocks
	}
	for _, b := range blocks {
		if strings.Contains(b.Text, text) {
			return blocks
		}
	}
	if blocks[0].Kind == Paragraph {
		if _, _, ok := normalize.CutDateline(blocks[0].Text); ok {
			return blocks
		}
	}
	return append([]Block{{Kind: Paragraph, Text: text}}, blocks...)
}

// before reports whether the element seen when s.units had length at
// comes before root in document order.
func (s *scan) before(n *html.Node, at int, root *html.Node) bool {
	for i, u := range s.units {
		if u.node == root {
			return at <= i
		}
	}
	return false
}

// linkShare returns the share of n's text inside links.
func linkShare(n *html.Node) float64 {
	total, link := 0, 0
	var walk func(*html.Node, bool)
	walk = func(c *html.Node, in bool) {
		if c.Type == html.TextNode {
			k := countText(c.Data)
			total += k
			if in {
				link += k
			}
			return
		}
		in = in || c.DataAtom.String() == "a"
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			walk(d, in)
		}
	}
	walk(n, false)
	if total == 0 {
		return 0
	}
	return float64(link) / float64(total)
}
