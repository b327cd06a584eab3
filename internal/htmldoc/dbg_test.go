package htmldoc

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func path(n *html.Node) string {
	var p []string
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		p = append([]string{n.Data + "." + strings.ReplaceAll(attr(n, "class"), " ", ".") + "#" + attr(n, "id")}, p...)
	}
	return strings.Join(p, " > ")
}

func TestDbg(t *testing.T) {
	f := os.Getenv("DBGFILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	root, _ := html.Parse(bytes.NewReader(decode(b)))
	var s scan
	s.walk(root)
	roots := s.container()
	for _, r := range roots {
		fmt.Println("ROOT", path(r))
	}
	fmt.Println("body nil?", s.body == nil, "units", len(s.units))
	n := 0
	for _, u := range s.units {
		if u.text > 200 && n < 8 {
			n++
			fmt.Println(u.text, u.link, path(u.node))
		}
	}
}

func TestDbgFurn(t *testing.T) {
	f := os.Getenv("DBGFILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	root, _ := html.Parse(bytes.NewReader(decode(b)))
	var walk func(n *html.Node, d int)
	walk = func(n *html.Node, d int) {
		if n.Type == html.ElementNode && (chromeTags[n.DataAtom] || isFurniture(n) || isHidden(n) || skipTags[n.DataAtom]) {
			if tl := len(textOf(n)); tl > 500 {
				fmt.Println("SKIP", tl, path(n)[max(0, len(path(n))-300):])
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, d+1)
		}
	}
	walk(root, 0)
}

func TestDbgDate(t *testing.T) {
	f := os.Getenv("DBGFILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	root, _ := html.Parse(bytes.NewReader(decode(b)))
	var s scan
	s.walk(root)
	ld := parseJSONLD(s.jsonLD)
	fmt.Printf("ld.published=%q pageDate=%q found=%v\n", ld.published, ld.pageDate, ld.found)
	for _, k := range metaPublished {
		if v, ok := s.meta[k]; ok {
			fmt.Printf("meta %s=%q\n", k, v)
		}
	}
	for _, n := range s.pubTimes {
		fmt.Printf("pubtime %q %q\n", attr(n, "datetime"), attr(n, "content"))
	}
	for i, n := range s.times {
		if i < 3 {
			fmt.Printf("time %q\n", attr(n, "datetime"))
		}
	}
	fmt.Println("canonical", s.canonical)
}
