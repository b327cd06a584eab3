package htmldoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStateValue(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "plain JSON", in: `{"article":{"dateModified":"2023-12-06","datePublished":"2023-12-05T03:51:59.075Z"}}`, want: "2023-12-05T03:51:59.075Z"},
		{name: "spaces and escaped slashes", in: `window.__STATE__ = {"datePublished" : "2023\/12\/05"};`, want: "2023/12/05"},
		{name: "JSON inside a JavaScript string", in: `var s = "{\"datePublished\":\"2023-12-05T03:51:59Z\"}";`, want: "2023-12-05T03:51:59Z"},
		{name: "not a string", in: `{"datePublished":null}`, want: ""},
		{name: "too long to be a date", in: `{"datePublished":"` + "a very long value that is no date at all, surely not" + `"}`, want: ""},
		{name: "absent", in: `{"dateModified":"2023-12-06"}`, want: ""},
		{name: "unterminated", in: `{"datePublished":"2023-12-05`, want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, stateValue(tc.in), "stateValue(%q)", tc.in)
		})
	}
}
