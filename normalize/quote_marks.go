package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/chunk"
)

// Quotation marks: finding them, telling them from apostrophes, and pairing
// them into quotes. The scan is one pass over the paragraphs, linear in their
// length whatever the marks.

// qFamily groups marks that pair with each other.
type qFamily uint8

const (
	qDouble qFamily = iota + 1 // " “ ” „ « »
	qSingle                    // ' ‘ ’ ‹ ›
)

// qRole is what a mark does in its context.
type qRole uint8

const (
	qNotMark qRole = iota
	qOpens
	qCloses
	qToggles // a straight mark between two words: closes if open, else opens
)

// qMaxDepth bounds the nesting of quotes; deeper openers are ignored.
const qMaxDepth = 16

// A qPart is the text of a quote inside one paragraph: p[start:end].
type qPart struct{ para, start, end int }

// A qRaw is a quote as found by the scanner, before attribution.
type qRaw struct {
	parts     []qPart
	openPara  int // paragraph and byte offset of the opening mark
	openAt    int
	closePara int // paragraph and byte offset just after the closing mark
	closeAt   int
	closed    bool // false when the quote ran to the paragraph end unclosed
}

// qOpenMark is an opening mark on the scanner's stack.
type qOpenMark struct {
	family     qFamily
	at, textAt int
}

// qMarkLeads finds the bytes that may start a quotation mark in p: the
// ASCII marks " and ', and 0xC2 and 0xE2, which start every other mark
// qIsMarkRune accepts (« » and the curly marks, ‹ ›, „). Such bytes never
// continue a UTF-8 sequence, so every one of them starts a rune (or is an
// invalid byte) and a scan may jump from one to the next. It keeps the next
// place of each of the four, found with IndexByte, which is fast on long
// stretches (the text between two marks is mostly tens of bytes or more):
// on news text, four IndexByte passes take fewer instructions than one
// SWAR pass (eight bytes at a time) looking for the four at once.
//
// The four are looked for in blocks of qMarkLeadBlock bytes, one block
// after the other, so that on a long paragraph (a page with no line
// breaks) the four passes read a block that is in the cache, instead of
// each streaming the whole paragraph from memory.
type qMarkLeads struct {
	p   string
	end int    // the end of the block searched: p[:end]
	at  [4]int // the next place of each of qMarkLeadBytes, or end if none before it
}

var qMarkLeadBytes = [4]byte{'"', '\'', 0xC2, 0xE2}

// qMarkLeadBlock is the size of the blocks of p in which qMarkLeads looks
// for lead bytes: well within the L1 data cache (a variable, so that tests
// can make it small).
var qMarkLeadBlock = 16 << 10

// qMarkLeadsIn returns the lead bytes of p, each found from the start.
func qMarkLeadsIn(p string) qMarkLeads {
	end := min(len(p), qMarkLeadBlock)
	b := p[:end]
	return qMarkLeads{p: p, end: end, at: [4]int{
		qIndexByteOrLen(b, qMarkLeadBytes[0]), qIndexByteOrLen(b, qMarkLeadBytes[1]),
		qIndexByteOrLen(b, qMarkLeadBytes[2]), qIndexByteOrLen(b, qMarkLeadBytes[3]),
	}}
}

// none reports whether p holds no lead byte at all, as nearly half of
// the paragraphs of news text do: the scan passes them without asking for
// a mark. For a paragraph longer than a block it may say false when p
// holds none: nextMark then finds none.
func (m *qMarkLeads) none() bool {
	return min(m.at[0], m.at[1], m.at[2], m.at[3]) == len(m.p)
}

