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
	b, err := readUpTo(r, limit)
	if err != nil {
		return nil, fmt.Errorf("article: read: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return b, nil
}

// readUpTo reads all of r, or its first limit+1 bytes when it holds more.
// A reader that tells its length, within the limit, and can write itself
// out (a bytes.Reader, a strings.Reader, a bytes.Buffer) is written into a
// new slice (see appendBuffer); any other is read with readAll.
func readUpTo(r io.Reader, limit int64) ([]byte, error) {
	if w, ok := r.(lenWriterTo); ok && int64(w.Len()) <= limit {
		var b appendBuffer
		_, err := w.WriteTo(&b)
		return b, err
	}
	return readAll(io.LimitReader(r, limit+1), sizeHint(r, limit))
}

// lenWriterTo is a reader that tells how many bytes it holds and writes
// them out itself.
type lenWriterTo interface {
	io.WriterTo
	Len() int
}

// appendBuffer is an io.Writer that appends to a slice. Appending bytes
// to a nil slice allocates the slice without first clearing the part
// they fill, where readAll's make clears the buffer that Read then
// copies into: a reader that writes itself out in one call, as the
// readers of the standard library that tell their length do, is copied
// once with no clearing.
type appendBuffer []byte

// Write appends p.
func (b *appendBuffer) Write(p []byte) (int, error) {
	*b = append(*b, p...)
	return len(p), nil
}

// WriteString appends s, so that a strings.Reader writes itself out
// without a copy of its text as a []byte (see io.WriteString).
func (b *appendBuffer) WriteString(s string) (int, error) {
	*b = append(*b, s...)
	return len(s), nil
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
