package warc

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// IsHTTPResponse reports whether rec is a "response" record whose block is
// an HTTP response message.
func (rec *Record) IsHTTPResponse() bool {
	return rec.Type == "response" && strings.HasPrefix(strings.ToLower(rec.ContentType), "application/http")
}

// HTTPResponse reads rec's block as an HTTP response. The returned
// response's Body yields the payload with chunked transfer coding and
// gzip or deflate content coding undone (other codings are left as they
// are). Like rec.Body, it is valid until the next call to Reader.Next; it
// need not be closed.
func (rec *Record) HTTPResponse() (*http.Response, error) {
	resp, err := http.ReadResponse(bufio.NewReader(rec.Body), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: record %s: HTTP response: %v", ErrFormat, rec.ID, err)
	}
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("%w: record %s: gzip payload: %v", ErrFormat, rec.ID, err)
		}
		resp.Body = zr
		resp.Header.Del("Content-Encoding")
	case "deflate":
		resp.Body = flateReader(resp.Body)
		resp.Header.Del("Content-Encoding")
	}
	return resp, nil
}

// flateReader reads deflate content coding, which servers send either as
// zlib (as RFC 9110 says) or as a raw deflate stream.
func flateReader(r io.Reader) io.ReadCloser {
	br := bufio.NewReader(r)
	if b, err := br.Peek(2); err == nil && b[0]&0x0f == 8 && (uint16(b[0])<<8|uint16(b[1]))%31 == 0 {
		br.Discard(2) // zlib header; the Adler-32 trailer is left unchecked
	}
	return flate.NewReader(br)
}
