package clean

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/swar"
)

const (
	fullwidthAmp  = "＆"
	fullwidthHash = "＃"
	fullwidthSemi = "；"
)

// entityState follows the quote marks of the current line, so that a
// rebuilt quote mark can take the side of the text it encloses.
type entityState struct {
	lineAt     int  // position up to which quotes were counted
	doubleOpen bool // an opening '"' in this line waits for its close
	singleOpen bool // a rebuilt opening "'" in this line waits for its close
	droppedAmp int  // 1 if the document drops "&" rather than turning it into ",", -1 if not known yet
}

// entityEdits decodes entities left as text (Entity) and rebuilds damaged
// ones (BrokenEntity), appended to edits. See doc.go for the shapes.
// Without wide, s is known to hold no full-width ampersand, and the scan
// does not look for one.
func entityEdits(edits []edit, s string, wide bool) []edit {
	sc := newEntityScan(s, wide, nil)
	return sc.edits(edits, len(s)+1)
}

// An entityScan is the scan of entityEdits, made in batches: edits picks
// up where the batch before left off.
type entityScan struct {
	s        string
	i        int // where the next batch starts
	lastEnd  int // end of the last edit found: the next must not start before
	st       entityState
	triggers entityTriggers
}

// newEntityScan starts a scan of s (see entityEdits for wide), which
// looks for '&' and ';' where hints, when not nil, say they may be.
func newEntityScan(s string, wide bool, hints *byteHints) entityScan {
	sc := entityScan{s: s, st: entityState{droppedAmp: -1}}
	sc.triggers.hints = hints
	if !wide {
		sc.triggers.wide = byteFinder{from: 0, at: len(s), set: true}
	}
	return sc
}

// edits appends the next edits, up to most of them, to edits; none once
// the scan is done.
func (sc *entityScan) edits(edits []edit, most int) []edit {
	s := sc.s
	found := 0
	i := sc.i
	for ; i < len(s) && found < most; i++ {
		if i = sc.triggers.next(s, i); i == len(s) {
			break
		}
		c := s[i]
		var e edit
		var ok bool
		switch {
		case c == '&':
			e, ok = ampEntity(s, i, 1, &sc.st)
		case c == 0xEF && strings.HasPrefix(s[i:], fullwidthAmp):
			e, ok = ampEntity(s, i, len(fullwidthAmp), &sc.st)
		case c == ';':
			e, ok = semicolonEntity(s, i, &sc.st)
		}
		if !ok || e.start < sc.lastEnd {
			continue
		}
		edits = append(edits, e)
		found++
		sc.lastEnd = e.end
		i = e.end - 1
	}
	sc.i = i
	return edits
}

// entityTriggers finds the bytes where the scan for entities stops: an
// ampersand (or the lead byte of a full-width one), and the semicolon
// that ends the damaged shapes without an ampersand (",quot;",
// "wordquot;"). It looks for each with strings.IndexByte, which reads
// many bytes at a time, and keeps where it found each until the scan
// has passed it. With hints (the survey's, or nil), it reads only the
// regions of the text where they say '&' or ';' may be.
type entityTriggers struct {
	amp, semi, wide byteFinder
	hints           *byteHints
}

// next returns the index of the first trigger at or after i, or len(s).
// Where triggers are dense (damaged text), the next four words read
// directly find most of them; IndexByte pays off over longer stretches.
func (t *entityTriggers) next(s string, i int) int {
	for k := 0; k < 4 && i+8 <= len(s); k++ {
		w := swar.Load8(s, i)
		if f := swar.HasByte(w, '&') | swar.HasByte(w, ';') | swar.HasByte(w, fullwidthAmp[0]); f != 0 {
			return i + swar.FirstFlagged(f)
		}
		i += 8
	}
	return min(t.amp.next(s, i, '&', t.hints), t.semi.next(s, i, ';', t.hints), t.wide.next(s, i, fullwidthAmp[0], nil))
}

// A byteFinder remembers where strings.IndexByte (or byteHints.index)
// last found its byte.
type byteFinder struct {
	from, at int // the first c at or after from is at (len(s) for none); valid if set
	set      bool
}

