package clean

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mojibakeRuns finds runs of UTF-8 that was decoded as Windows-1252,
// Latin-1 or Mac Roman and restores them, appending the edits to edits.
// With again (the mojibake pass), a run is repaired again while that
// changes it, which undoes double encoding ("Ã¢â‚¬â„¢" -> "â€™" -> "’").
//
// A candidate must re-encode to valid UTF-8 of the right length and the
// character it gives must be plausible (see plausible), which keeps real
// text like "São Paulo", "Aodhán Ó Ríordáin" or "Âge" as it is: there the
// accented letter is followed by ASCII, which no UTF-8 lead byte accepts.
//
// Each run is decoded once; with again, a run that
// decodes to more than one character is decoded again while that changes
// it, up to twice, and a run that decodes to itself is dropped; one
// character is no mojibake on its own (every shape needs a second one),
// so it is neither decoded again nor the run it came from. The scan
// starts at from, which must be firstNonASCII(s), and ends at until: no
// mojibake starts at or after it (len(s) when that is not known; the
// survey knows it, and spares the scan the text after the last
// accented letter).
func mojibakeRuns(edits []edit, s string, from, until int, again bool) []edit {
	sc := mojibakeScan{s: s, i: from, until: until, again: again}
	return sc.edits(edits, math.MaxInt)
}

// A mojibakeScan is the scan of mojibakeRuns, made in batches: edits
// picks up where the batch before left off.
type mojibakeScan struct {
	s        string
	i, until int // where the next batch starts; see mojibakeRuns
	again    bool
}

// edits appends the next edits, up to most of them, to edits; none once
// the scan is done.
func (sc *mojibakeScan) edits(edits []edit, most int) []edit {
	s, i, until, again := sc.s, sc.i, sc.until, sc.again
	stop := len(edits) + min(most, len(s)) // a run is a byte at least
	for i < len(s) && len(edits) < stop {
		start := i
		end, weakOnly, n := start, true, 0
		var first rune // the character the first mojibake character stands for
		for {
			if end < len(s) && s[end] < utf8.RuneSelf && (end+1 == len(s) || s[end+1] != 0xCC) {
				// ASCII that no combining mark follows, most often the
				// character after a run: mojibakeAt would find nothing.
				break
			}
			w, weak, r := mojibakeAt(s, end)
			if n == 0 {
				first = r
			}
			if w == 0 {
				break
			}
			n++
			weakOnly = weakOnly && weak
			end += w
		}
		if end == start {
			_, w := runeAt(s, i)
			if strings.HasPrefix(s[i:], "\u00c2 ") && !afterCapital(s, i) {
				// "Â" + NBSP whose NBSP later became a space: the "Â"
				// alone is left ("Hello.Â  World", "priceÂ of").
				edits = append(edits, edit{i, i + w, "", Mojibake})
			}
			i = nextMojibakeLead(s, i+w, until)
			continue
		}
		switch {
		case n == 1 && !weakOnly:
			// One character, most often: mojibakeAt decoded it already.
			edits = append(edits, edit{start, end, runeString(first), Mojibake})
		case !weakOnly || n >= 2:
			repl := decodeMojibake(s, start, end)
			if again {
				for round := 0; round < 2 && !singleRune(repl); round++ {
					next := decodeMojibakeAll(repl)
					if next == repl {
						break
					}
					repl = next
				}
				if repl == s[start:end] {
					break
				}
			}
			edits = append(edits, edit{start, end, repl, Mojibake})
		}
		i = nextMojibakeLead(s, end, until)
	}
	sc.i = i
	return edits
}

// nextMojibakeLead returns i + firstNonASCII(s[i:]), or len(s) at once
// from until on, where no mojibake starts.
func nextMojibakeLead(s string, i, until int) int {
	if i >= until {
		return len(s)
	}
	return i + firstNonASCII(s[i:])
}

// firstNonASCII returns the index of the first byte in s where mojibake
// can start, or len(s): the lead bytes of "Â".."ô" (0xC3), of the Mac
// Roman leads "¬" (0xC2), "‚" and "√" (0xE2), and a letter followed by a
// combining mark (0xCC). Other bytes cannot start mojibake, so the scan
// skips them.
func firstNonASCII(s string) int {
	for i := 0; i < len(s); i++ {
		if i = skipASCII(s, i, false); i == len(s) {
			break
		}
		// The test of mojibakeLead, written out: this loop meets every
		// non-ASCII character of the text, most often in vain.
		switch s[i] {
		case 0xC3:
			return i
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xAC {
				return i
			}
		case 0xE2:
			if i+2 < len(s) && s[i+2] == 0x9A && (s[i+1] == 0x80 || s[i+1] == 0x88) {
				return i
			}
		case 0xCC:
			if i > 0 && isASCIILetter(s[i-1]) || i > 0 && s[i-1] == ' ' {
				return i - 1
			}
		}
		// Continuation bytes start nothing: step over them here rather
		// than one skipASCII call each.
		for i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i++
		}
	}
	return len(s)
}

