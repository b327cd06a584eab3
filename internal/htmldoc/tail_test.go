package htmldoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTrimTail(t *testing.T) {
	body := Block{Kind: Paragraph, Text: "The council approved the budget on Monday."}
	tests := []struct {
		name string
		in   []Block
		want []Block
	}{
		{name: "contact and copyright lines", in: []Block{body,
			{Kind: Paragraph, Text: "Jane Doe can be reached at jane.doe@example.com."},
			{Kind: Paragraph, Text: "Copyright © 2024 The Daily Example."}}, want: []Block{body}},
		{name: "separators before a sign-up line", in: []Block{body, {Kind: Paragraph, Text: "___"}, {Kind: Paragraph, Text: "Get alerts on the latest poll. Sign up here."}}, want: []Block{body}},
		{name: "newsletter prompt", in: []Block{body, {Kind: Paragraph, Text: "Sign up for the Morning Brief newsletter."}}, want: []Block{body}},
		{name: "address inside the story stays", in: []Block{{Kind: Paragraph, Text: "Write to tips@example.com, the police said."}, body}, want: []Block{{Kind: Paragraph, Text: "Write to tips@example.com, the police said."}, body}},
		{name: "handle is no address", in: []Block{body, {Kind: Paragraph, Text: "She posted as @jane on X."}}, want: []Block{body, {Kind: Paragraph, Text: "She posted as @jane on X."}}},
		{name: "the only block stays", in: []Block{{Kind: Paragraph, Text: "© 2024"}}, want: []Block{{Kind: Paragraph, Text: "© 2024"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, trimTail(tc.in), "trimTail(%v)", tc.in)
		})
	}
}
