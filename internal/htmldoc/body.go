package htmldoc

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Body search parameters.
const (
	minUnitText    = 20   // bytes of text a block needs to count towards its container
	maxUnitLinks   = 0.5  // a block with more of its text in links does not count
	descendShare   = 0.7  // descend into a child holding at least this share of the text
	minBodyText    = 100  // bytes of counted text below which a page has no article
	articleBodyMin = 0.35 // itemprop=articleBody wins when it holds this share of the page's text

	// maxFurnitureShare is the share of the page's text above which an
	// element that looks like furniture is taken for a wrapper instead.
	maxFurnitureShare = 0.4

	// minMediaText is the paragraph text (bytes) above which an element
	// named only as a player is taken for story text around one.
	minMediaText = 500
)

// bodyBlocks finds the article container and returns its blocks, or nil when
// the page holds no article text.
func (s *scan) bodyBlocks() []Block {
	roots := s.container()
	if roots == nil {
		return nil
	}
	e := extractor{furniture: s.furniture}
	for _, r := range roots {
		e.children(r)
	}
	e.flush()
	if e.isIndex() {
		return nil
	}
	return s.withDek(trimTail(s.withRichText(e.blocks)), roots)
}

// container returns the elements that hold the article body, in order.
func (s *scan) container() []*html.Node {
	if s.body == nil {
		return nil
	}
	// Score every element by the text of the blocks below it, first
	// counting furniture too: an element that looks like furniture but
	// holds much of the page's text is a wrapper ("has-sidebar",
	// "layout-with-rail"), not furniture.
	raw := make(map[*html.Node]int, len(s.units))
	for _, u := range s.units {
		if w := unitWeight(u); w > 0 {
			for a := u.node; a != nil; a = a.Parent {
				raw[a] += w
			}
		}
	}
	s.keepWrappers(raw)
	score := make(map[*html.Node]int, len(raw))
	for _, u := range s.units {
		w := unitWeight(u)
		if w == 0 || u.furnished && s.inFurniture(u.node) {
			continue
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
	roots := []*html.Node{cur}
	if hint := s.hinted(score, total, cur); hint != nil {
		roots = hint
	}
	return s.firstStory(s.leadSiblings(s.leadChunks(roots, score), score), score)
}

// leadSiblings returns roots preceded by the lede that the layout sets
// apart just before a single container, in the same parent: <p> siblings,
// and sibling elements whose paragraphs have the class of the container's
// own paragraphs ("div.lead > p.paragraph" before "div.body >
// p.paragraph"). It stops at the headline, at a sibling that is neither,
// and skips furniture and elements without text.
func (s *scan) leadSiblings(roots []*html.Node, score map[*html.Node]int) []*html.Node {
	if len(roots) != 1 {
		return roots
	}
	c := roots[0]
	class, ok := paragraphClass(c)
	var lead []*html.Node
	for p := c.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type != html.ElementNode || score[p] == 0 || s.furniture[p] {
			continue
		}
		if len(s.h1) > 0 && isAncestor(p, s.h1[0]) {
			break
		}
		if p.DataAtom == atom.P {
			lead = append(lead, p)
			continue
		}
		if pc, pok := paragraphClass(p); ok && pok && pc == class {
			lead = append(lead, p)
			continue
		}
		break
	}
	if len(lead) == 0 {
		return roots
	}
	slices.Reverse(lead)
	return append(lead, c)
}

// paragraphClass returns the class of the first <p> below n that has one.
func paragraphClass(n *html.Node) (string, bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.P {
			if v := attr(c, "class"); strings.TrimSpace(v) != "" {
				return v, true
			}
			continue
		}
		if v, ok := paragraphClass(c); ok {
			return v, true
		}
	}
	return "", false
}

// leadChunks returns roots preceded by the body hints of the same class
// that come before them but not before the headline: the first chunk of
// a body that the layout puts in another column ("story-text" beside the
// lead image, then "story-text" for the rest). Roots that are not a body
// hint come back unchanged.
func (s *scan) leadChunks(roots []*html.Node, score map[*html.Node]int) []*html.Node {
	first := -1
	for i, h := range s.bodyHints {
		if h == roots[0] {
			first = i
			break
		}
	}
	if first <= 0 {
		return roots
	}
	key := attr(roots[0], "class") + "#" + attr(roots[0], "id")
	var lead []*html.Node
	for i, h := range s.bodyHints[:first] {
		if score[h] == 0 || attr(h, "class")+"#"+attr(h, "id") != key || s.inFurniture(h) || isAncestor(h, roots[0]) {
			continue
		}
		if s.firstHintAfterH1 < 0 || i < s.firstHintAfterH1 && !isAncestor(h, s.h1[0]) {
			continue // before the headline: another story, a teaser
		}
		if len(lead) > 0 && isAncestor(lead[len(lead)-1], h) {
			continue
		}
		lead = append(lead, h)
	}
	if len(lead) == 0 {
		return roots
	}
	return append(lead, roots...)
}

