package polnear

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/corpus"
)

// ErrNoCorpus is returned by Load when the corpus folder is missing.
var ErrNoCorpus = errors.New("polnear: corpus not found")

// A Span is a range of code points [Start, End) in an article's text.
type Span struct{ Start, End int }

// An Attribution ties a Content to its Source and Cue. Spans may be
// discontinuous; Source and Cue may be empty.
type Attribution struct {
	Source, Cue, Content []Span
}

// A Document is one annotated article.
type Document struct {
	Name         string // file name without extension
	Annotator    string // the annotator whose attributions are kept
	Text         []rune // the article text; spans index it
	Attributions []Attribution
}

// Slice returns the text of spans, joined by a space.
func (d *Document) Slice(spans []Span) string {
	var parts []string
	for _, s := range spans {
		if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			continue
		}
		parts = append(parts, string(d.Text[s.Start:s.End]))
	}
	return strings.Join(parts, " ")
}

// Dir returns the corpus folder, ../shared/corpus/polnear relative to the
// repository root (see internal/corpus), or "" when it is absent.
func Dir() string {
	dir, err := corpus.Dir("polnear")
	if err != nil {
		return ""
	}
	return dir
}

// Load reads the articles of one split ("train" or "dev") from the corpus
// folder dir, each with one annotator's attributions.
func Load(dir, split string) ([]Document, error) {
	if dir == "" {
		return nil, ErrNoCorpus
	}
	base := filepath.Join(dir, "data", split)
	texts, err := filepath.Glob(filepath.Join(base, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("%w: no texts in %s", ErrNoCorpus, base)
	}
	anns, err := filepath.Glob(filepath.Join(base, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(anns)
	files := make(map[string][]string) // article name -> its annotation files
	for _, a := range anns {
		stem := strings.TrimSuffix(filepath.Base(a), ".ann")
		cut := strings.LastIndexByte(stem, '_')
		if cut < 0 {
			continue
		}
		files[stem[:cut]] = append(files[stem[:cut]], a)
	}
	sort.Strings(texts)
	docs := make([]Document, 0, len(texts))
	for _, t := range texts {
		name := strings.TrimSuffix(filepath.Base(t), ".txt")
		b, err := os.ReadFile(t)
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		d := Document{Name: name, Text: []rune(string(b))}
		if err := d.pickAnnotator(files[name]); err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// pickAnnotator keeps one annotator's attributions. With several, it keeps
// the one who agrees most with the others on the direct quotes and their
// sources (the medoid), the first in name order on a tie, so that one
// annotator's slips weigh least.
func (d *Document) pickAnnotator(files []string) error {
	if len(files) == 0 {
		return nil
	}
	type candidate struct {
		annotator string
		attrs     []Attribution
		quotes    map[string]bool
	}
	cands := make([]candidate, 0, len(files))
	for _, f := range files {
		attrs, err := readAnn(f)
		if err != nil {
			return err
		}
		stem := strings.TrimSuffix(filepath.Base(f), ".ann")
		c := candidate{annotator: stem[strings.LastIndexByte(stem, '_')+1:], attrs: attrs, quotes: make(map[string]bool)}
		if len(files) > 1 {
			tmp := Document{Text: d.Text, Attributions: attrs}
			for _, g := range Gold(&tmp) {
				c.quotes[fmt.Sprintf("%d:%d:%s", g.Start, g.End, nameKey(g.Source))] = true
			}
		}
		cands = append(cands, c)
	}
	best, bestScore := 0, -1
	for i, c := range cands {
		score := 0
		for j, o := range cands {
			if i == j {
				continue
			}
			for q := range c.quotes {
				if o.quotes[q] {
					score++
				}
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	d.Annotator, d.Attributions = cands[best].annotator, cands[best].attrs
	return nil
}

// readAnn parses a brat standoff file into attributions.
func readAnn(path string) ([]Attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	type tspan struct {
		kind  string
		spans []Span
	}
	ts := make(map[string]tspan)
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || fields[0] == "" {
			continue
		}
		switch fields[0][0] {
		case 'T':
			kind, rest, ok := strings.Cut(fields[1], " ")
			if !ok {
				continue
			}
			var spans []Span
			for _, r := range strings.Split(rest, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(r), " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if ok && err1 == nil && err2 == nil {
					spans = append(spans, Span{s, e})
				}
			}
			ts[fields[0]] = tspan{kind, spans}
		case 'E':
			events = append(events, strings.Fields(fields[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("polnear: %s: %w", path, err)
	}
	var out []Attribution
	for _, ev := range events {
		var a Attribution
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			t := ts[id]
			switch {
			case strings.HasPrefix(role, "Source"):
				a.Source = append(a.Source, t.spans...)
			case strings.HasPrefix(role, "Cue"):
				a.Cue = append(a.Cue, t.spans...)
			case strings.HasPrefix(role, "Content"):
				a.Content = append(a.Content, t.spans...)
			}
		}
		if len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}
