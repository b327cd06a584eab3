package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/warc"
)

// An input kind says how a file holds articles.
const (
	kindDoc   = "doc"   // one article per file
	kindJSONL = "jsonl" // one JSON record per line
	kindWARC  = "warc"  // WARC records
)

// produce emits a job for every article of every input, in input order.
func (b *batch) produce(emit func(*job)) {
	if len(b.cfg.args) == 0 && b.cfg.list == "" {
		b.samples(emit)
		return
	}
	b.eachPath(func(p string) { b.input(p, emit) })
}

// eachPath calls fn for each path argument, then each path in -list.
func (b *batch) eachPath(fn func(string)) {
	for _, p := range b.cfg.args {
		fn(p)
	}
	if b.cfg.list == "" {
		return
	}
	var r io.Reader = b.stdin
	if b.cfg.list != "-" {
		f, err := os.Open(b.cfg.list)
		if err != nil {
			b.fail(source{Path: b.cfg.list}, err)
			return
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if p := strings.TrimSpace(sc.Text()); p != "" && !strings.HasPrefix(p, "#") {
			fn(p)
		}
	}
	if err := sc.Err(); err != nil {
		b.fail(source{Path: b.cfg.list}, err)
	}
}

// fail reports an input that could not be read at all (not an article).
func (b *batch) fail(src source, err error) {
	b.stats.errors.Add(1)
	b.stats.unreadable.Add(1)
	b.reportError(errorLine(src, err))
}

// samples emits the two bundled sample articles.
func (b *batch) samples(emit func(*job)) {
	names, _ := fs.Glob(copydesk.Samples, "testdata/*.txt")
	for _, name := range names {
		data, err := fs.ReadFile(copydesk.Samples, name)
		emit(&job{src: source{Path: name}, data: data, err: err})
	}
}

// input emits the jobs of one path argument.
func (b *batch) input(p string, emit func(*job)) {
	if p == "-" {
		b.stream(source{Path: b.cfg.stdinName}, b.stdin, emit)
		return
	}
	info, err := os.Stat(p)
	if err != nil {
		emit(&job{src: source{Path: p}, err: err})
		return
	}
	if !info.IsDir() {
		b.file(p, emit)
		return
	}
	err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			emit(&job{src: source{Path: q}, err: err})
			return nil
		}
		if q != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if isFile(q, d) {
			b.file(q, emit)
		}
		return nil
	})
	if err != nil {
		emit(&job{src: source{Path: p}, err: err})
	}
}

// isFile reports whether a directory entry is a regular file or a
// symbolic link to one (links to directories are not followed).
func isFile(path string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// kindOf names the kind of a file from -in or its name.
func (b *batch) kindOf(name string) string {
	if b.cfg.in != "auto" {
		return b.cfg.in
	}
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch path.Ext(name) {
	case ".warc":
		return kindWARC
	case ".jsonl", ".ndjson":
		return kindJSONL
	}
	return ""
}

// file emits the jobs of one file: itself, or the records it holds.
func (b *batch) file(p string, emit func(*job)) {
	kind := b.kindOf(p)
	if kind == "" || kind == kindDoc {
		if kind == "" && sniffWARC(p) {
			kind = kindWARC
		} else {
			emit(&job{src: source{Path: p}, file: p})
			return
		}
	}
	f, err := os.Open(p)
	if err != nil {
		emit(&job{src: source{Path: p}, err: err})
		return
	}
	defer f.Close()
	r := &countingReader{r: f, n: &b.stats.read}
	if kind == kindWARC {
		b.warc(source{Path: p}, r, emit)
	} else {
		b.jsonl(source{Path: p}, r, emit)
	}
}

// sniffWARC reports whether the file at p starts like a WARC file, plain
// or gzipped.
func sniffWARC(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 4096)
	head, _ := br.Peek(5)
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return false
		}
		head = make([]byte, 5)
		n, _ := io.ReadFull(zr, head)
		head = head[:n]
	}
	return string(head) == "WARC/"
}

// stream emits the jobs of standard input, sniffing its kind unless -in
// says it.
func (b *batch) stream(src source, r io.Reader, emit func(*job)) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(5)
	kind := b.cfg.in
	if kind == "auto" {
		kind = kindDoc
		switch {
		case string(head) == "WARC/" || bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
			kind = kindWARC // a gzip stream that is not a WARC fails there clearly
		case len(bytes.TrimLeft(head, " \t\r\n")) > 0 && bytes.TrimLeft(head, " \t\r\n")[0] == '{':
			kind = kindJSONL
		}
	}
	switch kind {
	case kindWARC:
		b.warc(src, br, emit)
	case kindJSONL:
		b.jsonl(src, br, emit)
	default:
		data, err := io.ReadAll(io.LimitReader(br, b.limit()+1))
		if err == nil && int64(len(data)) > b.limit() {
			err = errTooLarge(b.limit())
		}
		emit(&job{src: src, data: data, err: err})
	}
}

