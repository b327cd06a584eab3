package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/warc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCmd runs the program with args and stdin, and returns its exit
// status, standard output and standard error.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// outRecord is the part of an output record the tests look at.
type outRecord struct {
	Source     string          `json:"source"`
	RecordID   string          `json:"record_id"`
	TargetURI  string          `json:"target_uri"`
	Line       int             `json:"line"`
	ID         json.RawMessage `json:"id"`
	Error      string          `json:"error"`
	Title      string          `json:"title"`
	Paragraphs []string        `json:"paragraphs"`
}

func decodeJSONL(t *testing.T, out string) []outRecord {
	t.Helper()
	var recs []outRecord
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var r outRecord
		require.NoError(t, json.Unmarshal([]byte(line), &r), "output line %q", line)
		recs = append(recs, r)
	}
	return recs
}

// sources lists "source|record_id|line|error?" per record, for comparing
// order and outcome at a glance.
func sources(recs []outRecord) []string {
	var s []string
	for _, r := range recs {
		outcome := "ok"
		if r.Error != "" {
			outcome = "error"
		}
		s = append(s, strings.Join([]string{r.Source, r.RecordID, itoa(r.Line), outcome}, "|"))
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	b, _ := json.Marshal(n)
	return string(b)
}

func TestNoArgumentsPrintsSamples(t *testing.T) {
	code, out, errOut := runCmd(t, "")
	assert.Equal(t, 0, code, "stderr: %s", errOut)
	assert.Contains(t, out, "testdata/aljazeera-baghdad-rally.txt\n")
	assert.Contains(t, out, "testdata/ap-baghdad-rally.txt\n")
	assert.Contains(t, out, "Date:         2020-01-24\n")
	assert.Contains(t, out, "Paragraphs (")
	assert.Less(t, strings.Index(out, "aljazeera"), strings.Index(out, "ap-baghdad"), "samples in name order")
	assert.Empty(t, errOut, "no summary for the quick start")
}

func TestFormats(t *testing.T) {
	story := filepath.Join("testdata", "wire-story.txt")
	t.Run("jsonl is the default with paths", func(t *testing.T) {
		code, out, errOut := runCmd(t, "", "-q", story)
		require.Equal(t, 0, code, errOut)
		recs := decodeJSONL(t, out)
		require.Len(t, recs, 1)
		assert.Equal(t, story, recs[0].Source)
		assert.Empty(t, recs[0].Error)
	})
	t.Run("json is one array", func(t *testing.T) {
		code, out, errOut := runCmd(t, "", "-q", "-format", "json", story, filepath.Join("testdata", "empty.txt"))
		require.Equal(t, 1, code, errOut)
		var recs []outRecord
		require.NoError(t, json.Unmarshal([]byte(out), &recs), out)
		require.Len(t, recs, 2)
		assert.Equal(t, "article: empty input", recs[1].Error)
	})
	t.Run("text", func(t *testing.T) {
		code, out, errOut := runCmd(t, "", "-q", "-format", "text", story)
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, out, "Date:         2021-03-05\n")
		assert.Contains(t, out, "  1. ")
	})
}

func TestBadInputGoesOn(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(s), 0o644))
		return p
	}
	a := write("a.txt", "date 2020-01-02\n\nA first article with enough words to be a paragraph of body text.")
	b := write("b.txt", "")
	c := write("c.txt", "date 2020-01-03\n\nA third article, also with enough words to be a paragraph of text.")
	missing := filepath.Join(dir, "missing.txt")
	code, out, errOut := runCmd(t, "", "-q", "-j", "3", a, b, missing, c)
	assert.Equal(t, 1, code)
	assert.Equal(t, []string{a + "|||ok", b + "|||error", missing + "|||error", c + "|||ok"}, sources(decodeJSONL(t, out)), "input order kept")
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	require.Len(t, lines, 2, errOut)
	assert.Equal(t, "copydesk: "+b+": article: empty input", lines[0])
	assert.Contains(t, lines[1], "copydesk: "+missing+": ")
}

func TestDirectoryIsRecursiveAndSorted(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b/2.txt", "a.txt", "b/1.txt", ".hidden/x.txt", "c/.skip.txt"} {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("date 2020-01-02\n\nSome body text for "+name+", long enough to count."), 0o644))
	}
	require.NoError(t, os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "b"), filepath.Join(dir, "linkdir")))
	code, out, errOut := runCmd(t, "", "-q", dir)
	require.Equal(t, 0, code, errOut)
	var got []string
	for _, r := range decodeJSONL(t, out) {
		got = append(got, strings.TrimPrefix(r.Source, dir+string(filepath.Separator)))
	}
	assert.Equal(t, []string{"a.txt", filepath.Join("b", "1.txt"), filepath.Join("b", "2.txt"), "link.txt"}, got,
		"links to files followed, links to directories not")
}

