package article

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

// A block is one unit of body text handed to the shared pipeline
// (assemble), in document order. Text is raw: assemble cleans it.
type block struct {
	kind   blockKind
	text   string
	credit string // captions only: a credit the markup gave apart
}