// next returns the index of the first c at or after i in s, or len(s);
// s must be the same string at each call, and h (nil: none) its hints.
func (f *byteFinder) next(s string, i int, c byte, h *byteHints) int {
	if !f.set || i < f.from || i > f.at {
		f.from, f.set = i, true
		if k := h.index(s, i, c); k >= 0 {
			f.at = k
		} else {
			f.at = len(s)
		}
	}
	return f.at
}

// semicolonEntity looks back from the ";" at i for an entity whose "&"
// became a comma or was dropped.
func semicolonEntity(s string, i int, st *entityState) (edit, bool) {
	if i == 0 || !entityNameEnds[s[i-1]] {
		return edit{}, false // most often a semicolon in text ("word;")
	}
	k := i
	for k > 0 && i-k < 7 && (isASCIILetter(s[k-1]) || s[k-1] >= '0' && s[k-1] <= '9' || s[k-1] == '#') {
		k--
		if s[k] == '#' {
			break
		}
	}
	if k == i {
		return edit{}, false
	}
	if k > 0 && s[k-1] == ',' {
		if e, ok := commaEntity(s, k-1, st); ok {
			return e, true
		}
	}
	// The name may be glued to a word ("wordquot;"): try each suffix.
	for j := k; j < i; j++ {
		if e, ok := droppedEntity(s, j, st); ok && e.end == i+1 {
			return e, true
		}
	}
	return edit{}, false
}

// entityNameEnds marks the bytes, in either case, that end a name of
// commaNames or droppedNames before its ";": semicolonEntity takes only
// a name that ends at the ";".
var entityNameEnds = func() (t [256]bool) {
	for _, names := range [][]string{commaNames, droppedNames} {
		for _, name := range names {
			c := name[len(name)-2]
			t[c] = true
			if isASCIILetter(c) {
				t[c|0x20], t[c&^0x20] = true, true
			}
		}
	}
	return t
}()

// ampEntity reads an entity starting with an ampersand of width w at i.
func ampEntity(s string, i, w int, st *entityState) (edit, bool) {
	if w == 1 && i+2 < len(s) && isASCIILetter(s[i+1]) && !isASCIILetter(s[i+2]) && (s[i+2] < '0' || s[i+2] > '9') {
		// One letter ("S&P", "AT&T"): no entity name, well formed or
		// damaged, is that short.
		return edit{}, false
	}
	// Well formed, possibly escaped again and again ("&amp;amp;quot;").
	if w == 1 {
		if dec, end, ok := escapedEntity(s, i+1); ok {
			return edit{i, end, dec, Entity}, true
		}
	}
	// Damaged: spaces inside, full-width signs, a lost ";".
	j := i + w
	spaced := w > 1
	k := skipSpaces(s, j)
	spaced = spaced || k > j
	j = k
	var dec string
	switch {
	case j < len(s) && s[j] == '#' || strings.HasPrefix(s[j:], fullwidthHash):
		if s[j] == '#' {
			j++
		} else {
			j += len(fullwidthHash)
			spaced = true
		}
		k = skipSpaces(s, j)
		spaced = spaced || k > j
		j = k
		ds := j
		for j < len(s) && j-ds < 7 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == ds {
			return edit{}, false
		}
		n, err := strconv.Atoi(s[ds:j])
		if err != nil || !validEntityRune(n) {
			return edit{}, false
		}
		digitsEnd := j
		k = skipSpaces(s, j)
		switch {
		case strings.HasPrefix(s[k:], ";"):
			spaced = spaced || k > j
			j = k + 1
		case strings.HasPrefix(s[k:], fullwidthSemi):
			spaced = true
			j = k + len(fullwidthSemi)
		case j-ds >= 2 && (k == len(s) || k > j || isASCIILetter(s[k])):
			spaced = true // "&#39s", "& # 39 s": the ";" was lost
			j = digitsEnd
		default:
			return edit{}, false
		}
		if !spaced {
			return edit{}, false
		}
		dec = numericEntity(n)
	default:
		ns := j
		for j < len(s) && j-ns < 8 && isASCIILetter(s[j]) {
			j++
		}
		var buf [8]byte
		for k := ns; k < j; k++ {
			buf[k-ns] = s[k] | 0x20
		}
		name := buf[:j-ns]
		if _, ok := commonEntities.lookup(string(name)); !ok { // spacedNames
			return edit{}, false
		}
		k = skipSpaces(s, j)
		switch {
		case strings.HasPrefix(s[k:], ";"):
			spaced = spaced || k > j
			j = k + 1
		case strings.HasPrefix(s[k:], fullwidthSemi):
			spaced = true
			j = k + len(fullwidthSemi)
		case w == 1 && !spaced && noSemicolonNames[string(name)] && (j == len(s) || !isNameByte(s[j])):
			spaced = true // "&nbsp " with its ";" lost
		default:
			return edit{}, false
		}
		if !spaced {
			return edit{}, false
		}
		dec = namedEntity(string(name))
	}
	return place(s, i, j, dec, st), true
}

