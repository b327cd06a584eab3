// Command datelinereport runs normalize.CutDateline over the first
// paragraph of every hand-cleaned body in the NAEB corpus (whose ground
// truth keeps datelines) and prints what it took and what it left, for
// review, with counts:
//
//	go run ./internal/cmd/datelinereport [-all]
//
// The corpus has no dateline labels, so the report is for reading: each
// line taken should be a dateline, and the "left" lines that look like
// one are misses.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/normalize"
)

func main() {
	all := flag.Bool("all", false, "also print the first paragraphs left alone")
	flag.Parse()
	dir, err := corpus.Dir("naeb")
	if err != nil {
		log.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "news_articles.json"))
	if err != nil {
		log.Fatal(err)
	}
	var recs []struct {
		Site string `json:"site"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		log.Fatal(err)
	}
	taken := 0
	for _, r := range recs {
		first, _, _ := strings.Cut(strings.TrimSpace(r.Text), "\n")
		d, _, ok := normalize.CutDateline(first)
		switch {
		case ok:
			taken++
			fmt.Printf("taken\t%-40q city=%q region=%q country=%q agency=%q date=%q\n", d.Text, d.City, d.Region, d.Country, d.Agency, d.Date)
		case *all:
			fmt.Printf("left\t%.70q\n", first)
		}
	}
	fmt.Printf("\n%d of %d first paragraphs open with a dateline taken\n", taken, len(recs))
}
