package htmldoc

import (
	"strings"

	"golang.org/x/net/html"
)

// maxScripts bounds how many scripts a page keeps for the date search.
const maxScripts = 256

// maxStateScan bounds how many bytes of one script, or of one of its
// attributes, are searched for a publish date.
const maxStateScan = 1 << 20

// stateKey is the schema.org property that application state keeps
// beside its own names.
const stateKey = `"datePublished"`

// scriptStateDate returns the first "datePublished" string value in the
// state a script carries for the page's JavaScript, in its text
// (window.__STATE__ = {...}) or in an attribute (data-initial-state=
// "{&quot;datePublished&quot;: ...}", decoded by the HTML parser). Pages
// that render everything with scripts have their date nowhere else. It
// returns "" when there is none.
func scriptStateDate(n *html.Node) string {
	for _, a := range n.Attr {
		if v := stateValue(a.Val); v != "" {
			return v
		}
	}
	if n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
		return stateValue(n.FirstChild.Data)
	}
	return ""
}

// stateValue returns the string after the first "datePublished": in s,
// unescaping the \/ and \" of JSON inside a JavaScript string, or "".
func stateValue(s string) string {
	if len(s) > maxStateScan {
		s = s[:maxStateScan]
	}
	i := strings.Index(s, stateKey)
	if i < 0 {
		if i = strings.Index(s, `\"datePublished\"`); i < 0 {
			return ""
		}
		s = strings.ReplaceAll(s[i:min(len(s), i+80)], `\"`, `"`)
		i = 0
	}
	rest := strings.TrimLeft(s[i+len(stateKey):], " \t\n")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\n")
	if !strings.HasPrefix(rest, `"`) {
		return ""
	}
	end := strings.IndexByte(rest[1:], '"')
	if end < 0 || end > 40 {
		return ""
	}
	return strings.ReplaceAll(rest[1:1+end], `\/`, "/")
}