// escapedEntity reads a well-formed entity body at j (just after "&"),
// collapsing any "amp;" layers in front of it. It returns the decoded
// text and the end of the entity.
func escapedEntity(s string, j int) (string, int, bool) {
	dec, n, ok := entityBody(s[j:])
	if !ok {
		return "", 0, false
	}
	for dec == "&" && strings.EqualFold(s[j:j+n], "amp;") {
		d2, n2, ok2 := entityBody(s[j+n:])
		if !ok2 {
			break
		}
		j += n
		dec, n = d2, n2
	}
	return dec, j + n, true
}

// entityBody decodes one well-formed entity body ("quot;", "#39;",
// "#x2019;") at the start of s. Only what is unambiguously an entity is
// decoded: the ";" is required, unlike html.UnescapeString, which reads
// "&region=" as "®ion=".
func entityBody(s string) (string, int, bool) {
	if s == "" {
		return "", 0, false
	}
	if s[0] == '#' {
		j := 1
		hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
		if hex {
			j++
		}
		ds := j
		for j < len(s) && j-ds < 7 && (s[j] >= '0' && s[j] <= '9' || hex && isHexDigit(s[j])) {
			j++
		}
		if j == ds || j >= len(s) || s[j] != ';' {
			return "", 0, false
		}
		base := 10
		if hex {
			base = 16
		}
		n, err := strconv.ParseInt(s[ds:j], base, 32)
		if err != nil || !validEntityRune(int(n)) {
			return "", 0, false
		}
		return numericEntity(int(n)), j + 1, true
	}
	j := 0
	for j < len(s) && j < 32 && (isASCIILetter(s[j]) || j > 0 && s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j < 2 || j >= len(s) || s[j] != ';' {
		return "", 0, false
	}
	if dec, ok := commonEntities.lookup(s[:j]); ok {
		return dec, j + 1, true
	}
	cand := "&" + s[:j+1]
	dec := html.UnescapeString(cand)
	if dec == cand || dec == "" {
		return "", 0, false
	}
	// A legacy name without ";" matched a prefix ("&copyx;" -> "©x;"):
	// not an entity.
	for k := 0; k < len(dec); k++ {
		c := dec[k]
		if isASCIILetter(c) || c >= '0' && c <= '9' {
			return "", 0, false
		}
	}
	if strings.HasSuffix(dec, ";") && !strings.EqualFold(s[:j], "semi") {
		return "", 0, false
	}
	return dec, j + 1, true
}

// isNameByte reports whether c can continue an entity name or a URL
// parameter ("&amp=1", "&nbsp_x"), so that a lost ";" is not assumed.
func isNameByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '=' || c == '_' || c == '-'
}

// entityName decodes a name from commaNames or droppedNames ("quot;",
// "#39;").
func entityName(name string) string {
	name = strings.TrimSuffix(name, ";")
	if strings.HasPrefix(name, "#") {
		n, err := strconv.Atoi(name[1:])
		if err != nil {
			return ""
		}
		return numericEntity(n)
	}
	return namedEntity(strings.ToLower(name))
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f'
}

// validEntityRune reports whether a numeric entity names a character worth
// writing: not NUL, not a surrogate, not beyond Unicode.
func validEntityRune(n int) bool {
	return n > 0 && n <= unicode.MaxRune && !(n >= 0xD800 && n <= 0xDFFF)
}

