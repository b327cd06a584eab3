package htmldoc

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/normalize"
)

// A BlockKind says what a body block is, as the markup tells it.
type BlockKind uint8

// The block kinds, in no particular order.
const (
	Paragraph  BlockKind = iota // a paragraph of body text, or a text-bearing div
	Heading                     // a subheading inside the body (h2-h6)
	Caption                     // a figure caption; Credit may be set
	Blockquote                  // a blockquote
	ListItem                    // an item of a list inside the body
)

var blockKindNames = [...]string{
	Paragraph:  "paragraph",
	Heading:    "heading",
	Caption:    "caption",
	Blockquote: "blockquote",
	ListItem:   "list-item",
}

// String returns the kind's name, such as "list-item".
func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return fmt.Sprintf("BlockKind(%d)", uint8(k))
}

// A Block is one unit of body text, in document order. Text is the
// element's text with white space collapsed; it is valid UTF-8 but
// otherwise not cleaned.
type Block struct {
	Kind   BlockKind
	Text   string
	Credit string // captions only: a photo credit the markup set apart
}

// A Document is what Parse found in one HTML page.
type Document struct {
	Title     string             // the headline, without a site-name suffix
	Published normalize.Date     // the publish date (never the modified date)
	Authors   []normalize.Author // people first; organizations only when no person is named
	Publisher string             // the site or publisher name
	Dateline  string             // a dateline given in metadata (JSON-LD "dateline"), as written
	Blocks    []Block            // the article body; empty for a page that is not an article
}

// Parse reads an HTML page in any encoding and returns its metadata and
// article body. It fails only when the bytes cannot be parsed as HTML at
// all; a page without an article comes back with no Blocks.
func Parse(b []byte) (*Document, error) {
	root, err := html.Parse(bytes.NewReader(decode(b)))
	if err != nil {
		return nil, fmt.Errorf("htmldoc: %w", err)
	}
	return parseTree(root), nil
}

// parseTree extracts the document from a parsed tree.
func parseTree(root *html.Node) *Document {
	var s scan
	s.walk(root)
	doc := &Document{}
	s.resolveMetadata(doc)
	doc.Blocks = s.bodyBlocks()
	if b := ldBlocks(s.ldBody); preferLDBody(doc.Blocks, b) {
		doc.Blocks = b
	}
	if len(doc.Authors) == 0 {
		doc.Authors = leadingByline(doc.Blocks)
	}
	return doc
}

// ldBlocks splits a JSON-LD articleBody into paragraphs at line breaks,
// without its shortcodes.
func ldBlocks(body string) []Block {
	var out []Block
	for _, line := range strings.Split(unescape(body), "\n") {
		if t := collapse(dropShortcodes(line)); t != "" {
			out = append(out, Block{Kind: Paragraph, Text: t})
		}
	}
	return out
}

// countWords returns the number of words in the blocks' text.
func countWords(blocks []Block) int {
	n := 0
	for _, b := range blocks {
		n += len(strings.Fields(b.Text))
	}
	return n
}
