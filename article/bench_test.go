package article_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/htmldoc/naeb"
	"github.com/copydesk/copydesk/internal/textgen"
)

// Benchmarks report MB/s (b.SetBytes) and allocations. Compare runs with
// benchstat:
//
//	go test -run '^$' -bench . -benchtime 2s -count 6 ./article/ > new.txt
//	benchstat old.txt new.txt

// BenchmarkParseSamples parses each bundled sample.
func BenchmarkParseSamples(b *testing.B) {
	for name, in := range bundledSamples(b) {
		b.Run(filepath.Base(name), func(b *testing.B) {
			benchParse(b, [][]byte{in})
		})
	}
}

// BenchmarkParseNAEBText parses the body texts of the NAEB corpus written
// out as text dumps ("date YYYY-MM-DD", a blank line, the text), all of
// them per iteration. It skips without the corpus.
func BenchmarkParseNAEBText(b *testing.B) {
	benchParse(b, naebTextDumps(b))
}

// BenchmarkParseNAEBTextNoQuotes is BenchmarkParseNAEBText with
// Parser.NoQuotes set: the cost of everything but quote attribution.
func BenchmarkParseNAEBTextNoQuotes(b *testing.B) {
	benchParseWith(b, &article.Parser{NoQuotes: true}, naebTextDumps(b))
}

// BenchmarkParseNAEBHTML parses the NAEB HTML pages, all of them per
// iteration. It skips without the corpus.
func BenchmarkParseNAEBHTML(b *testing.B) {
	docs := naebPages(b)
	if len(docs) == 0 {
		b.Skip("no NAEB pages")
	}
	benchParse(b, docs)
}

// BenchmarkParseParallel parses the NAEB pages (the samples without the
// corpus) from GOMAXPROCS goroutines with one shared Parser; compare
// "-cpu 1,2" runs to see how Parse scales with cores.
func BenchmarkParseParallel(b *testing.B) {
	var docs [][]byte
	if _, err := naeb.Find(); err == nil {
		docs = naebPages(b)
	}
	if len(docs) == 0 {
		for _, d := range bundledSamples(b) {
			docs = append(docs, d)
		}
	}
	var total int64
	for _, d := range docs {
		total += int64(len(d))
	}
	p := &article.Parser{}
	var next atomic.Int64
	b.SetBytes(total / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			d := docs[int(next.Add(1))%len(docs)]
			p.Parse(bytes.NewReader(d))
		}
	})
}

// BenchmarkParseScaling parses generated articles of 10 KB to 10 MB of each
// flavor, worst cases included: the time per byte (MB/s) should stay flat
// as the size grows. Each size parses 10 MB of distinct articles per
// iteration (textgen.Articles: a thousand of 10 KB, one of 10 MB), so that
// sizes are compared on the same bytes, as a crawl brings them: a small
// article parsed over and over would stay in the first-level cache and
// its branches would be learnt, which BenchmarkParseScalingHot shows.
func BenchmarkParseScaling(b *testing.B) {
	benchScaling(b, func(size int, f textgen.Flavor) [][]byte {
		return textgen.Articles(size, scalingTotal, f)
	})
}

// scalingTotal is how many bytes BenchmarkParseScaling parses per
// iteration at every size.
const scalingTotal = 10 << 20

// BenchmarkParseScalingHot is BenchmarkParseScaling with one article of
// each size parsed over and over, as the benchmark was first written: a
// small article is then parsed hot (in cache, its branches learnt), which
// makes the small sizes look faster than a stream of distinct articles.
func BenchmarkParseScalingHot(b *testing.B) {
	benchScaling(b, func(size int, f textgen.Flavor) [][]byte {
		return [][]byte{textgen.Article(size, f)}
	})
}

// benchScaling parses docs(size, flavor) for every flavor and size.
func benchScaling(b *testing.B, docs func(size int, f textgen.Flavor) [][]byte) {
	for _, f := range textgen.Flavors {
		for _, size := range []int{10 << 10, 100 << 10, 1 << 20, 10 << 20} {
			b.Run(fmt.Sprintf("%s/%s", f.Name, sizeName(size)), func(b *testing.B) {
				benchParse(b, docs(size, f.Flavor))
			})
		}
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}

// benchParse parses every doc once per iteration with one zero Parser.
func benchParse(b *testing.B, docs [][]byte) {
	benchParseWith(b, &article.Parser{}, docs)
}

// benchParseWith is benchParse with the Parser p.
func benchParseWith(b *testing.B, p *article.Parser, docs [][]byte) {
	var total int64
	for _, d := range docs {
		total += int64(len(d))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			p.Parse(bytes.NewReader(d))
		}
	}
}

// naebTextDumps writes the NAEB ground-truth texts as text dumps
// (naeb.Record.Dump) into a temporary directory, as the issue asks, and
// returns them read back.
func naebTextDumps(b *testing.B) [][]byte {
	recs, err := naeb.Load(naebDir(b))
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	var docs [][]byte
	for i, r := range recs {
		if r.Text == "" {
			continue
		}
		p := filepath.Join(dir, fmt.Sprintf("%04d.txt", i))
		if err := os.WriteFile(p, r.Dump(), 0o644); err != nil {
			b.Fatal(err)
		}
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// naebPages reads the NAEB pages; the benchmark skips without them.
func naebPages(b *testing.B) [][]byte {
	dir := naebDir(b)
	recs, err := naeb.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	pages, _, err := naeb.Pages(dir, recs)
	if err != nil {
		b.Fatal(err)
	}
	return pages
}

// naebDir is the NAEB corpus folder; the benchmark skips without it.
func naebDir(b *testing.B) string {
	dir, err := corpus.Dir("naeb")
	if err != nil {
		b.Skip(err)
	}
	return dir
}
