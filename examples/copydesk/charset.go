package main

import (
	"bytes"
	"mime"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// toUTF8 decodes a page from a WARC record whose HTTP Content-Type header
// names its charset. In HTML's encoding sniffing order the header outranks
// a <meta> declaration, and article.Parse never sees the header, so the
// tool applies it. A page with a byte order mark, a page that is already
// valid UTF-8, and a page whose header names no charset or an unknown one
// are returned as they are; so is a page that does not decode.
//
// The result is UTF-8 while the page may still declare another charset:
// the HTML reader keeps valid UTF-8 with non-ASCII text as UTF-8 whatever
// the page declares (internal/htmldoc/charset.go).
func toUTF8(page []byte, contentType string) []byte {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" || utf8.Valid(page) || hasBOM(page) {
		return page
	}
	enc, name := charset.Lookup(params["charset"])
	if enc == nil || name == "utf-8" {
		return page
	}
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return page
	}
	return out
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(b, []byte("\xfe\xff")) || bytes.HasPrefix(b, []byte("\xff\xfe"))
}
