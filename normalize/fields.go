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
// It is strings.FieldsSeq's loop written out, without the iterator's
// calls per field, and stops at the first field too many: it runs on
// every paragraph that could be a heading, a credit or a name.
// TestFieldsAtMostMatchesFields and FuzzFieldsAtMost check it against
// strings.Fields.
func fieldsAtMost(buf []string, s string) (fields []string, ok bool) {
	fields = buf[:0]
	start := -1 // where the field being read starts; -1 between fields
	for i := 0; i < len(s); {
		c := s[i]
		size, isSpace := 1, asciiSpace[c]
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
		}
		switch {
		case isSpace && start >= 0:
			if len(fields) == cap(fields) {
				return nil, false
			}
			fields = append(fields, s[start:i])
			start = -1
		case !isSpace && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		if len(fields) == cap(fields) {
			return nil, false
		}
		fields = append(fields, s[start:])
	}
	return fields, true
}

// asciiSpace marks the ASCII white space bytes, those unicode.IsSpace
// holds for.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