func TestStdinAndList(t *testing.T) {
	story := filepath.Join("testdata", "wire-story.txt")
	t.Run("stdin document", func(t *testing.T) {
		code, out, errOut := runCmd(t, "date 2020-01-02\n\nText from standard input, long enough to be body.", "-q", "-")
		require.Equal(t, 0, code, errOut)
		assert.Equal(t, []string{"-|||ok"}, sources(decodeJSONL(t, out)))
	})
	t.Run("stdin JSONL is sniffed", func(t *testing.T) {
		code, out, _ := runCmd(t, `{"text":"date 2020-01-02\n\nA JSONL record read from standard input as text."}`+"\n", "-q", "-")
		assert.Equal(t, 0, code)
		assert.Equal(t, []string{"-||1|ok"}, sources(decodeJSONL(t, out)))
	})
	t.Run("list from stdin", func(t *testing.T) {
		code, out, errOut := runCmd(t, "# a comment\n"+story+"\n\n"+story+"\n", "-q", "-list", "-")
		require.Equal(t, 0, code, errOut)
		assert.Equal(t, []string{story + "|||ok", story + "|||ok"}, sources(decodeJSONL(t, out)))
	})
}

func TestJSONL(t *testing.T) {
	p := filepath.Join("testdata", "records.jsonl")
	code, out, errOut := runCmd(t, "", "-q", p)
	assert.Equal(t, 1, code)
	assert.Empty(t, errOut, "record failures only in the output without -v")
	recs := decodeJSONL(t, out)
	assert.Equal(t, []string{p + "||1|ok", p + "||2|ok", p + "||3|error", p + "||4|error", p + "||5|error"}, sources(recs))
	assert.Equal(t, `1`, string(recs[0].ID))
	assert.Equal(t, `"b"`, string(recs[1].ID))
	assert.Contains(t, recs[2].Error, "no field text or html or content")
	assert.Contains(t, recs[3].Error, "JSONL:")
	assert.Equal(t, "article: empty input", recs[4].Error)

	code, _, errOut = runCmd(t, "", "-q", "-v", p)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "copydesk: "+p+":4: JSONL:")
}

// writeWARC writes a WARC.gz of CC-NEWS-like records and returns its path.
func writeWARC(t *testing.T, dir string) string {
	t.Helper()
	var buf bytes.Buffer
	w := &warc.Writer{W: &buf, Gzip: true}
	add := func(typ, id, uri, ct, block string) {
		h := warc.Header{{Name: "WARC-Type", Value: typ}, {Name: "WARC-Record-ID", Value: id}}
		if uri != "" {
			h = append(h, warc.Field{Name: "WARC-Target-URI", Value: uri})
		}
		h = append(h, warc.Field{Name: "Content-Type", Value: ct})
		require.NoError(t, w.WriteRecord(h, []byte(block)))
	}
	page := func(title string) string {
		p := "<p>" + title + ", the council said on Friday, after two years of work and a long public debate about the cost of the repairs.</p>"
		return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" +
			strings.Repeat(p, 3) + "</article></body></html>"
	}
	add("warcinfo", "<urn:uuid:0>", "", "application/warc-fields", "software: test\r\n")
	add("request", "<urn:uuid:1>", "https://ex.com/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\n\r\n")
	add("response", "<urn:uuid:2>", "https://ex.com/1", "application/http; msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"+page("Tunnel opens"))
	add("response", "<urn:uuid:3>", "https://ex.com/img.png", "application/http; msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG")
	add("response", "<urn:uuid:4>", "https://ex.com/moved", "application/http; msgtype=response",
		"HTTP/1.1 301 Moved Permanently\r\nLocation: /2\r\n\r\n")
	add("response", "<urn:uuid:5>", "https://ex.com/empty", "application/http; msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n   ")
	add("response", "<urn:uuid:6>", "https://ex.com/2", "application/http; msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"+chunked(page("Bridge reopens")))
	add("metadata", "<urn:uuid:7>", "https://ex.com/2", "application/warc-fields", "fetchTimeMs: 12\r\n")
	add("conversion", "<urn:uuid:8>", "https://ex.com/3", "text/plain", "date 2020-01-02\n\nText extracted by the crawler, a WET record, long enough to keep.")
	p := filepath.Join(dir, "news.warc.gz")
	require.NoError(t, os.WriteFile(p, buf.Bytes(), 0o644))
	return p
}

