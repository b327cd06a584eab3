// Package space trims white space as strings.TrimSpace does, but returns
// at once a text whose first and last bytes show that neither end is
// white space, which is most text: a paragraph that opens or closes with a
// curly quotation mark or a dash sends strings.TrimSpace to its Unicode
// path, a look-up per end.
//
//	p = space.Trim(p)
package space

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Trim returns strings.TrimSpace(s), which it calls unless the ends of s
// show that there is nothing to trim (or s is empty).
func Trim(s string) string {
	if len(s) == 0 || opensPlainly(s) && closesPlainly(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// Trimmed reports, from the ends of s alone, that Trim would return s as
// it is: both are printable ASCII, as in most text. It is small enough to
// be inlined where Trim is not, so that the paragraph loops test most
// paragraphs without a call:
//
//	if !space.Trimmed(l) {
//		l = space.Trim(l)
//	}
//
// False says nothing: Trim may still have nothing to trim.
func Trimmed(s string) bool {
	return len(s) != 0 && plainASCII(s[0]) && plainASCII(s[len(s)-1])
}

// plainASCII reports whether c is ASCII and neither a control nor white
// space ('!' to DEL), in one unsigned comparison.
func plainASCII(c byte) bool { return c-'!' <= utf8.RuneSelf-1-'!' }

// opensPlainly reports whether s, not empty, surely does not open with
// white space: its first byte is printable ASCII, or it starts no white
// space character, or the character it starts does not end as one does.
// A character that is not valid UTF-8 is not white space either.
func opensPlainly(s string) bool {
	c := s[0]
	if c < utf8.RuneSelf {
		return c > ' '
	}
	n := int(spaceLead[c])
	return n == 0 || len(s) >= n && !spaceLast[s[n-1]]
}

// closesPlainly reports whether s, not empty, surely does not close with
// white space: its last byte is printable ASCII, or no white space
// character ends with it.
func closesPlainly(s string) bool {
	c := s[len(s)-1]
	if c < utf8.RuneSelf {
		return c > ' '
	}
	return !spaceLast[c]
}

// spaceLead holds, for each byte that opens a white space character
// beyond ASCII, the length of the characters it opens (all that one byte
// opens have the same), and 0 for the other bytes; spaceLast marks the
// bytes that end one. Both come from unicode.White_Space, the table
// unicode.IsSpace reads.
var spaceLead, spaceLast = func() (lead [256]uint8, last [256]bool) {
	var buf [utf8.UTFMax]byte
	each := func(r rune) {
		if r < utf8.RuneSelf || !unicode.IsSpace(r) {
			return
		}
		n := utf8.EncodeRune(buf[:], r)
		lead[buf[0]] = uint8(n)
		last[buf[n-1]] = true
	}
	for _, r16 := range unicode.White_Space.R16 {
		for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
			each(r)
		}
	}
	for _, r32 := range unicode.White_Space.R32 {
		for r := rune(r32.Lo); r <= rune(r32.Hi); r += rune(r32.Stride) {
			each(r)
		}
	}
	return lead, last
}()
