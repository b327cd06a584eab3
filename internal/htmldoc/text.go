package htmldoc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// A textBuilder collects text with white space collapsed to single spaces.
type textBuilder struct {
	b     strings.Builder
	space bool // a space is pending
}

func (t *textBuilder) writeString(s string) {
	for _, r := range s {
		if r == utf8.RuneError || r == 0 {
			continue
		}
		if unicode.IsSpace(r) {
			t.space = true
			continue
		}
		if t.space && t.b.Len() > 0 {
			t.b.WriteByte(' ')
		}
		t.space = false
		t.b.WriteRune(r)
	}
}

// breakWord marks a word boundary (as a block element or <br> does).
func (t *textBuilder) breakWord() { t.space = true }

func (t *textBuilder) String() string { return t.b.String() }
func (t *textBuilder) Len() int       { return t.b.Len() }
func (t *textBuilder) reset()         { t.b.Reset(); t.space = false }

// textOf returns the visible text of n with white space collapsed.
func textOf(n *html.Node) string {
	var t textBuilder
	appendText(&t, n)
	return t.String()
}

func appendText(t *textBuilder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.writeString(n.Data)
		return
	case html.ElementNode:
		if skipTags[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br || !inlineTags[n.DataAtom] {
			t.breakWord()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(t, c)
	}
	if n.Type == html.ElementNode && !inlineTags[n.DataAtom] {
		t.breakWord()
	}
}

// collapse returns s with white space collapsed and invalid UTF-8 dropped.
func collapse(s string) string {
	var t textBuilder
	t.writeString(s)
	return t.String()
}

// lower returns s in lower case without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}