// mojibakeLead returns where mojibake can start at the non-ASCII byte
// s[i] (see firstNonASCII), or -1: at i, or for a combining mark at the
// letter or space before it. firstNonASCII makes the same test, written
// out in its loop.
func mojibakeLead(s string, i int) int {
	switch s[i] {
	case 0xC3:
		return i
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xAC {
			return i
		}
	case 0xE2:
		if i+2 < len(s) && s[i+2] == 0x9A && s[i+1]|0x08 == 0x88 {
			return i
		}
	case 0xCC:
		if i > 0 && (isASCIILetter(s[i-1]) || s[i-1] == ' ') {
			return i - 1
		}
	}
	return -1
}

// singleRune reports whether s is exactly one character.
func singleRune(s string) bool {
	_, w := utf8.DecodeRuneInString(s)
	return w == len(s) && w > 0
}

// runeAt decodes the character at s[i], composing a letter and a
// combining mark that make a Latin-1 letter (mojibake decomposed to NFD).
func runeAt(s string, i int) (rune, int) {
	if i+2 < len(s) {
		// ASCII and the two- and three-byte characters that need no
		// range check, decoded here: the scan decodes every character
		// of a run, and the one after it.
		c, c1 := s[i], s[i+1]
		switch {
		case c < utf8.RuneSelf:
			if c1 != 0xCC {
				return rune(c), 1
			}
		case c1&0xC0 != 0x80:
		case c >= 0xC2 && c < 0xE0:
			return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
		case c > 0xE0 && c < 0xF0 && c != 0xED && s[i+2]&0xC0 == 0x80:
			return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if r < utf8.RuneSelf && i+w+1 < len(s) && s[i+w] == 0xCC {
		m, mw := utf8.DecodeRuneInString(s[i+w:])
		if c, ok := nfdLatin1[[2]rune{r, m}]; ok {
			return c, w + mw
		}
	}
	return r, w
}

// mojibakeAt reports the width in s of one mojibake character starting at
// i (0 if there is none), whether it is weak evidence on its own, and the
// character it stands for (what restore gives).
func mojibakeAt(s string, i int) (width int, weak bool, orig rune) {
	if i >= len(s) {
		return 0, false, 0
	}
	r, w := runeAt(s, i)
	if r < utf8.RuneSelf {
		return 0, false, 0
	}
	if b, ok := winByte(r); ok && b >= 0xC2 && b <= 0xF4 {
		if width, weak, orig, ok := winSequence(s, i, b, w); ok {
			return width, weak, orig
		}
	}
	switch r {
	case macLeadPunct, macLeadLatin, macLeadLatin1:
		if width, orig, ok := macSequence(s, i, r, w); ok {
			return width, false, orig
		}
	}
	return 0, false, 0
}

// winSequence checks the Windows-1252/Latin-1 reading of a UTF-8 sequence
// whose lead byte b is at s[i:i+w], and decodes it.
func winSequence(s string, i int, b byte, w int) (width int, weak bool, orig rune, ok bool) {
	n := continuationCount(b)
	var buf [4]byte
	buf[0] = b
	j := i + w
	for k := 1; k <= n; k++ {
		r, rw := runeAt(s, j)
		cb, ok := winByte(r)
		if j >= len(s) || !ok || cb < 0x80 || cb > 0xBF {
			// "â€" whose last byte (0x9D, undefined in Windows-1252) was
			// dropped: the right double quotation mark, where one can
			// stand (not before a letter: "realâ€world" lost a hyphen).
			if n == 2 && k == 2 && buf[0] == 0xE2 && buf[1] == 0x80 && (j >= len(s) || !isWordRune(r)) {
				return j - i, false, '\u201D', true // E2 80 9D
			}
			return 0, false, 0, false
		}
		buf[k] = cb
		j += rw
	}
	r := decodeSequence(buf, n)
	if r == utf8.RuneError {
		return 0, false, 0, false
	}
	ok, weak = plausible(r, n+1)
	return j - i, weak, r, ok
}

// decodeSequence decodes buf[:n+1], a lead byte from 0xC2 to 0xF4 that
// takes n continuation bytes and n bytes from 0x80 to 0xBF, as
// utf8.DecodeRune does: utf8.RuneError where the lead does not accept
// the second byte (an overlong form, a surrogate, beyond U+10FFFF).
func decodeSequence(buf [4]byte, n int) rune {
	b0, b1 := buf[0], buf[1]
	switch n {
	case 1:
		return rune(b0&0x1F)<<6 | rune(b1&0x3F)
	case 2:
		if b0 == 0xE0 && b1 < 0xA0 || b0 == 0xED && b1 > 0x9F {
			return utf8.RuneError
		}
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(buf[2]&0x3F)
	case 3:
		if b0 == 0xF0 && b1 < 0x90 || b0 == 0xF4 && b1 > 0x8F {
			return utf8.RuneError
		}
		return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(buf[2]&0x3F)<<6 | rune(buf[3]&0x3F)
	}
	return utf8.RuneError
}

// macSequence checks the three Mac Roman shapes (see macLeadPunct) and
// decodes the sequence.
func macSequence(s string, i int, lead rune, w int) (int, rune, bool) {
	j := i + w
	var buf [3]byte
	buf[0] = macRomanByte[lead]
	n := continuationCount(buf[0])
	for k := 1; k <= n; k++ {
		if j >= len(s) {
			return 0, 0, false
		}
		r, rw := utf8.DecodeRuneInString(s[j:])
		cb, ok := macRomanByte[r]
		if !ok || cb < 0x80 || cb > 0xBF {
			return 0, 0, false
		}
		buf[k] = cb
		j += rw
	}
	r, size := utf8.DecodeRune(buf[:n+1])
	if r == utf8.RuneError || size != n+1 {
		return 0, 0, false
	}
	switch lead {
	case macLeadPunct:
		return j - i, r, r >= 0x2000 && r <= 0x206F || r == '€' || r == '™'
	case macLeadLatin:
		return j - i, r, r >= 0xC0 && (i > 0 && isASCIILetter(s[i-1]) || j < len(s) && isASCIILetter(s[j]))
	default:
		return j - i, r, r == 0xA0
	}
}

// afterCapital reports whether s[i] follows a capital letter, as "Â" does
// in a word of capitals (Vietnamese "CHÂU").
func afterCapital(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsUpper(r)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func continuationCount(b byte) int {
	switch {
	case b >= 0xF0:
		return 3
	case b >= 0xE0:
		return 2
	}
	return 1
}

// winByte maps r to the byte Windows-1252 (or Latin-1, for the C1 range)
// shows as r.
func winByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	if r < 0x80 {
		return byte(r), true
	}
	var b byte
	switch {
	case r >= 0x100 && r < 0x300:
		b = cp1252Letters[r-0x100]
	case r >= 0x2000 && r < 0x2130:
		b = cp1252Punct[r-0x2000]
	}
	return b, b != 0
}

// plausible reports whether r, restored from a UTF-8 sequence of the given
// length, is a character that text plausibly held, and whether that
// evidence is weak (see weakRanges).
func plausible(r rune, length int) (ok, weak bool) {
	if length > 2 {
		return r >= 0x800, false
	}
	switch {
	case r < 0xA0:
		return false, false
	case r <= 0x17F:
		return true, false
	case extraLatin[r]:
		return true, false
	}
	for _, wr := range weakRanges {
		if r >= wr[0] && r <= wr[1] {
			return true, true
		}
	}
	return false, false
}

// decodeMojibake restores the run s[start:end] that mojibakeRuns
// accepted (s is given whole for the context some shapes need).
func decodeMojibake(s string, start, end int) string {
	if w, _, _ := mojibakeAt(s, start); start+w == end {
		return restore(s[start:end]) // one character, most often
	}
	var b strings.Builder
	b.Grow(end - start)
	for i := start; i < end; {
		w, _, _ := mojibakeAt(s, i)
		if w == 0 || i+w > end { // cannot happen for an accepted run
			b.WriteString(s[i:end])
			break
		}
		b.WriteString(restore(s[i : i+w]))
		i += w
	}
	return b.String()
}

// decodeMojibakeAll repairs every mojibake run in s (for the second round
// of double encoding).
func decodeMojibakeAll(s string) string {
	edits := mojibakeRuns(nil, s, firstNonASCII(s), len(s), false)
	if len(edits) == 0 {
		return s
	}
	var b strings.Builder
	at := 0
	for _, e := range edits {
		b.WriteString(s[at:e.start])
		b.WriteString(e.repl)
		at = e.end
	}
	b.WriteString(s[at:])
	return b.String()
}

// restore turns one mojibake character back into the character it was.
func restore(seq string) string {
	var buf [4]byte
	n := 0
	mac := false
	for k := 0; k < len(seq); {
		r, w := runeAt(seq, k)
		if k == 0 {
			mac = r == macLeadPunct || r == macLeadLatin || r == macLeadLatin1
		}
		var b byte
		if mac {
			b = macRomanByte[r]
		} else {
			b, _ = winByte(r)
		}
		if n < 4 {
			buf[n] = b
			n++
		}
		k += w
	}
	if n == 2 && buf[0] == 0xE2 && buf[1] == 0x80 {
		buf[2] = 0x9D // "â€" with its last byte dropped
		n = 3
	}
	r, size := utf8.DecodeRune(buf[:n])
	if r == utf8.RuneError || size != n {
		return seq
	}
	return runeString(r)
}
