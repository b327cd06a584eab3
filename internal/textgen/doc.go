// Package textgen generates articles for benchmarks and hostile inputs
// for robustness tests: deterministic, of any size, written from a small
// invented vocabulary (nothing is copied from real articles).
//
// Typical use:
//
//	b := textgen.Article(100<<10, textgen.Plain)  // a 100 KB text dump
//	for _, c := range textgen.Hostile() { in := c.Input(); ... }
//
// Articles follow the format of the bundled samples: a "date YYYY-MM-DD"
// header, then paragraphs separated by blank lines, no final newline.
package textgen
