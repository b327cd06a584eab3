package clean

import (
	"html"
	"strings"
	"unicode/utf8"
)

// runeStrings holds the one-character strings repairs write most (Latin-1,
// Latin Extended-A, General Punctuation), so that writing them allocates
// nothing.
var runeStrings = func() map[rune]string {
	m := make(map[rune]string, 512)
	var all strings.Builder
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			all.WriteRune(r)
		}
	}
	add(0xA0, 0x17F)
	add(0x2000, 0x206F)
	add('€', '€')
	add('™', '™')
	s := all.String() // one allocation shared by all entries
	for i, r := range s {
		m[r] = s[i : i+utf8.RuneLen(r)]
	}
	return m
}()

// asciiChars holds every ASCII character at its own index.
var asciiChars = func() string {
	var b [utf8.RuneSelf]byte
	for i := range b {
		b[i] = byte(i)
	}
	return string(b[:])
}()

// runeString returns string(r), without allocating for common characters.
func runeString(r rune) string {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiChars[r : r+1] // string(r) would allocate
	}
	if s, ok := runeStrings[r]; ok {
		return s
	}
	return string(r)
}

// numericEntity decodes the character reference &#n; as HTML does:
// 0x80-0x9F name Windows-1252 characters, and NUL, surrogates and values
// beyond Unicode are U+FFFD (callers refuse those first).
func numericEntity(n int) string {
	switch {
	case n >= 0x80 && n <= 0x9F:
		return runeString(cp1252High[n-0x80])
	case n <= 0 || n > utf8.MaxRune || n >= 0xD800 && n <= 0xDFFF:
		return "\uFFFD"
	}
	return runeString(rune(n))
}

// namedEntities caches the decoding of the names repairs meet most.
var namedEntities = func() map[string]string {
	m := make(map[string]string)
	for name := range spacedNames {
		m[name] = html.UnescapeString("&" + name + ";")
	}
	return m
}()

// namedEntity decodes &name; (name without "&" and ";"), or returns "".
func namedEntity(name string) string {
	if s, ok := namedEntities[name]; ok {
		return s
	}
	cand := "&" + name + ";"
	if dec := html.UnescapeString(cand); dec != cand {
		return dec
	}
	return ""
}

// newlines serves runs of line feeds without allocating.
const newlines = "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"

func newlineRun(n int) string {
	if n <= len(newlines) {
		return newlines[:n]
	}
	return strings.Repeat("\n", n)
}
