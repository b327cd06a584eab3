// Command quoteeval scores normalize.Quotes on the PolNeAR corpus: quote
// precision, recall and F1, and speaker accuracy, with samples of errors.
//
//	go run ./examples/quoteeval [-split dev|train] [-errors N] [-corpus DIR]
//
// The corpus is found at ../shared/corpus/polnear from the repository root
// unless -corpus names it. Scoring rules are in internal/polnear.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/polnear"
	"github.com/copydesk/copydesk/normalize"
)

func main() {
	split := flag.String("split", "dev", "corpus split: dev or train")
	nerr := flag.Int("errors", 10, "how many errors of each kind to print")
	dir := flag.String("corpus", "", "PolNeAR folder (default ../shared/corpus/polnear from the repository root)")
	flag.Parse()
	if *dir == "" {
		*dir = polnear.Dir()
	}
	docs, err := polnear.Load(*dir, *split)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quoteeval:", err)
		os.Exit(1)
	}
	start := time.Now()
	r := polnear.Evaluate(docs, normalize.Quotes)
	elapsed := time.Since(start)
	fmt.Printf("PolNeAR %s: %d articles, %d gold direct quotes, %d predicted (%d without a speaker)\n",
		*split, r.Documents, r.Gold, r.Predicted, r.Unattributed)
	fmt.Printf("quotes:   precision %.3f  recall %.3f  F1 %.3f  (%d matched)\n", r.Precision(), r.Recall(), r.F1(), r.Matched)
	fmt.Printf("speakers: accuracy %.3f  (%d of %d matched quotes whose gold source is a name)\n", r.SpeakerAccuracy(), r.SpeakerRight, r.SpeakerGold)
	fmt.Printf("time:     %v to find, attribute and score (loading excluded), %.0f µs per article\n", elapsed.Round(time.Millisecond), float64(elapsed.Microseconds())/float64(max(1, r.Documents)))
	show := func(title string, errs []polnear.Error) {
		fmt.Printf("\n%s: %d\n", title, len(errs))
		for i, e := range errs {
			if i == *nerr {
				break
			}
			fmt.Printf("- %s ¶%d\n  quote:   %q\n", e.Doc, e.Paragraph, clip(e.Text, 160))
			if e.Gold != "" || e.Got != "" {
				fmt.Printf("  gold: %q  got: %q  verb: %q\n", e.Gold, e.Got, e.Verb)
			}
			fmt.Printf("  context: %q\n", clip(e.Context, 300))
		}
	}
	show("missed quotes", r.Missed)
	show("spurious quotes", r.Spurious)
	show("wrong speakers", r.WrongSpeaker)
}

// clip shortens s to about n bytes.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
