package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/swar"
)

// A qWord is a token of an attribution clause or a narrative sentence: a
// word or a single punctuation mark, read from a paragraph p, as its byte
// offsets in p: text(p) is the word.
//
// It holds no pointer, so that storing one costs no write barrier: the
// tokenizer stores every word of an article, and while the collector
// marks, a barrier per word (the string a word held) was a quarter of a
// parse on one core. It has four fields, no more, so that the compiler
// keeps one in registers and stores it field by field.
type qWord struct {
	// p[start:end] is the word: 32-bit, so that the words kept of a long
	// article take half the memory (the tokenizer reads no word past
	// qMaxWordEnd).
	start, end int32
	kind       qKind
	// lex is qLexOf(text) | qLexKnown when the word was looked up (a word
	// qTokenizeMarked marks, which qContext.learn looks up), else 0: see
	// lexOf.
	lex qLex
}

// text returns the word as written in p, the paragraph it was read from.
func (w *qWord) text(p string) string {
	if w.kind&qStop != 0 {
		return "."
	}
	return p[w.start:w.end]
}

// qKind says what the tokenizer found out about a word.
type qKind uint8

const (
	// qPunct is set on a single punctuation mark.
	qPunct qKind = 1 << iota
	// qLower is set on a word that starts with an ASCII lower-case letter
	// and has no hyphen, so surely no name word (not "al-Sadr"): most
	// words, told apart without looking again.
	qLower
	// qPlain is set on a word made only of ASCII letters and digits: no
	// apostrophe, hyphen or period to look into.
	qPlain
	// qStop is set on a full stop that stands for a quote left out of a
	// sentence (qDropEarlierQuotes): it is "." whatever p holds.
	qStop
)

// punct reports whether w is a punctuation mark (qPunct).
func (w *qWord) punct() bool { return w.kind&qPunct != 0 }

// lower reports whether w surely is no name word (qLower).
func (w *qWord) lower() bool { return w.kind&qLower != 0 }

// plain reports whether w is only ASCII letters and digits (qPlain).
func (w *qWord) plain() bool { return w.kind&qPlain != 0 }

// lexOf returns qLexOf(w.text(p)), looked up once for the words that reading
// names asks about several times.
func (w *qWord) lexOf(p string) qLex {
	if w.lex >= qLexKnown { // the known bit is the highest
		return w.lex - qLexKnown
	}
	return qLexOf(p[w.start:w.end]) // a full stop (qStop) reads "": no list holds it, nor "."
}

// strippedLex returns qLexOf(qStripPossessive(w.text(p))). It is small
// enough to be inlined, so that a plain word looked up already (a name
// word) costs no call.
func (w *qWord) strippedLex(p string) qLex {
	if w.kind&qPlain != 0 && w.lex&qLexKnown != 0 { // no apostrophe: nothing to strip
		return w.lex &^ qLexKnown
	}
	return w.strippedLexSlow(p)
}

// strippedLexSlow is strippedLex for any word.
func (w *qWord) strippedLexSlow(p string) qLex {
	if w.plain() { // no apostrophe: nothing to strip
		return w.lexOf(p)
	}
	if t := w.text(p); qStripPossessive(t) != t {
		return qLexOf(qStripPossessive(t))
	}
	return w.lexOf(p)
}

// qAbbrevs are words whose trailing period is part of the word, not the end
// of a sentence.
var qAbbrevs = setOf("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen",
	"St", "Jr", "Sr", "Lt", "Col", "Capt", "Sgt", "Prof", "Rev", "Adm", "Maj",
	"Cmdr", "Atty", "Supt", "Ald", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept",
	"Sep", "Oct", "Nov", "Dec", "No", "vs", "etc", "Inc", "Corp", "Co", "Ltd",
	"Mt", "Ft", "Gens", "Sens", "Reps", "approx", "Ph", "D",
	// States as newspapers abbreviate them: "Cambridge, Mass., said".
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
	"Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Mo", "Mont",
	"Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash",
	"Wis", "Wyo")