func (b *batch) limit() int64 {
	if b.cfg.parser.MaxBytes > 0 {
		return b.cfg.parser.MaxBytes
	}
	return 64 << 20
}

// warc emits one job per article record of a WARC stream; see usageText
// for which records are articles.
func (b *batch) warc(src source, r io.Reader, emit func(*job)) {
	wr, err := warc.NewReader(r)
	if err != nil {
		emit(&job{src: src, err: err})
		return
	}
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			emit(&job{src: src, err: err})
			return
		}
		s := source{Path: src.Path, RecordID: rec.ID, TargetURI: rec.TargetURI}
		body, contentType, ok, err := b.articleBody(rec)
		switch {
		case err != nil:
			emit(&job{src: s, err: err, inner: true})
		case !ok:
			b.stats.skipped.Add(1)
		default:
			data, err := readLimited(body, b.limit())
			emit(&job{src: s, data: data, ctype: contentType, err: err, inner: true})
		}
	}
}

// articleBody returns the article a record holds and the content type
// given for it, or ok false for a record that holds none. A response
// without a Content-Type is taken for HTML when the crawler identified it
// so (WARC-Identified-Payload-Type), or tried when it did not say.
func (b *batch) articleBody(rec *warc.Record) (body io.Reader, contentType string, ok bool, err error) {
	switch rec.Type {
	case "response":
		if !rec.IsHTTPResponse() {
			return rec.Body, rec.ContentType, isHTML(rec.ContentType), nil
		}
		resp, err := rec.HTTPResponse()
		if err != nil {
			return nil, "", false, err
		}
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return nil, "", false, nil
		}
		ct := resp.Header.Get("Content-Type")
		if ct == "" {
			identified := rec.Header.Get("WARC-Identified-Payload-Type")
			return resp.Body, "", identified == "" || isHTML(identified), nil
		}
		return resp.Body, ct, isHTML(ct), nil
	case "resource":
		return rec.Body, rec.ContentType, isHTML(rec.ContentType), nil
	case "conversion":
		return rec.Body, rec.ContentType, true, nil
	}
	return nil, "", false, nil
}

func isHTML(contentType string) bool {
	ct := strings.ToLower(contentType)
	return strings.Contains(ct, "html")
}

// readLimited reads r to its end, failing with ErrTooLarge past limit.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, errTooLarge(limit)
	}
	return data, nil
}

// jsonl emits one job per line of a JSONL stream (gzip detected).
func (b *batch) jsonl(src source, r io.Reader, emit func(*job)) {
	br := bufio.NewReaderSize(r, 256<<10)
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			emit(&job{src: src, err: fmt.Errorf("gzip: %w", err)})
			return
		}
		br = bufio.NewReaderSize(zr, 256<<10)
	}
	// A record is the JSON form of an article and some: allow twice the
	// article limit, plus room for the other fields.
	maxLine := 2*b.limit() + 1<<20
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, maxLine)
		if len(line) == 0 && !tooLong && err == io.EOF {
			return
		}
		if err != nil && err != io.EOF {
			emit(&job{src: source{Path: src.Path, Line: n}, err: err})
			return
		}
		if tooLong {
			emit(&job{src: source{Path: src.Path, Line: n}, err: errTooLarge(maxLine), inner: true})
			continue
		}
		if len(bytes.TrimSpace(line)) > 0 {
			emit(b.jsonlRecord(source{Path: src.Path, Line: n}, line))
		}
		if err == io.EOF {
			return
		}
	}
}

// readLine reads one line of at most max bytes; a longer line is read to
// its end and dropped, and tooLong is set.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, tooLong, err
		}
	}
}

// jsonlRecord makes the job of one JSONL line.
func (b *batch) jsonlRecord(src source, line []byte) *job {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return &job{src: src, err: fmt.Errorf("JSONL: %w", err), inner: true}
	}
	if id, ok := rec[b.cfg.idField]; ok {
		src.ID = id
	}
	for _, f := range b.cfg.fields {
		raw, ok := rec[f]
		if !ok || string(raw) == "null" {
			continue
		}
		var text string
		if err := json.Unmarshal(raw, &text); err != nil {
			return &job{src: src, err: fmt.Errorf("JSONL field %q: want a string", f), inner: true}
		}
		return &job{src: src, data: []byte(text), inner: true}
	}
	return &job{src: src, err: fmt.Errorf("JSONL: no field %s in the record", strings.Join(b.cfg.fields, " or ")), inner: true}
}

// countTotal adds up the sizes of all input files so that progress can
// show an ETA. It gives up (total stays 0) when an input is a stream.
func (b *batch) countTotal() {
	if len(b.cfg.args) == 0 || b.cfg.list != "" {
		return
	}
	var total int64
	for _, p := range b.cfg.args {
		if p == "-" {
			return
		}
		filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err == nil && isFile(q, d) {
				if info, err := os.Stat(q); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	b.stats.total.Store(total)
}
