package htmldoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCleanTitle(t *testing.T) {
	sites := []string{"Reuters", "BBC News", "egotastic"}
	tests := []struct {
		name, in, want string
	}{
		{name: "bar suffix", in: "Oil prices rise | Reuters", want: "Oil prices rise"},
		{name: "dash suffix", in: "Storm hits coast - BBC News", want: "Storm hits coast"},
		{name: "prefix", in: "BBC News - Storm hits coast", want: "Storm hits coast"},
		{name: "site name and tagline", in: "Gigi and Bella Hadid for i-D Magazine - Egotastic - Sexy Celebrity Gossip", want: "Gigi and Bella Hadid for i-D Magazine"},
		{name: "short unknown part after a bar", in: "Council approves the tram budget | Metro Daily", want: "Council approves the tram budget"},
		{name: "dash inside the headline stays", in: "Florida State sues the ACC - a fight over revenue", want: "Florida State sues the ACC - a fight over revenue"},
		{name: "no separator", in: "Oil prices rise", want: "Oil prices rise"},
		{name: "white space", in: "  Oil \n prices   rise ", want: "Oil prices rise"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, cleanTitle(tc.in, sites), "cleanTitle(%q)", tc.in)
		})
	}
}

func TestHostName(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "www", in: "https://www.bbc.co.uk/news/x", want: "bbc"},
		{name: "edition", in: "https://edition.cnn.com/2023/12/19/x", want: "cnn"},
		{name: "no scheme", in: "apnews.com/article/x", want: "apnews"},
		{name: "empty", in: "", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, hostName(tc.in), "hostName(%q)", tc.in)
		})
	}
}

func TestTrimKickers(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "section before", in: "Politics | Gov. Hochul vetoes noncompete ban", want: "Gov. Hochul vetoes noncompete ban"},
		{name: "section before and after", in: "Opinion | Let kids be kids | Editorial", want: "Let kids be kids"},
		{name: "bar inside a short headline stays", in: "Cats | Dogs", want: "Cats | Dogs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, trimKickers(tc.in), "trimKickers(%q)", tc.in)
		})
	}
}

func TestDropMediaTag(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "video", in: "Cat video beamed from space (video)", want: "Cat video beamed from space"},
		{name: "watch", in: "Duo sings at the finale [Watch]", want: "Duo sings at the finale"},
		{name: "other brackets stay", in: "Results (updated hourly)", want: "Results (updated hourly)"},
		{name: "no brackets", in: "Plain headline", want: "Plain headline"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, dropMediaTag(tc.in), "dropMediaTag(%q)", tc.in)
		})
	}
}
