package article

import "unsafe"

// A blockKind says what a block of body text is, as far as its source
// tells: HTML knows headings and captions from markup, plain text only
// knows paragraphs and lets normalize decide.
type blockKind uint8

const (
	paragraphBlock  blockKind = iota // a paragraph of body text (or unknown)
	textBlock                        // a paragraph of a text dump: its shape says if it is a heading or caption
	headingBlock                     // a subheading inside the body (h2-h4)
	captionBlock                     // a figure caption; credit may be set
	blockquoteBlock                  // a blockquote, kept as a paragraph
	listItemBlock                    // a list item, kept as a paragraph
)

// blocks is the body text handed to the shared pipeline (assemble), in
// document order: block i is text[i], of kind kind[i], with credit[i].
// Text is raw: assemble cleans it.
//
// A text dump's blocks are all textBlocks without a credit, so it leaves
// kind and credit nil: splitting a dump allocates one slice and stores
// one string a paragraph in it, and nothing else. Every pointer stored
// costs a write barrier while the collector marks, which on one core is
// much of the time.
type blocks struct {
	text   []string
	kind   []blockKind // nil: every block is a textBlock
	credit []string    // captions only: a credit the markup gave apart; nil: none
}

// textBlocks are the blocks of a text dump, its paragraphs.
func textBlocks(paragraphs []string) blocks { return blocks{text: paragraphs} }

// add appends a block.
func (bs *blocks) add(kind blockKind, text, credit string) {
	bs.text = append(bs.text, text)
	bs.kind = append(bs.kind, kind)
	bs.credit = append(bs.credit, credit)
}

func (bs *blocks) len() int { return len(bs.text) }

// kindOf returns the kind of block i.
func (bs *blocks) kindOf(i int) blockKind {
	if bs.kind == nil {
		return textBlock
	}
	return bs.kind[i]
}

// creditOf returns the credit of block i.
func (bs *blocks) creditOf(i int) string {
	if bs.credit == nil {
		return ""
	}
	return bs.credit[i]
}

// isBodyText reports whether block i is body text, not a heading or a
// caption the markup marked as such.
func (bs *blocks) isBodyText(i int) bool {
	k := bs.kindOf(i)
	return k == textBlock || k == paragraphBlock
}

// slice keeps blocks i to j-1.
func (bs *blocks) slice(i, j int) {
	bs.text = bs.text[i:j]
	if bs.kind != nil {
		bs.kind = bs.kind[i:j]
	}
	if bs.credit != nil {
		bs.credit = bs.credit[i:j]
	}
}

// move makes block i, with the text given, block n (n <= i), for
// filtering in place. Nothing is stored where block i stays as it was:
// most blocks do.
func (bs *blocks) move(n, i int, text string) {
	if n == i && sameString(bs.text[i], text) {
		return
	}
	bs.text[n] = text
	if bs.kind != nil {
		bs.kind[n] = bs.kind[i]
	}
	if bs.credit != nil {
		bs.credit[n] = bs.credit[i]
	}
}

// sameString reports whether a and b are the same bytes in memory, which
// is cheaper than comparing them and enough to know that a store of b
// over a would change nothing.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}