// commaEntity reads ",quot;" at i: a quote entity whose "&" became a
// comma, or (in a document that drops "&") a real comma before a quote
// entity whose "&" was lost.
func commaEntity(s string, i int, st *entityState) (edit, bool) {
	if i == 0 || s[i-1] == ' ' || s[i-1] == '\n' {
		return edit{}, false
	}
	rest := s[i+1:]
	for _, name := range commaNames {
		if len(rest) >= len(name) && strings.EqualFold(rest[:len(name)], name) {
			dec := entityName(name)
			start := i
			if st.droppedAmp < 0 {
				st.droppedAmp = 0
				if dropsAmp(s) {
					st.droppedAmp = 1
				}
			}
			if st.droppedAmp == 1 {
				start = i + 1 // the comma is real
			}
			return place(s, start, i+1+len(name), dec, st), true
		}
	}
	return edit{}, false
}

// droppedEntity reads "quot;" (or "#39;", "apos;") whose "&" was dropped
// ("wordquot;").
func droppedEntity(s string, i int, st *entityState) (edit, bool) {
	if i > 0 {
		switch s[i-1] {
		case '&', ',', '#':
			return edit{}, false
		}
		if strings.HasSuffix(s[:i], fullwidthAmp) {
			return edit{}, false
		}
		// A spaced "& quot;" that ampEntity refused is left alone.
		k := i
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		if k > 0 && s[k-1] == '&' {
			return edit{}, false
		}
	}
	rest := s[i:]
	for _, name := range droppedNames {
		if len(rest) >= len(name) && strings.EqualFold(rest[:len(name)], name) {
			// "#39;" is only taken glued to a word ("it#39;s"): after a
			// space it may be a number ("issue #39;").
			if name[0] == '#' && (i == 0 || !isASCIILetter(s[i-1])) {
				return edit{}, false
			}
			return place(s, i, i+len(name), entityName(name), st), true
		}
	}
	return edit{}, false
}

// dropsAmp reports whether the document shows machine translation dropping
// the "&" of "&quot;" (a "quot;" glued to a word or standing alone) rather
// than turning it into a comma. In such a document a comma before "quot;"
// is a real comma.
func dropsAmp(s string) bool {
	// One pass over s: indexFold per occurrence would look for the
	// upper-case form again each time.
	for i := 0; i+len("quot;") <= len(s); i++ {
		for i+8 <= len(s) {
			if w := swar.Load8(s, i); swar.HasByte(w, 'q')|swar.HasByte(w, 'Q') != 0 {
				break
			}
			i += 8 // no "q" in these eight bytes
		}
		if i+len("quot;") > len(s) {
			break
		}
		if s[i]|0x20 != 'q' || !strings.EqualFold(s[i:i+len("quot;")], "quot;") {
			continue
		}
		if i == 0 {
			return true
		}
		switch s[i-1] {
		case '&', ',':
			continue
		case ' ':
			j := i
			for j > 0 && s[j-1] == ' ' {
				j--
			}
			if j > 0 && (s[j-1] == '&' || strings.HasSuffix(s[:j], fullwidthAmp)) {
				continue
			}
		}
		if strings.HasSuffix(s[:i], fullwidthAmp) {
			continue
		}
		return true
	}
	return false
}

// indexFold is strings.Index for an ASCII lower-case needle, ignoring the
// case of s. It runs in time linear in s: the next upper-case first byte
// is looked for again only once the scan has passed it.
func indexFold(s, needle string) int {
	last := len(s) - len(needle) + 1 // candidates start before last
	if last <= 0 {
		return -1
	}
	first := needle[0]
	upper, upperAt := first&^0x20, -1 // upperAt: next upper-case first byte, or last for none
	if !isASCIILetter(first) {
		upperAt = last
	}
	for i := 0; i < last; {
		k := strings.IndexByte(s[i:last], first)
		if k < 0 {
			k = last
		} else {
			k += i
		}
		if upperAt < i {
			if u := strings.IndexByte(s[i:last], upper); u < 0 {
				upperAt = last
			} else {
				upperAt = i + u
			}
		}
		k = min(k, upperAt)
		if k >= last {
			return -1
		}
		if strings.EqualFold(s[k:k+len(needle)], needle) {
			return k
		}
		i = k + 1
	}
	return -1
}

