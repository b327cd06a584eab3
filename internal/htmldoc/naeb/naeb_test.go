package naeb

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBodyScore(t *testing.T) {
	tests := []struct {
		name, got, want string
		p, r, f1        float64
	}{
		{name: "same words, other case and punctuation", got: "The bridge, reopened!", want: "the bridge reopened", p: 1, r: 1, f1: 1},
		{name: "half the words", got: "the bridge", want: "the bridge reopened today", p: 1, r: 0.5, f1: 2.0 / 3},
		{name: "repeated words count once each", got: "the the the", want: "the bridge", p: 1.0 / 3, r: 0.5, f1: 0.4},
		{name: "both empty", got: "", want: "", p: 1, r: 1, f1: 1},
		{name: "nothing found", got: "", want: "text", p: 0, r: 0, f1: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, r, f1 := BodyScore(tc.got, tc.want)
			assert.InDelta(t, tc.p, p, 1e-9, "precision")
			assert.InDelta(t, tc.r, r, 1e-9, "recall")
			assert.InDelta(t, tc.f1, f1, 1e-9, "F1")
		})
	}
}

func TestRecordMatches(t *testing.T) {
	r := Record{Title: "Bridge  reopens", Authors: "Jane Doe,  JOHN ROE ", Date: "2023-12-17"}
	assert.True(t, r.TitleMatch("Bridge reopens"))
	assert.False(t, r.TitleMatch("Bridge reopens | Site"))
	assert.True(t, r.AuthorsMatch([]string{"john roe", "Jane Doe"}))
	assert.False(t, r.AuthorsMatch([]string{"Jane Doe"}))
	assert.True(t, Record{}.AuthorsMatch(nil), "no authors on either side")
	exact, near := r.DateMatch("2023-12-18")
	assert.False(t, exact)
	assert.True(t, near)
	exact, near = r.DateMatch("")
	assert.False(t, exact || near)
}
