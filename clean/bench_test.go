package clean_test

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/clean"
	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/htmldoc/naeb"
)

// benchText returns a sample article repeated to about 1 MB.
func benchText(b *testing.B, path string) string {
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Skip(err)
	}
	s := string(raw)
	return strings.Repeat(s+"\n\n", (1<<20)/len(s)+1)
}

// BenchmarkClean cleans text with nothing to fix (the AP sample: curly
// quotes and dashes, no defect): it must not allocate.
func BenchmarkClean(b *testing.B) {
	s := benchText(b, "../testdata/ap-baghdad-rally.txt")
	benchClean(b, s, clean.Text)
}

// BenchmarkCleanScaling is BenchmarkClean at sizes from 10 KB to 10 MB,
// for comparing the cost per byte of a big text, which does not fit in
// the caches, with that of a small one.
func BenchmarkCleanScaling(b *testing.B) {
	raw, err := os.ReadFile("../testdata/ap-baghdad-rally.txt")
	if err != nil {
		b.Skip(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		s := strings.Repeat(string(raw)+"\n\n", size.n/(len(raw)+2)+1)
		b.Run(size.name, func(b *testing.B) { benchClean(b, s, clean.Text) })
	}
}

// BenchmarkDamaged cleans the Al Jazeera sample (placeholders, damaged
// entities, a boilerplate line), repeated.
func BenchmarkDamaged(b *testing.B) {
	s := benchText(b, "../testdata/aljazeera-baghdad-rally.txt")
	benchClean(b, s, clean.Text)
}

// BenchmarkDamagedDense cleans text with a defect in every line: mojibake,
// CRLF, NBSP runs, entities.
func BenchmarkDamagedDense(b *testing.B) {
	s := strings.Repeat(denseLine, (1<<20)/len(denseLine)+1)
	benchClean(b, s, clean.Text)
}

// denseLine is a line with a defect every few bytes.
const denseLine = "It\u00e2\u20ac\u2122s the minister\u00e2\u20ac\u2122s &quot;plan&quot;\u00a0\u00a0for S&P 500, caf\u00c3\u00a9 & # 39; s.\r\n"

// BenchmarkDamagedDenseScaling is BenchmarkDamagedDense with the repair
// log kept (TextRepairs), at sizes from 10 KB to 10 MB: an edit every few
// bytes, for the memory that the edits, the map to the original and the
// log take on a big text.
func BenchmarkDamagedDenseScaling(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		s := strings.Repeat(denseLine, size.n/len(denseLine)+1)
		b.Run(size.name, func(b *testing.B) {
			benchClean(b, s, func(s string) string {
				out, _ := clean.TextRepairs(s)
				return out
			})
		})
	}
}

// BenchmarkDamagedRepairs is BenchmarkDamaged with the repair log kept
// (TextRepairs rather than Text).
func BenchmarkDamagedRepairs(b *testing.B) {
	s := benchText(b, "../testdata/aljazeera-baghdad-rally.txt")
	benchClean(b, s, func(s string) string {
		out, _ := clean.TextRepairs(s)
		return out
	})
}

// benchClean runs clean on s, reporting MB/s and allocations.
func benchClean(b *testing.B, s string, clean func(string) string) {
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		clean(s)
	}
}

// BenchmarkDecodeNAEBText runs DecodeTextRepairs over the NAEB bodies
// written as text dumps, as article.Parse does, all of them per
// iteration: text in which almost nothing needs repair. It skips
// without the corpus.
func BenchmarkDecodeNAEBText(b *testing.B) {
	dir, err := corpus.Dir("naeb")
	if err != nil {
		b.Skip(err)
	}
	recs, err := naeb.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	var docs []string
	var total int64
	for _, r := range recs {
		if r.Text != "" {
			docs = append(docs, string(r.Dump()))
			total += int64(len(docs[len(docs)-1]))
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			clean.DecodeTextRepairs(d)
		}
	}
}
