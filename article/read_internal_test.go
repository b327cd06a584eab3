package article

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadUpTo checks both ways of reading the input, writing it out and
// reading it, against each other and against the limit: within the
// limit the input comes whole, beyond it limit+1 bytes come and read
// fails with ErrTooLarge.
func TestReadUpTo(t *testing.T) {
	const text = "date 2020-01-24\n\nOne.\n\nTwo."
	partly := strings.NewReader(text)
	_, err := partly.Seek(6, io.SeekStart)
	require.NoError(t, err)
	tests := []struct {
		name  string
		in    func() io.Reader
		limit int64
		want  string
		fails bool
	}{
		{name: "bytes.Reader", in: func() io.Reader { return bytes.NewReader([]byte(text)) }, limit: 100, want: text},
		{name: "strings.Reader", in: func() io.Reader { return strings.NewReader(text) }, limit: 100, want: text},
		{name: "bytes.Buffer", in: func() io.Reader { return bytes.NewBufferString(text) }, limit: 100, want: text},
		{name: "plain reader", in: func() io.Reader { return iotest.OneByteReader(strings.NewReader(text)) }, limit: 100, want: text},
		{name: "at the limit", in: func() io.Reader { return strings.NewReader(text) }, limit: int64(len(text)), want: text},
		{name: "plain reader at the limit", in: func() io.Reader { return iotest.OneByteReader(strings.NewReader(text)) }, limit: int64(len(text)), want: text},
		{name: "one byte over", in: func() io.Reader { return strings.NewReader(text) }, limit: int64(len(text)) - 1, want: text, fails: true},
		{name: "far over", in: func() io.Reader { return bytes.NewReader([]byte(text)) }, limit: 4, want: text[:5], fails: true},
		{name: "plain reader over", in: func() io.Reader { return iotest.OneByteReader(strings.NewReader(text)) }, limit: 4, want: text[:5], fails: true},
		{name: "partly read", in: func() io.Reader { r := *partly; return &r }, limit: 100, want: text[6:]},
		{name: "empty", in: func() io.Reader { return strings.NewReader("") }, limit: 100, want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := readUpTo(tc.in(), tc.limit)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
			_, err = (&Parser{MaxBytes: tc.limit}).read(tc.in())
			assert.Equal(t, tc.fails, errors.Is(err, ErrTooLarge), "read with MaxBytes %d: %v", tc.limit, err)
		})
	}
}

// TestReadUpToWriteError checks that an error writing out is the error
// of reading.
func TestReadUpToWriteError(t *testing.T) {
	_, err := (&Parser{}).read(failingWriterTo{})
	assert.ErrorIs(t, err, errWriteOut)
}

var errWriteOut = errors.New("write out failed")

// failingWriterTo tells a length but fails to write itself out.
type failingWriterTo struct{}

func (failingWriterTo) Read([]byte) (int, error)         { return 0, errWriteOut }
func (failingWriterTo) Len() int                         { return 3 }
func (failingWriterTo) WriteTo(io.Writer) (int64, error) { return 0, errWriteOut }