// nextMark returns the place, rune and size of the first quotation mark
// at or after i, or len(p) when none is left; i never goes back. It jumps
// from lead byte to lead byte, looking again only for the leads it has
// passed, so that each byte of p is read once per lead byte; it passes
// over the apostrophes inside words, which qClassify would find to be no
// mark, and reads two apostrophes as one double mark.
func (m *qMarkLeads) nextMark(i int) (int, rune, int) {
	p, a := m.p, &m.at
	for {
		if i >= m.end && m.end < len(p) {
			// Past the block: the next one starts at i, and every lead
			// is looked for anew.
			m.end = min(len(p), i+qMarkLeadBlock)
			a[0], a[1], a[2], a[3] = -1, -1, -1, -1
		}
		b := p[:m.end]
		if a[0] < i {
			a[0] = i + qIndexByteOrLen(b[i:], qMarkLeadBytes[0])
		}
		if a[1] < i {
			a[1] = i + qIndexByteOrLen(b[i:], qMarkLeadBytes[1])
		}
		if a[2] < i {
			a[2] = i + qIndexByteOrLen(b[i:], qMarkLeadBytes[2])
		}
		if a[3] < i {
			a[3] = i + qIndexByteOrLen(b[i:], qMarkLeadBytes[3])
		}
		if i = min(a[0], a[1], a[2], a[3]); i == m.end {
			if i == len(p) {
				return i, 0, 0
			}
			continue // no lead in the rest of the block
		}
		r, size := qMarkAt(p, i)
		if r == 0 || (r == '\'' || r == '’') && qBetweenASCIILetters(p, i, size) {
			i += size // not a mark, or an apostrophe in a word: don't, Trump’s
			continue
		}
		if r == '\'' && i+1 < len(p) && p[i+1] == '\'' {
			return i, '"', 2 // two apostrophes stand for a double mark: ''racist''
		}
		return i, r, size
	}
}

// qIndexByteOrLen returns the index of the first b in s, or len(s).
func qIndexByteOrLen(s string, b byte) int {
	return int(min(uint(strings.IndexByte(s, b)), uint(len(s)))) // -1 is the largest uint
}

// qScanInto finds the quotes of an article, in text order, adding them
// to raws.
//
// The parts of quotes that lie in one paragraph, most of them, are carved
// from parts, rather than allocated one by one.
func qScanInto(raws *chunk.List[qRaw], parts *chunk.Arena[qPart], paragraphs []string) {
	var carry *qRaw // a quote continued from the previous paragraph
	stack := make([]qOpenMark, 0, 4)
	for pi, p := range paragraphs {
		stack = stack[:0]
		i := 0
		if carry != nil {
			j, size := qLeadingOpener(p)
			stack = append(stack, qOpenMark{family: qDouble, at: j, textAt: j + size})
			i = j + size
		}
		leads := qMarkLeadsIn(p)
		if len(stack) == 0 && leads.none() {
			continue
		}
		for i < len(p) {
			var r rune
			var size int
			if i, r, size = leads.nextMark(i); i == len(p) {
				break
			}
			fam, role := qClassify(p, i, size, r)
			switch {
			case role == qToggles && len(stack) > 0 && stack[len(stack)-1].family == fam:
				role = qCloses
			case role == qToggles:
				role = qOpens
			}
			switch role {
			case qOpens:
				if n := len(stack); n > 0 && stack[n-1].family == fam {
					// The same kind of mark opening again: the earlier one was
					// never closed. Drop it and start over here.
					stack = stack[:n-1]
					if n == 1 && carry != nil {
						carry = nil
					}
				}
				if len(stack) < qMaxDepth {
					stack = append(stack, qOpenMark{family: fam, at: i, textAt: i + size})
				}
			case qCloses:
				k := len(stack) - 1
				for k >= 0 && stack[k].family != fam {
					k--
				}
				if k < 0 {
					break // a stray closing mark or an apostrophe
				}
				if k == 0 {
					q := qRaw{openPara: pi, openAt: stack[0].at}
					if carry != nil {
						q = *carry
						carry = nil
					}
					part := qPart{para: pi, start: stack[0].textAt, end: i}
					if q.parts == nil {
						q.parts = parts.Copy([]qPart{part})
					} else {
						q.parts = append(q.parts, part)
					}
					q.closePara, q.closeAt, q.closed = pi, i+size, true
					*raws.Slot() = q
				}
				stack = stack[:k]
			}
			i += size
		}
		if len(stack) == 0 {
			continue
		}
		// A quote left open at the end of the paragraph.
		outer := stack[0]
		q := qRaw{openPara: pi, openAt: outer.at}
		if carry != nil {
			q = *carry
		}
		q.parts = append(q.parts, qPart{para: pi, start: outer.textAt, end: len(p)})
		q.closePara, q.closeAt = pi, len(p)
		carry = nil
		if outer.family == qDouble && pi+1 < len(paragraphs) {
			if _, size := qLeadingOpener(paragraphs[pi+1]); size > 0 {
				carry = &q // continued in the next paragraph
				continue
			}
		}
		if len(q.parts) > 1 || qOpensParagraph(p, outer.at) {
			*raws.Slot() = q // unclosed, but plainly a quote: to the end
		}
	}
}

