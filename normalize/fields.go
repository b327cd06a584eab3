package normalize

import (
	"unicode"
	"unicode/utf8"
)

// fieldsAtMost returns the fields of s (strings.Fields) in buf's room, or
// ok false when s has more than cap(buf) of them. Callers that reject a
// text with too many words pass a small array of their own, so that the
// test allocates nothing.
//
// It runs on every paragraph that could be a heading, a credit or a name,
// so it reads a field's ASCII bytes in a loop of their own (see
// asciiWordByte) rather than through strings.FieldsSeq's iterator, and
// stops at the first field too many. TestFieldsAtMostMatchesFields and
// FuzzFieldsAtMost check it against strings.Fields.
func fieldsAtMost(buf []string, s string) (fields []string, ok bool) {
	fields = buf[:0]
	i := 0
	for {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		if i < len(s) && s[i] >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		if i == len(s) {
			return fields, true
		}
		if len(fields) == cap(fields) {
			return nil, false
		}
		start := i
		for i < len(s) {
			for i < len(s) && asciiWordByte[s[i]] {
				i++
			}
			if i == len(s) || s[i] < utf8.RuneSelf {
				break // the end, or ASCII white space
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
		fields = append(fields, s[start:i])
	}
}

// asciiSpace marks the ASCII white space bytes, those unicode.IsSpace
// holds for.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// asciiWordByte marks the ASCII bytes that are not white space: those a
// field goes on through without decoding.
var asciiWordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiSpace[c]
	}
	return t
}()
