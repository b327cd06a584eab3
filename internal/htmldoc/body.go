package htmldoc

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Body search parameters.
const (
	minUnitText    = 20   // bytes of text a block needs to count towards its container
	maxUnitLinks   = 0.5  // a block with more of its text in links does not count
	descendShare   = 0.7  // descend into a child holding at least this share of the text
	minBodyText    = 200  // bytes of counted text below which a page has no article
	articleBodyMin = 0.35 // itemprop=articleBody wins when it holds this share of the page's text
)

// bodyBlocks finds the article container and returns its blocks, or nil when
// the page holds no article text.
func (s *scan) bodyBlocks() []Block {
	roots := s.container()
	if roots == nil {
		return nil
	}
	var e extractor
	for _, r := range roots {
		e.children(r)
	}
	e.flush()
	return e.blocks
}

// container returns the elements that hold the article body, in order.
func (s *scan) container() []*html.Node {
	if s.body == nil {
		return nil
	}
	score := make(map[*html.Node]int, len(s.units))
	for _, u := range s.units {
		if u.text < minUnitText || float64(u.link) > maxUnitLinks*float64(u.text) {
			continue
		}
		w := u.text - u.link
		switch u.node.DataAtom {
		case atom.Li, atom.Td, atom.Th, atom.Dd:
			w /= 2
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			w = 0
		}
		for a := u.node; a != nil; a = a.Parent {
			score[a] += w
		}
	}
	total := score[s.body]
	if total < minBodyText {
		return nil
	}
	if ab := s.articleBody; ab != nil && float64(score[ab]) >= articleBodyMin*float64(total) {
		return []*html.Node{ab}
	}
	cur := s.body
	for {
		var best *html.Node
		for c := cur.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !leafBlocks[c.DataAtom] && (best == nil || score[c] > score[best]) {
				best = c
			}
		}
		if best == nil || float64(score[best]) < descendShare*float64(score[cur]) {
			break
		}
		cur = best
	}
	return []*html.Node{cur}
}
