package warc_test

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/warc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rec is a record to write in a test: type, id, target URI and block.
type rec struct {
	typ, id, uri string
	block        string
}

func write(t *testing.T, gz bool, recs ...rec) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := &warc.Writer{W: &buf, Gzip: gz}
	for _, r := range recs {
		h := warc.Header{{"WARC-Type", r.typ}, {"WARC-Record-ID", r.id}, {"WARC-Date", "2024-01-02T03:04:05Z"}}
		if r.uri != "" {
			h = append(h, warc.Field{Name: "WARC-Target-URI", Value: r.uri})
		}
		if r.typ == "response" {
			h = append(h, warc.Field{Name: "Content-Type", Value: "application/http; msgtype=response"})
		}
		require.NoError(t, w.WriteRecord(h, []byte(r.block)))
	}
	return buf.Bytes()
}

// readAll reads every record, returning "type id uri block" per record,
// and the error that ended the read (nil for io.EOF).
func readAll(t *testing.T, in []byte) ([]string, error) {
	t.Helper()
	r, err := warc.NewReader(bytes.NewReader(in))
	if err != nil {
		return nil, err
	}
	var got []string
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return got, nil
		}
		if err != nil {
			return got, err
		}
		b, err := io.ReadAll(rec.Body)
		if err != nil {
			return got, err
		}
		got = append(got, rec.Type+" "+rec.ID+" "+rec.TargetURI+" "+string(b))
	}
}

var threeRecords = []rec{
	{"warcinfo", "<urn:uuid:1>", "", "software: test\r\n"},
	{"request", "<urn:uuid:2>", "http://example.com/a", "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"},
	{"response", "<urn:uuid:3>", "http://example.com/a", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>"},
}

var threeWant = []string{
	"warcinfo <urn:uuid:1>  software: test\r\n",
	"request <urn:uuid:2> http://example.com/a GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n",
	"response <urn:uuid:3> http://example.com/a HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>",
}

func TestReaderRoundTrip(t *testing.T) {
	plain := write(t, false, threeRecords...)
	gz := write(t, true, threeRecords...)
	var oneMember bytes.Buffer
	zw := gzip.NewWriter(&oneMember)
	zw.Write(plain)
	zw.Close()
	tests := []struct {
		name string
		in   []byte
	}{
		{"plain", plain},
		{"gzip member per record", gz},
		{"gzip one member", oneMember.Bytes()},
		{"LF line ends and blank lines between records", []byte(strings.ReplaceAll(string(plain), "\r\n\r\nWARC/", "\r\n\r\n\n\nWARC/"))},
		{"no final CRLF pair", bytes.TrimSuffix(plain, []byte("\r\n\r\n"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readAll(t, tc.in)
			require.NoError(t, err)
			assert.Equal(t, threeWant, got)
		})
	}
}

func TestReaderSkipsUnreadBlocks(t *testing.T) {
	big := strings.Repeat("x", 1<<20)
	in := write(t, true, rec{"resource", "<urn:uuid:big>", "", big}, rec{"metadata", "<urn:uuid:next>", "", "m"})
	r, err := warc.NewReader(bytes.NewReader(in))
	require.NoError(t, err)
	first, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, int64(len(big)), first.ContentLength)
	buf := make([]byte, 10)
	_, err = io.ReadFull(first.Body, buf) // read a little, leave the rest
	require.NoError(t, err)
	second, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, "<urn:uuid:next>", second.ID)
	assert.Equal(t, int64(len("WARC/1.1\r\n"))+first.ContentLength+int64(len(headerOf(t, in)))+4, second.Offset, "offset of the second record")
	_, err = r.Next()
	assert.Equal(t, io.EOF, err)
}

// headerOf returns the header block (version line to blank line) of the
// first record of a gzip WARC, without the version line.
func headerOf(t *testing.T, in []byte) string {
	zr, err := gzip.NewReader(bytes.NewReader(in))
	require.NoError(t, err)
	b, err := io.ReadAll(zr)
	require.NoError(t, err)
	s := strings.TrimPrefix(string(b), "WARC/1.1\r\n")
	return s[:strings.Index(s, "\r\n\r\n")+4]
}

func TestReaderHeader(t *testing.T) {
	in := []byte("WARC/1.0\r\nwarc-type: response\r\nWARC-Record-ID: <urn:uuid:9>\r\nWARC-Target-URI: <http://x/>\r\nX-Long: a\r\n  b\r\ncontent-length: 2\r\n\r\nok\r\n\r\n")
	r, err := warc.NewReader(bytes.NewReader(in))
	require.NoError(t, err)
	rec, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, "WARC/1.0", rec.Version)
	assert.Equal(t, "response", rec.Type, "header names match without case")
	assert.Equal(t, "http://x/", rec.TargetURI, "angle brackets of WARC/1.0 URIs dropped")
	assert.Equal(t, "a b", rec.Header.Get("x-long"), "continuation line joined")
	assert.Equal(t, int64(0), rec.Offset)
}

