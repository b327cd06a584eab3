package htmldoc

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropShortcodes(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "no brackets", in: "The council met.", want: "The council met."},
		{name: "shortcode with attributes", in: `Before [ami-related id="3" url="https://x.example/"] after`, want: "Before  after"},
		{name: "opening and closing", in: `[caption id="a1"]Trams.[/caption]`, want: "Trams."},
		{name: "bare name kept", in: "[gallery] The text.", want: "[gallery] The text."},
		{name: "editorial brackets kept", in: "He said [the mayor] was right [sic].", want: "He said [the mayor] was right [sic]."},
		{name: "capitalized kept", in: "[Photo] A view.", want: "[Photo] A view."},
		{name: "unclosed", in: "A [gallery id=1 and more", want: "A [gallery id=1 and more"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, dropShortcodes(tc.in), "dropShortcodes(%q)", tc.in)
		})
	}
}

func TestPreferLDBody(t *testing.T) {
	story := strings.Repeat("The council approved the budget for the new tram line on Monday. ", 4)
	other := "Slide one of nine, a photo of the river in the old town at night."
	ld := []Block{{Kind: Paragraph, Text: story}, {Kind: Paragraph, Text: story}}
	tests := []struct {
		name  string
		found []Block
		want  bool
	}{
		{name: "blocks hold the declared body", found: []Block{{Kind: Paragraph, Text: story}, {Kind: Paragraph, Text: story}}, want: false},
		{name: "far fewer words", found: []Block{{Kind: Paragraph, Text: "A short text."}}, want: true},
		{name: "other text, captions aside", found: []Block{{Kind: Paragraph, Text: other}, {Kind: Caption, Text: story + story}}, want: true},
		{name: "other text but longer", found: []Block{{Kind: Paragraph, Text: strings.Repeat(other, 10)}}, want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, preferLDBody(tc.found, ld))
		})
	}
}
