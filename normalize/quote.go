package normalize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/chunk"
	"github.com/copydesk/copydesk/internal/space"
)

// Quotes finds the quotes in an article's body paragraphs and who said them,
// in text order. It is QuoteFinder{}.Quotes.
func Quotes(paragraphs []string) []Quote {
	var f QuoteFinder
	return f.Quotes(paragraphs)
}

// A QuoteFinder finds quotes and attributes them. The zero value is ready to
// use, and a QuoteFinder is safe for concurrent use: its fields are
// configuration only.
type QuoteFinder struct {
	// CarryParagraphs is how many paragraphs a speaker carries over to
	// following paragraphs that hold only quotes. Zero means 2. A negative
	// value turns off every guess for quotes without a clause of their
	// own: no carrying and no nearest plausible speaker (a quote still
	// shares the clause of another quote in its paragraph).
	CarryParagraphs int
}

// qQuotes is the quotes of an article being attributed, index by index:
// where the scanner found them (raws) and what Quotes returns (out), whose
// speakers are filled in as attribution goes. Attribution keeps no other
// record per quote, so that an article dense with quotes costs what its
// result costs; raws hold no pointer, so that the garbage collector does
// not scan them. (Their parts, which attribution does not read, are kept
// apart, in the array qQuotesOf returns: qQuotes is passed by value.)
type qQuotes struct {
	raws *chunk.List[qRaw]
	out  []Quote
}

// raw returns where quote k was found.
func (qs qQuotes) raw(k int) *qRaw { return qs.raws.At(k) }

// Quotes finds the quotes in paragraphs and who said them, in text order.
// It looks for quotation marks in the first 2 GiB of paragraphs only
// (counting a byte for each paragraph break); no quote is found past
// there.
func (f *QuoteFinder) Quotes(paragraphs []string) []Quote {
	scratch := qGetScratch()
	defer qPutScratch(scratch)
	qScanInto(&scratch.raws, &scratch.parts, paragraphs)
	qs, quoted := qQuotesOf(paragraphs, &scratch.raws, &scratch.parts, scratch.quoted)
	scratch.quoted = quoted
	if len(qs.out) == 0 {
		return nil
	}
	scratch.inside.list(len(paragraphs), quoted)
	ctx, mentions := qReadArticle(paragraphs, &scratch.inside, scratch)
	r := newResolver(mentions, len(qs.out), scratch)
	defer r.release(scratch)
	f.attribute(paragraphs, qs, ctx, r)
	return qs.out
}

// qQuotesOf returns the quotes of raws, whose parts are in parts
// (qScanInto), that hold a letter or a digit (qText), with their text,
// paragraph and partial flag, and their parts in one array, kept: so that
// a quote's parts (qRaw.partsIn), and a paragraph's (qInside), are slices
// of it. The raws kept are moved to the front of raws, so that qs.raw(k)
// is where qs.out[k] was found, and their parts to the front of kept, in
// the same order: kept holds the parts of the quotes kept and no other, in
// text order. room is reused for kept if it has room for them all.
func qQuotesOf(paragraphs []string, raws *chunk.List[qRaw], parts *chunk.List[qPart], room []qPart) (qs qQuotes, kept []qPart) {
	out := make([]Quote, 0, raws.Len())
	if cap(room) < parts.Len() {
		room = make([]qPart, 0, parts.Len())
	}
	all := parts.AppendTo(room[:0]) // the runs of the raws, one after the other
	n, at := 0, 0                   // the raws kept, and their parts
	for k := range raws.Len() {
		raw := raws.At(k)
		own := raw.partsIn(all)
		text := qText(paragraphs, own)
		if text == "" {
			continue
		}
		out = append(out, Quote{Text: text, Paragraph: int(raw.openPara), // own[0]'s
			Partial: qIsPartial(paragraphs[raw.openPara], int(raw.openAt), text)})
		if at < int(raw.first) { // runs only move down, each after the runs before it
			copy(all[at:], own)
			raw.first = int32(at)
		}
		at += len(own)
		if n < k {
			*raws.At(n) = *raw
		}
		n++
	}
	raws.Truncate(n)
	return qQuotes{raws: raws, out: out}, all[:at]
}

