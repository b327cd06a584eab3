package polnear

import (
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/normalize"
)

// MinOverlap is the share of the shorter quote's tokens that two quotes must
// share to match.
const MinOverlap = 0.8

// A Finder returns the quotes of an article's paragraphs; normalize.Quotes
// is one.
type Finder func(paragraphs []string) []normalize.Quote

// An Error is one scoring error, for the report.
type Error struct {
	Doc       string
	Paragraph int
	Text      string // the quote
	Gold      string // the gold source ("" for a spurious quote)
	Got       string // the predicted speaker ("" for a missed quote)
	Verb      string // the predicted speech verb
	Context   string // the paragraph, for reading
}

// A Report holds the scores over a set of documents.
type Report struct {
	Documents int
	Gold      int // gold direct quotes
	Predicted int // predicted quotes scored
	Matched   int
	// Unattributed counts predicted quotes without a speaker (all are
	// scored).
	Unattributed int

	SpeakerGold  int // matched quotes whose gold source is a name
	SpeakerRight int

	Missed, Spurious, WrongSpeaker []Error
}

// Precision is Matched / Predicted.
func (r *Report) Precision() float64 { return ratio(r.Matched, r.Predicted) }

// Recall is Matched / Gold.
func (r *Report) Recall() float64 { return ratio(r.Matched, r.Gold) }

// F1 is the harmonic mean of precision and recall.
func (r *Report) F1() float64 {
	p, q := r.Precision(), r.Recall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

// SpeakerAccuracy is SpeakerRight / SpeakerGold.
func (r *Report) SpeakerAccuracy() float64 { return ratio(r.SpeakerRight, r.SpeakerGold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate runs find over each document's paragraphs and scores its quotes
// against the gold direct quotes.
func Evaluate(docs []Document, find Finder) *Report {
	r := &Report{Documents: len(docs)}
	for k := range docs {
		r.add(&docs[k], find)
	}
	return r
}

// predicted is a quote of the finder, with its tokens.
type predicted struct {
	q      normalize.Quote
	tokens []string
	last   int // last paragraph it covers
	used   bool
}

func (r *Report) add(d *Document, find Finder) {
	paras := Paragraphs(d.Text)
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.Text
	}
	var preds []*predicted
	for _, q := range find(texts) {
		if q.Speaker == "" {
			r.Unattributed++
		}
		preds = append(preds, &predicted{q: q, tokens: Tokens(q.Text), last: q.Paragraph + strings.Count(q.Text, "\n")})
	}
	r.Predicted += len(preds)
	paraOf := func(at int) int {
		for i, p := range paras {
			if at < p.End {
				return i
			}
		}
		return len(paras) - 1
	}
	gold := Gold(d)
	r.Gold += len(gold)
	for _, g := range gold {
		gt := Tokens(g.Text)
		first, last := paraOf(g.Start), paraOf(g.End-1)
		var best *predicted
		bestScore := 0.0
		for _, p := range preds {
			if p.used || p.last < first || p.q.Paragraph > last {
				continue
			}
			if s := overlap(gt, p.tokens); s >= MinOverlap && s > bestScore {
				best, bestScore = p, s
			}
		}
		ctx := texts[first]
		if best == nil {
			r.Missed = append(r.Missed, Error{Doc: d.Name, Paragraph: first, Text: g.Text, Gold: g.Source, Context: ctx})
			continue
		}
		best.used = true
		r.Matched++
		if !IsName(g.Source) {
			continue
		}
		r.SpeakerGold++
		if SameSpeaker(g.Source, best.q.Speaker) {
			r.SpeakerRight++
		} else {
			r.WrongSpeaker = append(r.WrongSpeaker, Error{Doc: d.Name, Paragraph: first, Text: g.Text, Gold: g.Source, Got: best.q.Speaker, Verb: best.q.Verb, Context: ctx})
		}
	}
	for _, p := range preds {
		if !p.used {
			r.Spurious = append(r.Spurious, Error{Doc: d.Name, Paragraph: p.q.Paragraph, Text: p.q.Text, Got: p.q.Speaker, Verb: p.q.Verb, Context: texts[p.q.Paragraph]})
		}
	}
}

// overlap is the share of the shorter token list found in the other (as
// multisets).
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	count := make(map[string]int, len(b))
	for _, t := range b {
		count[t]++
	}
	n := 0
	for _, t := range a {
		if count[t] > 0 {
			count[t]--
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// notNameWords are capitalized words that do not make a source a name.
var notNameWords = map[string]bool{"he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "the": true, "a": true, "an": true,
	"his": true, "her": true, "their": true, "its": true, "you": true,
	"this": true, "that": true, "one": true, "some": true, "many": true,
	"both": true, "others": true, "our": true, "my": true, "me": true}

// IsName reports whether a gold source names someone. The source's first
// phrase (up to a comma, brackets dropped) must end in a capitalized word
// that is not a pronoun: "Trump", "The New York Post", "Clinton's aide Jake
// Sullivan", "Bush, Florida's former governor,"; not "he", "a source",
// "the Democratic presidential candidate", "the Clinton campaign".
func IsName(source string) bool { return nameKey(source) != "" }

// nameKey is the normalized last word of a source's first phrase, when it is
// capitalized.
func nameKey(source string) string {
	if i := strings.IndexByte(source, ','); i >= 0 {
		source = source[:i]
	}
	for {
		open := strings.IndexByte(source, '(')
		if open < 0 {
			break
		}
		end := strings.IndexByte(source[open:], ')')
		if end < 0 {
			source = source[:open]
			break
		}
		source = source[:open] + source[open+end+1:]
	}
	f := strings.Fields(source)
	if len(f) == 0 {
		return ""
	}
	w := strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if w == "" || !unicode.IsUpper([]rune(w)[0]) || notNameWords[strings.ToLower(w)] {
		return ""
	}
	return wordKey(w)
}

// wordKey normalizes a name word: lower case, no possessive, no "al-".
func wordKey(w string) string {
	w = strings.ToLower(w)
	for _, s := range []string{"'s", "’s", "’", "'"} {
		w = strings.TrimSuffix(w, s)
	}
	for _, p := range []string{"al-", "el-"} {
		w = strings.TrimPrefix(w, p)
	}
	return w
}

// keys returns the normalized words of a name.
func keys(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			m[wordKey(w)] = true
		}
	}
	return m
}

// SameSpeaker reports whether a predicted speaker names the person of a gold
// source: the gold name's key word (see IsName) is a word of the prediction,
// or the prediction's last word is a word of the gold source.
func SameSpeaker(gold, got string) bool {
	if got == "" {
		return false
	}
	gk := nameKey(gold)
	if gk != "" && keys(got)[gk] {
		return true
	}
	f := strings.Fields(got)
	last := wordKey(strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	return last != "" && keys(gold)[last]
}
