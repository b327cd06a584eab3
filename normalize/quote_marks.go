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
// Its fields are 32-bit, as a qWord's are, so that the parts of an
// article's quotes take 12 bytes each and hold no pointer: the garbage
// collector does not scan them (qMaxQuoteOffset bounds what the scanner
// reads, so that they fit).
type qPart struct{ para, start, end int32 }

// A qRaw is a quote as found by the scanner, before attribution.
//
// It holds no pointer, so that the list of an article's raws, which lasts
// the whole Quotes call, is not scanned by the garbage collector at each
// cycle, and its fields are 32-bit, so that a raw takes 28 bytes: its parts
// are not a slice of their own but a run of a list of the article's parts,
// which the scanner can keep contiguous since it adds a quote's parts
// while the quote is open and no other: the scanner's list (qScanInto),
// then the array of the parts qQuotesOf keeps (qRaw.partsIn).
type qRaw struct {
	first, count int32 // its parts: the run [first, first+count) of the parts list
	openPara     int32 // paragraph and byte offset of the opening mark
	openAt       int32
	closePara    int32 // paragraph and byte offset just after the closing mark
	closeAt      int32
	closed       bool // false when the quote ran to the paragraph end unclosed
}

// partsIn returns the parts of the quote, a run of all, the parts its
// first indexes (those qQuotesOf keeps).
func (r *qRaw) partsIn(all []qPart) []qPart { return all[r.first : r.first+r.count] }

// qMaxQuoteOffset bounds what the scanner reads, so that a qRaw's and a
// qPart's 32-bit fields hold every offset, paragraph index and part index:
// it reads at most this many bytes in all (2 GiB, as the words of a
// paragraph are read, qMaxWordEnd), counting one for each paragraph break,
// so that none of those exceeds it (a paragraph takes a byte at least, and
// so does a part). Only a caller passing gigabytes of text to Quotes meets
// it; article.Parse reads far less (article.DefaultMaxBytes). A variable,
// so that tests can make it small.
var qMaxQuoteOffset = 1<<31 - 1

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
// to raws and their parts to parts: each quote's parts are a run of parts
// (qRaw.first, qRaw.count), and the runs follow each other in the order of
// raws, with nothing between them. A quote's parts are added while it is
// open, and no other quote is added then (only an outer quote makes a
// raw, and outer quotes never overlap), so its run can grow in place; the
// parts of a quote that is dropped (an unclosed quote, or a quote carried
// over that a new opening mark cancels) are the last ones and are taken
// back.
//
// It reads at most qMaxQuoteOffset bytes in all, counting one for each
// paragraph break, so that every offset, paragraph index and part index
// fits a qRaw's 32-bit fields: it finds what it finds in the paragraphs
// cut there (qWithin), those after dropped, and nothing else.
func qScanInto(raws *chunk.List[qRaw], parts *chunk.List[qPart], paragraphs []string) {
	var carry qRaw // a quote continued from the previous paragraph, if carrying
	carrying := false
	stack := make([]qOpenMark, 0, 4)
	left := qMaxQuoteOffset // the bytes left to read, a break counted before each paragraph
	for pi, p := range paragraphs {
		if left <= 0 {
			break
		}
		p = qWithin(p, left)
		left -= len(p) + 1
		stack = stack[:0]
		i := 0
		if carrying {
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
					if n == 1 && carrying {
						parts.Truncate(int(carry.first)) // the carried quote's parts
						carrying = false
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
					q := qNewRaw(pi, stack[0].at, parts.Len())
					if carrying {
						q, carrying = carry, false
					}
					q.addPart(parts, pi, stack[0].textAt, i)
					q.closePara, q.closeAt, q.closed = int32(pi), int32(i+size), true
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
		q := qNewRaw(pi, outer.at, parts.Len())
		if carrying {
			q = carry
		}
		q.addPart(parts, pi, outer.textAt, len(p))
		q.closePara, q.closeAt = int32(pi), int32(len(p))
		carrying = false
		if outer.family == qDouble && pi+1 < len(paragraphs) && left > 0 {
			if _, size := qLeadingOpener(qWithin(paragraphs[pi+1], left)); size > 0 {
				carry, carrying = q, true // continued in the next paragraph
				continue
			}
		}
		if q.count > 1 || qOpensParagraph(p, outer.at) {
			*raws.Slot() = q // unclosed, but plainly a quote: to the end
		} else {
			parts.Truncate(int(q.first)) // not a quote after all
		}
	}
}

// qWithin returns the part of p that qScanInto reads when left bytes are
// left to read, one of them for the break before p.
func qWithin(p string, left int) string { return p[:min(len(p), left-1)] }

// qNewRaw returns a quote opening at paragraph para's byte at, with no
// part yet; its parts will start at index first of the parts list.
func qNewRaw(para, at, first int) qRaw {
	return qRaw{first: int32(first), openPara: int32(para), openAt: int32(at)}
}

// addPart adds p[start:end] of paragraph para to the quote's parts, at the
// end of parts, which its run ends (qScanInto).
func (r *qRaw) addPart(parts *chunk.List[qPart], para, start, end int) {
	parts.Add(qPart{para: int32(para), start: int32(start), end: int32(end)})
	r.count++
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