// qContext is what attribution knows of the whole article.
type qContext struct {
	// known holds the words the article writes capitalized inside a
	// sentence, so that a capitalized word opening a sentence ("Guns are")
	// is taken for a name only when the article treats it as one.
	known *qWordSet
	// words tells, for each paragraph, where its words are kept in
	// arena if they are: those of each paragraph that holds a quote, read
	// once; the other paragraphs' are needed only while the article is
	// read (paragraphWords, keepWords).
	words []qKeptWords
	arena *chunk.Arena[qWord]
	// scratch is where words made for attribution are kept.
	scratch *qScratch
	// window holds the words around the quotes of a long paragraph, whose
	// words are not kept; nil reads them anew for each quote.
	window *qWordWindow
	// lend lets wordsIn lend words it overwrites two calls later instead
	// of giving a copy: for a caller that is done with them by then and
	// copies whatever it keeps. lent holds the two buffers it lends in
	// turn (nil lends none).
	lend bool
	lent *[2][]qWord
	turn int
}

// qKeptWords is where the words of a paragraph are kept in the context's
// arena, if they are (kept). It is a chunk.Run rather than a slice, so that
// the list of them, one per paragraph, holds no pointer: the garbage
// collector does not scan it while the article is read.
type qKeptWords struct {
	run  chunk.Run
	kept bool
}

// paragraphWords returns the words of paragraph para, read once and kept,
// or nil when they are not kept.
func (ctx *qContext) paragraphWords(para int) []qWord {
	if !ctx.words[para].kept {
		return nil
	}
	return ctx.arena.Of(ctx.words[para].run)
}

// keepWords keeps a copy of words, paragraph para's, in the context's
// arena, and returns it.
func (ctx *qContext) keepWords(para int, words []qWord) []qWord {
	kept, run := ctx.arena.Keep(words)
	ctx.words[para] = qKeptWords{run: run, kept: true}
	return kept
}

// qReadArticle reads the article once, paragraph by paragraph: it fills
// qContext and lists the names written outside quotes (qNarrative).
// Only the words of paragraphs holding a quote (inside) are kept; the
// others are tokenized into one reused buffer. A paragraph longer than
// qLongParagraph (a page with no line breaks) is read in pieces that end at
// a space; the words of the pieces of a paragraph holding a quote are
// offered to the window's store (qWordStore), which keeps them up to a
// bound, so that the words held at once stay bounded; attribution takes
// the words around a quote from there, or past the bound reads them again,
// in a window that moves along with the quotes (wordsIn, qWordWindow).
// Everything is carved from s, which must not be reused while ctx and the
// mentions are in use.
func qReadArticle(paragraphs []string, inside *qInside, s *qScratch) (*qContext, *qNarrative) {
	s.window.reset()
	s.kept = qCleared(s.kept, len(paragraphs))
	ctx := &qContext{known: &s.known, words: s.kept, arena: &s.words, scratch: s, window: &s.window, lent: &s.lent}
	n := &s.narrative
	n.forms = qFormIndex{forms: s.forms[:0], byLast: s.byLast} // handed back by qResolver.release
	for pi, p := range paragraphs {
		quoted := inside.of(pi)
		n.begin(quoted)
		var prev *qWord // the last word of the previous piece
		for from := 0; from < len(p); {
			to := qPieceEnd(p, from)
			s.buf, s.marks = qTokenizeMarked(s.buf[:0], s.marks[:0], p, from, to)
			words := s.buf
			if len(quoted) > 0 && to-from == len(p) {
				words = ctx.keepWords(pi, words)
			}
			ctx.learn(p, prev, words, s.marks)
			if len(quoted) > 0 && to-from < len(p) {
				s.window.offer(pi, p, from, to, words) // attribution takes them, not reads them anew
			}
			if len(p) <= qMaxNarrativeParagraph && pi <= qMaxNarrativeParagraph {
				n.read(pi, p, words, s.marks, to == len(p))
			}
			if len(words) > 0 {
				s.last = words[len(words)-1]
				prev = &s.last
			}
			from = to
		}
	}
	n.finish(ctx, paragraphs)
	return ctx, n
}

// qLongParagraph is the most bytes of a paragraph tokenized at once (a
// variable, so that tests can make it small).
var qLongParagraph = 64 << 10

// qPieceEnd returns where the piece of p that starts at from ends: at the
// first space qLongParagraph bytes on, or at the end of p. Cutting at a
// space splits no word, so the pieces' words are the paragraph's.
func qPieceEnd(p string, from int) int {
	if len(p)-from <= qLongParagraph {
		return len(p)
	}
	if i := strings.IndexByte(p[from+qLongParagraph:], ' '); i >= 0 {
		return from + qLongParagraph + i
	}
	return len(p)
}

