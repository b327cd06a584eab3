package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSplitParagraphs checks the paragraphs of a text dump: blank lines
// separate them, the lines of one are trimmed and joined with a space,
// and a text without a blank line has one a line.
func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "empty", in: "", want: []string{}},
		{name: "only blank lines", in: "\n \n\t\n", want: []string{}},
		{name: "one line", in: "One.", want: []string{"One."}},
		{name: "one line and a line end", in: "One.\n", want: []string{"One."}},
		{name: "blank separated", in: "One.\n\nTwo.\n\nThree.", want: []string{"One.", "Two.", "Three."}},
		{name: "runs of blank lines", in: "\n\nOne.\n \n\t\n\nTwo.\n\n", want: []string{"One.", "Two."}},
		{name: "hard wrapped", in: "One\nline.\n\nTwo\nmore\nlines.", want: []string{"One line.", "Two more lines."}},
		{name: "hard wrapped with white space at the breaks", in: "  One \t\n\t line.  \n\nTwo.", want: []string{"One line.", "Two."}},
		{name: "no blank line", in: "One.\nTwo.\n Three. ", want: []string{"One.", "Two.", "Three."}},
		{name: "no-break space is white space", in: "One\u00a0\n\u00a0line.\n\u00a0\nTwo.", want: []string{"One line.", "Two."}},
		{name: "more paragraphs than the stack holds", in: strings.Repeat("One.\n\n", 3*maxStackParagraphs), want: repeated("One.", 3*maxStackParagraphs)},
		{name: "more lines than the stack holds", in: strings.Repeat("One.\n", 2*maxStackParagraphs) + "One.", want: repeated("One.", 2*maxStackParagraphs+1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := splitParagraphs(tc.in)
			assert.Equal(t, tc.want, got, "splitParagraphs(%q)", tc.in)
			assert.Equal(t, tc.want, splitParagraphsByLines(tc.in), "reference splitParagraphsByLines(%q)", tc.in)
		})
	}
}

// repeated returns n copies of s.
func repeated(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// FuzzSplitParagraphs checks splitParagraphs against a plain reading of
// its rule, line by line, on any text.
func FuzzSplitParagraphs(f *testing.F) {
	for _, s := range []string{"", "a\n\nb", "a\nb\n\nc\n d \n", "a\nb", " \n\na\n\t\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := splitParagraphsByLines(s)
		got := splitParagraphs(s)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		assert.Equal(t, want, got, "splitParagraphs(%q)", s)
	})
}

// splitParagraphsByLines is the rule of splitParagraphs, collecting the
// lines of each paragraph and joining them.
func splitParagraphsByLines(s string) []string {
	lines := strings.Split(s, "\n")
	blankSeparated := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blankSeparated = true
		}
	}
	paragraphs := []string{}
	var cur []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l != "" {
			cur = append(cur, l)
		}
		if len(cur) > 0 && (l == "" || !blankSeparated) {
			paragraphs = append(paragraphs, strings.Join(cur, " "))
			cur = nil
		}
	}
	if len(cur) > 0 {
		paragraphs = append(paragraphs, strings.Join(cur, " "))
	}
	return paragraphs
}
