// Command copydesk parses scraped news articles into clean, structured
// records: the example program of the copydesk library, and a batch tool
// for crawls.
//
// With no arguments it parses the two bundled sample articles and prints
// them for people to read. With arguments it reads files, directories
// (recursively), "-" for standard input, files of paths (-list), JSONL
// records and WARC / WARC.gz files (such as Common Crawl's CC-NEWS), and
// writes one JSON record per article on standard output, in input order.
// Run "copydesk -h" for the flags.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/copydesk/copydesk/article"
)

// config is the command line, parsed.
type config struct {
	format    string   // "jsonl", "json" or "text"
	in        string   // "auto", "doc", "jsonl" or "warc"
	list      string   // a file of paths, or ""
	fields    []string // JSONL fields holding the page or text, first found wins
	idField   string   // JSONL field copied to the output as "id"
	workers   int
	quiet     bool
	lenient   bool   // articles that fail do not make the exit status 1
	stdinName string // the source name of standard input
	verbose   bool
	interval  time.Duration // between plain progress lines
	parser    article.Parser
	args      []string
}

const usageText = `usage: copydesk [flags] [path ...]

copydesk parses scraped news articles (plain-text dumps or HTML pages)
into structured records: title, date, dateline, authors, paragraphs,
captions, subheadings, quotes with speakers, and the repairs it made.

With no path it parses the two bundled sample articles and prints them as
text, for people. Each path is a file, a directory (every file under it,
recursively, hidden files skipped) or "-" for standard input. A file is
  - a WARC or WARC.gz file (name ending .warc, .warc.gz, or content that
    starts with "WARC/"): each HTTP response record with an HTML page in
    a 2xx response, each resource record with an HTML page and each
    conversion record (WET text) is one article; other records are skipped;
  - a JSONL file (.jsonl, .ndjson, optionally .gz): one JSON object per
    line with the page or text in a field named by -field;
  - anything else: one article per file (.gz is decompressed); images,
    PDFs, archives and other binary formats fail as "not a text or HTML
    document".
Standard input is sniffed the same way (WARC, gzip, JSONL when it starts
with "{"); -in forces a kind for every input.

Output (-format): with paths, jsonl by default: one JSON object per line
per article, in input order, with its source ("source": the path;
"record_id" and "target_uri" for WARC records; "line" and "id" for JSONL
records) beside the article's fields; a failed article becomes a record
with "error" and the run goes on. "json" writes the same records as one
indented JSON array; "text" is a readable view. Without paths the default
is text.

Errors: a file that cannot be read or parsed gets a one-line error on
standard error; failures of single records inside WARC and JSONL files
are only error records in the output (and on standard error with -v).
The exit status is 0 when every article parsed, 1 when any failed or an
input could not be read, 2 for bad usage; with -lenient, articles that
fail (pages without article text are common in a crawl) leave it 0 and
only unreadable inputs (a missing file, a corrupt WARC or gzip stream)
make it 1.

Progress goes to standard error: a live line when it is a terminal,
a plain line every -progress interval otherwise, a summary (articles,
errors, skipped records, MB/s) at the end; -q silences both.

Flags:
`

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC sets the garbage collector for batch parsing, unless GOGC or
// GOMEMLIMIT say otherwise. Parsing makes about six times its input in
// short-lived garbage while the live heap stays small, so a GC target of
// 400% instead of 100% saves about a third of the CPU (NAEB pages, -j 1:
// 3.0s to 2.1s) for a few tens of MB; the soft limit of 1 GiB keeps a
// hostile page's large live heap from being multiplied by it.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

// run is the whole program, minus the process: it returns the exit status.
func run(argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(argv, stderr)
	if err == flag.ErrHelp {
		return 0
	}
	if err != nil {
		return 2
	}
	b := newBatch(cfg, stdin, stdout, stderr)
	return b.run()
}

func parseFlags(argv []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("copydesk", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
	}
	cfg := &config{}
	fs.StringVar(&cfg.format, "format", "", "output `format`: jsonl, json or text (default text without paths, jsonl with)")
	fs.StringVar(&cfg.in, "in", "auto", "input `kind` for every path: auto, doc, jsonl or warc")
	fs.StringVar(&cfg.list, "list", "", "read more paths, one per line, from `file` (\"-\" for standard input)")
	field := fs.String("field", "text,html,content", "JSONL `fields` holding the page or text, comma-separated; the first present wins")
	fs.StringVar(&cfg.idField, "id-field", "id", "JSONL `field` copied to the output as \"id\"")
	fs.IntVar(&cfg.workers, "j", runtime.NumCPU(), "parse with `N` workers (default: the number of cores)")
	fs.BoolVar(&cfg.quiet, "q", false, "no progress and no summary on standard error")
	fs.BoolVar(&cfg.lenient, "lenient", false, "exit 0 when articles fail to parse; only unreadable inputs make the status 1 (for batch jobs)")
	fs.StringVar(&cfg.stdinName, "stdin-name", "-", "`name` given as \"source\" to records read from standard input")
	fs.BoolVar(&cfg.verbose, "v", false, "also report each failed WARC or JSONL record on standard error")
	fs.DurationVar(&cfg.interval, "progress", 10*time.Second, "`interval` between progress lines when standard error is not a terminal")
	fs.Int64Var(&cfg.parser.MaxBytes, "max-bytes", article.DefaultMaxBytes, "fail articles longer than `n` bytes")
	fs.BoolVar(&cfg.parser.NoQuotes, "no-quotes", false, "skip finding quotes and speakers (most of the work on text dumps)")
	if err := fs.Parse(argv); err != nil {
		return nil, err
	}
	cfg.args = fs.Args()
	for _, f := range strings.Split(*field, ",") {
		if f = strings.TrimSpace(f); f != "" {
			cfg.fields = append(cfg.fields, f)
		}
	}
	if cfg.format == "" {
		cfg.format = "jsonl"
		if len(cfg.args) == 0 && cfg.list == "" {
			cfg.format = "text"
		}
	}
	var bad string
	switch {
	case cfg.format != "jsonl" && cfg.format != "json" && cfg.format != "text":
		bad = fmt.Sprintf("unknown -format %q: want jsonl, json or text", cfg.format)
	case cfg.in != "auto" && cfg.in != "doc" && cfg.in != "jsonl" && cfg.in != "warc":
		bad = fmt.Sprintf("unknown -in %q: want auto, doc, jsonl or warc", cfg.in)
	case cfg.workers < 1:
		bad = fmt.Sprintf("-j %d: want at least 1", cfg.workers)
	case len(cfg.fields) == 0:
		bad = "-field: want at least one field name"
	case cfg.interval <= 0:
		bad = "-progress: want a positive interval"
	}
	if bad != "" {
		fmt.Fprintln(stderr, "copydesk:", bad)
		return nil, fmt.Errorf("%s", bad)
	}
	return cfg, nil
}
