package main

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/normalize"
)

// wrapWidth is the line width of the text view.
const wrapWidth = 80

// renderText is the readable view of an article: the metadata, then the
// body paragraphs numbered from 1 with subheadings and captions in place,
// then the quotes with their speakers, then the repairs with invisible
// characters made visible (%q).
func renderText(src source, a *article.Article) []byte {
	var w strings.Builder
	rule := strings.Repeat("=", wrapWidth)
	fmt.Fprintf(&w, "%s\n%s\n%s\n", rule, src, rule)
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(&w, "%-13s %s\n", name+":", value)
		}
	}
	field("Title", a.Title)
	field("Date", a.DatePublished.String())
	if d := a.Dateline; d != nil {
		field("Dateline", fmt.Sprintf("%q", d.Text)+parens(join(", ",
			label("city", d.City), label("region", d.Region), label("country", d.Country),
			label("agency", d.Agency), label("date", d.Date))))
	}
	var authors []string
	for _, au := range a.Authors {
		authors = append(authors, au.Name+parens(au.Organization))
	}
	field("Authors", strings.Join(authors, "; "))
	var contributors []string
	for _, c := range a.Contributors {
		contributors = append(contributors, join(", ", c.Name, c.Role, prefix("in ", c.Location))+parens(c.Organization))
	}
	field("Contributors", strings.Join(contributors, "; "))
	field("Publisher", a.Publisher)

	fmt.Fprintf(&w, "\nParagraphs (%d):\n", len(a.Paragraphs))
	for i := 0; i <= len(a.Paragraphs); i++ {
		for _, s := range a.Subheadings {
			if s.Paragraph == i {
				fmt.Fprintf(&w, "\n    ## %s\n", s.Text)
			}
		}
		for _, c := range a.Captions {
			if c.Paragraph == i {
				w.WriteString("\n")
				wrap(&w, "    [caption] ", c.Text+parens(c.Credit))
			}
		}
		if i < len(a.Paragraphs) {
			w.WriteString("\n")
			wrap(&w, fmt.Sprintf("%3d. ", i+1), a.Paragraphs[i])
		}
	}
	writeQuotes(&w, a.Quotes)
	if len(a.Repairs) > 0 {
		fmt.Fprintf(&w, "\nRepairs (%d):\n", len(a.Repairs))
		for _, r := range a.Repairs {
			fmt.Fprintf(&w, "  %-16s at %-6d %q -> %q\n", r.Kind, r.Offset, r.Before, r.After)
		}
	}
	return []byte(w.String())
}

func writeQuotes(w *strings.Builder, quotes []normalize.Quote) {
	if len(quotes) == 0 {
		return
	}
	fmt.Fprintf(w, "\nQuotes (%d):\n", len(quotes))
	for _, q := range quotes {
		who := q.Speaker
		if who == "" {
			who = "(unknown speaker)"
		}
		who += parens(join(", ", q.Role, q.Verb))
		if q.Partial {
			who += " [partial]"
		}
		wrap(w, fmt.Sprintf("  ¶%-3d ", q.Paragraph+1), who+": \u201c"+q.Text+"\u201d")
	}
}

// wrap writes text after lead, folded at wrapWidth, continuation lines
// indented under the text.
func wrap(w *strings.Builder, lead, text string) {
	indent := strings.Repeat(" ", len([]rune(lead)))
	col := 0
	w.WriteString(lead)
	col = len([]rune(lead))
	for i, word := range strings.Fields(text) {
		n := len([]rune(word))
		if i > 0 && col+1+n > wrapWidth {
			w.WriteString("\n" + indent)
			col = len(indent)
		} else if i > 0 {
			w.WriteString(" ")
			col++
		}
		w.WriteString(word)
		col += n
	}
	w.WriteString("\n")
}

func parens(s string) string {
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

func prefix(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

func label(name, value string) string {
	if value == "" {
		return ""
	}
	return name + " " + value
}

// join joins the non-empty parts with sep.
func join(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}