// learn reads the marks of words, a piece of p's words (qTokenizeMarked:
// a word neither punctuation nor lower case is marked, as is a sentence
// end). It looks each marked word up in the lexicon, once for all that ask
// about it later (qWord.lex), and adds to known the words written
// capitalized inside a sentence (qInsideSentence). prev is the word before
// them, if any.
//
// It runs for every marked word of the article, so its loop is kept lean:
// the word's text is sliced once, and the word before it is found only
// for a capitalized word.
func (ctx *qContext) learn(p string, prev *qWord, words []qWord, marks []int32) {
	for _, m := range marks {
		w := &words[m]
		if w.punct() {
			continue
		}
		t := p[w.start:w.end] // not empty, and not a qStop, which is punctuation
		c := t[0]
		if '0' <= c && c <= '9' {
			continue // a number: in no list, and seldom asked about
		}
		// qLexOf, with no call for a word whose bucket is empty, the
		// most common. The hash is the known set's too (qWordHash).
		h := qFilterHash(t)
		w.lex = qLexKnown
		if k := qLexicon.bucketOf(h); k != 0 {
			w.lex |= qLex(qLexicon.find(k, t))
		}
		if w.plain() { // ASCII letters and digits: qIsCap is this
			if c < 'A' || c > 'Z' {
				continue
			}
		} else if !qIsCap(t) {
			continue
		}
		before := prev
		if m > 0 {
			before = &words[m-1]
		}
		if before == nil || !qInsideSentence(p, before, w) {
			continue
		}
		ctx.known.addHashed(t, h)
		if w.plain() {
			continue // no possessive mark
		}
		if base := qStripPossessive(t); base != t {
			ctx.known.add(base)
		}
	}
}

// qInsideSentence reports whether w, a word of p after the word before,
// is inside a sentence: before is no sentence end or colon, and a space
// comes right before w (not a quotation mark or a bracket). The rune
// before w is a space exactly when the byte before it is one.
func qInsideSentence(p string, before, w *qWord) bool {
	if before.punct() {
		if pt := before.text(p); pt == "." || pt == "!" || pt == "?" || pt == ":" {
			return false // w opens a sentence
		}
	}
	return w.start > 0 && p[w.start-1] == ' '
}

// wordsIn returns the words of paragraph para within p[from:to], as
// qTokenize(p, from, to) would: from the paragraph's words read once, or,
// for a long paragraph whose words are not kept, from the piece of it
// whose words the store kept as it was read (qWordStore), or from the
// window of its words that moves along with the quotes (qWordWindow), or
// else read anew.
//
// The words may be a slice of the paragraph's words, which last. When
// lend is set, they may also be lent: the window's words, or a buffer of
// lent, either of which is overwritten two calls later. Otherwise they
// are the caller's.
func (ctx *qContext) wordsIn(para int, p string, from, to int) []qWord {
	lend := ctx.lend && ctx.lent != nil
	var out []qWord // where the words read anew go; nil allocates
	if lend {
		ctx.turn ^= 1
		out = ctx.lent[ctx.turn][:0]
	}
	words, fresh := ctx.paragraphWords(para), false
	if words == nil && ctx.window != nil {
		if piece, ok := ctx.window.store.piece(para, from, to); ok {
			words = piece.words // last, as a paragraph's words do
		}
	}
	if words == nil {
		ok := false
		if ctx.window != nil {
			words, ok = ctx.window.cover(para, p, from, to)
		}
		if !ok {
			return qTokenize(p, from, to)
		}
		fresh = !lend // the window's words are overwritten soon
	}
	within, built := qWordsWithin(words, p, from, to, out, fresh)
	if lend && built {
		ctx.lent[ctx.turn] = within // grown, maybe
	}
	return within
}

// qWordsWithin returns the words within p[from:to], as qTokenize(p, from,
// to) would, from words: the words of p that start in p[a:b), where a and b
// are word boundaries and a <= from <= to <= b. A word that runs across
// from is read anew from from until the reading meets a word boundary of
// the paragraph's (qNextWord depends only on its offset); a word that runs
// across to is read anew up to to. When words are read anew, or fresh is
// set, the result is built over out (a new slice if out is nil) and built
// is set; otherwise the result is a slice of words.
func qWordsWithin(words []qWord, p string, from, to int, out []qWord, fresh bool) (within []qWord, built bool) {
	end := func(k int) int { return int(words[k].start) + len(words[k].text(p)) }
	i := sort.Search(len(words), func(k int) bool { return int(words[k].start) >= from })
	j := i + sort.Search(len(words)-i, func(k int) bool { return int(words[i+k].start) >= to })
	if out == nil && (fresh || i > 0 && end(i-1) > from || i < j && end(j-1) > to) {
		out = make([]qWord, 0, j-i+4) // words read anew, or a copy
	}
	if i > 0 && end(i-1) >= to {
		return qTokenizeInto(out, p, from, to), true // one word covers the range
	}
	pos := from
	if i > 0 && end(i-1) > from {
		// Read from from until the reading is in step with the paragraph's.
		for pos < to {
			w, ok, next := qNextWord(p, pos, to)
			if ok {
				out = append(out, w)
			}
			pos = next
			for i < j && int(words[i].start) < pos {
				i++
			}
			if i == 0 || end(i-1) <= pos {
				break
			}
		}
		if pos >= to {
			return out, true
		}
		fresh = true // out holds the words read anew
	}
	if i < j && end(j-1) > to {
		// The last word runs across to: read it anew up to to.
		out = append(out, words[i:j-1]...)
		return qTokenizeInto(out, p, int(words[j-1].start), to), true
	}
	if !fresh {
		return words[i:j:j], false
	}
	return append(out, words[i:j]...), true
}

