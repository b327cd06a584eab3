package htmldoc

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, want string // want is normalize.Date's text form; "" for no date
	}{
		{name: "ISO instant with zone keeps the zone", in: "2023-12-17T23:30:00-05:00", want: "2023-12-17T23:30:00-05:00"},
		{name: "ISO instant in UTC with milliseconds", in: "2023-12-17T17:34:25.000Z", want: "2023-12-17T17:34:25Z"},
		{name: "zone without colon", in: "2023-12-17T10:00:00+0100", want: "2023-12-17T10:00:00+01:00"},
		{name: "time without zone keeps the day", in: "2023-12-17T10:00:00", want: "2023-12-17"},
		{name: "space instead of T", in: "2023-12-17 10:00:00", want: "2023-12-17"},
		{name: "day only", in: "2023-12-17", want: "2023-12-17"},
		{name: "slashes", in: "2023/12/17", want: "2023-12-17"},
		{name: "RFC 1123", in: "Sun, 17 Dec 2023 10:00:00 GMT", want: "2023-12-17"},
		{name: "written US style", in: "December 17, 2023", want: "2023-12-17"},
		{name: "abbreviated month with dot", in: "Dec. 17, 2023", want: "2023-12-17"},
		{name: "written day first", in: "17 December 2023", want: "2023-12-17"},
		{name: "written with a time after", in: "December 17, 2023 10:04 AM", want: "2023-12-17"},
		{name: "Unix seconds", in: "1702822800", want: "2023-12-17T14:20:00Z"},
		{name: "Unix milliseconds", in: "1702822800000", want: "2023-12-17T14:20:00Z"},
		{name: "year out of range", in: "1970-01-01", want: ""},
		{name: "impossible day", in: "2023-02-30", want: ""},
		{name: "words", in: "yesterday", want: ""},
		{name: "empty", in: "", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := parseDate(tc.in)
			assert.Equal(t, tc.want, d.String(), "parseDate(%q)", tc.in)
			assert.Equal(t, tc.want != "", ok, "parseDate(%q) ok", tc.in)
		})
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "after a byline", in: "By Nick Levine | February 28, 2023", want: "2023-02-28"},
		{name: "day first abbreviated", in: "Published 20 Dec 2023, 10:04", want: "2023-12-20"},
		{name: "ISO inside text", in: "posted on 2023-12-19 23:30 EST", want: "2023-12-19"},
		{name: "month without year", in: "Updated Dec 20", want: ""},
		{name: "no date", in: "5 min read", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := findDate(tc.in)
			assert.Equal(t, tc.want, d.String(), "findDate(%q)", tc.in)
		})
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "slashes", in: "https://news.example/2023/06/08/some-story", want: "2023-06-08"},
		{name: "dashes", in: "https://news.example/feature/2023-12-19/some-story/.205666", want: "2023-12-19"},
		{name: "no date", in: "https://news.example/story-1851261231", want: ""},
		{name: "month only", in: "https://news.example/2023/12/story", want: ""},
		{name: "id starting with the day", in: "https://news.example/releases/2023/12/231218130031.htm", want: ""},
		{name: "day at the end", in: "https://news.example/archive/2023/12/18", want: "2023-12-18"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := dateFromURL(tc.in)
			assert.Equal(t, tc.want, d.String(), "dateFromURL(%q)", tc.in)
		})
	}
}

func TestLocalClockDay(t *testing.T) {
	utc := time.Date(2023, 12, 23, 1, 48, 19, 0, time.UTC)
	tests := []struct {
		name, in, want string
	}{
		{name: "same moment on a US clock", in: "2023-12-22 20:48:19", want: "2023-12-22"},
		{name: "T separator", in: "2023-12-22T20:48:19", want: "2023-12-22"},
		{name: "other seconds", in: "2023-12-22 20:48:20", want: ""},
		{name: "the UTC clock itself", in: "2023-12-23 01:48:19", want: ""},
		{name: "with a zone", in: "2023-12-22T20:48:19-05:00", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := localClockDay(tc.in, utc)
			assert.Equal(t, tc.want, d.String(), "localClockDay(%q)", tc.in)
		})
	}
}

func TestWrittenClockDay(t *testing.T) {
	utc := time.Date(2023, 12, 23, 3, 0, 46, 0, time.UTC)
	tests := []struct {
		name, in, want string
	}{
		{name: "US evening of the day before", in: "by Jane Doe, Reporter December 22, 2023 10:00 PM", want: "2023-12-22"},
		{name: "the matching one of two clocks", in: "Updated Dec. 23, 2023 4:04AM EST / Published Dec. 22, 2023 10:00PM EST", want: "2023-12-22"},
		{name: "24-hour clock at the end", in: "22 December 2023 22:00", want: "2023-12-22"},
		{name: "other minutes", in: "December 22, 2023 10:15 PM", want: ""},
		{name: "too far from the instant", in: "December 20, 2023 10:00 PM", want: ""},
		{name: "no date before the clock", in: "Read time 10:00", want: ""},
		{name: "a longer number", in: "December 22, 2023 110:00", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := writtenClockDay(tc.in, utc)
			assert.Equal(t, tc.want, d.String(), "writtenClockDay(%q)", tc.in)
		})
	}
}
