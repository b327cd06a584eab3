package normalize

import (
	"strings"
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

func TestLastIndexAt(t *testing.T) {
	tests := []struct {
		name, in, sep string
		k             int
		want          int
	}{
		{name: "pipe", in: "Jane Doe | Reuters", sep: " | ", k: 1, want: 8},
		{name: "last of two pipes", in: "A | B | C", sep: " | ", k: 1, want: 5},
		{name: "pipe without spaces", in: "A|B", sep: " | ", k: 1, want: -1},
		{name: "pipe first", in: "| B", sep: " | ", k: 1, want: -1},
		{name: "comma", in: "Jane Doe, Reuters", sep: ", ", k: 0, want: 8},
		{name: "last comma with a space", in: "a, b, c,d", sep: ", ", k: 0, want: 4},
		{name: "comma at the end", in: "a, b,", sep: ", ", k: 0, want: 1},
		{name: "shorter than sep", in: "|", sep: " | ", k: 1, want: -1},
		{name: "empty", in: "", sep: ", ", k: 0, want: -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, lastIndexAt(tc.in, tc.sep, tc.k), "lastIndexAt(%q, %q, %d)", tc.in, tc.sep, tc.k)
			assert.Equal(t, strings.LastIndex(tc.in, tc.sep), tc.want, "strings.LastIndex(%q, %q)", tc.in, tc.sep)
		})
	}
}

// FuzzLastIndexAt checks lastIndexAt against strings.LastIndex, for the
// separators and anchors Byline uses and others.
func FuzzLastIndexAt(f *testing.F) {
	for _, s := range []string{"Jane Doe | Reuters", "a, b, c", " | ", "||", ",,  ,"} {
		f.Add(s, " | ", uint8(1))
		f.Add(s, ", ", uint8(0))
	}
	f.Fuzz(func(t *testing.T, s, sep string, k uint8) {
		if sep == "" {
			return
		}
		k %= uint8(min(len(sep), 255))
		if got, want := lastIndexAt(s, sep, int(k)), strings.LastIndex(s, sep); got != want {
			t.Errorf("lastIndexAt(%q, %q, %d) = %d, strings.LastIndex says %d", s, sep, k, got, want)
		}
	})
}

func TestIndexAt(t *testing.T) {
	tests := []struct {
		name, in, sep string
		k             int
		want          int
	}{
		{name: "by", in: "(Reporting by Jane Doe; Editing by John Roe)", sep: " by ", k: 1, want: 10},
		{name: "b without spaces", in: "Mob rule by the sea", sep: " by ", k: 1, want: 8},
		{name: "from", in: "Russo reported from New York.", sep: " from ", k: 1, want: 14},
		{name: "none", in: "Russo reported for New York.", sep: " from ", k: 1, want: -1},
		{name: "anchor at the start", in: "by x", sep: " by ", k: 1, want: -1},
		{name: "empty", in: "", sep: " by ", k: 1, want: -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, indexAt(tc.in, tc.sep, tc.k), "indexAt(%q, %q, %d)", tc.in, tc.sep, tc.k)
			assert.Equal(t, strings.Index(tc.in, tc.sep), tc.want, "strings.Index(%q, %q)", tc.in, tc.sep)
		})
	}
}

// FuzzIndexAt checks indexAt against strings.Index.
func FuzzIndexAt(f *testing.F) {
	for _, s := range []string{"Reporting by A; Editing by B", "x from y", " by ", "bb", ""} {
		f.Add(s, " by ", uint8(1))
		f.Add(s, " from ", uint8(1))
	}
	f.Fuzz(func(t *testing.T, s, sep string, k uint8) {
		if sep == "" {
			return
		}
		k %= uint8(min(len(sep), 255))
		if got, want := indexAt(s, sep, int(k)), strings.Index(s, sep); got != want {
			t.Errorf("indexAt(%q, %q, %d) = %d, strings.Index says %d", s, sep, k, got, want)
		}
	})
}