// qText is the text inside the marks of a quote whose parts are parts:
// parts trimmed, joined by newlines, without the comma that ends a quote
// followed by its attribution.
func qText(paragraphs []string, parts []qPart) string {
	var text string
	if len(parts) == 1 { // most quotes: a slice of the paragraph, not a copy
		part := parts[0]
		text = paragraphs[part.para][part.start:part.end]
	} else {
		var b strings.Builder
		for k, part := range parts {
			s := strings.TrimSpace(paragraphs[part.para][part.start:part.end])
			if k > 0 && s != "" && b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(s)
		}
		text = b.String()
	}
	text = strings.TrimRight(space.Trim(text), ",")
	text = space.Trim(text)
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	return text
}

// qIsPartial reports whether the quote opening at p[at] is a fragment inside
// a sentence ("called it "unacceptable"") rather than a quoted sentence.
func qIsPartial(p string, at int, text string) bool {
	before := qTrimRightSpace(p[:at])
	if before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false // after a colon, a comma, a dash or a sentence end
	}
	// "told reporters "We will win."" quotes a whole sentence.
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	return !(unicode.IsUpper(first) && strings.ContainsRune(".?!", last) && strings.Count(text, " ") >= 3)
}

// qInside lists the parts of an article's quotes by paragraph: the parts
// in paragraph pi are parts[at[pi]:at[pi+1]] (of). It holds no slice per
// paragraph but one offset, 32-bit, so that the list holds no pointer but
// parts' and costs 4 bytes a paragraph: the garbage collector scans none
// of it while the article is read. Its zero value lists no part in any
// paragraph.
type qInside struct {
	parts []qPart
	at    []int32 // len(paragraphs)+1 offsets into parts; nil for none
	// sorted is where parts are copied to, sorted by paragraph, when the
	// quotes' parts do not come sorted (list); kept for reuse.
	sorted []qPart
}

// of returns the parts of the quotes in paragraph pi, in text order.
func (in *qInside) of(pi int) []qPart {
	if pi+1 >= len(in.at) {
		return nil
	}
	return in.parts[in.at[pi]:in.at[pi+1]:in.at[pi+1]]
}

// list lists by paragraph parts, the parts of the quotes of an article of
// n paragraphs, in the order of the quotes (as qQuotesOf keeps them); the
// room of an earlier list is reused. The scanner finds quotes in text order and
// outer quotes never overlap, so the parts come sorted by paragraph, and
// the lists are runs of parts itself, which is not copied. Should they not
// be, parts are copied, sorted by paragraph after a count per paragraph
// (a stable counting sort).
func (in *qInside) list(n int, parts []qPart) {
	if cap(in.at) < n+1 {
		in.at = make([]int32, n+1)
	}
	at := in.at[:n+1]
	in.at, in.parts = at, parts
	pi := 0 // the offsets before at[pi] are set: those of the paragraphs up to the last part's
	for i, part := range parts {
		para := int(part.para)
		if para < pi-1 {
			in.listUnsorted(parts)
			return
		}
		for ; pi <= para; pi++ {
			at[pi] = int32(i) // the paragraphs from pi to para start here
		}
	}
	for ; pi <= n; pi++ {
		at[pi] = int32(len(parts))
	}
}

// listUnsorted is list for parts not sorted by paragraph: they are copied
// to in.sorted, paragraph by paragraph, each paragraph's in the order of
// parts, after a count per paragraph; in.at has room for the offsets.
func (in *qInside) listUnsorted(parts []qPart) {
	at := in.at
	clear(at)
	for _, part := range parts {
		at[part.para+1]++ // at[pi+1] counts paragraph pi's parts
	}
	for pi := 1; pi < len(at); pi++ {
		at[pi] += at[pi-1] // at[pi] is where paragraph pi's parts start
	}
	if cap(in.sorted) < len(parts) {
		in.sorted = make([]qPart, len(parts))
	}
	sorted := in.sorted[:len(parts)]
	for _, part := range parts {
		sorted[at[part.para]] = part
		at[part.para]++ // now where paragraph pi's parts end
	}
	copy(at[1:], at[:len(at)-1]) // and back to where they start
	at[0] = 0
	in.parts = sorted
}

