// Command snapshot prints, one JSON line per document, everything copydesk
// extracts from the development corpora, so that a change meant to keep
// outputs identical (a speed-up, a refactoring) can be checked by diffing
// two runs:
//
//	go run ./internal/cmd/snapshot > /tmp/before.jsonl
//	... change ...
//	go run ./internal/cmd/snapshot > /tmp/after.jsonl
//	cmp /tmp/before.jsonl /tmp/after.jsonl
//
// It covers the bundled samples, the NAEB pages (as HTML and as text
// dumps of their ground-truth bodies), the quotes found in every PolNeAR
// article (train and dev), and generated articles of every textgen flavor
// at 200 KB and 2 MB, big enough to take the paths that only huge
// articles take (pooled buffers outgrown, paragraphs read in pieces). It
// needs ../shared/corpus for the NAEB and PolNeAR parts; without it the
// samples and the generated articles are printed.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"

	copydesk "github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/htmldoc/naeb"
	"github.com/copydesk/copydesk/internal/polnear"
	"github.com/copydesk/copydesk/internal/textgen"
	"github.com/copydesk/copydesk/normalize"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	emit := func(source string, v any) {
		if err := enc.Encode(struct {
			Source string `json:"source"`
			Result any    `json:"result"`
		}{source, v}); err != nil {
			fmt.Fprintln(os.Stderr, "snapshot:", err)
			os.Exit(1)
		}
	}
	parse := func(in []byte) any {
		a, err := article.Parse(bytes.NewReader(in))
		if err != nil {
			return err.Error()
		}
		return a
	}

	names, _ := fs.Glob(copydesk.Samples, "testdata/*.txt")
	for _, name := range names {
		in, _ := fs.ReadFile(copydesk.Samples, name)
		emit(name, parse(in))
	}

	for _, f := range textgen.Flavors {
		for _, size := range []int{200 << 10, 2 << 20} {
			emit(fmt.Sprintf("textgen/%s/%dKB", f.Name, size>>10), parse(textgen.Article(size, f.Flavor)))
		}
	}

	if dir, err := naeb.Find(); err == nil {
		recs, err := naeb.Load(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "snapshot:", err)
			os.Exit(1)
		}
		pages, _, err := naeb.Pages(dir, recs)
		if err != nil {
			fmt.Fprintln(os.Stderr, "snapshot:", err)
			os.Exit(1)
		}
		for i, r := range recs {
			emit(fmt.Sprintf("naeb/%d.html", r.ID), parse(pages[i]))
			if r.Text != "" {
				emit(fmt.Sprintf("naeb/%d.txt", r.ID), parse(r.Dump()))
			}
		}
	}

	if dir := polnear.Dir(); dir != "" {
		for _, split := range []string{"train", "dev"} {
			docs, err := polnear.Load(dir, split)
			if err != nil {
				fmt.Fprintln(os.Stderr, "snapshot:", err)
				os.Exit(1)
			}
			for i := range docs {
				var paragraphs []string
				for _, p := range polnear.Paragraphs(docs[i].Text) {
					paragraphs = append(paragraphs, p.Text)
				}
				emit("polnear/"+split+"/"+docs[i].Name, normalize.Quotes(paragraphs))
			}
		}
	}
}