// minHintShare is the share of the page's text a body-hint group needs.
// A body hint inside the container replaces it when it holds minHintOfCur
// of its text; a hint around the container replaces it when the container
// holds less than hintGrowth of the hint's text.
const minHintShare, minHintOfCur, hintGrowth = 0.25, 0.4, 0.85

// hinted returns the body-hint elements (one, or sibling chunks sharing
// a class) to use instead of cur, or nil.
func (s *scan) hinted(score map[*html.Node]int, total int, cur *html.Node) []*html.Node {
	type group struct {
		parent *html.Node
		class  string
	}
	sums := map[group]int{}
	var best group
	for _, h := range s.bodyHints {
		if score[h] == 0 || s.inFurniture(h) {
			continue
		}
		g := group{h.Parent, attr(h, "class") + "#" + attr(h, "id")}
		sums[g] += score[h]
		if sums[g] > sums[best] {
			best = g
		}
	}
	if float64(sums[best]) < minHintShare*float64(total) {
		return nil
	}
	var members []*html.Node
	for _, h := range s.bodyHints {
		if score[h] > 0 && h.Parent == best.parent && attr(h, "class")+"#"+attr(h, "id") == best.class && !s.inFurniture(h) {
			members = append(members, h)
		}
	}
	for _, m := range members {
		if isAncestor(m, cur) {
			// cur is a part of the hinted body: take the whole when cur
			// misses much of its text.
			if float64(score[cur]) < hintGrowth*float64(sums[best]) {
				return members
			}
			return nil
		}
	}
	for _, m := range members {
		if !isAncestor(cur, m) {
			return nil // elsewhere on the page
		}
	}
	if float64(sums[best]) >= minHintOfCur*float64(score[cur]) {
		return members
	}
	return nil
}

// isAncestor reports whether a is n or an ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// unitWeight is how much a block's text counts towards its containers.
// List items, and blocks inside them (teaser cards: "ul > li > p"),
// count half; headings not at all.
func unitWeight(u unit) int {
	if u.text < minUnitText || float64(u.link) > maxUnitLinks*float64(u.text) {
		return 0
	}
	w := u.text - u.link
	switch u.node.DataAtom {
	case atom.Li, atom.Dd:
		w /= 2
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w = 0
	default:
		if u.listed {
			w /= 2
		}
	}
	return w
}

// inFurniture reports whether n or an ancestor is page furniture.
func (s *scan) inFurniture(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if s.furniture[n] {
			return true
		}
	}
	return false
}

// A furnitureGroup is the furniture elements of one parent that share a
// class: the chunks of a body split for a paywall or between ads.
type furnitureGroup struct {
	parent *html.Node
	class  string
}

// groupOf returns the group of a classed furniture element.
func groupOf(n *html.Node) (furnitureGroup, bool) {
	c := attr(n, "class")
	return furnitureGroup{n.Parent, c}, c != "" && !chromeTags[n.DataAtom]
}

// canWrap reports whether furniture element n may be a wrapper of the
// article: not a chrome tag (nav, aside, header, footer, form), not an
// element whose id is a furniture word alone (id="sidebar": a sidebar,
// where "page has-sidebar" is a page), and not a dialog (role=dialog, or
// a cookie, consent or modal class) unless it holds the headline (a
// page-wide class list such as "caas enableVideoOverlay" is no dialog).
func (s *scan) canWrap(n *html.Node) bool {
	if chromeTags[n.DataAtom] || boilerWords[lower(attr(n, "id"))] {
		return false
	}
	dialog := classOf(n)&dialogClass != 0
	switch lower(attr(n, "role")) {
	case "dialog", "alertdialog":
		dialog = true
	}
	return !dialog || len(s.h1) > 0 && isAncestor(n, s.h1[0])
}

// keepWrappers takes out of s.furniture the elements, and groups of
// sibling elements with the same class, that hold at least
// maxFurnitureShare of the page's text, when they can wrap it (canWrap).
func (s *scan) keepWrappers(raw map[*html.Node]int) {
	limit := maxFurnitureShare * float64(raw[s.body])
	groups := map[furnitureGroup]int{}
	for n := range s.furniture {
		if g, ok := groupOf(n); ok {
			groups[g] += raw[n]
		}
	}
	for n := range s.furniture {
		if !s.canWrap(n) {
			continue
		}
		if f := classOf(n); f&furnitureClass == 0 && f&mediaClass != 0 && raw[n] >= minMediaText {
			delete(s.furniture, n) // a story told around a player
			continue
		}
		g, ok := groupOf(n)
		if float64(raw[n]) >= limit || ok && float64(groups[g]) >= limit {
			delete(s.furniture, n)
		}
	}
}