// qMaxWordEnd is where the tokenizer stops reading a paragraph: the words
// of a paragraph of 2 GiB or more are read up to there only, since a
// qWord's offsets are 32-bit (see qWord), and its quotes past there get no
// speaker from the words around them. (A variable, so that tests can make
// it small.)
var qMaxWordEnd = 1<<31 - 1

// qTokenize splits p[from:to] into words and punctuation marks. Quotation
// marks are left out.
func qTokenize(p string, from, to int) []qWord {
	return qTokenizeInto(make([]qWord, 0, (to-from)/5+1), p, from, to)
}

// qTokenizeInto is qTokenize appending to out. Plain ASCII words, spaces and
// punctuation are read by qTokenizePlain; everything else (non-ASCII, inner
// hyphens, apostrophes and periods) goes to qNextWord from the token's
// start, so the result is qNextWord's in every case.
func qTokenizeInto(out []qWord, p string, from, to int) []qWord {
	return qTokenizeMarking(out, nil, p, from, to)
}

// qTokenizeMarked is qTokenizeInto, also appending to marks the index in
// out of each word that may be a name (neither punctuation nor lower case)
// and of each sentence end (qEndsSentenceWord): the only words that
// reading an article for names looks at first (qContext.learn,
// qNameRunsMarked), so that it need not visit every word.
func qTokenizeMarked(out []qWord, marks []int32, p string, from, to int) ([]qWord, []int32) {
	out = qTokenizeMarking(out, &marks, p, from, to)
	return out, marks
}

// qTokenizeMarking is qTokenizeMarked, marking nothing when marks is nil.
func qTokenizeMarking(out []qWord, marks *[]int32, p string, from, to int) []qWord {
	to = min(to, qMaxWordEnd)
	p = p[:to] // nothing at or after to is read
	for i := from; i < len(p); {
		if out, i = qTokenizePlain(out, marks, p, i); i == len(p) {
			break
		}
		w, ok, next := qNextWord(p, i, to)
		if ok {
			if marks != nil && (w.punct() && qEndsSentenceWord(p, w) || !w.punct() && !w.lower()) {
				*marks = append(*marks, int32(len(out)))
			}
			out = append(out, w)
		}
		i = next
	}
	return out
}

