package polnear

import (
	"strings"
	"unicode"
)

// A Paragraph is a block of an article's text between blank lines.
type Paragraph struct {
	Text       string
	Start, End int // code points in the document
}

// Paragraphs splits a document's text into paragraphs at line breaks: blank
// lines, and the single newlines that a quarter of the articles use between
// paragraphs. Blank paragraphs are dropped.
func Paragraphs(text []rune) []Paragraph {
	var out []Paragraph
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		s, e := start, i
		for s < e && unicode.IsSpace(text[s]) {
			s++
		}
		for e > s && unicode.IsSpace(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Paragraph{Text: string(text[s:e]), Start: s, End: e})
		}
		start = i + 1
	}
	return out
}

// A GoldQuote is a direct quote of the gold standard.
type GoldQuote struct {
	Text       string
	Start, End int    // code points of the text inside the marks
	Source     string // the attribution's Source text, "" when none
}

// region is a quoted region of the text: the code points inside the marks.
type region struct{ start, end int }

// quoteRegions finds the quoted regions of a text, paragraph by paragraph.
func quoteRegions(text []rune, paras []Paragraph) []region {
	var out []region
	open := -1 // start of an open double-quoted region
	for pi, p := range paras {
		single := -1
		for i := p.Start; i < p.End; i++ {
			r := text[i]
			prev, next := ' ', ' '
			if i > p.Start {
				prev = text[i-1]
			}
			if i+1 < p.End {
				next = text[i+1]
			}
			atStart := unicode.IsSpace(prev) || strings.ContainsRune("([—–-/\"“‘'", prev)
			atEnd := unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)]—–-/…\"”’'", next)
			switch {
			case r == '“' || r == '"' && atStart && !atEnd:
				if open < 0 || r == '“' {
					open = i + 1
				}
			case r == '”' || r == '"' && !atStart:
				if open >= 0 {
					out = append(out, region{open, i})
					open = -1
				}
			case (r == '‘' || r == '\'') && atStart && !atEnd && !unicode.IsDigit(next):
				if single < 0 {
					single = i + 1
				}
			case (r == '’' || r == '\'') && !unicode.IsSpace(prev) && atEnd:
				if single >= 0 {
					out = append(out, region{single, i})
					single = -1
				}
			}
		}
		if open >= 0 {
			// Runs on if the next paragraph opens with a mark.
			if pi+1 < len(paras) && strings.ContainsRune("“\"", text[paras[pi+1].Start]) {
				continue
			}
			out = append(out, region{open, p.End})
			open = -1
		}
	}
	return out
}

// Gold returns the document's direct quotes, in text order. When several
// attributions cover the same quote (a nested attribution such as "Sanders
// said, according to CNN"), the innermost one, whose content span around
// the quote is the smallest, gives the source.
func Gold(d *Document) []GoldQuote {
	paras := Paragraphs(d.Text)
	regions := quoteRegions(d.Text, paras)
	type pick struct {
		source string
		size   int
	}
	best := make(map[region]pick)
	for _, a := range d.Attributions {
		source := d.Slice(a.Source)
		for _, c := range a.Content {
			for _, r := range regions {
				inside := r.start >= c.Start-2 && r.end <= c.End+2 // the marks sit inside the content
				around := c.Start >= r.start && c.End <= r.end     // the content sits inside the marks
				if !inside && !around || r.end <= r.start {
					continue
				}
				size := c.End - c.Start
				if p, ok := best[r]; !ok || size < p.size {
					best[r] = pick{source, size}
				}
			}
		}
	}
	var out []GoldQuote
	for r, p := range best {
		text := strings.TrimSpace(string(d.Text[r.start:r.end]))
		if len(Tokens(text)) == 0 {
			continue
		}
		out = append(out, GoldQuote{Text: text, Start: r.start, End: r.end, Source: p.source})
	}
	sortGold(out)
	return out
}

// sortGold orders quotes by position.
func sortGold(qs []GoldQuote) {
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].Start < qs[j-1].Start; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
}

// Tokens normalizes text for matching: lower case, punctuation dropped,
// split into words.
func Tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
