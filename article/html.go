package article

import (
	"bytes"
)

// looksLikeHTML reports whether b is an HTML page rather than a text dump.
// TODO(html): a better sniff.
func looksLikeHTML(b []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 1024)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<head")) || bytes.Contains(head, []byte("<body"))
}

// parseHTML parses a raw HTML page. TODO(html): metadata and body
// extraction.
func (p *Parser) parseHTML(b []byte) (*Article, error) {
	_ = b
	return nil, ErrNoText
}
