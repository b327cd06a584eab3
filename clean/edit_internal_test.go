package clean

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestStableRepl checks that a replacement the log keeps is copied out of
// the scratch text buffers, which the next apply writes over, and only
// then.
func TestStableRepl(t *testing.T) {
	d := newDoc("one two three")
	d.apply([]edit{{start: 3, end: 4, repl: "_", kind: Invisible}}) // cur is now in a scratch buffer
	defer d.release()
	inCur := d.cur[4:7]
	tests := []struct {
		name   string
		repl   string
		copied bool
	}{
		{name: "a piece of the current text", repl: inCur, copied: true},
		{name: "a constant", repl: "two", copied: false},
		{name: "the original input", repl: d.orig[4:7], copied: false},
		{name: "empty", repl: "", copied: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := d.stableRepl(tc.repl)
			assert.Equal(t, tc.repl, got)
			assert.Equal(t, tc.copied, tc.repl != "" && unsafe.StringData(got) != unsafe.StringData(tc.repl), "copied")
		})
	}
}
