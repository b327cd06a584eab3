package htmldoc

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A scan is what one walk over the parsed tree collects: the metadata
// sources and, for the body search, the text of each block element.
type scan struct {
	body   *html.Node
	title  string            // <title>
	meta   map[string]string // first content per meta name, property or itemprop
	jsonLD []string          // raw application/ld+json scripts
	h1     []*html.Node
	times  []*html.Node // <time datetime>, in document order

	firstTimeAfterH1 int          // index in times of the first one after the first <h1>, or -1
	firstLinkAfterH1 int          // index in authorLinks of the first one after the first <h1>, or -1
	firstHintAfterH1 int          // index in bodyHints of the first one after the first <h1>, or -1
	pubTimes         []*html.Node // <time pubdate> or itemprop=datePublished
	itemAuthors      []*html.Node // itemprop=author
	itemHead         string       // itemprop=headline
	bylines          []*html.Node // byline-class elements
	authorLinks      []*html.Node // rel=author links and links to author pages
	bylineList       bool         // the visible byline lists people ("A and B")
	dateTexts        []*html.Node // date-class elements, for their text
	articleBody      *html.Node   // first itemprop=articleBody
	bodyHints        []*html.Node // elements whose class names an article body ("article-body")
	canonical        string       // og:url or <link rel=canonical>
	ldBody           string       // JSON-LD articleBody, set by resolveMetadata
	scripts          []*html.Node // other scripts, searched for a date only when nothing else has one
	dek              *html.Node   // the first standfirst-class element after the first <h1>
	jsonScripts      []*html.Node // <script type="application/json">: state that may hold rich text
	dekUnit          int          // len(units) when dek was seen: its place in document order

	units     []unit              // block elements with their own text, for the body search
	stack     []int32             // indices into units of the open block elements
	links     int                 // depth of open <a> elements
	items     int                 // depth of open <li> elements
	furniture map[*html.Node]bool // elements that look like page furniture by tag, class or style
}

// A unit is one block element and the length of the text it holds
// directly (not through a nested block element).
type unit struct {
	node       *html.Node
	text, link int  // bytes of non-space text, and of it inside links
	furnished  bool // inside an element that looks like furniture
	listed     bool // inside a list item: a teaser card or a list, not running text
}

// walk visits the tree once, in document order.
func (s *scan) walk(n *html.Node) {
	s.meta = make(map[string]string, 32)
	s.firstTimeAfterH1, s.firstLinkAfterH1, s.firstHintAfterH1 = -1, -1, -1
	s.furniture = make(map[*html.Node]bool)
	s.visit(n, false)
}

func (s *scan) visit(n *html.Node, furniture bool) {
	switch n.Type {
	case html.TextNode:
		if len(s.stack) > 0 {
			k := countText(n.Data)
			u := &s.units[s.stack[len(s.stack)-1]]
			u.text += k
			if s.links > 0 {
				u.link += k
			}
		}
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.visit(c, furniture)
		}
		return
	}
	var flags classFlags
	if len(n.Attr) > 0 {
		flags = classOf(n)
	}
	if s.element(n, flags) {
		return
	}
	if chromeTags[n.DataAtom] || isFurniture(n, flags) || isHidden(n) {
		s.furniture[n] = true
		furniture = true
	}
	pushed := false
	if !inlineTags[n.DataAtom] {
		s.units = append(s.units, unit{node: n, furnished: furniture, listed: s.items > 0})
		s.stack = append(s.stack, int32(len(s.units)-1))
		pushed = true
	}
	if n.DataAtom == atom.A {
		s.links++
	}
	if n.DataAtom == atom.Li {
		s.items++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.visit(c, furniture)
	}
	if n.DataAtom == atom.A {
		s.links--
	}
	if n.DataAtom == atom.Li {
		s.items--
	}
	if pushed {
		s.stack = s.stack[:len(s.stack)-1]
	}
}