// attribute reads the attribution clause of each quote and turns it into
// a speaker (resolve), in text order, so that a pronoun can point to an
// earlier speaker.
//
// Quotes of a paragraph without their own clause share the clause of the
// nearest quote of the paragraph that has one: "Q1," he said. "Q2." Such
// quotes wait, unresolved, for the next quote with a clause of its own
// (or the end), which is the nearest later one they may share; the
// nearest earlier one is kept. So only one clause is kept besides the
// current one, whatever the number of quotes.
func (f *QuoteFinder) attribute(paragraphs []string, qs qQuotes, ctx *qContext, r *qResolver) {
	// A quote's head and tail are done with before the next quote's are
	// read, and the name kept is copied: wordsIn may lend them.
	ctx.lend = true
	defer func() { ctx.lend = false }()
	res := qResolution{f: f, paragraphs: paragraphs, qs: qs, r: r, last: -1}
	res.carry = f.CarryParagraphs
	if res.carry == 0 {
		res.carry = 2
	}
	subjects := ctx.scratch.subjects[:0] // ownSubject of the quotes waiting
	own, ownAttr := -1, qAttr{}          // the last quote with a clause of its own
	waiting := 0                         // the first quote not yet resolved
	for k := range qs.out {
		a, ownSubject := f.clauseOf(paragraphs, qs, k, ctx)
		if a.kind == qsNone {
			subjects = append(subjects, ownSubject)
			continue
		}
		if waiting < k {
			res.shared(waiting, k, own, &ownAttr, k, &a, subjects)
		}
		res.resolve(k, &a, false)
		own, ownAttr, waiting, subjects = k, a, k+1, subjects[:0]
	}
	res.shared(waiting, len(qs.out), own, &ownAttr, -1, nil, subjects)
	ctx.scratch.subjects = subjects
}

// clauseOf reads the attribution clause of quote k: after it, before it,
// the sentence's subject for a fragment, or the paragraph before that
// introduces it. ownSubject is set when the quote has no clause and its
// sentence starts with a noun phrase before it that names no one.
func (f *QuoteFinder) clauseOf(paragraphs []string, qs qQuotes, k int, ctx *qContext) (a qAttr, ownSubject bool) {
	raw, out := qs.raw(k), &qs.out[k]
	openPara, closePara := int(raw.openPara), int(raw.closePara)
	hp, tp := paragraphs[openPara], paragraphs[closePara] // head's and tail's
	// The words of the head and the tail are read only when a clause
	// is read from them: most full quotes have theirs right after.
	var head, tail []qWord
	if out.Partial {
		head = qHeadWords(paragraphs, qs, k, ctx)
		a = qHeadAttr(hp, head, openPara, ctx)
		if a.kind == qsNone {
			tail = qTailWords(paragraphs, qs, k, ctx)
			a = qTailAttr(tp, tail, closePara)
		}
	} else {
		tail = qTailWords(paragraphs, qs, k, ctx)
		a = qTailAttr(tp, tail, closePara)
		if a.kind == qsNone || qEndsSentence(out.Text) && qCapitalized(tp, tail) {
			head = qHeadWords(paragraphs, qs, k, ctx)
		}
		if a.kind == qsNone || head != nil && qHandsOver(hp, head) {
			// "Clinton responds to Mills with, "Why now?" Mills then
			// writes back": after a question or a full stop, a clause
			// that hands over to the quote wins over the next sentence.
			if h := qHeadAttr(hp, head, openPara, ctx); h.kind != qsNone {
				a = h
			}
		}
	}
	if a.kind == qsNone && !out.Partial && len(head) > 2 && head[len(head)-1].punct() && (head[len(head)-1].text(hp) == "," || head[len(head)-1].text(hp) == ":") {
		// "Clinton shared her anxiety with an audience, "Q"": a clause
		// that hands over to the quote; its subject speaks.
		a = qSubjectAttr(hp, head, openPara, ctx)
	}
	if a.kind == qsNone && out.Partial {
		// A fragment without a speech verb: the sentence's subject is
		// the nearest plausible speaker.
		a = qSubjectAttr(hp, head, openPara, ctx)
		ownSubject = a.kind == qsNone && qHasSubject(hp, head, ctx)
	}
	if len(a.name) > 0 {
		a.name = ctx.scratch.keep(a.name) // head and tail are lent
	}
	if a.kind == qsNone {
		a = qIntroAttr(paragraphs, raw, ctx)
	}
	return a, ownSubject
}

