package article

import (
	"bytes"
	"fmt"
	"io"
)

// DefaultMaxBytes is the input limit of a Parser whose MaxBytes is zero.
const DefaultMaxBytes = 64 << 20

// A Parser turns scraped articles into Articles. The zero value is ready to
// use and a Parser is safe for concurrent use: its fields are configuration
// only and must not change while it is in use.
type Parser struct {
	// MaxBytes bounds the input read. Longer input fails with ErrTooLarge
	// after reading MaxBytes+1 bytes. Zero means DefaultMaxBytes.
	MaxBytes int64
}

// Parse reads one article, plain text or HTML, from r with a zero Parser.
func Parse(r io.Reader) (*Article, error) {
	var p Parser
	return p.Parse(r)
}

// Parse reads one article, plain text or HTML, from r.
func (p *Parser) Parse(r io.Reader) (*Article, error) {
	b, err := p.read(r)
	if err != nil {
		return nil, err
	}
	return p.parseBytes(b)
}

// read reads all of r, up to MaxBytes.
func (p *Parser) read(r io.Reader) ([]byte, error) {
	limit := p.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("article: read: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return b, nil
}

func (p *Parser) parseBytes(b []byte) (*Article, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	if looksLikeHTML(b) {
		return p.parseHTML(b)
	}
	return p.parseText(b)
}