func TestReaderErrors(t *testing.T) {
	good := write(t, false, threeRecords...)
	gz := write(t, true, threeRecords...)
	tests := []struct {
		name    string
		in      []byte
		records int    // records read before the error
		want    string // in the error text
	}{
		{"empty", nil, 0, "empty input"},
		{"not a WARC", []byte("<html><body>hello</body></html>"), 0, "want a WARC/ version line"},
		{"missing Content-Length", []byte("WARC/1.1\r\nWARC-Type: resource\r\n\r\nabc\r\n\r\n"), 0, "bad Content-Length"},
		{"negative Content-Length", []byte("WARC/1.1\r\nContent-Length: -5\r\n\r\n"), 0, "bad Content-Length"},
		{"header cut off", []byte("WARC/1.1\r\nWARC-Type: resource\r\n"), 0, "unexpected EOF"},
		{"header line without a colon", []byte("WARC/1.1\r\nnonsense\r\n\r\n"), 0, "without a name"},
		{"huge header line", []byte("WARC/1.1\r\nX: " + strings.Repeat("a", 100<<10) + "\r\n\r\n"), 0, "longer than"},
		{"too many headers", []byte("WARC/1.1\r\n" + strings.Repeat("X: y\r\n", 1001) + "\r\n"), 0, "more than 1000"},
		{"block cut off", good[:len(good)-20], 2, "block truncated"},
		{"gzip cut off", gz[:len(gz)-30], 2, ""},
		{"junk after a record", append(write(t, false, threeRecords[0]), "garbage\r\n"...), 1, "want a WARC/ version line"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readAll(t, tc.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, warc.ErrFormat)
			assert.Contains(t, err.Error(), tc.want)
			assert.Len(t, got, tc.records)
		})
	}
}

func TestReaderStickyError(t *testing.T) {
	r, err := warc.NewReader(strings.NewReader("WARC/1.1\r\nContent-Length: x\r\n\r\n"))
	require.NoError(t, err)
	_, err1 := r.Next()
	_, err2 := r.Next()
	require.Error(t, err1)
	assert.Equal(t, err1, err2)
}

func TestHTTPResponse(t *testing.T) {
	var gzBody bytes.Buffer
	zw := gzip.NewWriter(&gzBody)
	zw.Write([]byte("<p>zipped</p>"))
	zw.Close()
	var rawDeflate bytes.Buffer
	fw, _ := flate.NewWriter(&rawDeflate, flate.BestSpeed)
	fw.Write([]byte("<p>deflated</p>"))
	fw.Close()
	tests := []struct {
		name       string
		block      string
		wantStatus int
		wantType   string
		want       string
	}{
		{"plain", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>hi</p>", 200, "text/html; charset=utf-8", "<p>hi</p>"},
		{"content length", "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n<p>x", 200, "", "<p>x"},
		{"chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>a\r\n5\r\n</p>b\r\n0\r\n\r\n", 200, "", "<p>a</p>b"},
		{"gzip", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gzBody.String(), 200, "", "<p>zipped</p>"},
		{"raw deflate", "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + rawDeflate.String(), 200, "", "<p>deflated</p>"},
		{"not found", "HTTP/1.0 404 Not Found\r\n\r\ngone", 404, "", "gone"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := write(t, true, rec{"response", "<urn:uuid:r>", "http://x/", tc.block})
			r, err := warc.NewReader(bytes.NewReader(in))
			require.NoError(t, err)
			rec, err := r.Next()
			require.NoError(t, err)
			require.True(t, rec.IsHTTPResponse())
			resp, err := rec.HTTPResponse()
			require.NoError(t, err)
			body, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, tc.wantStatus, resp.StatusCode)
			assert.Equal(t, tc.wantType, resp.Header.Get("Content-Type"))
			assert.Equal(t, tc.want, string(body))
		})
	}
}

func TestHTTPResponseMalformed(t *testing.T) {
	in := write(t, false, rec{"response", "<urn:uuid:bad>", "http://x/", "not http at all"})
	r, err := warc.NewReader(bytes.NewReader(in))
	require.NoError(t, err)
	rec, err := r.Next()
	require.NoError(t, err)
	_, err = rec.HTTPResponse()
	assert.True(t, errors.Is(err, warc.ErrFormat), "got %v", err)
	next, err := r.Next()
	assert.Nil(t, next)
	assert.Equal(t, io.EOF, err, "a bad HTTP block does not break the WARC stream")
}