// element records what n tells about the metadata and reports whether its
// subtree is to be skipped.
func (s *scan) element(n *html.Node, flags classFlags) bool {
	switch n.DataAtom {
	case atom.Body:
		if s.body == nil {
			s.body = n
		}
	case atom.Title:
		if s.title == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			s.title = collapse(n.FirstChild.Data)
		}
		return true
	case atom.Meta:
		s.metaTag(n)
		return true
	case atom.Link:
		if s.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
			s.canonical = attr(n, "href")
		}
		return true
	case atom.Script:
		if strings.Contains(lower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
			s.jsonLD = append(s.jsonLD, n.FirstChild.Data)
		} else if len(s.scripts) < maxScripts {
			s.scripts = append(s.scripts, n)
			if strings.Contains(lower(attr(n, "type")), "json") {
				s.jsonScripts = append(s.jsonScripts, n)
			}
		}
		return true
	case atom.H1:
		s.h1 = append(s.h1, n)
	case atom.Time:
		if hasAttr(n, "datetime") {
			if len(s.h1) > 0 && s.firstTimeAfterH1 < 0 {
				s.firstTimeAfterH1 = len(s.times)
			}
			s.times = append(s.times, n)
			if hasAttr(n, "pubdate") {
				s.pubTimes = append(s.pubTimes, n)
			}
		}
	case atom.A:
		if len(s.authorLinks) < maxAuthorLinks && (strings.EqualFold(attr(n, "rel"), "author") || isAuthorURL(attr(n, "href"))) {
			if len(s.h1) > 0 && s.firstLinkAfterH1 < 0 {
				s.firstLinkAfterH1 = len(s.authorLinks)
			}
			s.authorLinks = append(s.authorLinks, n)
		}
	}
	if skipTags[n.DataAtom] {
		return true
	}
	if prop := attr(n, "itemprop"); prop != "" {
		s.itemprop(n, prop)
	}
	if len(n.Attr) > 0 {
		if len(s.bodyHints) < maxBodyHints && isBodyHint(n) {
			if len(s.h1) > 0 && s.firstHintAfterH1 < 0 {
				s.firstHintAfterH1 = len(s.bodyHints)
			}
			s.bodyHints = append(s.bodyHints, n)
		}
		if flags&bylineClass != 0 && len(s.bylines) < maxBylines {
			s.bylines = append(s.bylines, n)
		}
		if flags&dekClass != 0 && flags&(furnitureClass|mediaClass) == 0 && s.dek == nil && len(s.h1) > 0 {
			s.dek, s.dekUnit = n, len(s.units)
		}
		if flags&dateClass != 0 && len(s.dateTexts) < maxDateTexts {
			s.dateTexts = append(s.dateTexts, n)
		}
	}
	return false
}

func (s *scan) metaTag(n *html.Node) {
	content, ok := "", false
	for _, a := range n.Attr {
		if a.Key == "content" {
			content, ok = a.Val, true
		}
	}
	if !ok || strings.TrimSpace(content) == "" {
		return
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "name", "property", "itemprop", "http-equiv":
			key := lower(strings.TrimSpace(a.Val))
			if _, seen := s.meta[key]; !seen {
				s.meta[key] = content
			}
			if key == "og:url" && s.canonical == "" {
				s.canonical = content
			}
		}
	}
}

func (s *scan) itemprop(n *html.Node, prop string) {
	for _, p := range strings.Fields(prop) {
		switch p {
		case "articleBody":
			if s.articleBody == nil {
				s.articleBody = n
			}
		case "author", "creator":
			s.itemAuthors = append(s.itemAuthors, n)
		case "datePublished":
			s.pubTimes = append(s.pubTimes, n)
		case "headline":
			if s.itemHead == "" {
				s.itemHead = textOf(n)
			}
		}
	}
}

// Limits on the visible metadata and body candidates kept, in document
// order.
const maxAuthorLinks, maxBylines, maxDateTexts, maxBodyHints = 8, 8, 12, 64

// isBodyHint reports whether n is a container whose class or id names an
// article body ("article-body", "story__body", "entry-content").
func isBodyHint(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main:
	default:
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		var buf [128]byte
		k := 0
		for i := 0; i < len(a.Val) && k < len(buf); i++ {
			c := a.Val[i]
			switch {
			case c == '-' || c == '_':
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			buf[k] = c
			k++
		}
		for _, h := range bodyHintNames {
			if strings.Contains(string(buf[:k]), h) {
				return true
			}
		}
	}
	return false
}

// isAuthorURL reports whether href is the address of an author's page.
func isAuthorURL(href string) bool {
	for _, p := range authorPaths {
		if strings.Contains(href, p) {
			return true
		}
	}
	return false
}

// countText returns the number of non-space bytes in s.
func countText(s string) int {
	k := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n', '\t', '\r', '\f':
		default:
			k++
		}
	}
	return k
}

// isFurniture reports whether n is page furniture by its class or id
// (flags, from classOf) or its role.
func isFurniture(n *html.Node, flags classFlags) bool {
	if len(n.Attr) == 0 {
		return false
	}
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Article, atom.Main:
		return false
	}
	if attr(n, "itemprop") == "articleBody" {
		return false
	}
	switch lower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search":
		return true
	}
	return flags&(furnitureClass|mediaClass) != 0
}

// isHidden reports whether n is hidden from view by an attribute, an
// inline style or a class that hides on every screen.
func isHidden(n *html.Node) bool {
	if len(n.Attr) == 0 {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" && n.DataAtom != atom.Span && n.DataAtom != atom.I {
				return true
			}
		case "style":
			v := lower(a.Val)
			if strings.Contains(v, "display:none") || strings.Contains(v, "display: none") ||
				strings.Contains(v, "visibility:hidden") || strings.Contains(v, "visibility: hidden") {
				return true
			}
		case "class":
			responsive := strings.Contains(a.Val, ":")
			for _, c := range strings.Fields(lower(a.Val)) {
				if hiddenClasses[c] && !responsive {
					return true
				}
			}
		}
	}
	return false
}