// skipSpaces returns the index after the spaces and no-break spaces at j.
func skipSpaces(s string, j int) int {
	for j < len(s) {
		switch {
		case s[j] == ' ':
			j++
		case strings.HasPrefix(s[j:], "\u00a0"):
			j += 2
		default:
			return j
		}
	}
	return j
}

// place writes the decoded entity dec over s[a:b] and, for a quote mark
// or an apostrophe, takes away the spaces that translation put on its
// inner side: an apostrophe joins its word ("al-Sadr 's" -> "al-Sadr's"),
// an opening quote the text after it, a closing one the text before it.
func place(s string, a, b int, dec string, st *entityState) edit {
	st.advance(s, a)
	left := a
	for left > 0 && s[left-1] == ' ' {
		left--
	}
	right := b
	for right < len(s) && s[right] == ' ' {
		right++
	}
	kind := BrokenEntity
	prev, _ := utf8.DecodeLastRuneInString(s[:left])
	next, _ := utf8.DecodeRuneInString(s[right:])
	prevWord := left > 0 && isWordRune(prev)
	nextWord := right < len(s) && isWordRune(next)
	atStart := left == 0 || s[left-1] == '\n' || opensAfter(s, left)
	atEnd := right == len(s) || s[right] == '\n' || closesBefore(s, right)
	e := edit{a, b, dec, kind}
	switch dec {
	case "'", "’":
		switch {
		case prevWord && nextWord && isContraction(s[right:]):
			e.start, e.end = left, right
		case st.singleOpen && prevWord:
			e.start = left
			st.singleOpen = false
		case atStart || !prevWord && nextWord:
			e.end = right
			st.singleOpen = true
		case prevWord && (atEnd || endsWithS(s[:left])):
			e.start = left
		case nextWord:
			e.end = right
			st.singleOpen = true
		}
	case "\"":
		if st.doubleOpen && !atStart || atEnd && !atStart {
			e.start = left
			st.doubleOpen = false
		} else {
			e.end = right
			st.doubleOpen = true
		}
	case "“", "‘":
		e.end = right
	case "”":
		e.start = left
	}
	st.lineAt = b
	return e
}

// advance counts the straight double quotes between the last entity and
// position a, starting afresh at each line.
func (st *entityState) advance(s string, a int) {
	if a <= st.lineAt {
		return
	}
	seg := s[st.lineAt:a]
	if len(seg) <= 128 {
		// The last line break, found forwards: IndexByte reads a word
		// at a time, LastIndexByte a byte (but from the end, which is
		// better where seg crosses many lines).
		for nl := strings.IndexByte(seg, '\n'); nl >= 0; nl = strings.IndexByte(seg, '\n') {
			seg = seg[nl+1:]
			st.doubleOpen, st.singleOpen = false, false
		}
	} else if nl := strings.LastIndexByte(seg, '\n'); nl >= 0 {
		seg = seg[nl+1:]
		st.doubleOpen, st.singleOpen = false, false
	}
	if strings.Count(seg, "\"")%2 == 1 {
		st.doubleOpen = !st.doubleOpen
	}
	st.lineAt = a
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func endsWithS(s string) bool {
	return strings.HasSuffix(s, "s") || strings.HasSuffix(s, "S")
}

// isContraction reports whether s starts with a word end that takes an
// apostrophe ("s Called", "t know").
func isContraction(s string) bool {
	for _, suf := range contractionSuffixes {
		if hasLowerPrefixFold(s, suf) {
			if len(s) == len(suf) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(s[len(suf):])
			if !isWordRune(r) {
				return true
			}
		}
	}
	return false
}

// hasLowerPrefixFold reports whether s starts with the lower-case ASCII
// letters of prefix in either case: strings.EqualFold on s[:len(prefix)]
// without decoding.
func hasLowerPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if s[k]|0x20 != prefix[k] {
			return false
		}
	}
	return true
}
