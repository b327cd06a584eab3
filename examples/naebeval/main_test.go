package main

import (
	"bytes"
	"testing"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/htmldoc/naeb"
)

// BenchmarkCorpus parses every NAEB page per iteration with html.Parse
// alone, copydesk's article.Parse and go-trafilatura, in one run:
//
//	go test -run XXX -bench Corpus -benchtime 1x
func BenchmarkCorpus(b *testing.B) {
	dir, err := naeb.Find()
	if err != nil {
		b.Skip(err)
	}
	recs, err := naeb.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	pages, size, err := naeb.Pages(dir, recs)
	if err != nil {
		b.Fatal(err)
	}
	run := func(name string, parse func([]byte)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, p := range pages {
					parse(p)
				}
			}
		})
	}
	run("html.Parse", func(p []byte) { _, _ = html.Parse(bytes.NewReader(p)) })
	run("copydesk", func(p []byte) { _, _ = article.Parse(bytes.NewReader(p)) })
	run("go-trafilatura", func(p []byte) {
		_, _ = trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{EnableFallback: true, ExcludeComments: true})
	})
}