// shared resolves the quotes from..to-1, which have no clause of their
// own, with the clause they share: that of the nearest quote of their
// paragraph with a clause, earlier (prev, whose clause is prevAttr) or
// later (next, whose clause is nextAttr; -1 for none), the nearer one,
// the earlier one when both are as near. subjects holds their ownSubject.
func (res *qResolution) shared(from, to, prev int, prevAttr *qAttr, next int, nextAttr *qAttr, subjects []bool) {
	qs := res.qs
	for k := from; k < to; k++ {
		j, a := -1, (*qAttr)(nil)
		if prev >= 0 && qs.raw(prev).closePara == qs.raw(k).openPara {
			j, a = prev, prevAttr
		}
		if next >= 0 && qs.raw(next).openPara == qs.raw(k).openPara && (j < 0 || next-k < k-j) {
			a = nextAttr
		}
		if a != nil {
			res.resolve(k, a, false)
		} else {
			res.resolve(k, &qAttr{}, subjects[k-from])
		}
	}
}

// qHasSubject reports whether a sentence head opens with a capitalized
// common noun that names no one: "Protesters called for".
func qHasSubject(p string, head []qWord, ctx *qContext) bool {
	if len(head) < 2 || head[0].punct() {
		return false
	}
	h := &head[0]
	w := h.text(p)
	// Neither a pronoun nor in qNotNames (qLexNotName), nor a title, nor a
	// clause stopper, a relative or a determiner: one lookup each.
	return qIsCap(w) && !head[1].punct() && !qIsCap(head[1].text(p)) &&
		h.lexOf(p)&(qLexNotName|qLexTitle) == 0 &&
		h.low(p)&(qLowClauseStopper|qLowRelative|qLowDeterminer) == 0 && !ctx.known.has(w)
}

// qIntroAttr reads the paragraph before a quote that opens its paragraph
// when that paragraph ends with a colon: "Kerry told reporters:" introduces
// the quote below it.
func qIntroAttr(paragraphs []string, raw *qRaw, ctx *qContext) qAttr {
	para := int(raw.openPara)
	if para == 0 || strings.TrimSpace(paragraphs[para][:raw.openAt]) != "" {
		return qAttr{}
	}
	prev := strings.TrimSpace(paragraphs[para-1])
	if !strings.HasSuffix(prev, ":") {
		return qAttr{}
	}
	words := qTokenize(prev, 0, len(prev))
	p := prev // the words' text
	for j := len(words) - 2; j >= 0; j-- {
		if w := words[j]; w.punct() && (w.text(p) == "." || w.text(p) == "!" || w.text(p) == "?") {
			words = words[j+1:]
			break
		}
	}
	if a := qHeadAttr(p, words, para-1, ctx); a.kind != qsNone {
		return a
	}
	return qSubjectAttr(p, words, para-1, ctx)
}

// qHeadWords returns the words of the sentence before quote k, from the
// sentence start to the opening mark. Earlier quotes inside the same sentence
// are left out ("Cruz says his "friend" Rubio ran "Q"" reads "Cruz says his
// Rubio ran"); an earlier quote that ends with a full stop ends the sentence.
func qHeadWords(paragraphs []string, qs qQuotes, k int, ctx *qContext) []qWord {
	raw := qs.raw(k)
	para, at := raw.openPara, int(raw.openAt)
	p := paragraphs[para]
	from := 0
	if at > 600 {
		from = at - 600
		for from < at && !utf8.RuneStart(p[from]) {
			from++
		}
	}
	// The earlier quotes of the paragraph, in text order; at most eight,
	// so that a paragraph dense with quotes stays linear.
	first := k
	for first > 0 && qs.raw(first-1).closePara == para && k-first < 8 {
		first--
	}
	if first > 0 && qs.raw(first-1).closePara == para && qs.raw(first).openPara == para && int(qs.raw(first).openAt) > from {
		from = int(qs.raw(first).openAt)
	}
	words := ctx.wordsIn(int(para), p, from, at)
	if first == k {
		start, _ := qSentenceStart(p, words, 0)
		return words[start:]
	}
	// Most often the sentence starts after the earlier quotes ("Q1," he
	// said. "Q2"): its words are the last ones of the head, and the
	// earlier quotes need not be left out of the rest. (The latest close
	// is taken, not the last quote's: a quote may hold another.)
	closed := 0
	for j := first; j < k; j++ {
		closed = max(closed, int(qs.raw(j).closeAt))
	}
	if start, ok := qSentenceStart(p, words, closed); ok {
		return words[start:]
	}
	kept := qDropEarlierQuotes(ctx.scratch.heads[:0], words, qs, first, k, int(para))
	ctx.scratch.heads = kept // lent too: attribute copies what it keeps
	start, _ := qSentenceStart(p, kept, 0)
	return kept[start:]
}

