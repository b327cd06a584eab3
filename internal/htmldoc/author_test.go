package htmldoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitAuthors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []author
	}{
		{name: "by and two names", in: "By Christy Choi and Oscar Holland, CNN",
			want: []author{{name: "Christy Choi", affiliation: "CNN"}, {name: "Oscar Holland", affiliation: "CNN"}}},
		{name: "role after comma", in: "By Cam E. Kettles, Crimson Staff Writer", want: []author{{name: "Cam E. Kettles"}}},
		{name: "role glued to the name", in: "Aleksandar Stevanovic Senior Writer", want: []author{{name: "Aleksandar Stevanovic"}}},
		{name: "degrees", in: "Lauren Manaker MS, RDN, LD", want: []author{{name: "Lauren Manaker MS"}}},
		{name: "credential with a hyphen", in: "Heather Eastman, NSCA-CPT", want: []author{{name: "Heather Eastman"}}},
		{name: "e-mail and handle", in: "Jane Doe jane.doe@example.com @janedoe", want: []author{{name: "Jane Doe"}}},
		{name: "organization alone", in: "The Associated Press", want: []author{{name: "The Associated Press", org: true}}},
		{name: "upper case names", in: "RALPH D. RUSSO, BOB FERRANTE", want: []author{{name: "RALPH D. RUSSO"}, {name: "BOB FERRANTE"}}},
		{name: "apostrophe", in: "James O'Neil", want: []author{{name: "James O'Neil"}}},
		{name: "agency glued to the name", in: "John O'Connor The Associated Press", want: []author{{name: "John O'Connor", affiliation: "The Associated Press"}}},
		{name: "particle", in: "Ursula von der Leyen", want: []author{{name: "Ursula von der Leyen"}}},
		{name: "job title only", in: "Head of Reality Labs", want: nil},
		{name: "prompt", in: "Read Claire's full bio", want: nil},
		{name: "author page URL", in: "https://news.example/author/jane-doe/", want: []author{{name: "Jane Doe"}}},
		{name: "other URL", in: "https://www.facebook.com/janedoe", want: nil},
		{name: "date", in: "December 21, 2023", want: nil},
		{name: "empty", in: "  ", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, splitAuthors(tc.in), "splitAuthors(%q)", tc.in)
		})
	}
}

func TestDedupe(t *testing.T) {
	sites := []string{"BBC News", "bbc"}
	tests := []struct {
		name string
		in   []author
		want []string
	}{
		{name: "case-insensitive repeats", in: []author{{name: "Jane Doe"}, {name: "JANE DOE"}}, want: []string{"Jane Doe"}},
		{name: "people before organizations", in: []author{{name: "Reuters", org: true}, {name: "Jane Doe"}}, want: []string{"Jane Doe"}},
		{name: "agency alone is kept", in: []author{{name: "Reuters", org: true}}, want: []string{"Reuters"}},
		{name: "the site itself is no byline", in: []author{{name: "BBC News", org: true}}, want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range dedupe(tc.in, sites) {
				got = append(got, a.Name)
			}
			assert.Equal(t, tc.want, got, "dedupe(%v)", tc.in)
		})
	}
}
