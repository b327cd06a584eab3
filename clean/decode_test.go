package clean_test

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/clean"
)

func TestDecode(t *testing.T) {
	cases := []struct {
		name    string
		in      []byte
		want    string
		repairs int
		reason  string
	}{
		{"utf-8", []byte("São Paulo — “ok”"), "São Paulo — “ok”", 0, "valid UTF-8 comes back as is"},
		{"ascii", []byte("plain"), "plain", 0, ""},
		{"utf-8 bom", []byte("\xef\xbb\xbfhello"), "hello", 1, ""},
		{"utf-16le bom", []byte("\xff\xfeh\x00\xe9\x00"), "hé", 1, ""},
		{"utf-16be bom", []byte("\xfe\xff\x00h\x00\xe9"), "hé", 1, ""},
		{"utf-16le no bom", []byte("h\x00e\x00l\x00l\x00o\x00"), "hello", 1, "zero bytes in every other position"},
		{"windows-1252", []byte("caf\xe9 \x93ok\x94 \x96 it\x92s"), "café “ok” – it’s", 5, "no valid multi-byte sequence"},
		{"stray byte in utf-8", []byte("“A” and “B” and \x92 and “C”"), "“A” and “B” and ’ and “C”", 1, "mostly UTF-8"},
		{"cut sequence in utf-8", []byte("“A” “B” “C” \xe2\x80 end"), "“A” “B” “C” \ufffd end", 1, ""},
		{"empty", nil, "", 0, ""},
		{"odd utf-16", []byte("\xff\xfeh\x00i"), "h\ufffd", 1, "a lone last byte"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, reps := clean.Decode(tc.in)
			assert.Equal(t, tc.want, got, "clean.Decode(%q): %s", tc.in, tc.reason)
			gotS, repsS := clean.DecodeString(string(tc.in))
			assert.Equal(t, got, gotS, "clean.DecodeString")
			assert.Equal(t, reps, repsS, "clean.DecodeString")
			assert.Len(t, reps, tc.repairs)
			for _, r := range reps {
				raw := r.Input()
				assert.Equal(t, raw, string(tc.in[r.Offset:r.Offset+len(raw)]))
				assert.True(t, utf8.ValidString(r.Before))
				assert.Equal(t, clean.Encoding, r.Kind)
			}
		})
	}
}

// TestDecodeTextRepairs checks that DecodeTextRepairs is DecodeString
// followed by TextRepairs, the two logs one after the other, on text that
// needs decoding, cleaning, both or neither.
func TestDecodeTextRepairs(t *testing.T) {
	cases := []struct {
		name, in, want string
		kinds          []clean.RepairKind
	}{
		{name: "clean utf-8", in: "São Paulo.\n\nNext.", want: "São Paulo.\n\nNext."},
		{name: "cleaning only", in: "it& # 39;s\r\n", want: "it's\n", kinds: []clean.RepairKind{clean.BrokenEntity, clean.LineEnding}},
		{name: "decoding only", in: "\xef\xbb\xbfhello", want: "hello", kinds: []clean.RepairKind{clean.Encoding}},
		{name: "stray byte then mojibake", in: "it\x92s and Ã© and “A”", want: "it’s and é and “A”", kinds: []clean.RepairKind{clean.Encoding, clean.Mojibake}},
		{name: "windows-1252 then an entity", in: "caf\xe9 &amp; more", want: "café & more", kinds: []clean.RepairKind{clean.Encoding, clean.Entity}},
		{name: "utf-16 then a line end", in: "h\x00\r\x00\n\x00i\x00", want: "h\ni", kinds: []clean.RepairKind{clean.Encoding, clean.LineEnding}},
		{name: "empty", in: "", want: ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, reps := clean.DecodeTextRepairs(tc.in)
			assert.Equal(t, tc.want, got, "clean.DecodeTextRepairs(%q)", tc.in)
			var kinds []clean.RepairKind
			for _, r := range reps {
				kinds = append(kinds, r.Kind)
			}
			assert.Equal(t, tc.kinds, kinds, "kinds of the repairs of clean.DecodeTextRepairs(%q)", tc.in)
			s, r1 := clean.DecodeString(tc.in)
			want, r2 := clean.TextRepairs(s)
			assert.Equal(t, want, got, "clean.TextRepairs(clean.DecodeString(%q))", tc.in)
			assert.Equal(t, append(r1, r2...), reps, "the logs of clean.DecodeString and clean.TextRepairs")
		})
	}
}
