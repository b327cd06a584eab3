package clean

import (
	"unicode"
	"unicode/utf8"
)

// invisibleSpans finds what does not show and should not be there:
// soft hyphens, zero-width spaces, word joiners, byte order marks inside
// the text, C0 and C1 control characters (tab and line feed stay), and
// zero-width (non-)joiners outside the scripts and emoji sequences that
// need them. A run of U+FFFD becomes one; a run of spaces holding a
// no-break space becomes one space, and none at a line's start or end. A
// single no-break space between words stays: it is typography.
//
// It runs after the mojibake step, because soft hyphens, no-break spaces
// and C1 controls are part of mojibake byte patterns ("Ã\u00ad" is "í").
//
// The spans are appended to edits. The scan starts at from, which must
// be 0 or the first position where invisibleTriggerAt holds (with
// nothing before it, no span can reach back before it).
func invisibleSpans(edits []span, s string, from int) []span {
	done := 0 // end of the last span: a run of spaces never reaches back past it
	for i := from; i < len(s); {
		c := s[i]
		if !invisibleTrigger[c] {
			// Neither continuation bytes nor what skipASCII passes over
			// (it stops at every control) are triggers.
			i++
			for i < len(s) && s[i]&0xC0 == 0x80 {
				i++
			}
			i = skipASCII(s, i, true)
			continue
		}
		if c < utf8.RuneSelf {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && invisibleTrigger[s[j]] {
				j++
			}
			edits = append(edits, span{i, j, ""})
			i, done = j, j
			continue
		}
		if w := harmlessAt(s, i); w > 0 {
			i = skipASCII(s, i+w, true)
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0xA0:
			start := i
			for start > done && s[start-1] == ' ' {
				start--
			}
			e, end, ok := nbspRun(s, start)
			if ok {
				edits = append(edits, e)
				done = end
			}
			i = end
			continue
		case r == 0xAD || r == 0x200B || r == 0x2060 || r == 0xFEFF || r >= 0x80 && r <= 0x9F:
			edits = append(edits, span{i, i + w, ""})
			done = i + w
		case r == 0x200C || r == 0x200D:
			if !joinerNeeded(s, i, w) {
				edits = append(edits, span{i, i + w, ""})
				done = i + w
			}
		case r == utf8.RuneError && w == 3:
			j := i + w
			for j+3 <= len(s) && s[j:j+3] == "\uFFFD" {
				j += 3
			}
			if j > i+w {
				edits = append(edits, span{i, j, "\uFFFD"})
				i, done = j, j
				continue
			}
		}
		i += w
	}
	return edits
}

// harmlessAt returns the width of the character at s[i] when its lead
// byte is a trigger (0xC2, 0xE2, 0xEF) but the character is none of those
// invisibleSpans looks at ("©", "’", "“", "€" and most other characters
// with these lead bytes), judged from its bytes without decoding it; 0
// otherwise.
func harmlessAt(s string, i int) int {
	if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
		return 0
	}
	c1 := s[i+1]
	switch s[i] {
	case 0xC2: // U+0080-U+00BF: C1 controls, NBSP, soft hyphen
		if c1 <= 0x9F || c1 == 0xA0 || c1 == 0xAD {
			return 0
		}
		return 2
	case 0xE2, 0xEF:
		if i+2 >= len(s) || s[i+2]&0xC0 != 0x80 {
			return 0
		}
		c2 := s[i+2]
		if s[i] == 0xE2 && (c1 == 0x80 && c2 >= 0x8B && c2 <= 0x8D || c1 == 0x81 && c2 == 0xA0) {
			return 0 // U+200B-U+200D, U+2060
		}
		if s[i] == 0xEF && (c1 == 0xBB && c2 == 0xBF || c1 == 0xBF && c2 == 0xBD) {
			return 0 // U+FEFF, U+FFFD
		}
		return 3
	}
	return 0
}

// invisibleTriggerAt reports whether invisibleSpans stops to look at
// the character starting at s[i]: a trigger byte, and for a lead byte,
// not a harmless character.
func invisibleTriggerAt(s string, i int) bool {
	c := s[i]
	return invisibleTrigger[c] && (c < utf8.RuneSelf || harmlessAt(s, i) == 0)
}

// invisibleTrigger marks the bytes that can start something
// invisibleSpans removes: C0 controls but tab and line feed, DEL, and the
// lead bytes of NBSP, soft hyphen and C1 controls (0xC2), zero-width
// characters (0xE2) and BOM and U+FFFD (0xEF).
var invisibleTrigger = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n'
	}
	t[0x7F], t[0xC2], t[0xE2], t[0xEF] = true, true, true, true
	return t
}()

// nbspRun returns the edit for the run of spaces and no-break spaces at i,
// if it holds a no-break space and is more than one character long or
// stands at a line's start or end.
func nbspRun(s string, i int) (span, int, bool) {
	j, nb, n := i, 0, 0
	for j < len(s) {
		switch {
		case s[j] == ' ':
			j++
		case s[j] == 0xC2 && j+1 < len(s) && s[j+1] == 0xA0:
			j += 2
			nb++
		default:
			goto done
		}
		n++
	}
done:
	if nb == 0 {
		return span{}, j, false
	}
	switch {
	case i == 0 || s[i-1] == '\n' || j == len(s) || s[j] == '\n':
		return span{i, j, ""}, j, true // layout residue at a line's edge
	case n >= 2:
		return span{i, j, " "}, j, true
	}
	return span{}, j, false
}

// joinerNeeded reports whether the zero-width (non-)joiner at s[i:i+w]
// sits where a script or an emoji sequence needs it.
func joinerNeeded(s string, i, w int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+w:])
	return joins(prev) || joins(next)
}

// joinerScripts are the scripts that use zero-width (non-)joiners in
// ordinary text.
var joinerScripts = []*unicode.RangeTable{
	unicode.Arabic, unicode.Syriac, unicode.Devanagari, unicode.Bengali,
	unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya, unicode.Tamil,
	unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala,
	unicode.Myanmar, unicode.Khmer, unicode.Mongolian,
}

func joins(r rune) bool {
	if r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == 0xFE0F || r == 0x20E3 {
		return true // emoji, variation selector 16, keycap
	}
	if r < 0x0600 {
		return false
	}
	return unicode.In(r, joinerScripts...) || unicode.Is(unicode.So, r)
}
