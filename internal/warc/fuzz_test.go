package warc_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/copydesk/copydesk/internal/warc"
)

// FuzzReader checks that any input reads to io.EOF or to an error, never
// a panic, and that every block read has its declared length.
func FuzzReader(f *testing.F) {
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 38\r\n\r\nHTTP/1.1 200 OK\r\nX: y\r\n\r\n<p>hello</p>\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 0\r\n\r\n\r\n\r\nWARC/1.0\r\nContent-Length: 3\r\n\r\nabc"))
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := warc.NewReader(bytes.NewReader(in))
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			rec, err := r.Next()
			if err != nil {
				if err != io.EOF && !errors.Is(err, warc.ErrFormat) {
					t.Fatalf("error neither EOF nor ErrFormat: %v", err)
				}
				return
			}
			n, err := io.Copy(io.Discard, rec.Body)
			if err == nil && n != rec.ContentLength {
				t.Fatalf("read %d bytes of a %d-byte block without error", n, rec.ContentLength)
			}
			if rec.IsHTTPResponse() {
				if resp, err := rec.HTTPResponse(); err == nil {
					io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
				}
			}
		}
	})
}
