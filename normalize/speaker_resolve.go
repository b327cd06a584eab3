package normalize

import (
	"encoding/binary"
	"unicode/utf8"
	"unsafe"

	"github.com/copydesk/copydesk/internal/chunk"
	"github.com/copydesk/copydesk/internal/swar"
)

// Resolving speakers: pronouns, descriptions and bare surnames become the
// named person or organization they stand for.

// A qMention is a name written in the narrative (outside quotes), or a
// resolved speaker. The narrative keeps its mentions as qMentionRecords;
// a qMention is the view of one that the resolver reads (mention).
type qMention struct {
	para, at int
	name     string   // the name proper, titles removed
	keys     []string // qNameKey of each word of name
	role     string
	org      bool // an organization or a place, not a person
	subject  bool // opens its sentence, so a later pronoun may point to it
	speaker  bool // said something quoted
	doubtful bool // a capitalized sentence opener the article never uses as a name
}

// before reports whether m comes before the position (para, at).
func (m *qMention) before(para, at int) bool {
	return m.para < para || m.para == para && m.at < at
}

// qNarrative lists the names written outside quotes, in text order, as
// the article is read paragraph by paragraph (qReadArticle).
type qNarrative struct {
	// mentions are the names listed, as records without pointers
	// (mention makes a qMention of one), read from paragraphs; spelled
	// holds their names and roles that are no span of their paragraph.
	mentions   chunk.List[qMentionRecord]
	spelled    []string
	paragraphs []string
	cursor     int     // where firstFrom answered last
	kept       []qWord // the paragraph's words outside quotes, reused
	keptMarks  []int32 // the marks of kept (qTokenizeMarked), reused
	parts      []qPart // the quotes of the paragraph not yet passed
	runs       []qName // the name runs of the words being read, reused
	// keyBuf is where the mentions' keys are carved from: most articles
	// write a few hundred. It is the last of keyBlocks, the blocks of
	// this article, which a qKeysRef points into. keyBytes holds the
	// bytes of the keys of ASCII words, lower-cased into it and seen
	// through unsafe.String rather than allocated one by one; a key is
	// used only while its Quotes call lasts (no Quote holds one), so
	// qPutScratch lets the next article reuse the bytes. keyOf caches the
	// keys of other words, which strings.ToLower allocates.
	keyBuf    []string
	keyBlocks [][]string
	keyBytes  []byte
	keyOf     map[string]string
	// pending lists the mentions that are doubtful unless the article
	// writes their word capitalized inside a sentence somewhere (known),
	// which is only settled once the whole article is read (finish).
	pending chunk.List[int]
	// forms indexes the persons' names listed (qResolver.forms).
	forms qFormIndex
}

// begin starts reading a paragraph whose quotes are parts.
func (n *qNarrative) begin(parts []qPart) {
	n.parts = parts
	n.kept, n.keptMarks = n.kept[:0], n.keptMarks[:0]
}

// read lists the names in words, the next words of paragraph pi, whose
// marks qTokenizeMarked made; last is set on the paragraph's last piece.
func (n *qNarrative) read(pi int, p string, words []qWord, marks []int32, last bool) {
	if len(n.parts) == 0 && len(n.kept) == 0 && last {
		n.names(pi, p, words, marks) // a whole paragraph without quotes
		return
	}
	// Drop the words inside quotes (those from a part's start-1 to its
	// end), keeping sentence ends. Parts and words are both in text order,
	// and the words between two parts are found by binary search on their
	// offsets and kept in one copy.
	parts := n.parts
	next := 0 // the first of marks not yet passed
	for k := 0; k < len(words); {
		for len(parts) > 0 && int(words[k].start) >= int(parts[0].end)+1 {
			parts = parts[1:]
		}
		if len(parts) == 0 {
			n.keep(pi, p, words, marks, &next, k, len(words))
			break
		}
		start, end := int(parts[0].start), int(parts[0].end)
		if int(words[k].start) >= start-1 {
			k = qWordFrom(words, k, end+1) // inside the quote
			continue
		}
		j := qWordFrom(words, k, start-1)
		n.keep(pi, p, words, marks, &next, k, j)
		k = j
	}
	if last && len(n.kept) > 0 {
		n.names(pi, p, n.kept, n.keptMarks)
		n.kept, n.keptMarks = n.kept[:0], n.keptMarks[:0]
	}
	n.parts = parts
}

