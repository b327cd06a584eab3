// Command naebeval measures copydesk's HTML extraction on the NAEB corpus
// and runs go-trafilatura on the same pages in the same run.
//
// Usage, from the repository root:
//
//	cd examples/naebeval && go run . [-corpus DIR] [-v] [-dump ID]
//
// It prints, for each extractor, the mean body F1 (bag of words, per page,
// averaged), title exact match, authors set match, date exact and within
// one day, and the median time per page, with html.Parse alone as the
// baseline (copydesk and html.Parse are timed -reps times per page and the
// fastest run kept, go-trafilatura once). See ../../internal/htmldoc/naeb
// for the scoring.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/htmldoc"
	"github.com/copydesk/copydesk/internal/htmldoc/naeb"
)

func main() {
	corpus := flag.String("corpus", "", "NAEB corpus directory (default: ../shared/corpus/naeb from the repository root)")
	verbose := flag.Bool("v", false, "print one line per page with its scores")
	dump := flag.Int("dump", 0, "print what each extractor found for the page with this id, and exit")
	direct := flag.Bool("htmldoc", false, "score internal/htmldoc directly instead of article.Parse (development)")
	noTraf := flag.Bool("notraf", false, "skip go-trafilatura")
	headings := flag.Bool("headings", true, "count subheadings as body text")
	captions := flag.Bool("captions", false, "count captions as body text")
	reps := flag.Int("reps", 3, "time copydesk and html.Parse this many times per page and keep the fastest")
	flag.Parse()

	dir := *corpus
	if dir == "" {
		d, err := naeb.Find()
		if err != nil {
			log.Fatal(err)
		}
		dir = d
	}
	recs, err := naeb.Load(dir)
	if err != nil {
		log.Fatal(err)
	}
	opt := bodyOptions{headings: *headings, captions: *captions}
	ours := &tally{name: "copydesk"}
	if *direct {
		ours.name = "htmldoc"
	}
	traf := &tally{name: "go-trafilatura"}
	var parseTimes []time.Duration
	for _, r := range recs {
		if *dump != 0 && r.ID != *dump {
			continue
		}
		b, err := os.ReadFile(r.Path(dir))
		if err != nil {
			log.Fatal(err)
		}
		var fastest time.Duration
		for i := range max(*reps, 1) {
			t0 := time.Now()
			_, _ = html.Parse(bytes.NewReader(b))
			if d := time.Since(t0); i == 0 || d < fastest {
				fastest = d
			}
		}
		parseTimes = append(parseTimes, fastest)

		var got result
		for i := range max(*reps, 1) {
			var r result
			if *direct {
				r = runHTMLDoc(b, opt)
			} else {
				r = runCopydesk(b, opt)
			}
			if i == 0 || r.took < got.took {
				got = r
			}
		}
		ours.add(r, got)
		var tr result
		if !*noTraf {
			tr = runTrafilatura(b, r.Link)
			traf.add(r, tr)
		}
		if *dump != 0 {
			fmt.Printf("GOLD title=%q authors=%q date=%s\n%s\n\n", r.Title, r.Authors, r.Date, r.Text)
			fmt.Printf("%s title=%q authors=%q date=%s err=%v\n%s\n\n", ours.name, got.title, got.authors, got.date, got.err, got.body)
			if !*noTraf {
				fmt.Printf("TRAF title=%q authors=%q date=%s\n%s\n", tr.title, tr.authors, tr.date, tr.body)
			}
			return
		}
		if *verbose {
			_, _, tf := naeb.BodyScore(tr.body, r.Text)
			fmt.Printf("    traf f1=%.2f\n", tf)
			p, rc, f := naeb.BodyScore(got.body, r.Text)
			ex, _ := r.DateMatch(got.date)
			fmt.Printf("%3d f1=%.2f p=%.2f r=%.2f words=%d/%d title=%v authors=%v date=%v %s err=%v\n", r.ID, f, p, rc,
				len(naeb.Words(got.body)), len(naeb.Words(r.Text)), r.TitleMatch(got.title), r.AuthorsMatch(got.authors), ex, r.Site, got.err)
		}
	}
	fmt.Printf("NAEB: %d pages from %s\n\n", len(recs), dir)
	fmt.Printf("%-16s %7s %7s %7s %7s %7s %7s %7s %9s\n", "extractor", "F1", "P", "R", "title", "authors", "date", "date±1", "median")
	ours.print()
	if !*noTraf {
		traf.print()
	}
	fmt.Printf("%-16s %63s\n", "html.Parse", median(parseTimes).Round(time.Microsecond))
	fmt.Printf("\nbody scored as: dateline + paragraphs + list items + blockquotes")
	if opt.headings {
		fmt.Printf(" + subheadings")
	}
	if opt.captions {
		fmt.Printf(" + captions")
	}
	fmt.Println()
}

