package warc

import (
	"compress/gzip"
	"fmt"
	"io"
	"strconv"
)

// A Writer writes WARC/1.1 records, each one its own gzip member when Gzip
// is set (the member-per-record layout of Common Crawl).
type Writer struct {
	W    io.Writer
	Gzip bool
}

// WriteRecord writes one record with the given header fields, in order,
// and block. Content-Length is added; do not pass it.
func (w *Writer) WriteRecord(h Header, block []byte) error {
	out := w.W
	var zw *gzip.Writer
	if w.Gzip {
		zw = gzip.NewWriter(w.W)
		out = zw
	}
	if _, err := io.WriteString(out, "WARC/1.1\r\n"); err != nil {
		return err
	}
	for _, f := range h {
		if _, err := fmt.Fprintf(out, "%s: %s\r\n", f.Name, f.Value); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(out, "Content-Length: "+strconv.Itoa(len(block))+"\r\n\r\n"); err != nil {
		return err
	}
	if _, err := out.Write(block); err != nil {
		return err
	}
	if _, err := io.WriteString(out, "\r\n\r\n"); err != nil {
		return err
	}
	if zw != nil {
		return zw.Close()
	}
	return nil
}
