package clean

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// invalidUTF8Edits replaces each run of bytes that are not UTF-8 with one
// U+FFFD, or, for a single stray byte that Windows-1252 reads as a
// printable character (0x92 "’", 0xE9 "é"), with that character: a lone
// such byte in UTF-8 text is almost always a Windows-1252 leftover.
func invalidUTF8Edits(s string) []edit {
	if validUTF8(s) {
		return nil
	}
	var edits []edit
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || w != 1 {
			i += w
			continue
		}
		j := i + 1
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if r != utf8.RuneError || w != 1 {
				break
			}
			j++
		}
		repl := "\uFFFD"
		if j == i+1 {
			if r := cp1252Rune(c); r >= 0xA0 {
				repl = runeString(r)
			}
		}
		edits = append(edits, edit{i, j, repl, Encoding})
		i = j
	}
	return edits
}

// cp1252Rune decodes one Windows-1252 byte (undefined bytes give their C1
// control).
func cp1252Rune(b byte) rune {
	if b >= 0x80 && b < 0xA0 {
		return cp1252High[b-0x80]
	}
	return rune(b)
}

// lineEndingEdits turns CRLF and lone CR line ends into LF, one edit per
// run of line ends ("\r\n\r\n" -> "\n\n"), appended to edits.
func lineEndingEdits(edits []edit, s string) []edit {
	sc := lineEndingScan{s: s}
	return sc.edits(edits, len(s)+1)
}

// A lineEndingScan is the scan of lineEndingEdits, made in batches: edits
// picks up where the batch before left off.
type lineEndingScan struct {
	s string
	i int // where the next batch looks for a CR
}

// edits appends the next edits, up to most of them, to edits; none once
// the scan is done.
func (sc *lineEndingScan) edits(edits []edit, most int) []edit {
	s := sc.s
	for found := 0; found < most && sc.i < len(s); found++ {
		k := strings.IndexByte(s[sc.i:], '\r')
		if k < 0 {
			sc.i = len(s)
			break
		}
		i := sc.i + k
		j, n := i, 0
		for j < len(s) && (s[j] == '\r' || s[j] == '\n') {
			if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
				j++
			}
			j++
			n++
		}
		edits = append(edits, edit{i, j, newlineRun(n), LineEnding})
		sc.i = j
	}
	return edits
}

// Decode turns bytes of unknown encoding into UTF-8 text: a UTF-8 or UTF-16
// byte order mark is honoured and removed, UTF-16 without a mark is
// recognised by its zero bytes, a whole Windows-1252 text is transcoded,
// and stray invalid bytes in UTF-8 are repaired (see TextRepairs). Each
// change is logged with kind Encoding and an offset into b: the byte order
// mark, or each run of non-ASCII bytes transcoded from Windows-1252.
// Valid UTF-8 comes back as is, the string sharing nothing with b.
func Decode(b []byte) (string, []Repair) {
	switch byteOrderMark(b) {
	case 3: // UTF-8
		s, reps := Decode(b[3:])
		for i := range reps {
			reps[i].Offset += 3
		}
		return s, append([]Repair{newRepair(Encoding, 0, string(b[:3]), "")}, reps...)
	case 2: // UTF-16, little-endian when it starts with 0xFF
		return decodeUTF16(b[2:], b[0] == 0xFF), []Repair{newRepair(Encoding, 0, string(b[:2]), "")}
	}
	if le, ok := looksUTF16(unsafe.String(unsafe.SliceData(b), len(b))); ok {
		return decodeUTF16(b, le), []Repair{newRepair(Encoding, 0, string(b[:2]), decodeUTF16(b[:2], le))}
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	if !looksWindows1252(b) {
		s := string(b)
		d := newDoc(s)
		d.applyJoined(invalidUTF8Edits(s))
		return d.result()
	}
	return decodeWindows1252(b)
}

// DecodeString is Decode for bytes already held in a string. When s is
// valid UTF-8 without a byte order mark, which is most text, it comes back
// as is: no copy is made.
func DecodeString(s string) (string, []Repair) {
	if byteOrderMark(s) == 0 {
		if _, utf16 := looksUTF16(s); !utf16 && validUTF8(s) {
			return s, nil
		}
	}
	return Decode([]byte(s))
}

// byteOrderMark returns the length of the byte order mark b starts with:
// 3 for UTF-8, 2 for UTF-16 either way, 0 for none.
func byteOrderMark[T string | []byte](b T) int {
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		return 3
	case len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF):
		return 2
	}
	return 0
}

// looksUTF16 recognises UTF-16 without a byte order mark: text in a Latin
// script has a zero byte in every other position.
//
// It reads the first 512 bytes, and only once they hold a zero byte:
// text has none, and IndexByte finds that out many bytes at a time.
func looksUTF16(b string) (littleEndian, ok bool) {
	if len(b) < 4 || len(b)%2 != 0 {
		return false, false
	}
	n := min(len(b), 512)
	if strings.IndexByte(b[:n], 0) < 0 {
		return false, false
	}
	var even, odd int
	for i := 0; i+1 < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*8 && even == 0:
		return true, true
	case even*10 >= pairs*8 && odd == 0:
		return false, true
	}
	return false, false
}

func decodeUTF16(b []byte, littleEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if littleEndian {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	s := string(utf16.Decode(u))
	if len(b)%2 == 1 {
		s += "\uFFFD"
	}
	return s
}

// looksWindows1252 decides between a Windows-1252 text and UTF-8 with a
// few stray bytes: Windows-1252 when invalid sequences are at least as
// many as valid multi-byte ones.
func looksWindows1252(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			invalid++
		} else {
			valid++
		}
		i += w
	}
	return invalid >= valid
}

// decodeWindows1252 transcodes b, logging each run of non-ASCII bytes
// (runs in one stretch of junk as one repair, see joinsJunk).
func decodeWindows1252(b []byte) (string, []Repair) {
	out := make([]byte, 0, len(b)+len(b)/8)
	var reps []Repair
	from, to, outFrom := -1, 0, 0 // the repair being grown: b[from:to], out[outFrom:]
	flush := func(outTo int) {
		if from >= 0 {
			reps = append(reps, newRepair(Encoding, from, string(b[from:to]), string(out[outFrom:outTo])))
		}
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			out = append(out, b[i])
			i++
			continue
		}
		gapOut := len(out) - (i - to) // where the gap before this run starts in out
		if from < 0 || !joinsJunk(b, to, i) {
			flush(gapOut)
			from, outFrom = i, len(out)
		}
		for i < len(b) && b[i] >= utf8.RuneSelf {
			out = utf8.AppendRune(out, cp1252Rune(b[i]))
			i++
		}
		to = i
	}
	flush(len(out) - (len(b) - to))
	return string(out), reps
}