// qSentenceStart returns the index in words of the first word of the last
// sentence: the word after the last sentence end that no brackets hold,
// read backwards over the words that start at or after from (brackets:
// "(R-Fla.)" ends no sentence). found is false, and start 0, when none of
// those words ends a sentence. For a head whose earlier quotes were not
// left out, from is where the latest of them closes: the words after it
// are the last words of the head with those quotes left out too
// (qDropEarlierQuotes), so a sentence end found among them is the same.
func qSentenceStart(p string, words []qWord, from int) (start int, found bool) {
	depth := 0
	for i := len(words) - 1; i >= 0 && int(words[i].start) >= from; i-- {
		w := &words[i]
		if !w.punct() {
			continue
		}
		switch w.text(p) {
		case ")", "]":
			depth++
		case "(", "[":
			if depth > 0 {
				depth--
			}
		case ".", "!", "?", ";":
			if depth == 0 {
				return i + 1, true
			}
		}
	}
	return 0, false
}

// qDropEarlierQuotes returns the words of a head without those inside the
// earlier quotes qs[first:k] of paragraph para; an earlier quote that ends
// with a full stop leaves a "." in its place.
// They are appended to kept.
//
// Words are in text order: for each earlier quote, the words before its
// opening mark are kept and those before its closing mark are passed,
// each run found by a binary search. A quote that opened in an earlier
// paragraph holds every word before its close; a quote held by another
// holds no word left by then.
func qDropEarlierQuotes(kept, words []qWord, qs qQuotes, first, k, para int) []qWord {
	i := 0 // the words before i are done with
	for j := first; j < k; j++ {
		raw := qs.raw(j)
		open, closeAt := int(raw.openAt), int(raw.closeAt)
		if int(raw.openPara) < para {
			open = 0
		}
		kept = append(kept, words[i:i+qWordsBefore(words[i:], min(open, closeAt))]...)
		i += qWordsBefore(words[i:], closeAt)
		if qEndsSentence(qs.out[j].Text) {
			kept = append(kept, qWord{start: raw.closeAt, end: raw.closeAt, kind: qPunct | qStop})
		}
	}
	return append(kept, words[i:]...)
}

// qWordsBefore returns how many of words, which are in text order, start
// before at.
func qWordsBefore(words []qWord, at int) int {
	return sort.Search(len(words), func(k int) bool { return int(words[k].start) >= at })
}

// qHandsOver reports whether a head ends with a comma or a colon that hands
// over to the quote: "X said, "Q"".
func qHandsOver(p string, head []qWord) bool {
	n := len(head)
	return n > 1 && head[n-1].punct() && (head[n-1].text(p) == "," || head[n-1].text(p) == ":")
}

// qCapitalized reports whether the first word of a tail is capitalized.
func qCapitalized(p string, tail []qWord) bool {
	for _, w := range tail {
		if w.punct() {
			continue
		}
		return qIsCap(w.text(p))
	}
	return false
}

// qEndsSentence reports whether a quote's text ends a sentence.
func qEndsSentence(text string) bool {
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!")
}

// qTailWords returns the words after quote k, up to the next quote of the
// paragraph; qTailAttr stops at the sentence end. After a quote that ends its
// own sentence, only a lower-case clause ("he said") counts.
func qTailWords(paragraphs []string, qs qQuotes, k int, ctx *qContext) []qWord {
	raw := qs.raw(k)
	if !raw.closed {
		return nil
	}
	para, at := int(raw.closePara), int(raw.closeAt)
	p := paragraphs[para]
	to := len(p)
	if k+1 < len(qs.out) && qs.raw(k+1).openPara == raw.closePara {
		to = int(qs.raw(k + 1).openAt)
	}
	if to-at > 400 {
		to = at + 400
		for to > at && !utf8.RuneStart(p[to]) {
			to--
		}
	}
	words := ctx.wordsIn(para, p, at, to)
	text := qs.out[k].Text
	if strings.HasSuffix(text, ".") && len(words) > 0 {
		first, _ := utf8.DecodeRuneInString(words[0].text(p))
		if !unicode.IsLower(first) && !qShortClause(p, words) {
			return nil
		}
	}
	return words
}

