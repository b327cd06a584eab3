package article_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/article"
)

func TestParseWithContentType(t *testing.T) {
	latin1Page := []byte("<html><head><meta charset=\"utf-8\"><title>T</title></head><body><article>" +
		"<h1>T</h1><p>The caf\xe9 in Z\xfcrich reopened on Friday after a long winter of repairs to its roof and walls.</p>" +
		"<p>Its owners said the work took longer than planned because of the weather in the mountains.</p></article></body></html>")
	tests := []struct {
		name        string
		in          []byte
		contentType string
		want        string
		reason      string
	}{
		{
			name:        "header charset outranks the page's",
			in:          latin1Page,
			contentType: "text/html; charset=iso-8859-1",
			want:        "The café in Zürich reopened",
		},
		{
			name:        "text dump in the header's charset",
			in:          []byte("date 2021-03-05\n\nThe caf\xe9 in Z\xfcrich reopened."),
			contentType: "text/plain; charset=windows-1252",
			want:        "The café in Zürich reopened.",
		},
		{
			name:        "valid UTF-8 ignores a wrong header",
			in:          []byte("The café in Zürich reopened."),
			contentType: "text/plain; charset=iso-8859-1",
			want:        "The café in Zürich reopened.",
			reason:      "scrapers save decoded pages and keep the old header",
		},
		{
			name:        "unknown charset falls back to detection",
			in:          []byte("The caf\xe9 in Z\xfcrich reopened."),
			contentType: "text/plain; charset=x-no-such",
			want:        "The café in Zürich reopened.",
			reason:      "clean.Decode reads a whole Windows-1252 text",
		},
		{
			name: "no content type",
			in:   []byte("The café in Zürich reopened."),
			want: "The café in Zürich reopened.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var p article.Parser
			a, err := p.ParseWithContentType(bytes.NewReader(tc.in), tc.contentType)
			require.NoError(t, err)
			assert.Contains(t, strings.Join(a.Paragraphs, "\n"), tc.want, "%s", tc.reason)
		})
	}
}
