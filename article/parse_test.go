package article_test

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/article"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   io.Reader
		max  int64
		want error
	}{
		{name: "empty", in: strings.NewReader(""), want: article.ErrEmpty},
		{name: "white space", in: strings.NewReader(" \r\n\t\n"), want: article.ErrEmpty},
		{name: "header only", in: strings.NewReader("date 2020-01-24"), want: article.ErrNoText},
		{name: "placeholders only", in: strings.NewReader("date 2020-01-24 %MINIFYHTML53d1ac170dab23a029a4ba644cd3575111%"), want: article.ErrNoText},
		{name: "too large", in: strings.NewReader(strings.Repeat("word ", 100)), max: 100, want: article.ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := article.Parser{MaxBytes: tc.max}
			a, err := p.Parse(tc.in)
			assert.ErrorIs(t, err, tc.want)
			assert.Nil(t, a)
		})
	}
}

func TestParseReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := article.Parse(iotest.ErrReader(boom))
	assert.ErrorIs(t, err, boom)
	assert.ErrorContains(t, err, "article: read")
}

// TestParseTooLargeStopsReading checks that Parse reads no more than
// MaxBytes+1 bytes of an endless input.
func TestParseTooLargeStopsReading(t *testing.T) {
	r := &countingReader{}
	_, err := (&article.Parser{MaxBytes: 1 << 10}).Parse(r)
	assert.ErrorIs(t, err, article.ErrTooLarge)
	assert.LessOrEqual(t, r.n, int64(1<<10+1))
}

type countingReader struct{ n int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.n += int64(len(p))
	return len(p), nil
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		date       string
		paragraphs []string
		reason     string
	}{
		{
			name:       "header on own line",
			in:         "date 2021-03-04\n\nFirst paragraph.\n\nSecond paragraph.",
			date:       "2021-03-04",
			paragraphs: []string{"First paragraph.", "Second paragraph."},
		},
		{
			name:       "header shares line",
			in:         "  date 2021-03-04 First paragraph.\n\nSecond paragraph.\n",
			date:       "2021-03-04",
			paragraphs: []string{"First paragraph.", "Second paragraph."},
		},
		{
			name:       "CRLF",
			in:         "date 2021-03-04 First paragraph.\r\n\r\nSecond paragraph.\r\n",
			date:       "2021-03-04",
			paragraphs: []string{"First paragraph.", "Second paragraph."},
		},
		{
			name:       "no header",
			in:         "First paragraph.\n\nSecond paragraph.",
			paragraphs: []string{"First paragraph.", "Second paragraph."},
		},
		{
			name:       "hard wrapped",
			in:         "First line\nof one paragraph.\n\nSecond paragraph.",
			paragraphs: []string{"First line of one paragraph.", "Second paragraph."},
			reason:     "lines of one paragraph are joined",
		},
		{
			name:       "line per paragraph",
			in:         "First paragraph.\nSecond paragraph.\nThird paragraph.",
			paragraphs: []string{"First paragraph.", "Second paragraph.", "Third paragraph."},
			reason:     "with no blank line anywhere each line is a paragraph",
		},
		{
			name:       "impossible date stays text",
			in:         "date 2020-02-30 First paragraph.",
			paragraphs: []string{"date 2020-02-30 First paragraph."},
			reason:     "a header whose date does not exist is not taken, and nothing is dropped",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := article.Parse(strings.NewReader(tc.in))
			require.NoError(t, err)
			assert.Equal(t, tc.date, a.DatePublished.String(), "date of %q", tc.in)
			assert.Equal(t, tc.paragraphs, a.Paragraphs, "paragraphs of %q: %s", tc.in, tc.reason)
		})
	}
}

func TestParseWireStory(t *testing.T) {
	in := "date 2020-01-24\n\n" +
		"By Jane Doe and John Roe\n\n" +
		"WASHINGTON (AP) — The Senate voted on Friday.\n\n" +
		"\"It was close,\" said Sen. Ann Poe.\n\n" +
		"Associated Press writer Bo Park in New York contributed to this report."
	a, err := article.Parse(strings.NewReader(in))
	require.NoError(t, err)
	require.NotNil(t, a.Dateline)
	assert.Equal(t, "WASHINGTON", a.Dateline.City)
	assert.Equal(t, "AP", a.Dateline.Agency)
	assert.Equal(t, []string{"The Senate voted on Friday.", "\"It was close,\" said Sen. Ann Poe."}, a.Paragraphs)
	require.Len(t, a.Authors, 2)
	assert.Equal(t, "Jane Doe", a.Authors[0].Name)
	assert.Equal(t, "John Roe", a.Authors[1].Name)
	require.Len(t, a.Contributors, 1)
	assert.Equal(t, "Bo Park", a.Contributors[0].Name)
	assert.Equal(t, "New York", a.Contributors[0].Location)
}

// TestParseNoQuotes checks that NoQuotes leaves out the quotes and
// nothing else.
func TestParseNoQuotes(t *testing.T) {
	for name, in := range bundledSamples(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			want, err := article.Parse(bytes.NewReader(in))
			require.NoError(t, err)
			require.NotEmpty(t, want.Quotes)
			p := article.Parser{NoQuotes: true}
			got, err := p.Parse(bytes.NewReader(in))
			require.NoError(t, err)
			assert.Empty(t, got.Quotes)
			want.Quotes = nil
			assert.Equal(t, want, got)
		})
	}
}