// qShortClause reports whether words open with a sentence of at most six
// words holding a speech verb: ""... missing." Trump said."
func qShortClause(p string, words []qWord) bool {
	verb := false
	for k, w := range words {
		if w.punct() && (w.text(p) == "." || w.text(p) == "!" || w.text(p) == "?") {
			return verb
		}
		if k >= 6 {
			return false
		}
		if _, ok := qVerbAt(p, words, k); ok {
			verb = true
		}
	}
	return verb
}

// qResolution is the state of turning clauses into speakers, quote after
// quote in text order (resolve).
type qResolution struct {
	f          *QuoteFinder
	paragraphs []string
	qs         qQuotes
	r          *qResolver
	carry      int // CarryParagraphs, with its default
	last       int // the last quote with a speaker; -1 for none
}

// resolve turns a, the clause of quote k, into its speaker; the quotes
// before k are resolved. ownSubject is set when a quote without a clause
// has a subject of its own that names no one.
func (res *qResolution) resolve(k int, a *qAttr, ownSubject bool) {
	r, raw, out := res.r, res.qs.raw(k), &res.qs.out[k]
	p := a.src // the text of a.name's words
	out.Verb = a.verb
	switch a.kind {
	case qsName:
		name := qJoinIn(p, a.name)
		org := qIsOrgName(p, a.name)
		role := a.role
		if !org {
			name, role = r.fullest(r.narrative.keys(p, a.name), name, role, a.para, a.at)
		}
		out.Speaker, out.Role = name, role
		r.addSpeaker(qMention{para: a.para, at: a.at, name: name, keys: r.keysOf(name), role: role, org: org})
	case qsPronoun, qsDescription:
		if a.kind == qsDescription && !a.definite {
			// "a spokesman for Platte River": nobody to resolve to; the
			// phrase speaks when it names an organization, else it is a
			// role only ("a source").
			if len(qNameRuns(p, a.name)) > 0 {
				out.Speaker = qJoinIn(p, a.name)
			} else {
				out.Role = qJoinIn(p, qTrimDeterminer(p, a.name))
			}
			break
		}
		first := a.name[0].text(p)
		person := a.kind == qsDescription || qPersonPronouns[first]
		they := qLowerIs(first, "they")
		org := they || qLowerIs(first, "it")
		if m, ok := r.antecedent(a.para, a.at, person || they, org); ok {
			out.Speaker, out.Role = m.name, m.role
			r.noteSpeaker(qMention{para: a.para, at: a.at, name: m.name, keys: m.keys, role: m.role, org: m.org})
		} else if a.kind == qsDescription {
			out.Role = qJoinIn(p, qTrimDeterminer(p, a.name))
		}
	case qsOrgNoun:
		head := strings.ToLower(a.name[len(a.name)-1].text(p))
		if m, ok := r.orgFor(head, a.para, a.at); ok && a.definite {
			out.Speaker = m.name
		} else {
			out.Speaker = qJoinIn(p, a.name)
		}
	case qsNone:
		if res.last >= 0 && res.carry > 0 && qCarries(res.paragraphs, res.qs, k, res.last, r, res.carry) {
			last := &res.qs.out[res.last]
			out.Speaker, out.Role = last.Speaker, last.Role
			// The speaker now speaks in this paragraph: a later "he"
			// finds them here.
			r.noteSpeaker(qMention{para: int(raw.openPara), at: int(raw.openAt), name: out.Speaker,
				keys: r.keysOf(out.Speaker), role: out.Role})
			break
		}
		// No clause and nothing to carry: the nearest plausible speaker,
		// found as for "he", in this paragraph or the one before, unless
		// the sentence has a subject of its own that names no one
		// ("Protesters called for a "million man" march").
		if res.carry < 0 || ownSubject {
			break
		}
		if m, ok := r.antecedent(int(raw.openPara), int(raw.openAt), true, true); ok && m.para >= int(raw.openPara)-1 {
			out.Speaker, out.Role = m.name, m.role
		}
	}
	if out.Speaker != "" {
		res.last = k
	}
}

// qCarries reports whether quote k, which has no clause of its own, carries
// the speaker of quote last, the last attributed quote: k opens its
// paragraph, last is at most carry paragraphs back, and nobody new was
// introduced in between.
func qCarries(paragraphs []string, qs qQuotes, k, last int, r *qResolver, carry int) bool {
	q := qs.raw(k)
	para, at := int(q.openPara), int(q.openAt)
	if strings.TrimSpace(paragraphs[para][:at]) != "" {
		return false
	}
	lastRaw, speaker := qs.raw(last), qs.out[last].Speaker
	from := int(lastRaw.closePara)
	if para-from > carry {
		return false
	}
	lastKeys := r.keysOf(speaker)
	return !r.introducesAnother(speaker, lastKeys, from, int(lastRaw.closeAt), para, at)
}
