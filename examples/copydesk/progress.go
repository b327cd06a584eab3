package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// A progress reporter writes the run's progress on standard error: a line
// rewritten in place five times a second on a terminal, a plain line every
// cfg.interval otherwise, nothing with -q.
type progress struct {
	b       *batch
	start   time.Time
	live    bool
	done    chan struct{}
	stopped chan struct{}
	width   int // of the live line on screen, to clear it
}

func startProgress(b *batch, start time.Time) *progress {
	p := &progress{b: b, start: start, live: isTerminal(b.stderr), done: make(chan struct{}), stopped: make(chan struct{})}
	if b.cfg.quiet || b.samplesOnly() {
		close(p.stopped)
		return p
	}
	every := b.cfg.interval
	if p.live {
		every = 200 * time.Millisecond
	}
	go func() {
		defer close(p.stopped)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				b.errMu.Lock()
				p.clear()
				b.errMu.Unlock()
				return
			case <-t.C:
				b.errMu.Lock()
				p.show()
				b.errMu.Unlock()
			}
		}
	}()
	return p
}

// stop ends the reports and clears the live line.
func (p *progress) stop() {
	if p == nil {
		return
	}
	select {
	case <-p.done:
	default:
		close(p.done)
	}
	<-p.stopped
}

// show writes one progress report. The caller holds b.errMu.
func (p *progress) show() {
	line := p.line()
	if !p.live {
		fmt.Fprintln(p.b.stderr, line)
		return
	}
	pad := ""
	if n := len(line); n < p.width {
		pad = strings.Repeat(" ", p.width-n)
	}
	fmt.Fprintf(p.b.stderr, "\r%s%s", line, pad)
	p.width = len(line)
}

// clear removes the live line, before an error line or at the end. The
// caller holds b.errMu.
func (p *progress) clear() {
	if p == nil || !p.live || p.width == 0 {
		return
	}
	fmt.Fprintf(p.b.stderr, "\r%s\r", strings.Repeat(" ", p.width))
	p.width = 0
}

// line is the text of a progress report: counts, rate, and the share done
// with an ETA when the size of the input is known.
func (p *progress) line() string {
	s := &p.b.stats
	elapsed := time.Since(p.start)
	secs := max(elapsed.Seconds(), 1e-9)
	n := s.articles.Load() + s.errors.Load()
	line := fmt.Sprintf("copydesk: %d articles, %d errors, %.0f/s, %.1f MB/s, %s",
		s.articles.Load(), s.errors.Load(), float64(n)/secs, float64(s.parsed.Load())/1e6/secs, elapsed.Round(time.Second))
	total, read := s.total.Load(), s.read.Load()
	if total > 0 && read > 0 {
		frac := min(float64(read)/float64(total), 1)
		eta := time.Duration(float64(elapsed) * (1 - frac) / frac)
		line += fmt.Sprintf(", %.0f%% done, ETA %s", 100*frac, eta.Round(time.Second))
	}
	return line
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
