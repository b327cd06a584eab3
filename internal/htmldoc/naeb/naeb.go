// Package naeb reads the News Article Extraction Benchmark corpus and
// scores extraction results against its ground truth, with the scoring
// conventions of ../shared/corpus/README.md: bag-of-words precision,
// recall and F1 of the body per page (then averaged), authors compared as
// lower-cased sets, dates exact and within one day, titles exact.
//
// The corpus is never part of the repository: Find locates it at
// ../shared/corpus/naeb relative to the repository root.
package naeb

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/copydesk/copydesk/internal/corpus"
)

// A Record is one page of the corpus and its hand-made ground truth.
type Record struct {
	ID       int    `json:"id"`
	Title    string `json:"title"`
	Authors  string `json:"authors"` // comma-separated; empty when the page names none
	Date     string `json:"date"`    // YYYY-MM-DD
	Text     string `json:"text"`    // the body, paragraphs separated by newlines, datelines kept
	HTMLFile string `json:"html_file"`
	Site     string `json:"site"`
	Link     string `json:"link"`
}

// Find returns the corpus directory, ../shared/corpus/naeb beside the
// repository root (see internal/corpus), or an error matching
// corpus.ErrNotFound when it is absent.
func Find() (string, error) {
	return corpus.Dir("naeb")
}

// Load reads the ground truth of the corpus at dir, keeping the records
// whose page is present.
func Load(dir string) ([]Record, error) {
	b, err := os.ReadFile(filepath.Join(dir, "news_articles.json"))
	if err != nil {
		return nil, fmt.Errorf("naeb: %w", err)
	}
	var all []Record
	if err := json.Unmarshal(b, &all); err != nil {
		return nil, fmt.Errorf("naeb: news_articles.json: %w", err)
	}
	out := all[:0]
	for _, r := range all {
		if _, err := os.Stat(r.Path(dir)); err == nil {
			out = append(out, r)
		}
	}
	return out, nil
}

// Pages reads the page of each record from the corpus at dir, in order,
// and returns them with their total size in bytes.
func Pages(dir string, recs []Record) (pages [][]byte, size int, err error) {
	pages = make([][]byte, 0, len(recs))
	for _, r := range recs {
		p, err := os.ReadFile(r.Path(dir))
		if err != nil {
			return nil, 0, fmt.Errorf("naeb: %w", err)
		}
		pages = append(pages, p)
		size += len(p)
	}
	return pages, size, nil
}

// Dump returns r's body written out as a text dump, the form copydesk
// reads: a "date YYYY-MM-DD" header, a blank line, then the text.
func (r Record) Dump() []byte {
	return []byte("date " + r.Date + "\n\n" + r.Text)
}

// Path returns the file of r's page in the corpus at dir.
func (r Record) Path(dir string) string {
	return filepath.Join(dir, "html", r.HTMLFile+".html")
}

// Words returns the lower-case word tokens of s: runs of letters and
// digits.
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// BodyScore returns bag-of-words precision, recall and F1 of got against
// want. Two empty texts score 1.
func BodyScore(got, want string) (p, r, f1 float64) {
	g, w := Words(got), Words(want)
	if len(g) == 0 && len(w) == 0 {
		return 1, 1, 1
	}
	if len(g) == 0 || len(w) == 0 {
		return 0, 0, 0
	}
	count := make(map[string]int, len(w))
	for _, t := range w {
		count[t]++
	}
	common := 0
	for _, t := range g {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	if common == 0 {
		return 0, 0, 0
	}
	p = float64(common) / float64(len(g))
	r = float64(common) / float64(len(w))
	return p, r, 2 * p * r / (p + r)
}

// AuthorSet returns names lower-cased, trimmed and de-duplicated.
func AuthorSet(names []string) map[string]bool {
	set := map[string]bool{}
	for _, n := range names {
		if n = strings.ToLower(strings.Join(strings.Fields(n), " ")); n != "" {
			set[n] = true
		}
	}
	return set
}

// GoldAuthors returns the names of the record's comma-separated authors.
func (r Record) GoldAuthors() map[string]bool {
	return AuthorSet(strings.Split(r.Authors, ","))
}

// AuthorsMatch reports whether the predicted names are the gold set.
func (r Record) AuthorsMatch(names []string) bool {
	got, want := AuthorSet(names), r.GoldAuthors()
	if len(got) != len(want) {
		return false
	}
	for n := range want {
		if !got[n] {
			return false
		}
	}
	return true
}

// TitleMatch reports whether got is the gold title, white space aside.
func (r Record) TitleMatch(got string) bool {
	return strings.Join(strings.Fields(got), " ") == strings.Join(strings.Fields(r.Title), " ")
}

// DateMatch reports whether the predicted day (YYYY-MM-DD) is the gold
// day, and whether it is within one day of it.
func (r Record) DateMatch(got string) (exact, withinDay bool) {
	w, err1 := time.Parse(time.DateOnly, r.Date)
	g, err2 := time.Parse(time.DateOnly, got)
	if err1 != nil || err2 != nil {
		return false, false
	}
	d := g.Sub(w)
	return d == 0, d <= 24*time.Hour && d >= -24*time.Hour
}