// qWordFrom returns the index of the first of words[k:] that starts at
// from or after, or len(words).
func qWordFrom(words []qWord, k, from int) int {
	lo, hi := k, len(words)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(words[mid].start) < from {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// keep adds words[a:b] to the words kept, with their marks (*next is the
// first of marks not before a; a mark is the word's own, so it holds
// without the words dropped), and reads for names each block of at least
// qNarrativeBlock words that ends a sentence: a long paragraph needs no
// copy of all its words, since a name run never crosses a sentence end
// and nothing read about a run looks before its sentence's start or past
// that end.
func (n *qNarrative) keep(pi int, p string, words []qWord, marks []int32, next *int, a, b int) {
	base, first := len(n.kept), len(n.keptMarks)
	n.kept = append(n.kept, words[a:b]...)
	m := *next
	for ; m < len(marks) && int(marks[m]) < b; m++ {
		if int(marks[m]) >= a {
			n.keptMarks = append(n.keptMarks, marks[m]-int32(a)+int32(base))
		}
	}
	*next = m
	// The words kept before had no sentence end past the block's size,
	// or they would have been read: look among the new ones.
	for from := first; ; {
		cut := -1
		for i := from; i < len(n.keptMarks); i++ {
			if k := int(n.keptMarks[i]); k+1 >= qNarrativeBlock && qEndsSentenceWord(p, n.kept[k]) {
				cut = i
				break
			}
		}
		if cut < 0 {
			return
		}
		end := int(n.keptMarks[cut]) + 1
		n.names(pi, p, n.kept[:end], n.keptMarks[:cut+1])
		rest := copy(n.kept, n.kept[end:])
		n.kept = n.kept[:rest]
		restMarks := copy(n.keptMarks, n.keptMarks[cut+1:])
		n.keptMarks = n.keptMarks[:restMarks]
		for i := range n.keptMarks {
			n.keptMarks[i] -= int32(end)
		}
		from = 0
	}
}

// qNarrativeBlock is how many words outside quotes are gathered, at least,
// before they are read for names.
const qNarrativeBlock = 512

// qEndsSentenceWord reports whether w is a full stop, a question mark or an
// exclamation mark. A punctuation mark of one byte is one of p (a qStop is
// a full stop whatever p holds there), told without comparing strings.
func qEndsSentenceWord(p string, w qWord) bool {
	if !w.punct() {
		return false
	}
	if w.kind&qStop != 0 {
		return true
	}
	return w.end-w.start == 1 && qSentenceEnds[p[w.start]]
}

// qSentenceEnds marks the bytes that end a sentence as a word of their own.
var qSentenceEnds = [256]bool{'.': true, '!': true, '?': true}

// names lists the names in kept, words of paragraph pi (p) outside quotes,
// whose marks (qTokenizeMarked: the capitalized words and sentence ends)
// are marks: only those are looked at first.
func (n *qNarrative) names(pi int, p string, kept []qWord, marks []int32) {
	sentence := 0 // index of the first word of the current sentence
	scanned := 0  // marks before this index were checked for sentence ends
	n.runs = qNameRunsMarked(p, n.runs[:0], kept, marks)
	for _, run := range n.runs {
		for ; scanned < len(marks) && int(marks[scanned]) < run.i; scanned++ {
			if k := int(marks[scanned]); qEndsSentenceWord(p, kept[k]) {
				sentence = k + 1
			}
		}
		role, name := qSplitTitle(p, kept[run.i:run.j])
		if len(name) == 0 {
			continue
		}
		// The mention's record: its name and role are spans of p when
		// qJoinIn joined them without allocating, else spelled out.
		nameText, roleText, keys := qJoinNameIn(p, name), qJoinIn(p, role), n.keysRef(p, name)
		nameRef, nameIn := qSpanRef(p, nameText)
		roleRef, roleIn := qSpanRef(p, roleText)
		// Slot's work, inlined: the next entry, every field of which is
		// written (see chunk.List.Slot).
		m := &n.mentions.Room()[0]
		n.mentions.Extend(1)
		m.para, m.at, m.name, m.role, m.keys, m.flags, m.possessive = int32(pi), int32(name[0].start), nameRef, roleRef, keys, 0, 0
		if !nameIn || !roleIn {
			n.spell(m, nameText, roleText, nameIn, roleIn)
		}
		subject := qIsSubject(p, kept, sentence, run)
		org := qIsOrgName(p, name)
		if subject {
			m.flags |= qmSubject
		}
		if qUnlikelyName(p, name) || len(name) == 1 && name[0].strippedLex(p)&qLexDemonym != 0 { // "Republican triumph": an adjective
			m.flags |= qmDoubtful
		}
		if len(name) == 1 && len(role) == 0 && run.i == sentence && !qFollowedByAppositive(p, kept, run) {
			// "Guns are ...": doubtful unless known as a name.
			n.pending.Add(n.mentions.Len() - 1)
			m.possessive = uint8(int(name[0].end) - int(m.name.to)) // a name of one word is a span of p
		}
		if len(name) == 1 && len(role) == 0 && !subject {
			// A lone capitalized word mid-sentence is too often a place,
			// a day or an adjective to stand for a person.
			org = org || !qFollowedByAppositive(p, kept, run)
		}
		if org {
			m.flags |= qmOrg
		} else if keys.from != keys.to {
			n.forms.add(nameText, roleText, n.keysOf(keys), qPos{pi, int(name[0].start)})
		}
	}
}

// finish settles the pending doubts against the article's known words,
// once the narrative has read all of paragraphs.
func (n *qNarrative) finish(ctx *qContext, paragraphs []string) {
	n.paragraphs = paragraphs
	for i := range n.pending.Len() {
		m := n.mentions.At(*n.pending.At(i))
		word := paragraphs[m.para][m.at : int(m.name.to)+int(m.possessive)]
		if !ctx.known.has(word) && !ctx.known.has(qStripPossessive(word)) {
			m.flags |= qmDoubtful
		}
	}
}

// qIsSubject reports whether the name run opens its sentence: only titles,
// determiners and lower-case descriptors come before it, and it is not a
// possessive.
//
// It is small enough to be inlined, so that a run far into its sentence,
// the most common, costs no call.
func qIsSubject(p string, words []qWord, sentence int, run qName) bool {
	if run.i-sentence > 8 {
		return false // too far into its sentence to open it
	}
	return qOpensSentence(p, words, sentence, run)
}

// qOpensSentence is qIsSubject for a run at most eight words into its
// sentence.
func qOpensSentence(p string, words []qWord, sentence int, run qName) bool {
	if last := &words[run.j-1]; !last.plain() && qIsPossessive(last.text(p)) {
		return false // (a plain word has no apostrophe)
	}
	// Leading conjunctions are passed over ("As Clinton told ...", "But
	// Trump said ..."); no word after them may be punctuation, a clause
	// stopper or a relative. Each word is looked up once for both.
	leading := true
	for k := sentence; k < run.i; k++ {
		w := &words[k]
		if w.punct() {
			return false
		}
		low := w.low(p)
		if leading && low&(qLowSubordinator|qLowTrimmable) != 0 {
			continue
		}
		leading = false
		if low&(qLowClauseStopper|qLowRelative) != 0 {
			return false
		}
	}
	if run.j < len(words) {
		next := words[run.j]
		t := next.text(p)
		if next.punct() {
			return t == "," || t == "(" || t == "—" || t == "–"
		}
		switch t {
		case "and", "or", "of", "nor":
			return false
		}
	}
	return true
}

// qFollowedByAppositive reports whether a comma and a description follow the
// run: "Mariam, an 18-year-old student".
func qFollowedByAppositive(p string, words []qWord, run qName) bool {
	if run.j+1 >= len(words) || words[run.j].text(p) != "," {
		return false
	}
	w := words[run.j+1].text(p)
	return (qLowDeterminer | qLowRelative | qLowPersonNoun).in(w)
}

// keys returns the comparison keys (qNameKey) of the words of a name, for
// a caller that compares them at once (fullest): they last until the next
// keys made (keys, keysRef), which take their room back, so that the
// names of a quote-dense article's speakers, keyed for every quote, do
// not fill new blocks. Keys that must last come from keysRef.
func (n *qNarrative) keys(p string, name []qWord) []string {
	bytes, bytesAt := unsafe.SliceData(n.keyBytes), len(n.keyBytes)
	ref := n.keysRef(p, name)
	keys := n.keysOf(ref)
	n.keyBuf = n.keyBuf[:ref.from]
	if unsafe.SliceData(n.keyBytes) == bytes { // (not when a new block was started)
		n.keyBytes = n.keyBytes[:bytesAt]
	}
	return keys
}

// keysOf returns the keys ref points to.
func (n *qNarrative) keysOf(ref qKeysRef) []string {
	return n.keyBlocks[ref.block][ref.from:ref.to:ref.to]
}

// keysRef writes the keys of the words of a name, as keys returns them,
// and returns where they are.
func (n *qNarrative) keysRef(p string, name []qWord) qKeysRef {
	if len(n.keyBlocks) == 0 || cap(n.keyBuf)-len(n.keyBuf) < len(name) {
		if cap(n.keyBuf)-len(n.keyBuf) < len(name) {
			// Blocks double up to qKeptChunk keys, so that the block
			// kept for the next article most often holds all of its
			// keys.
			n.keyBuf = make([]string, 0, max(256, min(2*cap(n.keyBuf), qKeptChunk), len(name)))
		}
		n.keyBlocks = append(n.keyBlocks, n.keyBuf[:cap(n.keyBuf)])
	}
	from := len(n.keyBuf)
	for k := range name {
		w := &name[k]
		if w.punct() {
			continue
		}
		var key string
		if size := int(w.end) - int(w.start); w.plain() && size <= 8 && int(w.start)+8 <= len(p) && cap(n.keyBytes)-len(n.keyBytes) >= 8 {
			// Most name words, read here without a call: the eight
			// bytes of p from the word's start, lower-cased at once and
			// written whole into keyBytes, those past the key to be
			// overwritten by the next one. A plain word has no
			// possessive mark and no particle (qNameKey).
			at := len(n.keyBytes)
			b := n.keyBytes[at : at+8]
			binary.LittleEndian.PutUint64(b, swar.LowerASCII(swar.Load8(p, int(w.start))))
			n.keyBytes = n.keyBytes[:at+size]
			key = unsafe.String(&b[0], size)
		} else {
			key = n.key(p, w)
		}
		n.keyBuf = append(n.keyBuf, key)
	}
	return qKeysRef{int32(len(n.keyBlocks) - 1), int32(from), int32(len(n.keyBuf))}
}

// key returns qNameKey(w.text(p)): lower-cased into keyBytes when the word
// is ASCII (asciiKey), else from keyOf, or by strings.ToLower once per
// word and article.
func (n *qNarrative) key(p string, w *qWord) string {
	if key, ok := n.asciiKey(p, w); ok {
		return key
	}
	t := w.text(p)
	if n.keyOf == nil {
		n.keyOf = make(map[string]string, 16)
	}
	key, ok := n.keyOf[t]
	if !ok {
		key = qNameKey(t)
		n.keyOf[t] = key
	}
	return key
}

// asciiKey returns qNameKey(w.text(p)), lower-cased into keyBytes, when
// the word is ASCII: that costs less than looking a cached key up. ok is
// false for other words. A plain word (qWord.plain) needs no further look:
// it has no possessive mark to strip and no hyphen to end a particle.
func (n *qNarrative) asciiKey(p string, w *qWord) (key string, ok bool) {
	base := p[w.start:w.end]
	if !w.plain() {
		if base = qStripPossessive(base); base == "" || !qIsASCII(base) {
			return "", false
		}
	}
	if cap(n.keyBytes)-len(n.keyBytes) < len(base)+8 {
		// A new block, with room for keys to come and for the eight
		// bytes keys writes whatever a key's length: the keys in the
		// old one keep it alive.
		n.keyBytes = make([]byte, 0, max(4096, min(2*cap(n.keyBytes), 64<<10), len(base)+8))
	}
	at := len(n.keyBytes)
	b := n.keyBytes[at : at+len(base)]
	for i := range b {
		b[i] = qLowerByte(base[i])
	}
	n.keyBytes = n.keyBytes[:at+len(base)]
	key = unsafe.String(&n.keyBytes[at], len(base))
	if !w.plain() {
		key = qWithoutParticle(key)
	}
	return key, true
}

// qIsASCII reports whether s is made only of ASCII bytes.
func qIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// keysOf returns the keys of the words of a name written out: from the
// last few names asked about (recent), since a speaker's name comes back
// quote after quote, or else read anew (readKeys).
func (r *qResolver) keysOf(name string) []string {
	if keys, ok := r.recent.get(name); ok {
		return keys
	}
	keys := r.readKeys(name)
	r.recent.put(name, keys)
	return keys
}

// readKeys returns the keys of the words of a name written out, from the
// narrative's cache and buffers, which nothing writes over while the
// article is resolved.
func (r *qResolver) readKeys(name string) []string {
	r.tmp = qTokenizeInto(r.tmp[:0], name, 0, len(name))
	return r.narrative.keysOf(r.narrative.keysRef(name, r.tmp))
}

// A qRecentKeys remembers the keys of the last qKeysCached names.
type qRecentKeys struct {
	names [qKeysCached]string
	keys  [qKeysCached][]string
	n     int // how many names were put, of which the last qKeysCached are kept
}

// qKeysCached is how many names a qRecentKeys remembers: a paragraph
// seldom quotes more people in turn.
const qKeysCached = 4

// get returns the keys put for name, if they are still kept.
func (c *qRecentKeys) get(name string) ([]string, bool) {
	for i := range min(c.n, qKeysCached) {
		if c.names[i] == name {
			return c.keys[i], true
		}
	}
	return nil, false
}

// put keeps the keys of name in place of the oldest kept.
func (c *qRecentKeys) put(name string, keys []string) {
	i := c.n % qKeysCached
	c.names[i], c.keys[i] = name, keys
	c.n++
}

// qResolver holds the state of resolution over one article. Every lookup
// is bounded (an index by surname, and at most qLookBack names scanned
// backwards), so that resolution stays linear in the article's length.
type qResolver struct {
	// listed holds the narrative mentions, in text order, as records,
	// which the lookups read.
	listed   *qNarrative
	view     qMention   // the mention a lookup found (found)
	speakers []qMention // the last resolved speakers, in the order found (forgetSpeakers)
	// speakerMax[k] is the last paragraph of speakers[:k+1], so that
	// antecedent stops at the speakers too far back, which come nearly
	// in text order (syncSpeakerMax).
	speakerMax []int
	// forms indexes the persons' names, those of the narrative (which
	// listed them as it read them) and those of the speakers.
	forms *qFormIndex
	// narrative makes the keys of the speakers' names (keys, readKeys),
	// and tmp holds the words of a name being keyed.
	narrative *qNarrative
	tmp       []qWord
	recent    qRecentKeys // the keys of the last names keysOf was asked about
}

// A qFormIndex lists the distinct forms of the persons' names an article
// writes, and indexes them by last word.
type qFormIndex struct {
	forms []qForm // in the order found
	// byLast lists the forms of each last word (key), in the order found,
	// as a chain through forms.
	byLast map[string]qFormChain
}

// A qForm is one distinct way the article writes a name, and where it
// first does.
type qForm struct {
	name, role string
	keys       []string
	first      qPos
	next       int32 // the next form of the same last word, or -1
}

// A qFormChain is the forms of one last word: indexes into
// qFormIndex.forms.
type qFormChain struct{ first, last, n int32 }

// qPos is a position in the article.
type qPos struct{ para, at int }

func (p qPos) before(q qPos) bool { return p.para < q.para || p.para == q.para && p.at < q.at }

// qWindow is how many paragraphs back a pronoun or a description may reach:
// its own and the one before (chosen on the PolNeAR train split; 2 and 4
// did worse).
const qWindow = 1

// qLookBack bounds how many earlier names one lookup scans, and how many
// distinct names sharing a last word are kept.
const qLookBack = 256

// newResolver resolves speakers against the mentions the narrative n
// listed (none if n is nil), with its memory from s and room for the
// speakers of quotes quotes (at most those forgetSpeakers keeps).
func newResolver(n *qNarrative, quotes int, s *qScratch) *qResolver {
	if room := min(quotes, 2*qLookBack); cap(s.speakers) < room {
		s.speakers = make([]qMention, 0, room)
	}
	if n == nil {
		n = &qNarrative{}
	}
	return &qResolver{listed: n, forms: &n.forms, speakers: s.speakers[:0],
		speakerMax: s.paraTops[:0], narrative: &s.narrative, tmp: s.tmp[:0]}
}

// release hands the resolver's memory back to s.
func (r *qResolver) release(s *qScratch) {
	s.forms, s.byLast = r.forms.forms, r.forms.byLast
	s.tmp, s.speakers, s.paraTops = r.tmp, r.speakers, r.speakerMax
}

// addForm records a person's name under its last word.
func (r *qResolver) addForm(m *qMention) {
	if m.org || len(m.keys) == 0 {
		return
	}
	r.forms.add(m.name, m.role, m.keys, qPos{m.para, m.at})
}

// add records a person's name, with its keys (not none), written at pos
// with role, under its last word.
func (x *qFormIndex) add(name, role string, keys []string, pos qPos) {
	if x.byLast == nil {
		x.byLast = make(map[string]qFormChain, 64)
	}
	last := keys[len(keys)-1]
	chain, ok := x.byLast[last]
	for i := chain.first; ok && i >= 0; i = x.forms[i].next {
		if f := &x.forms[i]; f.name == name {
			if f.role == "" {
				f.role = role
			}
			if pos.before(f.first) {
				f.first = pos
			}
			return
		}
	}
	if chain.n >= qLookBack {
		return
	}
	i := int32(len(x.forms))
	f := qSlot(&x.forms) // every field is written: see qSlot
	f.name, f.role, f.keys, f.first, f.next = name, role, keys, pos, -1
	if ok {
		x.forms[chain.last].next = i
		chain.last, chain.n = i, chain.n+1
	} else {
		chain = qFormChain{i, i, 1}
	}
	x.byLast[last] = chain
}

// addSpeaker records a speaker named by a clause, and indexes its name
// (addForm) so that a later surname finds it.
func (r *qResolver) addSpeaker(m qMention) {
	r.noteSpeaker(m)
	r.addForm(&r.speakers[len(r.speakers)-1])
}

// noteSpeaker records m as the latest speaker, where a later pronoun
// looks (antecedent); the oldest are forgotten as the list grows
// (forgetSpeakers), so every speaker goes through here.
func (r *qResolver) noteSpeaker(m qMention) {
	r.forgetSpeakers()
	m.speaker = true
	r.speakers = append(r.speakers, m)
}

// forgetSpeakers forgets the speakers older than the last qLookBack, the
// most antecedent looks at, once twice as many are listed: speakers
// stays short however many quotes the article has. It runs before
// pointers into speakers are handed out (antecedent) and before one is
// added (addSpeaker).
func (r *qResolver) forgetSpeakers() {
	if len(r.speakers) >= 2*qLookBack {
		kept := copy(r.speakers, r.speakers[len(r.speakers)-qLookBack:])
		r.speakers, r.speakerMax = r.speakers[:kept], r.speakerMax[:0]
	}
}

// syncSpeakerMax brings speakerMax up to the speakers listed, who may
// have been appended to since (resolve appends some itself).
func (r *qResolver) syncSpeakerMax() {
	for k := len(r.speakerMax); k < len(r.speakers); k++ {
		top := r.speakers[k].para
		if k > 0 {
			top = max(top, r.speakerMax[k-1])
		}
		r.speakerMax = append(r.speakerMax, top)
	}
}

// fullest returns the fullest form of a person's name that the article
// writes: "Adnan" -> "Ali Adnan". Among the fuller forms, the one
// introduced last before the position wins, else the one introduced first
// after it.
func (r *qResolver) fullest(keys []string, name, role string, para, at int) (string, string) {
	if len(keys) == 0 {
		return name, role
	}
	pos := qPos{para, at}
	var best *qForm
	chain, ok := r.forms.byLast[keys[len(keys)-1]]
	for i := chain.first; ok && i >= 0; i = r.forms.forms[i].next {
		f := &r.forms.forms[i]
		if len(f.keys) <= len(keys) || !qContainsKeys(f.keys, keys) {
			continue
		}
		switch {
		case best == nil:
			best = f
		case f.first.before(pos) && (!best.first.before(pos) || best.first.before(f.first)):
			best = f // introduced nearer before
		case !f.first.before(pos) && !best.first.before(pos) && f.first.before(best.first):
			best = f // introduced sooner after
		}
	}
	if best == nil {
		return name, role
	}
	if role == "" {
		role = best.role
	}
	return best.name, role
}

// qContainsKeys reports whether every key of part is in whole.
func qContainsKeys(whole, part []string) bool {
	for _, p := range part {
		found := false
		for _, w := range whole {
			if w == p {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// introducesAnother reports whether the narrative names someone other
// than speaker (whose keys are keys) as the subject of a sentence after
// (from, fromAt) and before (para, at): a person, not an organization,
// whom a quote without a clause of its own at (para, at) is not carried
// past (qCarries). It reads the mention records, as far back as
// paragraph from and at most qLookBack of them.
func (r *qResolver) introducesAnother(speaker string, keys []string, from, fromAt, para, at int) bool {
	n := r.listed
	for k, seen := n.firstFrom(para, at)-1, 0; k >= 0 && seen < qLookBack; k, seen = k-1, seen+1 {
		m := n.mentions.At(k)
		if int(m.para) < from {
			break
		}
		if m.flags&(qmOrg|qmSubject) != qmSubject || int(m.para) == from && int(m.at) <= fromAt {
			continue // no person opening a sentence, or not after (from, fromAt)
		}
		p := n.paragraphs[m.para]
		if n.text(p, m.name, m.flags&qmNameSpelled != 0) == speaker || qContainsKeys(keys, n.keysOf(m.keys)) {
			continue // the same person named again
		}
		return true
	}
	return false
}

// antecedent finds the named person (or organization, for "it" and "they")
// that a pronoun or a definite description at (para, at) stands for: the
// nearest earlier speaker or sentence subject that fits, else the nearest
// earlier person named in this paragraph or the one before. The mention
// found lasts until the next lookup.
func (r *qResolver) antecedent(para, at int, person, org bool) (*qMention, bool) {
	r.forgetSpeakers()
	r.syncSpeakerMax()
	var best *qMention
	// No speaker before one whose speakerMax is too far back fits.
	for k, n := len(r.speakers)-1, 0; k >= 0 && n < qLookBack && r.speakerMax[k] >= para-qWindow; k, n = k-1, n+1 {
		m := &r.speakers[k]
		if m.fits(para, at, person, org) && (best == nil || best.before(m.para, m.at)) {
			best = m
		}
	}
	mentions := &r.listed.mentions
	end := r.listed.firstFrom(para, at)
	for k, n := end-1, 0; k >= 0 && n < qLookBack; k, n = k-1, n+1 {
		m := mentions.At(k)
		if int(m.para) < para-qWindow {
			break
		}
		if m.flags&qmSubject != 0 && m.fits(para, at, person, org) {
			if best == nil || best.before(int(m.para), int(m.at)) {
				return r.found(k), true // the nearest subject
			}
			break
		}
	}
	if best != nil {
		return best, true
	}
	for k, n := end-1, 0; k >= 0 && n < qLookBack; k, n = k-1, n+1 {
		m := mentions.At(k)
		if int(m.para) < para-1 {
			break
		}
		if m.fits(para, at, person, org) {
			return r.found(k), true
		}
	}
	return nil, false
}

// fits reports whether m may stand for a pronoun or a description at
// (para, at) that stands for a person or an organization, as asked.
func (m *qMention) fits(para, at int, person, org bool) bool {
	return qFits(m.para, m.before(para, at), m.doubtful, m.org, para, person, org)
}

// fits is qMention.fits for a mention record.
func (m *qMentionRecord) fits(para, at int, person, org bool) bool {
	return qFits(int(m.para), m.before(para, at), m.flags&qmDoubtful != 0, m.flags&qmOrg != 0, para, person, org)
}

// qFits is the test of fits on what a mention view and a record both
// tell: the mention's paragraph, whether it comes before the position
// asked about, whether it is doubtful, and whether it is an organization.
func qFits(mPara int, before, doubtful, isOrg bool, para int, person, org bool) bool {
	if mPara < para-qWindow || !before || doubtful {
		return false
	}
	return isOrg && org || !isOrg && person
}

// found returns the view of mention k, which lasts until the next call.
func (r *qResolver) found(k int) *qMention {
	r.view = r.listed.mention(k)
	return &r.view
}

// orgFor finds the organization a noun such as "ministry" stands for: the
// nearest earlier one whose name holds the noun. The mention found lasts
// until the next lookup.
func (r *qResolver) orgFor(head string, para, at int) (*qMention, bool) {
	mentions := &r.listed.mentions
	for k, n := r.listed.firstFrom(para, at)-1, 0; k >= 0 && n < qLookBack; k, n = k-1, n+1 {
		m := mentions.At(k)
		if m.flags&qmOrg == 0 {
			continue
		}
		for _, key := range r.listed.keysOf(m.keys) {
			if key == head {
				return r.found(k), true
			}
		}
	}
	return nil, false
}
