// Command hostile parses each hostile input of textgen.Hostile with
// article.Parse and prints, per case, the input size, the wall time, the
// peak live heap and the bytes allocated during the parse, and the outcome.
//
//	go run ./internal/textgen/cmd/hostile [-run regexp]
//
// Peak heap is sampled every millisecond from runtime/metrics (live heap
// objects, after a GC before each case), so it is a close lower bound.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/textgen"
)

func main() {
	run := flag.String("run", "", "only the cases whose name matches `regexp`")
	flag.Parse()
	re, err := regexp.Compile(*run)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hostile:", err)
		os.Exit(2)
	}
	const row = "%-33s %9s %9s %6s %10s %10s  %s\n"
	fmt.Printf(row, "case", "input", "time", "MB/s", "peak heap", "allocated", "outcome")
	for _, c := range textgen.Hostile() {
		if !re.MatchString(c.Name) {
			continue
		}
		in := c.Input()
		m := measure(in)
		fmt.Printf(row, c.Name, mb(int64(len(in))), roundDuration(m.d),
			fmt.Sprintf("%.1f", float64(len(in))/1e6/m.d.Seconds()), mb(m.peak), mb(m.alloc), m.outcome)
	}
}

type result struct {
	d           time.Duration
	peak, alloc int64
	outcome     string
}

// measure parses in once, sampling the live heap while it runs.
func measure(in []byte) (r result) {
	runtime.GC()
	base := heap()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	alloc0 := ms.TotalAlloc
	var peak atomic.Int64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			if h := heap() - base; h > peak.Load() {
				peak.Store(h)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	start := time.Now()
	a, err := parse(in)
	r.d = time.Since(start)
	close(done)
	<-sampled
	runtime.ReadMemStats(&ms)
	r.peak, r.alloc = peak.Load(), int64(ms.TotalAlloc-alloc0)
	switch {
	case err != nil:
		r.outcome = err.Error()
	default:
		r.outcome = fmt.Sprintf("%d paragraphs, %d quotes, %d repairs, date %q", len(a.Paragraphs), len(a.Quotes), len(a.Repairs), a.DatePublished)
	}
	return r
}

func parse(in []byte) (a *article.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("PANIC: %v", r)
		}
	}()
	return article.Parse(bytes.NewReader(in))
}

var sample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

func heap() int64 {
	metrics.Read(sample)
	return int64(sample[0].Value.Uint64())
}

func mb(n int64) string {
	if n < 1e6 {
		return fmt.Sprintf("%.1f KB", float64(n)/1e3)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

// roundDuration keeps three significant digits or so.
func roundDuration(d time.Duration) string {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond).String()
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond).String()
	}
	return d.Round(time.Microsecond).String()
}