func chunked(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(len(s), 17)
		b.WriteString(itoaHex(n) + "\r\n" + s[:n] + "\r\n")
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func itoaHex(n int) string {
	const digits = "0123456789abcdef"
	s := ""
	for ; n > 0; n /= 16 {
		s = string(digits[n%16]) + s
	}
	return s
}

func TestWARC(t *testing.T) {
	p := writeWARC(t, t.TempDir())
	code, out, errOut := runCmd(t, "", "-j", "2", p)
	recs := decodeJSONL(t, out)
	html := "ok"
	assert.Equal(t, []string{p + "|<urn:uuid:2>||" + html, p + "|<urn:uuid:5>||error", p + "|<urn:uuid:6>||" + html, p + "|<urn:uuid:8>||ok"}, sources(recs))
	if assert.Len(t, recs, 4) {
		assert.Equal(t, "https://ex.com/1", recs[0].TargetURI)
		assert.Equal(t, "https://ex.com/2", recs[2].TargetURI)
	}
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "copydesk: 3 articles, 1 errors, 5 records skipped in ")

	t.Run("from stdin", func(t *testing.T) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		_, out, _ := runCmd(t, string(data), "-q", "-")
		assert.Len(t, decodeJSONL(t, out), 4)
	})
	t.Run("corrupt WARC is one error and the run goes on", func(t *testing.T) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		bad := filepath.Join(t.TempDir(), "cut.warc.gz")
		require.NoError(t, os.WriteFile(bad, data[:len(data)/2], 0o644))
		story := filepath.Join("testdata", "wire-story.txt")
		code, out, errOut := runCmd(t, "", "-q", bad, story)
		assert.Equal(t, 1, code)
		recs := decodeJSONL(t, out)
		require.NotEmpty(t, recs)
		assert.Equal(t, story, recs[len(recs)-1].Source)
		assert.Contains(t, errOut, "copydesk: "+bad+": warc: malformed input")
	})
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bad format", []string{"-format", "xml"}, `unknown -format "xml"`},
		{"bad input kind", []string{"-in", "pdf"}, `unknown -in "pdf"`},
		{"no workers", []string{"-j", "0"}, "-j 0: want at least 1"},
		{"unknown flag", []string{"-nope"}, "flag provided but not defined"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", tc.args...)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.want)
		})
	}
	code, _, errOut := runCmd(t, "", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "usage: copydesk")
}

func TestLenient(t *testing.T) {
	story := filepath.Join("testdata", "wire-story.txt")
	empty := filepath.Join("testdata", "empty.txt")
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"article failure fails by default", []string{story, empty}, 1},
		{"article failure is fine with -lenient", []string{"-lenient", story, empty}, 0},
		{"records failing in JSONL are fine with -lenient", []string{"-lenient", filepath.Join("testdata", "records.jsonl")}, 0},
		{"a missing file fails even with -lenient", []string{"-lenient", story, "testdata/no-such-file"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", append([]string{"-q"}, tc.args...)...)
			assert.Equal(t, tc.want, code, errOut)
		})
	}
}

func TestStdinName(t *testing.T) {
	code, out, errOut := runCmd(t, `{"id":7,"text":"date 2020-01-02\n\nA JSONL record read from standard input as text, long enough."}`+"\n",
		"-q", "-stdin-name", "s3://bucket/part-0001.jsonl", "-")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, []string{"s3://bucket/part-0001.jsonl||1|ok"}, sources(decodeJSONL(t, out)))
}

func TestWARCCharsetFromHTTPHeader(t *testing.T) {
	// Windows-1251 Cyrillic, declared only in the HTTP header: sniffing
	// the bytes alone would read them as Windows-1252.
	para := "\xcc\xee\xf1\xea\xe2\xe0 (AP) \x97 \xc3\xee\xf0\xee\xe4\xf1\xea\xee\xe9 \xf1\xee\xe2\xe5\xf2 \xee\xf2\xea\xf0\xfb\xeb \xed\xee\xe2\xfb\xe9 \xec\xee\xf1\xf2 \xf7\xe5\xf0\xe5\xe7 \xf0\xe5\xea\xf3 \xe2 \xef\xff\xf2\xed\xe8\xf6\xf3, \xf1\xea\xe0\xe7\xe0\xeb \xec\xfd\xf0."
	page := "<html><head><title>T</title></head><body><article><p>" + para + "</p><p>" + para + "</p><p>" + para + "</p></article></body></html>"
	var buf bytes.Buffer
	w := &warc.Writer{W: &buf, Gzip: true}
	require.NoError(t, w.WriteRecord(warc.Header{
		{Name: "WARC-Type", Value: "response"},
		{Name: "WARC-Record-ID", Value: "<urn:uuid:cp1251>"},
		{Name: "WARC-Target-URI", Value: "https://ex.ru/1"},
		{Name: "Content-Type", Value: "application/http; msgtype=response"},
	}, []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n"+page)))
	p := filepath.Join(t.TempDir(), "ru.warc.gz")
	require.NoError(t, os.WriteFile(p, buf.Bytes(), 0o644))
	code, out, errOut := runCmd(t, "", "-q", p)
	require.Equal(t, 0, code, errOut)
	recs := decodeJSONL(t, out)
	require.Len(t, recs, 1)
	assert.Contains(t, strings.Join(recs[0].Paragraphs, "\n"), "Городской совет открыл новый мост через реку")
}