// qTokenizePlain appends the tokens of p from i on while they are plain:
// spaces, ASCII punctuation, and ASCII words, joined by inner hyphens and
// apostrophes ("well-known", "don't"), that end at a byte that ends any
// word (qASCIIEndsWord) or at a period that ends them (qPeriodEndsWord).
// It returns where it stopped: at len(p), or at a token for qNextWord (a
// non-ASCII byte, a quotation mark, a word that a non-ASCII byte may join
// or a period may end). Its loop calls nothing but append's growth, so
// that it keeps its values in registers. It marks tokens as
// qTokenizeMarked does, unless marks is nil.
func qTokenizePlain(out []qWord, marks *[]int32, p string, i int) ([]qWord, int) {
	for i < len(p) {
		c := p[i]
		switch qASCIIClass[c] {
		case qClassSpace:
			i++
		case qClassPunct:
			if marks != nil && (c == '.' || c == '!' || c == '?') {
				*marks = append(*marks, int32(len(out)))
			}
			out = append(out, qWord{start: int32(i), end: int32(i + 1), kind: qPunct})
			i++
		case qClassWord:
			j := i + 1
			kind := qPlain
			if 'a' <= c && c <= 'z' {
				kind |= qLower
			}
			for {
				// Runs of lower-case letters eight bytes at a time.
				if j+8 <= len(p) {
					stop := swar.NotLower(swar.Load8(p, j))
					if stop == 0 {
						j += 8
						continue
					}
					j += swar.FirstFlagged(stop)
				} else {
					j = swar.SkipLower(p, j) // the last few bytes
				}
				if j >= len(p) || p[j] == ' ' {
					break // most words end at a space
				}
				b := p[j]
				if qASCIIWordByte[b] {
					j++
					continue
				}
				if qASCIIEndsWord[b] {
					break
				}
				if b == '-' || b == '\'' {
					// An inner hyphen or apostrophe joins the word to an
					// ASCII letter or digit after it, and to no other
					// ASCII byte; a non-ASCII rune is for qNextWord.
					if j+1 < len(p) && qASCIIWordByte[p[j+1]] {
						kind &^= qPlain
						if b == '-' {
							kind &^= qLower // "al-Sadr" may be a name
						}
						j += 2
						continue
					}
					if j+1 < len(p) && p[j+1] >= utf8.RuneSelf {
						return out, i
					}
					break
				}
				if b == '.' && qPeriodEndsWord(p[i:j]) {
					break
				}
				if r, ok := qPunctRuneAt(p, j); ok {
					if r != '’' {
						break // a dash or a quotation mark ends the word
					}
					// A curly apostrophe joins as a straight one does.
					if j+3 < len(p) && qASCIIWordByte[p[j+3]] {
						kind &^= qPlain
						j += 4
						continue
					}
					if j+3 < len(p) && p[j+3] >= utf8.RuneSelf {
						return out, i
					}
					break
				}
				return out, i // a quotation mark, a non-ASCII byte, a period that may join
			}
			if marks != nil && kind&qLower == 0 {
				*marks = append(*marks, int32(len(out))) // a capital, a digit or a hyphen
			}
			out = append(out, qWord{start: int32(i), end: int32(j), kind: kind})
			i = j
			if i < len(p) && p[i] == ' ' {
				i++ // the space after a word, without a turn of the loop
				// Most words are lower case and one space apart: such a
				// word is read here, with nothing to mark and nothing to
				// look up, as is one that a comma or the like or a full
				// stop ends; any other is left to the loop (which reads
				// again the word this one gives up on).
				for i < len(p) && 'a' <= p[i] && p[i] <= 'z' {
					// The first eight bytes inline, which end most words:
					// swar.SkipLower alone, a call, costs 3% more on the
					// NAEB dumps.
					j := i + 1
					if j+8 <= len(p) {
						if stop := swar.NotLower(swar.Load8(p, j)); stop != 0 {
							j += swar.FirstFlagged(stop)
						} else {
							j = swar.SkipLower(p, j+8)
						}
					} else {
						j = swar.SkipLower(p, j)
					}
					if j < len(p) && p[j] == ' ' {
						out = append(out, qWord{start: int32(i), end: int32(j), kind: qPlain | qLower})
						i = j + 1
						continue
					}
					if j == len(p) || qASCIIEndsWord[p[j]] || p[j] == '.' && qPeriodEnds[p[i]] {
						// A comma or the like, or a period that ends the
						// word (the end of a sentence): the word ends, and
						// the loop reads what follows.
						out = append(out, qWord{start: int32(i), end: int32(j), kind: qPlain | qLower})
						i = j
					}
					break
				}
			}
		default:
			// The dashes, curly quotation marks, bullets and ellipsis of
			// qIsPunctRune: a quotation mark is no token (qNextWord), any
			// other is a punctuation mark.
			r, ok := qPunctRuneAt(p, i)
			if !ok {
				return out, i
			}
			if !qIsMarkRune(r) {
				out = append(out, qWord{start: int32(i), end: int32(i + 3), kind: qPunct})
			}
			i += 3
		}
	}
	return out, i
}

// qPunctRuneAt returns the rune at p[i:] when it is one of qIsPunctRune's,
// U+2010..U+2027, which UTF-8 writes E2 80 90..A7: ok is false for any
// other.
func qPunctRuneAt(p string, i int) (r rune, ok bool) {
	if i+3 <= len(p) && p[i] == 0xE2 && p[i+1] == 0x80 && 0x90 <= p[i+2] && p[i+2] <= 0xA7 {
		return 0x2000 | rune(p[i+2]&0x3F), true
	}
	return 0, false
}

