package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Limits on a record's header, against hostile or corrupt input.
const (
	MaxHeaderLine = 64 << 10 // bytes in one header line
	MaxHeaders    = 1000     // header fields in one record
)

// ErrFormat is wrapped by every error about malformed WARC input.
var ErrFormat = errors.New("warc: malformed input")

// A Header is a record's named fields in the order read. Names keep the
// case they were written in; Get matches them without regard to case.
type Header []Field

// A Field is one named header field.
type Field struct {
	Name, Value string
}

// Get returns the value of the first field named name, matched without
// regard to case, or "".
func (h Header) Get(name string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// A Record is one WARC record. Body reads its block and is valid until
// the next call to Reader.Next.
type Record struct {
	Version       string // "WARC/1.0", "WARC/1.1"
	Header        Header
	Type          string // WARC-Type: "response", "request", "warcinfo", ...
	ID            string // WARC-Record-ID, such as "<urn:uuid:...>"
	TargetURI     string // WARC-Target-URI, when given
	Date          string // WARC-Date as written
	ContentType   string // Content-Type of the block
	ContentLength int64  // length of the block in bytes
	Offset        int64  // offset of the record in the uncompressed stream
	Body          io.Reader
}

// A Reader reads records from a WARC stream.
type Reader struct {
	br   *bufio.Reader
	cr   *countingReader
	body *blockReader
	n    int   // records read
	err  error // sticky
}

// NewReader returns a Reader over r, which may be a plain WARC file or a
// gzip-compressed one (detected from its magic number; any number of gzip
// members, as in a member-per-record .warc.gz).
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, err := br.Peek(2)
	if err != nil && len(magic) == 0 {
		if err == io.EOF {
			return nil, fmt.Errorf("%w: empty input", ErrFormat)
		}
		return nil, fmt.Errorf("warc: read: %w", err)
	}
	var src io.Reader = br
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %v", ErrFormat, err)
		}
		src = zr
	}
	cr := &countingReader{r: src}
	return &Reader{br: bufio.NewReaderSize(cr, MaxHeaderLine), cr: cr}, nil
}

// Next skips what is left of the previous record and returns the next
// one. At the end of the input it returns io.EOF. After an error other
// than io.EOF the Reader cannot be used further.
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	rec, err := r.next()
	if err != nil {
		r.err = err
		return nil, err
	}
	return rec, nil
}

func (r *Reader) next() (*Record, error) {
	if r.body != nil {
		if _, err := io.Copy(io.Discard, r.body); err != nil {
			return nil, err
		}
		r.body = nil
	}
	// The version line, after the CRLF CRLF that ends the previous record
	// (or stray blank lines).
	var version string
	var start int64
	for {
		start = r.pos()
		line, err := r.line()
		if err == io.EOF && line == "" {
			return nil, io.EOF
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "WARC/") {
			return nil, fmt.Errorf("%w: record %d at offset %d: want a WARC/ version line, got %.40q", ErrFormat, r.n+1, start, line)
		}
		version = line
		break
	}
	r.n++
	rec := &Record{Version: version, Offset: start}
	if err := r.header(rec); err != nil {
		return nil, err
	}
	rec.Type = rec.Header.Get("WARC-Type")
	rec.ID = rec.Header.Get("WARC-Record-ID")
	rec.TargetURI = strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>")
	rec.Date = rec.Header.Get("WARC-Date")
	rec.ContentType = rec.Header.Get("Content-Type")
	cl := rec.Header.Get("Content-Length")
	n, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("%w: record %d (%s): bad Content-Length %.40q", ErrFormat, r.n, rec.ID, cl)
	}
	rec.ContentLength = n
	r.body = &blockReader{r: r, n: n}
	rec.Body = r.body
	return rec, nil
}

// header reads header fields up to the empty line that ends them.
func (r *Reader) header(rec *Record) error {
	for {
		line, err := r.line()
		if err == io.EOF {
			return fmt.Errorf("%w: record %d: header: %v", ErrFormat, r.n, io.ErrUnexpectedEOF)
		}
		if err != nil {
			return err
		}
		if line == "" {
			return nil
		}
		if (line[0] == ' ' || line[0] == '\t') && len(rec.Header) > 0 {
			last := &rec.Header[len(rec.Header)-1]
			last.Value += " " + strings.TrimSpace(line)
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return fmt.Errorf("%w: record %d: header line without a name: %.40q", ErrFormat, r.n, line)
		}
		if len(rec.Header) == MaxHeaders {
			return fmt.Errorf("%w: record %d: more than %d header fields", ErrFormat, r.n, MaxHeaders)
		}
		rec.Header = append(rec.Header, Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value)})
	}
}

// line reads one line without its line end (CRLF or LF). It returns io.EOF
// only with the text of a last line that has no line end.
func (r *Reader) line() (string, error) {
	b, err := r.br.ReadSlice('\n')
	switch {
	case err == bufio.ErrBufferFull:
		return "", fmt.Errorf("%w: record %d: header line longer than %d bytes", ErrFormat, r.n+1, MaxHeaderLine)
	case err == io.EOF:
		return string(bytes.TrimRight(b, "\r")), io.EOF
	case err != nil:
		return "", r.readErr(err)
	}
	return string(bytes.TrimRight(b, "\r\n")), nil
}

func (r *Reader) readErr(err error) error {
	var corrupt flate.CorruptInputError
	if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &corrupt) {
		return fmt.Errorf("%w: record %d: %v", ErrFormat, r.n, err)
	}
	return fmt.Errorf("warc: read: %w", err)
}

// pos is the offset in the uncompressed stream of the next unread byte.
func (r *Reader) pos() int64 { return r.cr.n - int64(r.br.Buffered()) }

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// A blockReader reads one record's block: exactly n bytes, or an
// ErrFormat error wrapping io.ErrUnexpectedEOF when the input ends first.
type blockReader struct {
	r *Reader
	n int64
}

func (b *blockReader) Read(p []byte) (int, error) {
	if b.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.n {
		p = p[:b.n]
	}
	n, err := b.r.br.Read(p)
	b.n -= int64(n)
	switch {
	case err == io.EOF && b.n > 0:
		return n, fmt.Errorf("%w: record %d: block truncated: %v", ErrFormat, b.r.n, io.ErrUnexpectedEOF)
	case err == io.EOF:
		return n, nil
	case err != nil:
		return n, b.r.readErr(err)
	}
	return n, nil
}