// bodyOptions say which parts of copydesk's record count as body text.
type bodyOptions struct{ headings, captions bool }

// A result is one extractor's output for one page.
type result struct {
	title, body, date string
	authors           []string
	took              time.Duration
	err               error
}

func runCopydesk(b []byte, opt bodyOptions) result {
	t0 := time.Now()
	a, err := article.Parse(bytes.NewReader(b))
	res := result{took: time.Since(t0), err: err}
	if err != nil || a == nil {
		return res
	}
	res.title, res.date = a.Title, day(a.DatePublished.Time)
	for _, au := range a.Authors {
		res.authors = append(res.authors, au.Name)
	}
	var parts []string
	if a.Dateline != nil {
		parts = append(parts, a.Dateline.Text)
	}
	parts = append(parts, a.Paragraphs...)
	if opt.headings {
		for _, s := range a.Subheadings {
			parts = append(parts, s.Text)
		}
	}
	if opt.captions {
		for _, c := range a.Captions {
			parts = append(parts, c.Text)
		}
	}
	res.body = strings.Join(parts, "\n\n")
	return res
}

func runHTMLDoc(b []byte, opt bodyOptions) result {
	t0 := time.Now()
	d, err := htmldoc.Parse(b)
	res := result{took: time.Since(t0), err: err}
	if err != nil {
		return res
	}
	res.title, res.date = d.Title, day(d.Published.Time)
	for _, au := range d.Authors {
		res.authors = append(res.authors, au.Name)
	}
	var parts []string
	for _, bl := range d.Blocks {
		switch {
		case bl.Kind == htmldoc.Heading && !opt.headings, bl.Kind == htmldoc.Caption && !opt.captions:
			continue
		}
		parts = append(parts, bl.Text)
	}
	res.body = strings.Join(parts, "\n\n")
	return res
}

func runTrafilatura(b []byte, link string) result {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	if u, err := url.Parse(link); err == nil {
		opts.OriginalURL = u
	}
	t0 := time.Now()
	r, err := trafilatura.Extract(bytes.NewReader(b), opts)
	res := result{took: time.Since(t0), err: err}
	if err != nil || r == nil {
		return res
	}
	res.title, res.body, res.date = r.Metadata.Title, r.ContentText, day(r.Metadata.Date)
	if r.Metadata.Author != "" {
		res.authors = strings.Split(r.Metadata.Author, "; ")
	}
	return res
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// A tally sums one extractor's scores over the corpus.
type tally struct {
	name                               string
	n                                  int
	f1, p, r                           float64
	title, authors, dateExact, dateDay int
	times                              []time.Duration
}

func (t *tally) add(rec naeb.Record, got result) {
	t.n++
	p, r, f := naeb.BodyScore(got.body, rec.Text)
	t.p, t.r, t.f1 = t.p+p, t.r+r, t.f1+f
	if rec.TitleMatch(got.title) {
		t.title++
	}
	if rec.AuthorsMatch(got.authors) {
		t.authors++
	}
	ex, near := rec.DateMatch(got.date)
	if ex {
		t.dateExact++
	}
	if near {
		t.dateDay++
	}
	t.times = append(t.times, got.took)
}

func (t *tally) print() {
	n := float64(max(t.n, 1))
	pct := func(k int) string { return fmt.Sprintf("%.1f%%", 100*float64(k)/n) }
	fmt.Printf("%-16s %7.3f %7.3f %7.3f %7s %7s %7s %7s %9s\n", t.name, t.f1/n, t.p/n, t.r/n,
		pct(t.title), pct(t.authors), pct(t.dateExact), pct(t.dateDay), median(t.times).Round(time.Microsecond))
}

func median(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}
