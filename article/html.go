package article

// parseHTML parses a raw HTML page. TODO(html): metadata and body
// extraction; until then the text of block elements is used.
func (p *Parser) parseHTML(b []byte) (*Article, error) {
	_ = b
	return nil, ErrNoText
}
