package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLooksLikeHTML checks that HTML is told from text dumps by its first
// bytes, without a flag.
func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{name: "doctype", in: "<!DOCTYPE html><html><body><p>Text.</p></body></html>", want: true},
		{name: "upper-case html tag after white space", in: "\r\n  <HTML><BODY>Text", want: true},
		{name: "comment and XML declaration first", in: "<?xml version=\"1.0\"?>\n<!-- saved by a crawler -->\n<html>", want: true},
		{name: "head only", in: "<head><meta charset=utf-8></head>", want: true},
		{name: "fragment of paragraphs", in: "<p>One.</p><p>Two.</p>", want: true},
		{name: "UTF-8 byte order mark", in: "\ufeff<!doctype html>", want: true},
		{name: "UTF-16LE byte order mark", in: "\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", want: true},
		{name: "UTF-16BE byte order mark", in: "\xfe\xff\x00<\x00h\x00t\x00m\x00l\x00>", want: true},
		{name: "text dump with date header", in: "date 2024-01-02\n\nThe council met on Monday.", want: false},
		{name: "text opening with a stray tag", in: "<b>The council met on Monday to discuss the budget.", want: false},
		{name: "text mentioning a body tag", in: "Scrapers save the <body> of a page.", want: false},
		{name: "unterminated comment", in: "<!-- never closed", want: false},
		{name: "empty", in: "", want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, looksLikeHTML([]byte(tc.in)), "looksLikeHTML(%q)", tc.in)
		})
	}
}