// qPeriodEndsWord reports whether a period after w, an ASCII word that has
// no period, ends it, as qNextWord reads it: a period joins only an
// initial (a capital letter alone, qIsDotted) or an abbreviation
// (qAbbrevs). Most words that a period ends start with a lower-case letter
// that starts no abbreviation (qPeriodEnds), which says so at once.
func qPeriodEndsWord(w string) bool {
	if qPeriodEnds[w[0]] {
		return true
	}
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		return false // an initial: "J."
	}
	return qAbbrevTable.get(w) == 0
}

// qAbbrevTable holds qAbbrevs, for qPeriodEndsWord (a qTable answers
// faster than a map).
var qAbbrevTable = qMergeLists(qList[uint8]{qAbbrevs, 1})

// qPeriodEnds marks the first bytes of the plain words that a period
// always ends: lower-case letters that start no abbreviation (qAbbrevs). A
// period never joins a word that starts in lower case (qIsDotted), so such
// a word ends before it.
var qPeriodEnds = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for w := range qAbbrevs {
		t[w[0]] = false
	}
	return t
}()

// qASCIIEndsWord marks the ASCII bytes that end the word before them
// whatever follows: neither a letter or digit nor a hyphen, an apostrophe
// or a period, which may join two parts of a word (qNextWord).
var qASCIIEndsWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !qASCIIWordByte[c] && c != '-' && c != '\'' && c != '.'
	}
	return t
}()

// The classes of bytes for qTokenizeInto's inline reading.
const (
	qClassOther = iota // a non-ASCII byte: qNextWord decides, unless qPunctRuneAt
	qClassSpace        // skipped, as qNextWord skips spaces and quotation marks
	qClassPunct        // a punctuation mark on its own
	qClassWord         // an ASCII letter or digit
)

// qASCIIClass classifies each ASCII byte as qNextWord reads it on its own.
var qASCIIClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		s := string(rune(c))
		w, ok, _ := qNextWord(s, 0, 1)
		switch {
		case !ok: // a space, or a quotation mark ('"', '\'') on its own
			t[c] = qClassSpace
		case w.punct():
			t[c] = qClassPunct
		default:
			t[c] = qClassWord
		}
	}
	return t
}()

// qNextWord reads the token at p[i:to], i < to: it returns the word or
// punctuation mark there, if any (spaces and quotation marks are none), and
// where the next token may start. It depends on nothing before i, so two
// readings of a paragraph that reach the same offset agree from there on.
func qNextWord(p string, i, to int) (w qWord, ok bool, next int) {
	r, size := qRuneAt(p, i, to)
	switch {
	case r == ' ' || r == '\n' || r == '\t' || r >= 0x80 && !qIsPunctRune(r) && unicode.IsSpace(r):
		return qWord{}, false, i + size
	case qIsWordRune(r):
		j := i + size
		for j < to {
			if qASCIIWordByte[p[j]] {
				j++ // an ASCII letter or digit
				continue
			}
			r2, s2 := qRuneAt(p, j, to)
			if qIsWordRune(r2) {
				j += s2
				continue
			}
			// Inner hyphens and apostrophes stay inside the word.
			if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.') && j+s2 < to {
				r3, _ := qRuneAt(p, j+s2, to)
				if qIsWordRune(r3) && (r2 != '.' || qIsDotted(p[i:j])) {
					j += s2
					continue
				}
			}
			break
		}
		// A trailing period belongs to abbreviations and initials.
		if j < to && p[j] == '.' && (qAbbrevs[p[i:j]] || qIsDotted(p[i:j])) {
			j++
		}
		var kind qKind
		if 'a' <= p[i] && p[i] <= 'z' && strings.IndexByte(p[i:j], '-') < 0 {
			kind |= qLower
		}
		if qIsPlain(p[i:j]) {
			kind |= qPlain
		}
		return qWord{start: int32(i), end: int32(j), kind: kind}, true, j
	case qIsMarkRune(r):
		return qWord{}, false, i + size // quotation marks and stray apostrophes are not words
	default:
		return qWord{start: int32(i), end: int32(i + size), kind: qPunct}, true, i + size
	}
}