// qMarkAt returns the quotation mark (a rune qIsMarkRune accepts) that
// starts at p[i], a lead byte, and its size; or 0 and 1 when none does. It
// reads the bytes of the few marks rather than decoding a rune. Skipping
// one byte past a lead byte that starts no mark skips no lead byte, which
// never continues a sequence.
func qMarkAt(p string, i int) (rune, int) {
	switch c := p[i]; c {
	case '"', '\'':
		return rune(c), 1
	case 0xC2: // « U+00AB is C2 AB, » U+00BB is C2 BB
		if i+1 < len(p) && (p[i+1] == 0xAB || p[i+1] == 0xBB) {
			return rune(p[i+1]), 2
		}
	case 0xE2: // U+2000 + x is E2 80 (0x80 + x) for x < 0x40
		if i+2 < len(p) && p[i+1] == 0x80 && p[i+2]&0xC0 == 0x80 && qMarksE280>>(p[i+2]&0x3F)&1 != 0 {
			return 0x2000 + rune(p[i+2]&0x3F), 3
		}
	}
	return 0, 1
}

// qMarksE280 has bit x set for the marks U+2000 + x: ‘ ’ “ ” „ ‹ ›.
const qMarksE280 = 1<<('‘'-0x2000) | 1<<('’'-0x2000) | 1<<('“'-0x2000) | 1<<('”'-0x2000) |
	1<<('„'-0x2000) | 1<<('‹'-0x2000) | 1<<('›'-0x2000)

// qBetweenASCIILetters reports whether the mark at p[i:i+size] has an
// ASCII letter on either side, as an apostrophe inside a word has; such a
// mark is never a quotation mark (qClassify's rule for single marks).
func qBetweenASCIILetters(p string, i, size int) bool {
	return i > 0 && i+size < len(p) && qIsASCIILetter(p[i-1]) && qIsASCIILetter(p[i+size])
}

// qIsASCIILetter reports whether c is an ASCII letter.
func qIsASCIILetter(c byte) bool { return (c|0x20)-'a' < 26 }

// qLeadingOpener returns the offset and size of the opening double mark that
// starts p, or size 0 when p does not start with one.
func qLeadingOpener(p string) (at, size int) {
	j := 0
	for j < len(p) && (p[j] == ' ' || p[j] == '\t') {
		j++
	}
	r, s := utf8.DecodeRuneInString(p[j:])
	if !qIsMarkRune(r) {
		return j, 0
	}
	if fam, role := qClassify(p, j, s, r); fam == qDouble && (role == qOpens || role == qToggles) {
		return j, s
	}
	return j, 0
}

// qOpensParagraph reports whether the mark at p[at] opens the paragraph or
// follows a colon, so that an unclosed quote plainly runs to the end.
func qOpensParagraph(p string, at int) bool {
	before := qTrimRightSpace(p[:at])
	return before == "" || strings.HasSuffix(before, ":")
}

// qTrimRightSpace returns strings.TrimRightFunc(s, unicode.IsSpace),
// passing over the ASCII white space before a mark (mostly one space)
// without a call per character; it leaves the rest to TrimRightFunc at the
// first byte that is not ASCII.
func qTrimRightSpace(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case ' ', '\t', '\n', '\v', '\f', '\r': // unicode.IsSpace's ASCII
			s = s[:len(s)-1]
		default:
			if s[len(s)-1] < utf8.RuneSelf {
				return s
			}
			return strings.TrimRightFunc(s, unicode.IsSpace)
		}
	}
	return s
}

