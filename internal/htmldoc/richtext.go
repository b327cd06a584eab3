package htmldoc

import (
	"maps"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// maxRichTextCut is the word count below which the blocks found in the
// markup may be a body cut short, whose rest the page keeps in a script.
const maxRichTextCut = 300

// minRichTextMatch is the length in bytes of the opening of a paragraph
// looked for in a script.
const minRichTextMatch = 40

// maxRichTextDepth bounds the descent into a script's JSON.
const maxRichTextDepth = 64

// withRichText returns the body a script keeps as rich text when the
// blocks found in the markup are its opening, cut short: pages that show
// a few paragraphs and render the rest from the JSON state of a
// <script type="application/json"> whose rich text is a tree of
// paragraph nodes ({"type":"paragraph","content":[{"type":"text",
// "value":"..."}]}; "nodeType" and Portable Text "_type":"block" alike).
// The blocks are kept up to the first paragraph the rich text holds, and
// the rich-text paragraphs follow from there, when they hold more than
// twice the words.
func (s *scan) withRichText(blocks []Block) []Block {
	if len(s.jsonScripts) == 0 || countWords(blocks) >= maxRichTextCut {
		return blocks
	}
	tried := 0
	for first, b := range blocks {
		if b.Kind != Paragraph || len(b.Text) < minRichTextMatch {
			continue
		}
		if rich := s.richTextFrom(b.Text[:minRichTextMatch]); countWords(rich) > ldBodyGain*countWords(blocks[first:]) {
			return append(blocks[:first:first], rich...)
		}
		if tried++; tried == maxRichTextProbes {
			break
		}
	}
	return blocks
}

// maxRichTextProbes is how many opening paragraphs are looked for in the
// scripts: the first may be a standfirst kept elsewhere.
const maxRichTextProbes = 3

// richTextFrom returns the rich-text paragraphs of the first JSON script
// holding one that starts with probe, from that one on, or nil.
func (s *scan) richTextFrom(probe string) []Block {
	for _, n := range s.jsonScripts {
		if n.FirstChild == nil || !strings.Contains(n.FirstChild.Data, probe) {
			continue
		}
		v, ok := decodeJSON(n.FirstChild.Data)
		if !ok {
			continue
		}
		var paras []string
		richParagraphs(v, &paras, 0)
		for i, p := range paras {
			if strings.HasPrefix(p, probe) {
				rich := make([]Block, 0, len(paras)-i)
				for _, t := range paras[i:] {
					rich = append(rich, Block{Kind: Paragraph, Text: t})
				}
				return rich
			}
		}
	}
	return nil
}

// richParagraphs appends to out, in order, the text of the paragraph
// nodes under v.
func richParagraphs(v any, out *[]string, depth int) {
	if depth > maxRichTextDepth {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if isRichParagraph(x) {
			var t textBuilder
			richText(x, &t, depth)
			if s := t.String(); s != "" {
				*out = append(*out, s)
			}
			return
		}
		for _, k := range sortedKeys(x) {
			richParagraphs(x[k], out, depth+1)
		}
	case []any:
		for _, e := range x {
			richParagraphs(e, out, depth+1)
		}
	}
}

// isRichParagraph reports whether a JSON object is a paragraph node of a
// rich-text tree.
func isRichParagraph(m map[string]any) bool {
	for _, k := range []string{"type", "nodeType"} {
		if t, ok := m[k].(string); ok && t == "paragraph" {
			return true
		}
	}
	t, ok := m["_type"].(string)
	return ok && t == "block"
}

// richText writes the "value" and "text" strings under v, in order.
func richText(v any, t *textBuilder, depth int) {
	if depth > maxRichTextDepth {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		for _, k := range sortedKeys(x) {
			switch c := x[k].(type) {
			case string:
				if k == "value" || k == "text" {
					t.writeString(html.UnescapeString(c))
				}
			default:
				richText(c, t, depth+1)
			}
		}
	case []any:
		for _, e := range x {
			richText(e, t, depth+1)
		}
	}
}

// sortedKeys returns the keys of m in order, so that the result does not
// depend on map order.
func sortedKeys(m map[string]any) []string {
	return slices.Sorted(maps.Keys(m))
}