// qIsPlain reports whether w is made only of ASCII letters and digits.
func qIsPlain(w string) bool {
	for i := 0; i < len(w); i++ {
		if !qASCIIWordByte[w[i]] {
			return false
		}
	}
	return true
}

// qASCIIWordByte marks the ASCII letters and digits, the bytes qIsWordRune
// accepts on their own.
var qASCIIWordByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// qRuneAt decodes the rune at p[i:to], with a fast path for ASCII.
func qRuneAt(p string, i, to int) (rune, int) {
	if c := p[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(p[i:to])
}

// qLowerIn reports whether set holds w in lower case, as
// set[strings.ToLower(w)] does, without allocating for short ASCII words.
func qLowerIn(set map[string]bool, w string) bool {
	var buf [32]byte
	if lw, ok := qLowerASCII(&buf, w); ok {
		return set[string(lw)]
	}
	return set[strings.ToLower(w)]
}

// qLowerASCII writes w in lower case into buf and returns it, as
// strings.ToLower would; ok is false when w is not ASCII or longer than
// buf, for the caller to call strings.ToLower.
func qLowerASCII(buf *[32]byte, w string) (lw []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// qIsDotted reports whether w is an initial or a dotted abbreviation such as
// "J" or "U.S" (its final period not yet included).
func qIsDotted(w string) bool {
	if w == "" {
		return false
	}
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) {
		return unicode.IsUpper(r)
	}
	// "U.S", "J.F.K": single letters joined by periods.
	for {
		part, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

// qIsWordRune reports whether r can be part of a word.
func qIsWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return qASCIIWordByte[r]
	}
	return qIsWordRuneSlow(r)
}

// qIsWordRuneSlow is qIsWordRune for a non-ASCII rune, kept out of line so
// that qIsWordRune is inlined.
func qIsWordRuneSlow(r rune) bool {
	if qIsPunctRune(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// qIsPunctRune reports whether r is one of the dashes, quotation marks,
// bullets and ellipsis of U+2010..U+2027: the non-ASCII runes news text
// writes most, none of them a letter, a digit, a mark or a space, told
// without a search of the Unicode tables.
func qIsPunctRune(r rune) bool { return 0x2010 <= r && r <= 0x2027 }

// qIsCap reports whether w starts with an upper-case letter, or is a
// particle-prefixed name such as "al-Sadr".
func qIsCap(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		if c := w[0]; 'A' <= c && c <= 'Z' {
			return true
		} else if c < 'a' || c > 'z' {
			return false // a digit or a sign: no particle starts so either
		}
	} else if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		return true
	}
	if h := strings.IndexByte(w, '-'); h > 0 && h <= qLongestParticle && h+1 < len(w) && qLowerIn(qParticles, w[:h]) {
		r2, _ := utf8.DecodeRuneInString(w[h+1:])
		return unicode.IsUpper(r2)
	}
	return false
}

// qIsNameWord reports whether w can be part of a person's or an
// organization's name.
func qIsNameWord(p string, w qWord) bool {
	if a := qNameWordAtOnce(p, &w); a != qAsk {
		return a == qYes
	}
	return qIsNameWordSlow(p, w)
}

// A qAnswer is a yes or a no, or qAsk when the question is left to a
// slower check.
type qAnswer uint8

const (
	qNo qAnswer = iota
	qYes
	qAsk
)

// qNameWordAtOnce returns qIsNameWord(p, *w) when it can tell at once,
// without a call (it is inlined), else qAsk: it tells a plain word not
// capitalized, or looked up already (qWord.lex), the most common.
func qNameWordAtOnce(p string, w *qWord) qAnswer {
	if w.kind&qPlain == 0 {
		return qAsk
	}
	if c := p[w.start]; c < 'A' || c > 'Z' {
		return qNo
	}
	if w.lex&qLexKnown == 0 {
		return qAsk
	}
	if w.lex&qLexNotName != 0 {
		return qNo
	}
	return qYes
}

// qIsNameWordSlow is qIsNameWord for any word.
func qIsNameWordSlow(p string, w qWord) bool {
	if w.plain() { // no apostrophe or hyphen: the checks below reduce to this
		return 'A' <= p[w.start] && p[w.start] <= 'Z' && w.lexOf(p)&qLexNotName == 0
	}
	if w.punct() || w.lower() {
		return false
	}
	t := w.text(p)
	if !qIsCap(t) || w.lexOf(p)&qLexNotName != 0 {
		return false
	}
	// "It's", "I'm", "Don't": pronouns and contractions.
	if base := qStripPossessive(t); base != t && qLexNotName.is(base) || qIsContraction(t) {
		return false
	}
	// Party and state after a politician's name: "(R-Texas)", "(D-MA)".
	if len(t) > 2 && t[1] == '-' && strings.ContainsRune("RDI", rune(t[0])) {
		return false
	}
	return true
}

// qUnlikelyName reports whether a one-word name is more likely something
// else: a dateline in capitals ("WASHINGTON") or a contraction ("I'm").
func qUnlikelyName(p string, name []qWord) bool {
	if len(name) != 1 {
		return false
	}
	w := name[0].text(p)
	if name[0].plain() { // ASCII letters and digits: no apostrophe either
		return len(w) > 4 && qIsUpper(w)
	}
	if utf8.RuneCountInString(w) > 4 && qIsUpper(w) {
		return true
	}
	return qIsContraction(w)
}

// qIsUpper reports whether strings.ToUpper(w) == w, without allocating:
// whether every rune of w is its own upper case (an invalid byte is not).
// It is small enough to be inlined: most words it is asked about are
// capitalized names, whose second byte, a lower-case ASCII letter (a rune
// of its own, since a continuation byte is no letter), answers at once.
func qIsUpper(w string) bool {
	if len(w) > 1 && 'a' <= w[1] && w[1] <= 'z' {
		return false
	}
	return qIsUpperRunes(w)
}

// qIsUpperRunes is qIsUpper, rune by rune.
func qIsUpperRunes(w string) bool {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

// qIsContraction reports whether w is a contraction such as "I'm", "Don't"
// or "We've": an apostrophe followed by lower-case letters other than a
// possessive "s".
func qIsContraction(w string) bool {
	i := strings.IndexByte(w, '\'')
	if j := strings.Index(w, "’"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	rest := w[i+size:]
	if rest == "" || rest == "s" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// A qName is a run of name words inside a token slice: words[i:j].
type qName struct{ i, j int }

// qNameRuns finds the runs of capitalized words in words, allowing particles
// ("bin", "al") inside a run.
func qNameRuns(p string, words []qWord) []qName {
	return qNameRunsInto(p, nil, words)
}

// qNameRunsInto is qNameRuns appending to runs.
func qNameRunsInto(p string, runs []qName, words []qWord) []qName {
	i := 0
	for i < len(words) {
		if w := &words[i]; w.punct() || w.lower() {
			i++ // most words are lower case: told without a call
			continue
		}
		// qIsNameWord, told without a call for most words.
		if a := qNameWordAtOnce(p, &words[i]); a == qNo || a == qAsk && !qIsNameWordSlow(p, words[i]) {
			i++
			continue
		}
		j := qNameRunEnd(p, words, i)
		runs = append(runs, qName{i, j})
		i = j
	}
	return runs
}

// qNameRunsMarked is qNameRunsInto for words whose marks qTokenizeMarked
// made: a run starts at a marked word, so only those are looked at.
func qNameRunsMarked(p string, runs []qName, words []qWord, marks []int32) []qName {
	next := 0 // the words before next are in a run found already
	for _, m := range marks {
		i := int(m)
		if i < next || words[i].punct() {
			continue
		}
		// qIsNameWord, told without a call for most words.
		if a := qNameWordAtOnce(p, &words[i]); a == qNo || a == qAsk && !qIsNameWordSlow(p, words[i]) {
			continue
		}
		j := qNameRunEnd(p, words, i)
		runs = append(runs, qName{i, j})
		next = j
	}
	return runs
}

// qNameRunEnd returns the end of the run of name words that starts at
// words[i], a name word.
func qNameRunEnd(p string, words []qWord, i int) int {
	j := i + 1
	for j < len(words) {
		// qIsNameWord, told without a call for most words.
		if a := qNameWordAtOnce(p, &words[j]); a == qYes || a == qAsk && qIsNameWordSlow(p, words[j]) {
			j++
			continue
		}
		// A particle between two name words: "Osama bin Laden". A
		// punctuation mark is none; else the next word is asked first: it
		// is rarely a name word, and, most often lower case, it is told at
		// once, while the lexicon has to be asked about words[j], most
		// often a lower-case word never looked up (a verb: "Smith said").
		if !words[j].punct() && j+1 < len(words) {
			a := qNameWordAtOnce(p, &words[j+1]) // qIsNameWord, as above
			if (a == qYes || a == qAsk && qIsNameWordSlow(p, words[j+1])) && words[j].lexOf(p)&qLexParticle != 0 {
				j += 2
				continue
			}
		}
		// "Secretary of State John Kerry": "of" inside a title.
		if words[j].text(p) == "of" && words[j-1].lexOf(p)&qLexTitle != 0 && j+1 < len(words) && words[j+1].lexOf(p)&qLexTitle != 0 {
			j += 2
			continue
		}
		break
	}
	return j
}

// qSplitTitle splits a name run into its title part (returned as role) and
// the name proper: "Iraqi President Barham Saleh" -> "Iraqi President",
// "Barham Saleh". A run made only of titles has no name.
//
// It is small enough to be inlined, so that most runs, one word, cost no
// call: a one-word run is all name, whatever the word ("King says": a
// surname, not a title; "Pentagon", "Iraqi"), which is what the loop of
// qSplitTitleRun comes to.
func qSplitTitle(p string, words []qWord) (role, name []qWord) {
	if len(words) == 1 {
		return nil, words
	}
	return qSplitTitleRun(p, words)
}

// qSplitTitleRun is qSplitTitle for a run of any length.
func qSplitTitleRun(p string, words []qWord) (role, name []qWord) {
	// The role is the longest prefix of titles and the words that go with
	// them ("Iraqi", "U.S.", "of State") ending in a title; a title inside a
	// name ("Martin Luther King Jr.") does not count.
	cut := 0
	if len(words) > 0 && words[len(words)-1].strippedLex(p)&qLexOrgWord != 0 {
		return nil, words // "Interior Ministry", "Supreme Court"
	}
	for k := 0; k < len(words); k++ {
		w := words[k].text(p)
		lex := words[k].lexOf(p)
		if lex&qLexTitle != 0 {
			cut = k + 1
			continue
		}
		if lex&(qLexDemonym|qLexOrgWord) != 0 || w == "of" || w == "U.S." || w == "US" {
			continue
		}
		break
	}
	if cut == len(words) && len(words) == 1 {
		return nil, words // "King says": a surname, not a title
	}
	return words[:cut], words[cut:]
}

// qIsPlace reports whether every word of a name is a place: "Ohio",
// "Flint", "Mich.", "New Hampshire".
func qIsPlace(p string, name []qWord) bool {
	for _, w := range name {
		if !qPlaces[w.text(p)] && w.text(p) != "New" && w.text(p) != "North" && w.text(p) != "South" && w.text(p) != "West" {
			return false
		}
	}
	return len(name) > 0
}

// qJoin joins words with single spaces, keeping "al-Sadr" and "U.S." intact.
func qJoin(p string, words []qWord) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0].text(p)
	}
	var b strings.Builder
	for k, w := range words {
		if k > 0 && !(w.punct() && (w.text(p) == "," || w.text(p) == ")")) && !(k > 0 && words[k-1].text(p) == "(") {
			b.WriteByte(' ')
		}
		b.WriteString(w.text(p))
	}
	return b.String()
}

// qJoinIn is qJoin for words read from p: when they are words (not
// punctuation) written one space apart, their join is the span of p they
// cover, and nothing is allocated. It is small enough to be inlined, so
// that no words, most roles, cost no call.
func qJoinIn(p string, words []qWord) string {
	if len(words) == 0 {
		return "" // qJoin's answer
	}
	return qJoinSpan(p, words)
}

// qJoinSpan is qJoinIn for one word or more.
func qJoinSpan(p string, words []qWord) string {
	switch len(words) {
	case 1:
		return words[0].text(p)
	}
	end := int(words[0].start) + len(words[0].text(p))
	for _, w := range words[1:] {
		if words[0].punct() || w.punct() || int(w.start) != end+1 || p[end] != ' ' {
			return qJoin(p, words)
		}
		end = int(w.start) + len(w.text(p))
	}
	return p[words[0].start:end]
}

// qJoinNameIn joins the words of a name read from p (see qJoinIn), without
// a final possessive: "Donald Trump's" -> "Donald Trump".
func qJoinNameIn(p string, words []qWord) string {
	if len(words) == 1 && words[0].plain() {
		return p[words[0].start:words[0].end] // most names: one word, no possessive
	}
	return qTrimPossessive(p, qJoinIn(p, words), words)
}

// qTrimPossessive removes from s, the join of words, the possessive mark
// that ends the last word.
func qTrimPossessive(p string, s string, words []qWord) string {
	if n := len(words); n > 0 {
		if words[n-1].plain() {
			return s // no apostrophe, so no possessive mark
		}
		last := words[n-1].text(p)
		return s[:len(s)-len(last)+len(qStripPossessive(last))]
	}
	return s
}

// qStripPossessive removes "'s" or "’s" from the end of w.
func qStripPossessive(w string) string {
	// The suffixes "'s", "’s", "’", "'" told apart by their last byte, each
	// removed only when something is left.
	n := len(w)
	if n == 0 {
		return w
	}
	switch w[n-1] {
	case 's':
		if n > 2 && w[n-2] == '\'' {
			return w[:n-2]
		}
		if n > 4 && w[n-4:n-1] == "’" {
			return w[:n-4]
		}
	case '\'':
		if n > 1 {
			return w[:n-1]
		}
	case "’"[2]:
		if n > 3 && w[n-3:] == "’" {
			return w[:n-3]
		}
	}
	return w
}

// qIsPossessive reports whether w ends in a possessive mark.
func qIsPossessive(w string) bool { return qStripPossessive(w) != w }

// qNameKey is the comparison key of a name word: lower case, without
// possessive and without a particle prefix ("al-Sadr" -> "sadr").
func qNameKey(w string) string {
	return qWithoutParticle(strings.ToLower(qStripPossessive(w)))
}

// qWithoutParticle removes a particle prefix from a lower-case word:
// "al-sadr" -> "sadr".
func qWithoutParticle(w string) string {
	// Only the first hyphen counts, and one past the longest particle
	// cannot end one: look no further.
	for h := 0; h < len(w) && h <= qLongestParticle; h++ {
		if w[h] == '-' {
			if h > 0 && qParticles[w[:h]] {
				return w[h+1:]
			}
			break
		}
	}
	return w
}

// qLongestParticle is the length of the longest of qParticles.
var qLongestParticle = func() (n int) {
	for p := range qParticles {
		n = max(n, len(p))
	}
	return n
}()

// qIsOrgName reports whether a name looks like an organization or a place.
func qIsOrgName(p string, words []qWord) bool {
	for k := range words { // by index: a copy of each word cost more
		if words[k].strippedLex(p)&qLexOrgWord != 0 {
			return true
		}
	}
	if len(words) == 1 {
		w := words[0].text(p)
		if words[0].lexOf(p)&qLexDemonym != 0 {
			return true
		}
		// Acronyms: "NATO", "FBI". (qIsUpper is asked first: it most
		// often stops at the second letter, while counting the runes
		// reads the whole word.)
		if qIsUpper(w) && utf8.RuneCountInString(w) > 1 {
			return true
		}
	}
	return false
}