// qIsMarkRune reports whether r is a quotation mark or an apostrophe.
func qIsMarkRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '\'', '‘', '’', '‹', '›':
		return true
	}
	return false
}

// qClassify tells what the mark r at p[i:i+size] does, from its neighbours.
func qClassify(p string, i, size int, r rune) (qFamily, qRole) {
	prev, next := ' ', ' '
	if i > 0 {
		if prev = rune(p[i-1]); prev >= utf8.RuneSelf {
			prev, _ = utf8.DecodeLastRuneInString(p[:i])
		}
	}
	if i+size < len(p) {
		if next = rune(p[i+size]); next >= utf8.RuneSelf {
			next, _ = utf8.DecodeRuneInString(p[i+size:])
		}
	}
	before := qOpenContext(prev) // space or an opening bracket before the mark
	after := qCloseContext(next) // space or punctuation after the mark
	switch r {
	case '“', '„', '«':
		if !before && after && r == '“' {
			return qDouble, qCloses // a closing mark typed the wrong way round
		}
		return qDouble, qOpens
	case '”', '»':
		if before && !after && r == '”' {
			return qDouble, qOpens
		}
		return qDouble, qCloses
	case '"':
		if prev == '=' {
			return qDouble, qNotMark // markup: id="..."
		}
		switch {
		case before && !after:
			return qDouble, qOpens
		case !before && after:
			return qDouble, qCloses
		case !before && !after:
			return qDouble, qToggles
		}
		// Spaces on both sides: it closes after a closing single mark, as
		// in ..., 'We have to,' " said X.
		if k := strings.LastIndexFunc(p[:i], func(r rune) bool { return r != ' ' }); k >= 0 && i-k <= 2 {
			if r2, _ := utf8.DecodeRuneInString(p[k:]); r2 == '\'' || r2 == '’' {
				return qDouble, qCloses
			}
		}
		return qDouble, qNotMark
	case '‹':
		return qSingle, qOpens
	case '›':
		return qSingle, qCloses
	}
	// Single marks and apostrophes: ‘ ’ '.
	if unicode.IsLetter(prev) && unicode.IsLetter(next) {
		return qSingle, qNotMark // Today’s, don't
	}
	if before && !after {
		if unicode.IsDigit(next) {
			return qSingle, qNotMark // '90s
		}
		return qSingle, qOpens
	}
	if !before && after {
		return qSingle, qCloses // closes a single quote if one is open
	}
	return qSingle, qNotMark
}

// qOpenContext reports whether r, just before a mark, lets it open a quote.
func qOpenContext(r rune) bool {
	if r < utf8.RuneSelf {
		return qASCIIContexts[r]&qOpenCtx != 0
	}
	return qOpenContextRune(r)
}

// qCloseContext reports whether r, just after a mark, lets it close a quote.
func qCloseContext(r rune) bool {
	if r < utf8.RuneSelf {
		return qASCIIContexts[r]&qCloseCtx != 0
	}
	return qCloseContextRune(r)
}

// The contexts of the ASCII characters, by bits, so that the common case
// takes no call.
const (
	qOpenCtx  = 1 << iota // qOpenContextRune
	qCloseCtx             // qCloseContextRune
)

var qASCIIContexts = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if qOpenContextRune(rune(c)) {
			t[c] |= qOpenCtx
		}
		if qCloseContextRune(rune(c)) {
			t[c] |= qCloseCtx
		}
	}
	return t
}()

// qOpenContextRune is qOpenContext for any rune.
func qOpenContextRune(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', '\'', '«', '„', ':':
		return true
	}
	return false
}

// qCloseContextRune is qCloseContext for any rune.
func qCloseContextRune(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…',
		'”', '’', '"', '\'', '»':
		return true
	}
	return false
}
