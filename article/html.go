package article

import (
	"bytes"
	"fmt"

	"golang.org/x/text/encoding/unicode"

	"github.com/copydesk/copydesk/internal/htmldoc"
	"github.com/copydesk/copydesk/normalize"
)

// sniffLen is how many bytes of the input looksLikeHTML reads.
const sniffLen = 1024

// looksLikeHTML reports whether b is an HTML page (or fragment) rather
// than a text dump. After a byte order mark (UTF-16 is decoded for the
// sniff), white space, comments and an XML declaration, the input must
// open with a tag: a document tag (doctype, html, head, body, meta, title)
// is enough; any other tag counts only when the first bytes also close a
// tag, so that a text dump opening with a stray "<b>" is still text.
func looksLikeHTML(b []byte) bool {
	head := b[:min(len(b), sniffLen)]
	switch {
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}), bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		if u, err := dec.Bytes(head[:len(head)&^1]); err == nil {
			head = u
		}
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = skipPrologue(head)
	if len(head) < 2 || head[0] != '<' {
		return false
	}
	for _, tag := range documentTags {
		if len(head) >= len(tag) && bytes.EqualFold(head[:len(tag)], []byte(tag)) {
			return true
		}
	}
	c := head[1] | 0x20 // an ASCII letter in lower case
	return c >= 'a' && c <= 'z' && bytes.Contains(head, []byte("</"))
}

// documentTags open an HTML document.
var documentTags = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<link", "<script", "<style", "<base"}

// skipPrologue drops leading white space, comments and an XML declaration.
func skipPrologue(b []byte) []byte {
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(b, []byte("<!--")):
			end := bytes.Index(b, []byte("-->"))
			if end < 0 {
				return nil
			}
			b = b[end+3:]
		case bytes.HasPrefix(b, []byte("<?")):
			end := bytes.Index(b, []byte("?>"))
			if end < 0 {
				return nil
			}
			b = b[end+2:]
		default:
			return b
		}
	}
}

// parseHTML parses a raw HTML page: internal/htmldoc finds the metadata
// and the body blocks (see its doc.go for the heuristics and the order of
// trust), and the shared pipeline cleans and sorts the blocks. A page with
// no article body (an index or error page) fails with ErrNoText.
func (p *Parser) parseHTML(b []byte) (*Article, error) {
	doc, err := htmldoc.Parse(b)
	if err != nil {
		// The page cannot be read as HTML (x/net/html refuses elements
		// nested over 512 deep): there is no article text to be had.
		return nil, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	a := &Article{
		Title:         doc.Title,
		DatePublished: doc.Published,
		Authors:       doc.Authors,
		Publisher:     doc.Publisher,
	}
	n := len(doc.Blocks)
	bs := blocks{text: make([]string, 0, n), kind: make([]blockKind, 0, n), credit: make([]string, 0, n)}
	for _, d := range doc.Blocks {
		kind := paragraphBlock // a kind htmldoc adds later reads as a paragraph, never a panic
		if int(d.Kind) < len(htmlBlockKinds) {
			kind = htmlBlockKinds[d.Kind]
		}
		bs.add(kind, d.Text, d.Credit)
	}
	if err := p.assemble(a, bs); err != nil {
		return nil, err
	}
	if a.Dateline == nil && doc.Dateline != "" {
		if d, ok := normalize.ParseDateline(doc.Dateline); ok {
			a.Dateline = &d // from metadata: the body does not open with it
		}
	}
	return a, nil
}

// htmlBlockKinds maps the kinds of htmldoc blocks to the pipeline's.
var htmlBlockKinds = [...]blockKind{
	htmldoc.Paragraph:  paragraphBlock,
	htmldoc.Heading:    headingBlock,
	htmldoc.Caption:    captionBlock,
	htmldoc.Blockquote: blockquoteBlock,
	htmldoc.ListItem:   listItemBlock,
}
