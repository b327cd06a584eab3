// Command cleanreport runs clean over real text and prints what it
// repaired, for review: the repair counts per kind, then every repair with
// its offset, kind and before/after text.
//
// Usage:
//
//	go run ./examples/cleanreport                   # the development corpora
//	go run ./examples/cleanreport -corpus DIR       # corpora elsewhere
//	go run ./examples/cleanreport FILE...           # plain-text files (Decode, then TextRepairs)
//	go run ./examples/cleanreport -out FILE...      # also print the cleaned text
//	go run ./examples/cleanreport -q                # the counts only
//
// The corpora are ../shared/corpus relative to the repository root:
// naeb/news_articles.json (every "text") and polnear/data/*/text/*.txt.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/copydesk/copydesk/clean"
	"github.com/copydesk/copydesk/internal/corpus"
)

func main() {
	corpusFlag := flag.String("corpus", "", "corpus directory (default: ../shared/corpus from the repository root)")
	out := flag.Bool("out", false, "print the cleaned text of each file argument")
	quiet := flag.Bool("q", false, "print the counts only")
	flag.Parse()
	counts := map[clean.RepairKind]int{}
	docs, changed := 0, 0
	report := func(name string, reps []clean.Repair) {
		docs++
		if len(reps) > 0 {
			changed++
		}
		for _, r := range reps {
			counts[r.Kind]++
			if !*quiet {
				fmt.Printf("%s\t%d\t%s\t%q -> %q\n", name, r.Offset, r.Kind, r.Input(), r.After)
			}
		}
	}
	if flag.NArg() > 0 {
		for _, path := range flag.Args() {
			b, err := os.ReadFile(path)
			if err != nil {
				fmt.Fprintln(os.Stderr, "cleanreport:", err)
				os.Exit(1)
			}
			s, r1 := clean.Decode(b)
			text, r2 := clean.TextRepairs(s)
			report(filepath.Base(path)+" (decode)", r1)
			report(filepath.Base(path), r2)
			docs--
			if *out {
				fmt.Println(text)
			}
		}
	} else {
		dir := *corpusFlag
		if dir == "" {
			naeb, err := corpus.Dir("naeb")
			if err != nil {
				fmt.Fprintln(os.Stderr, "cleanreport:", err)
				os.Exit(1)
			}
			dir = filepath.Dir(naeb)
		}
		if err := runCorpus(dir, report); err != nil {
			fmt.Fprintln(os.Stderr, "cleanreport:", err)
			os.Exit(1)
		}
	}
	kinds := make([]clean.RepairKind, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	fmt.Printf("# %d texts, %d with repairs\n", docs, changed)
	for _, k := range kinds {
		fmt.Printf("# %-16s %d\n", k, counts[k])
	}
}

// runCorpus cleans every naeb body text and every PolNeAR text under dir.
func runCorpus(dir string, report func(string, []clean.Repair)) error {
	b, err := os.ReadFile(filepath.Join(dir, "naeb", "news_articles.json"))
	if err != nil {
		return err
	}
	var recs []struct {
		ID   any    `json:"id"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		return fmt.Errorf("naeb: %w", err)
	}
	for _, r := range recs {
		_, reps := clean.TextRepairs(r.Text)
		report(fmt.Sprintf("naeb/%v", r.ID), reps)
	}
	files, err := filepath.Glob(filepath.Join(dir, "polnear", "data", "*", "text", "*.txt"))
	if err != nil {
		return err
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		s, r1 := clean.Decode(b)
		_, r2 := clean.TextRepairs(s)
		rel, _ := filepath.Rel(dir, f)
		report(rel, append(r1, r2...))
	}
	return nil
}
