package main

import (
	"bytes"
	"encoding/json"

	"github.com/copydesk/copydesk/article"
)

// A record is one line of JSONL output: where the article came from, and
// the article's fields or the error that stopped it.
type record struct {
	source
	Error string `json:"error,omitempty"`
	*article.Article
}

// format renders one result in the output format. It runs in the
// workers, so that encoding scales with them.
func (b *batch) format(src source, a *article.Article, err error) []byte {
	rec := record{source: src, Article: a}
	if err != nil {
		rec.Error = err.Error()
	}
	switch b.cfg.format {
	case "text":
		if err != nil {
			return nil
		}
		return renderText(src, a)
	case "json":
		out, merr := json.MarshalIndent(rec, "  ", "  ")
		if merr != nil {
			out, _ = json.Marshal(record{source: src, Error: "encode: " + merr.Error()})
		}
		return append([]byte("  "), out...)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if merr := enc.Encode(rec); merr != nil {
		buf.Reset()
		enc.Encode(record{source: src, Error: "encode: " + merr.Error()})
	}
	return buf.Bytes()
}

// begin, separate and end write what goes before, between and after the
// records: the brackets and commas of a JSON array, blank lines between
// text articles.
func (b *batch) begin() {
	if b.cfg.format == "json" {
		b.stdout.WriteString("[\n")
	}
}

func (b *batch) separate(first bool) {
	if first {
		return
	}
	switch b.cfg.format {
	case "json":
		b.stdout.WriteString(",\n")
	case "text":
		b.stdout.WriteString("\n")
	}
}

func (b *batch) end() {
	if b.cfg.format == "json" {
		b.stdout.WriteString("\n]\n")
	}
}
