package htmldoc

import "golang.org/x/net/html"

// A classFlags says what an element's class and id tokens mark it as.
type classFlags uint8

const (
	furnitureClass classFlags = 1 << iota // navigation, ads, share bars, related stories, ...
	bylineClass                           // a visible byline
	dateClass                             // a visible date
	captionClass                          // a caption outside <figcaption>
	creditClass                           // a photo credit inside a caption
	dialogClass                           // a cookie banner, consent box or modal: never a wrapper
	mediaClass                            // a player: furniture unless it holds much paragraph text
	dekClass                              // a standfirst under the headline ("dek", "standfirst")
)

// classTable maps each token of the word tables to its flags.
var classTable = func() map[string]classFlags {
	t := map[string]classFlags{}
	for _, set := range []struct {
		words map[string]bool
		flag  classFlags
	}{
		{boilerWords, furnitureClass}, {bylineWords, bylineClass}, {dateWords, dateClass},
		{captionWords, captionClass}, {creditWords, creditClass}, {dialogWords, dialogClass}, {mediaWords, mediaClass}, {dekWords, dekClass},
	} {
		for w, ok := range set.words {
			if ok {
				t[w] |= set.flag
			}
		}
	}
	return t
}()

// maxClassToken is the longest token looked up; longer ones (hashes of
// CSS-in-JS class names) are never words of the tables.
const maxClassToken = 32

// classOf returns the flags of n's class and id tokens, split at white
// space, '-', '_', ':' and camelCase boundaries and compared in lower
// case. It allocates nothing.
func classOf(n *html.Node) classFlags {
	var f classFlags
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			f |= classOfValue(a.Val)
		}
	}
	return f
}

func classOfValue(v string) classFlags {
	var f classFlags
	var buf [maxClassToken]byte
	n := 0
	for i := 0; i <= len(v); i++ {
		var c byte = ' '
		if i < len(v) {
			c = v[i]
		}
		// A camelCase boundary ("imageCredit") also ends a token.
		camel := 'A' <= c && c <= 'Z' && i > 0 && 'a' <= v[i-1] && v[i-1] <= 'z'
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '-' || c == '_' || c == ':' || camel:
			if n > 0 && n <= maxClassToken {
				f |= classTable[string(buf[:n])]
			}
			n = 0
			if !camel {
				continue
			}
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if n < maxClassToken {
			buf[n] = c
		}
		n++
	}
	return f
}
