package normalize

import "strings"

// fieldsAtMost returns the fields of s (strings.Fields) in buf's room, or
// ok false when s has more than cap(buf) of them. Callers that reject a
// text with too many words pass a small array of their own, so that the
// test allocates nothing.
func fieldsAtMost(buf []string, s string) (fields []string, ok bool) {
	fields = buf[:0]
	for w := range strings.FieldsSeq(s) {
		if len(fields) == cap(fields) {
			return nil, false
		}
		fields = append(fields, w)
	}
	return fields, true
}
