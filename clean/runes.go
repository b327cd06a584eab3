package clean

import (
	"html"
	"strings"
	"unicode/utf8"
)

// latinChars and punctChars hold the characters repairs write most,
// U+0080-U+017F (Latin-1, Latin Extended-A; two bytes each) and
// U+2000-U+212F (General Punctuation, "€", "™"; three bytes each), one
// after another, so that runeString slices them instead of allocating.
var latinChars, punctChars = func() (string, string) {
	var l, p strings.Builder
	for r := rune(0x80); r < 0x180; r++ {
		l.WriteRune(r)
	}
	for r := rune(0x2000); r < 0x2130; r++ {
		p.WriteRune(r)
	}
	return l.String(), p.String()
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
	switch {
	case r >= 0x80 && r < 0x180:
		i := 2 * int(r-0x80)
		return latinChars[i : i+2]
	case r >= 0x2000 && r < 0x2130:
		i := 3 * int(r-0x2000)
		return punctChars[i : i+3]
	}
	return string(r)
}

// oneRuneOrValid is utf8.ValidString, without the call for what repairs
// write most: nothing, or one character of up to three bytes.
func oneRuneOrValid(s string) bool {
	switch len(s) {
	case 0:
		return true
	case 1:
		return s[0] < utf8.RuneSelf
	case 2:
		return s[0] >= 0xC2 && s[0] < 0xE0 && s[1]&0xC0 == 0x80 || s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf
	case 3:
		if s[0] > 0xE0 && s[0] < 0xF0 && s[0] != 0xED && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
			return true
		}
	}
	return utf8.ValidString(s)
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

// commonEntities decodes the names repairs meet most (spacedNames).
var commonEntities = newEntityTable(spacedNames)

// An entityTable maps a few entity names to their decoding, by open
// addressing over a small array: the entity scan looks names up several
// times in a damaged line, and a map would hash the whole key each time.
// It holds fewer names than slots.
type entityTable [64]struct{ name, dec string }

func newEntityTable(names map[string]bool) *entityTable {
	t := new(entityTable)
	for name := range names {
		h := entitySlot(name)
		for t[h].name != "" {
			h = (h + 1) % len(t)
		}
		t[h].name, t[h].dec = name, html.UnescapeString("&"+name+";")
	}
	return t
}

// entitySlot is where an entityTable starts looking for name (not empty).
func entitySlot(name string) int {
	return int(uint(len(name)*31+int(name[0])*7+int(name[len(name)-1])) % uint(len(entityTable{})))
}

// lookup returns the decoding of name, if the table has it.
func (t *entityTable) lookup(name string) (string, bool) {
	if name == "" {
		return "", false
	}
	for h := entitySlot(name); t[h].name != ""; h = int(uint(h+1) % uint(len(t))) {
		if t[h].name == name {
			return t[h].dec, true
		}
	}
	return "", false
}

// namedEntity decodes &name; (name without "&" and ";"), or returns "".
func namedEntity(name string) string {
	if s, ok := commonEntities.lookup(name); ok {
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
