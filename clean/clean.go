package clean

// Text returns s with every repair applied. It is shorthand for
// TextRepairs without the log.
func Text(s string) string {
	out, _ := TextRepairs(s)
	return out
}

// TextRepairs returns s cleaned and the log of the repairs made, in input
// order. Offsets in the log refer to s.
func TextRepairs(s string) (string, []Repair) {
	return s, nil // TODO(clean): the repair pipeline.
}

// Decode turns bytes of unknown encoding into UTF-8 text: a UTF-8 or UTF-16
// byte order mark is honoured and removed, a whole Windows-1252 text is
// transcoded, and stray invalid bytes become U+FFFD. Each change is logged
// with kind Encoding and an offset into b. Valid UTF-8 comes back as is.
func Decode(b []byte) (string, []Repair) {
	return string(b), nil // TODO(clean): detection.
}
