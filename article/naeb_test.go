package article_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/htmldoc/naeb"
)

// The NAEB floors: the scores article.Parse reached on the corpus when
// they were last raised. They may only go up. examples/naebeval prints
// the full report, with go-trafilatura on the same pages.
const (
	naebMinBodyF1    = 0.94  // mean bag-of-words F1 of dateline + paragraphs + subheadings (0.942 reached)
	naebMinTitle     = 0.94  // title exact match (94.5% reached)
	naebMinAuthors   = 0.86  // author set match (86.2% reached)
	naebMinDateNear  = 0.885 // publish date within one day (88.6% reached)
	naebMinDateExact = 0.858 // publish date exact (86.0% reached)
)

// naebCorpus returns the corpus directory and records, or skips the test
// when the corpus is absent.
func naebCorpus(tb testing.TB) (string, []naeb.Record) {
	tb.Helper()
	dir, err := naeb.Find()
	if err != nil {
		tb.Skipf("NAEB corpus not found (%v): it lives in ../shared/corpus/naeb beside the repository", err)
	}
	recs, err := naeb.Load(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return dir, recs
}

// naebBody is the part of a that the NAEB ground truth holds: the dateline,
// the paragraphs and the subheadings (captions are not in it).
func naebBody(a *article.Article) string {
	var parts []string
	if a.Dateline != nil {
		parts = append(parts, a.Dateline.Text)
	}
	parts = append(parts, a.Paragraphs...)
	for _, s := range a.Subheadings {
		parts = append(parts, s.Text)
	}
	return strings.Join(parts, "\n\n")
}

// TestNAEB scores article.Parse on the NAEB corpus and checks the floors.
func TestNAEB(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 421 pages")
	}
	dir, recs := naebCorpus(t)
	var f1 float64
	var title, authors, dateExact, dateNear int
	for _, r := range recs {
		b, err := os.ReadFile(r.Path(dir))
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(bytes.NewReader(b))
		if err != nil {
			t.Logf("page %d (%s): %v", r.ID, r.Site, err)
			continue
		}
		_, _, f := naeb.BodyScore(naebBody(a), r.Text)
		f1 += f
		if r.TitleMatch(a.Title) {
			title++
		}
		var names []string
		for _, au := range a.Authors {
			names = append(names, au.Name)
		}
		if r.AuthorsMatch(names) {
			authors++
		}
		day := ""
		if !a.DatePublished.IsZero() {
			day = a.DatePublished.Time.Format(time.DateOnly)
		}
		exact, near := r.DateMatch(day)
		if exact {
			dateExact++
		}
		if near {
			dateNear++
		}
	}
	n := float64(len(recs))
	got := map[string]float64{
		"body F1":     f1 / n,
		"title":       float64(title) / n,
		"authors":     float64(authors) / n,
		"date ±1 day": float64(dateNear) / n,
		"date exact":  float64(dateExact) / n,
	}
	t.Logf("NAEB, %d pages: body F1 %.3f, title %.1f%%, authors %.1f%%, date exact %.1f%%, within a day %.1f%%",
		len(recs), got["body F1"], 100*got["title"], 100*got["authors"], 100*got["date exact"], 100*got["date ±1 day"])
	floors := map[string]float64{
		"body F1": naebMinBodyF1, "title": naebMinTitle, "authors": naebMinAuthors,
		"date ±1 day": naebMinDateNear, "date exact": naebMinDateExact,
	}
	for k, floor := range floors {
		if got[k] < floor {
			t.Errorf("NAEB %s = %.3f, below the floor %.3f", k, got[k], floor)
		}
	}
}

// BenchmarkNAEB parses every corpus page per iteration, with html.Parse
// alone as the baseline the speed target refers to (article.Parse at
// most twice html.Parse). Compare the ns/op of the two sub-benchmarks.
func BenchmarkNAEB(b *testing.B) {
	dir, recs := naebCorpus(b)
	pages, size, err := naeb.Pages(dir, recs)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("html.Parse", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, p := range pages {
				_, _ = html.Parse(bytes.NewReader(p))
			}
		}
	})
	b.Run("article.Parse", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, p := range pages {
				_, _ = article.Parse(bytes.NewReader(p))
			}
		}
	})
}
