package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/copydesk/copydesk/article"
)

// A source says where an article came from. It is written at the start
// of every output record.
type source struct {
	Path      string          `json:"source"`
	RecordID  string          `json:"record_id,omitempty"`  // WARC-Record-ID
	TargetURI string          `json:"target_uri,omitempty"` // WARC-Target-URI
	Line      int             `json:"line,omitempty"`       // JSONL line number, from 1
	ID        json.RawMessage `json:"id,omitempty"`         // JSONL -id-field value
}

// String names the source in error messages.
func (s source) String() string {
	switch {
	case s.RecordID != "":
		return fmt.Sprintf("%s: record %s (%s)", s.Path, s.RecordID, s.TargetURI)
	case s.Line > 0:
		return fmt.Sprintf("%s:%d", s.Path, s.Line)
	}
	return s.Path
}

// A job is one article to parse: its bytes, read by the producer from a
// stream, or a file for the worker to read. err is a failure found before
// parsing. inner marks records inside a WARC or JSONL file.
type job struct {
	src   source
	data  []byte
	ctype string // the media type its transport gave (WARC records), or ""
	file  string
	err   error
	inner bool
	out   chan result // written once, by the worker
}

// A result is a job's formatted output (nil for none) and the error line
// to write on standard error (empty for none). The writer writes both, in
// input order.
type result struct {
	out     []byte
	errLine string
}

// stats are the run's counters, updated atomically.
type stats struct {
	articles, errors, skipped atomic.Int64
	unreadable                atomic.Int64 // inputs that could not be read at all
	parsed                    atomic.Int64 // bytes given to the parser
	read                      atomic.Int64 // bytes read from input files
	total                     atomic.Int64 // bytes of all input files; 0 while unknown
}

// A batch is one run of the program.
type batch struct {
	cfg    *config
	stdin  io.Reader
	stdout *bufio.Writer
	stderr io.Writer
	stats  stats
	errMu  sync.Mutex // serializes error lines with progress lines
	prog   *progress
}

func newBatch(cfg *config, stdin io.Reader, stdout, stderr io.Writer) *batch {
	return &batch{cfg: cfg, stdin: stdin, stdout: bufio.NewWriterSize(stdout, 256<<10), stderr: stderr}
}

// run parses every input with cfg.workers workers and writes the results
// in input order. At most window jobs are in flight, which bounds memory.
func (b *batch) run() int {
	start := time.Now()
	window := 4 * b.cfg.workers
	order := make(chan *job, window)
	jobs := make(chan *job, b.cfg.workers)
	b.prog = startProgress(b, start)
	go func() {
		b.produce(func(j *job) {
			j.out = make(chan result, 1)
			order <- j
			jobs <- j
		})
		close(order)
		close(jobs)
	}()
	go b.countTotal()
	var wg sync.WaitGroup
	for range b.cfg.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- b.work(j)
			}
		}()
	}
	b.begin()
	first := true
	for j := range order {
		res := <-j.out
		if res.errLine != "" {
			b.reportError(res.errLine)
		}
		if res.out == nil {
			continue
		}
		b.separate(first)
		first = false
		b.stdout.Write(res.out)
	}
	b.end()
	wg.Wait()
	err := b.stdout.Flush()
	b.prog.stop()
	if !b.cfg.quiet && !b.samplesOnly() {
		b.summary(time.Since(start))
	}
	if err != nil {
		fmt.Fprintln(b.stderr, "copydesk: write:", err)
		return 1
	}
	if b.stats.unreadable.Load() > 0 || (b.stats.errors.Load() > 0 && !b.cfg.lenient) {
		return 1
	}
	return 0
}

// work parses one job and returns its formatted output and error line.
func (b *batch) work(j *job) result {
	art, err := (*article.Article)(nil), j.err
	if err == nil {
		art, err = b.parse(j)
	}
	var res result
	if err != nil {
		b.stats.errors.Add(1)
		var ie inputError
		if (j.err != nil && !j.inner && !errors.Is(j.err, article.ErrTooLarge)) || errors.As(err, &ie) {
			b.stats.unreadable.Add(1)
		}
		if !j.inner || b.cfg.verbose {
			res.errLine = errorLine(j.src, err)
		}
	} else {
		b.stats.articles.Add(1)
	}
	res.out = b.format(j.src, art, err)
	return res
}

// parse reads the job's article from memory or from its file.
func (b *batch) parse(j *job) (*article.Article, error) {
	if j.file == "" {
		if j.ctype == "" { // a declared HTML or text type needs no sniffing
			if err := sniffBinary(j.data); err != nil {
				return nil, err
			}
		}
		b.stats.parsed.Add(int64(len(j.data)))
		return b.cfg.parser.ParseWithContentType(bytes.NewReader(j.data), j.ctype)
	}
	f, err := os.Open(j.file)
	if err != nil {
		return nil, inputError{err}
	}
	defer f.Close()
	raw := &countingReader{r: f, n: &b.stats.read}
	var r io.Reader = raw
	if strings.HasSuffix(j.file, ".gz") {
		zr, err := gzip.NewReader(bufio.NewReader(raw))
		if err != nil {
			return nil, inputError{fmt.Errorf("gzip: %w", err)}
		}
		r = zr
	}
	br := bufio.NewReaderSize(&countingReader{r: r, n: &b.stats.parsed}, 4096)
	head, _ := br.Peek(512)
	if err := sniffBinary(head); err != nil {
		return nil, err
	}
	return b.cfg.parser.Parse(br)
}

// samplesOnly reports whether the run is the quick start: no paths, the
// bundled samples, for a person, without progress or summary.
func (b *batch) samplesOnly() bool { return len(b.cfg.args) == 0 && b.cfg.list == "" }

// errorLine is the one-line error for src.
func errorLine(src source, err error) string {
	return fmt.Sprintf("copydesk: %s: %s", src, strings.ReplaceAll(err.Error(), "\n", " "))
}

// reportError writes an error line on standard error.
func (b *batch) reportError(line string) {
	b.errMu.Lock()
	defer b.errMu.Unlock()
	b.prog.clear()
	fmt.Fprintln(b.stderr, line)
}

// summary writes the closing counts and rate on standard error.
func (b *batch) summary(d time.Duration) {
	mb := float64(b.stats.parsed.Load()) / 1e6
	prec := 1
	if mb < 10 {
		prec = 3
	}
	secs := max(d.Seconds(), 1e-9)
	line := fmt.Sprintf("copydesk: %d articles, %d errors", b.stats.articles.Load(), b.stats.errors.Load())
	if n := b.stats.skipped.Load(); n > 0 {
		line += fmt.Sprintf(", %d records skipped", n)
	}
	line += fmt.Sprintf(" in %.2fs: %.*f MB parsed, %.*f MB/s, %.0f articles/s, -j %d",
		d.Seconds(), prec, mb, prec, mb/secs, float64(b.stats.articles.Load()+b.stats.errors.Load())/secs, b.cfg.workers)
	fmt.Fprintln(b.stderr, line)
}

// countingReader adds the bytes it reads to n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// An inputError is a failure to read an input file at all, as opposed to
// an article that could not be parsed: it makes the exit status 1 even
// with -lenient.
type inputError struct{ error }

func (e inputError) Unwrap() error { return e.error }

// errTooLarge is article.ErrTooLarge for a record the producer cut off.
func errTooLarge(limit int64) error {
	return fmt.Errorf("%w: more than %d bytes", article.ErrTooLarge, limit)
}
