package article

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
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

	// NoQuotes skips finding quotes and their speakers, which is most of
	// the work on a text dump: for runs that need the clean text and the
	// metadata only. Article.Quotes stays empty.
	NoQuotes bool
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
	b, err := readAll(io.LimitReader(r, limit+1), sizeHint(r, limit))
	if err != nil {
		return nil, fmt.Errorf("article: read: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return b, nil
}

// sizeHint returns how many bytes r holds, at most limit+1, when r tells
// (a bytes.Reader, a strings.Reader, a bytes.Buffer, a regular file), so
// that reading it allocates once; else 512.
func sizeHint(r io.Reader, limit int64) int {
	n := int64(512)
	switch r := r.(type) {
	case interface{ Len() int }:
		n = int64(r.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := r.Stat(); err == nil && fi.Mode().IsRegular() {
			n = fi.Size()
		}
	}
	return int(min(max(n, 0), limit) + 1)
}

// readAll is io.ReadAll starting with room for size bytes.
func readAll(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // let append grow the buffer
		}
	}
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
