package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestByline(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   []Author
		reason string
	}{
		{
			name: "AP names comma organization",
			in:   "Qassem Abdul-Zahra and Samya Kullab, The Associated Press",
			want: []Author{{"Qassem Abdul-Zahra", "The Associated Press"}, {"Samya Kullab", "The Associated Press"}},
		},
		{name: "by and", in: "By Jane Doe and John Roe", want: []Author{{Name: "Jane Doe"}, {Name: "John Roe"}}},
		{name: "pipe organization", in: "Jane Doe | Reuters", want: []Author{{"Jane Doe", "Reuters"}}},
		{name: "by comma organization", in: "By Jane Doe, Reuters", want: []Author{{"Jane Doe", "Reuters"}}},
		{name: "by three names", in: "By Ann Lee, Bo Park and Cy Twombly", want: []Author{{Name: "Ann Lee"}, {Name: "Bo Park"}, {Name: "Cy Twombly"}}},
		{name: "by organization only", in: "By Reuters", want: []Author{{Name: "Reuters"}}},
		{name: "outlet by shape", in: "Dewi Sari, The Jakarta Post", want: []Author{{"Dewi Sari", "The Jakarta Post"}}},
		{name: "places", in: "Paris and London", reason: "no By and no organization"},
		{name: "sentence", in: "By the time the police arrived, the crowd had left.", reason: "a sentence opening with By"},
		{name: "sentence comma", in: "Officials met in Baghdad, The Associated Press", reason: "names must be names"},
		{name: "empty", in: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Byline(tc.in)
			assert.Equal(t, tc.want, got, "Byline(%q): %s", tc.in, tc.reason)
			assert.Equal(t, tc.want != nil, ok, "ok of Byline(%q)", tc.in)
		})
	}
}

func TestContributors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Contributor
	}{
		{
			name: "AP writer in place",
			in:   "Associated Press writer Nasser Karimi in Tehran, Iran, contributed to this report.",
			want: []Contributor{{Name: "Nasser Karimi", Role: "writer", Location: "Tehran, Iran", Organization: "Associated Press"}},
		},
		{
			name: "two writers",
			in:   "Associated Press writers Jane Doe in Paris and John Roe in London contributed to this report.",
			want: []Contributor{
				{Name: "Jane Doe", Role: "writer", Location: "Paris", Organization: "Associated Press"},
				{Name: "John Roe", Role: "writer", Location: "London", Organization: "Associated Press"},
			},
		},
		{
			name: "no role",
			in:   "Jane Doe in Paris contributed reporting.",
			want: []Contributor{{Name: "Jane Doe", Location: "Paris"}},
		},
		{
			name: "Reuters credits",
			in:   "(Reporting by Jane Doe in London and John Roe; Editing by Ann Poe)",
			want: []Contributor{
				{Name: "Jane Doe", Role: "reporting", Location: "London"},
				{Name: "John Roe", Role: "reporting"},
				{Name: "Ann Poe", Role: "editing"},
			},
		},
		{
			name: "reported from",
			in:   "Russo reported from New York.",
			want: []Contributor{{Name: "Russo", Role: "reporter", Location: "New York"}},
		},
		{
			name: "two reported from",
			in:   "Jane Doe and Roe reported from Kyiv, Ukraine.",
			want: []Contributor{{Name: "Jane Doe", Role: "reporter", Location: "Kyiv, Ukraine"}, {Name: "Roe", Role: "reporter", Location: "Kyiv, Ukraine"}},
		},
		{
			name: "credits without parentheses",
			in:   "Reporting by Elissaveta Brandon and Liz Stinson",
			want: []Contributor{{Name: "Elissaveta Brandon", Role: "reporting"}, {Name: "Liz Stinson", Role: "reporting"}},
		},
		{
			name: "credits with comma",
			in:   "Reporting by Jane Doe, Editing by Ann Poe",
			want: []Contributor{{Name: "Jane Doe", Role: "reporting"}, {Name: "Ann Poe", Role: "editing"}},
		},
		{name: "sentence reported from", in: "The fire was reported from the air."},
		{name: "sentence", in: "The weather contributed to the delay."},
		{name: "not credits", in: "(Driven by fear; pushed by anger)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Contributors(tc.in)
			assert.Equal(t, tc.want, got, "Contributors(%q)", tc.in)
			assert.Equal(t, tc.want != nil, ok, "ok of Contributors(%q)", tc.in)
		})
	}
}
