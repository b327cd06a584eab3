package clean_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/clean"
)

// TestJunkRuns checks that repairs of one kind close together inside
// binary junk are logged as one repair spanning them, and that repairs in
// text stay one per damaged place.
func TestJunkRuns(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		want   string
		log    []clean.Repair
		reason string
	}{
		{"controls in junk", "ab\x01\x02cd\x03ef", "abcdef", []clean.Repair{
			{Kind: clean.Invisible, Offset: 2, Before: "\x01\x02cd\x03", After: "cd"},
		}, "two runs of controls a few bytes apart are one damaged place"},
		{"line break ends junk", "a\x01b\nc\x02d", "ab\ncd", []clean.Repair{
			{Kind: clean.Invisible, Offset: 1, Before: "\x01", After: ""},
			{Kind: clean.Invisible, Offset: 5, Before: "\x02", After: ""},
		}, "a line break separates two places"},
		{"far apart", "a\x01" + "bcdefghijklmnopqrstuvwxyzbcdefghijklmnopqrstuvwxyzbcdefghijklmnopqrstuvwxyz" + "\x02z", "abcdefghijklmnopqrstuvwxyzbcdefghijklmnopqrstuvwxyzbcdefghijklmnopqrstuvwxyzz", []clean.Repair{
			{Kind: clean.Invisible, Offset: 1, Before: "\x01", After: ""},
			{Kind: clean.Invisible, Offset: 77, Before: "\x02", After: ""},
		}, "64 bytes or more between them"},
		{"soft hyphens in text", "co\u00adop\u00ader\u00adate", "cooperate", []clean.Repair{
			{Kind: clean.Invisible, Offset: 2, Before: "\u00ad", After: ""},
			{Kind: clean.Invisible, Offset: 6, Before: "\u00ad", After: ""},
			{Kind: clean.Invisible, Offset: 10, Before: "\u00ad", After: ""},
		}, "no control character near them: text, each logged"},
		{"invalid bytes in junk", "x\xff\x01\xfey", "xÿþy", []clean.Repair{
			{Kind: clean.Encoding, Offset: 1, Before: `"\xff\x01\xfe"`, After: "ÿ\x01þ", Quoted: true},
			{Kind: clean.Invisible, Offset: 1, Before: `"\xff\x01\xfe"`, After: "", Quoted: true},
		}, "the control removed later lies inside the joined repair"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, log := clean.TextRepairs(tc.in)
			assert.Equal(t, tc.want, got, "clean.TextRepairs(%q)", tc.in)
			assert.Equal(t, tc.log, log, "clean.TextRepairs(%q): %s", tc.in, tc.reason)
			checkRepairs(t, tc.in, log)
		})
	}
}

func TestDecodeJunkRuns(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want string
		log  []clean.Repair
	}{
		{"windows-1252 junk", "a\x01\xe9b\xe8\x02", "a\x01ébè\x02", []clean.Repair{
			{Kind: clean.Encoding, Offset: 2, Before: `"\xe9b\xe8"`, After: "ébè", Quoted: true},
		}},
		{"windows-1252 text", "caf\xe9 \x93ok\x94", "café “ok”", []clean.Repair{
			{Kind: clean.Encoding, Offset: 3, Before: `"\xe9"`, After: "é", Quoted: true},
			{Kind: clean.Encoding, Offset: 5, Before: `"\x93"`, After: "“", Quoted: true},
			{Kind: clean.Encoding, Offset: 8, Before: `"\x94"`, After: "”", Quoted: true},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, log := clean.Decode([]byte(tc.in))
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.log, log)
			checkRepairs(t, tc.in, log)
		})
	}
}

// TestJunkLogSize checks that the log of random bytes grows with the
// damaged places, not with the bytes: far fewer repairs than bytes.
func TestJunkLogSize(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	b := make([]byte, 64<<10)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	s, r1 := clean.Decode(b)
	checkRepairs(t, string(b), r1)
	_, r2 := clean.TextRepairs(s)
	checkRepairs(t, s, r2)
	assert.Less(t, len(r1)+len(r2), len(b)/20, "repairs for %d random bytes", len(b))
}
