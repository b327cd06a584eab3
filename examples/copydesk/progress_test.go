package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestProgressLine(t *testing.T) {
	b := newBatch(&config{workers: 2}, strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	p := &progress{b: b, start: time.Now().Add(-10 * time.Second)}
	b.stats.articles.Store(90)
	b.stats.errors.Store(10)
	b.stats.parsed.Store(50e6)
	assert.Equal(t, "copydesk: 90 articles, 10 errors, 10/s, 5.0 MB/s, 10s", p.line(), "total unknown: no ETA")

	b.stats.total.Store(400e6)
	b.stats.read.Store(100e6)
	assert.Equal(t, "copydesk: 90 articles, 10 errors, 10/s, 5.0 MB/s, 10s, 25% done, ETA 30s", p.line())
}

func TestProgressPlainLines(t *testing.T) {
	var errOut bytes.Buffer
	cfg := &config{workers: 1, interval: time.Millisecond, args: []string{"x"}}
	b := newBatch(cfg, strings.NewReader(""), &bytes.Buffer{}, &errOut)
	b.prog = startProgress(b, time.Now())
	time.Sleep(20 * time.Millisecond)
	b.prog.stop()
	lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	assert.Greater(t, len(lines), 1, "a line per interval")
	assert.True(t, strings.HasPrefix(lines[0], "copydesk: 0 articles, 0 errors, "), lines[0])
	assert.NotContains(t, errOut.String(), "\r", "no live line when standard error is not a terminal")
}

func TestProgressQuiet(t *testing.T) {
	var errOut bytes.Buffer
	cfg := &config{workers: 1, interval: time.Millisecond, quiet: true, args: []string{"x"}}
	b := newBatch(cfg, strings.NewReader(""), &bytes.Buffer{}, &errOut)
	b.prog = startProgress(b, time.Now())
	time.Sleep(10 * time.Millisecond)
	b.prog.stop()
	assert.Empty(t, errOut.String())
}
