package normalize

import (
	"strings"
	"unicode/utf8"
)

// Attribution clauses: reading who spoke from the words around a quote.
//
// The clause after a quote is read first for full quotes ("Q," X said /
// "Q," said X), the clause before it first for partial quotes (X said that
// ... "partial"; X said: "Q").

// qSpeakerKind says what kind of phrase names the speaker.
type qSpeakerKind uint8

const (
	qsNone        qSpeakerKind = iota
	qsName                     // a proper name: "Asad al-Hashemi"
	qsPronoun                  // "he", "she", "they"
	qsDescription              // "the 23-year-old", "a source"
	qsOrgNoun                  // "the ministry", "the statement"
)

// A qAttr is the speaker a clause gives, before resolution.
type qAttr struct {
	kind     qSpeakerKind
	name     []qWord // the name proper, or the pronoun or description
	src      string  // the text name's words are read from (qWord.text)
	role     string  // title or descriptor kept apart from the name
	verb     string  // the speech verb as written
	para     int     // where the speaker phrase is
	at       int
	definite bool // a description starting with "the", "this", "that"
}

// qAdverbs may stand between a subject and its verb: "X also said".
var qAdverbs = setOf("also", "later", "then", "has", "had", "have", "would",
	"will", "previously", "once", "recently", "often", "repeatedly", "again",
	"further", "simply", "just", "quickly", "flatly", "bluntly", "reportedly",
	"subsequently", "earlier", "still", "now", "had", "was", "is", "were",
	"initially", "first", "finally", "once", "even", "told", "last", "week",
	"on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "yesterday", "today", "tonight", "not", "did", "does", "do", "never",
	"always", "immediately", "openly", "publicly", "privately", "directly",
	"may", "might", "could", "can", "should", "must", "shall")

// qClauseStoppers start a phrase that is not the speaker: a preposition or a
// conjunction at the head of a comma-separated chunk.
var qClauseStoppers = setOf("in", "on", "at", "for", "from", "with",
	"after", "before", "during", "since", "if", "when", "while", "as",
	"because", "although", "though", "but", "and", "or", "so", "yet",
	"until", "unless", "whether", "where", "instead", "despite", "like",
	"to", "into", "over", "under", "by", "about", "against", "without",
	"that", "than", "asked", "speaking", "referring", "adding", "noting",
	"pointing", "citing", "according", "however", "meanwhile", "still",
	"now", "then", "later", "earlier", "also", "indeed", "instead",
	"of", "via", "through", "including", "among", "amid")

// qRelatives open an appositive clause: "X, who led prayers, told ...".
var qRelatives = setOf("who", "which", "whose", "whom", "where", "whom")

// qDeterminers open a description: "the official", "an 18-year-old".
var qDeterminers = setOf("the", "a", "an", "this", "that", "these",
	"those", "one", "another", "some", "several", "two", "three", "many",
	"his", "her", "their", "its", "our", "my", "your")

// qVerbAt reports whether words[k] is a speech verb, and how many words it
// takes ("according to" takes two).
func qVerbAt(p string, words []qWord, k int) (n int, ok bool) {
	n, _ = qSpeechVerbAt(p, words, k, false)
	return n, n > 0
}

// qSpeechVerbAt returns how many words the speech verb at words[k] spans
// (0 for no verb: qVerbAt, accepting a capitalized verb such as "Tweeted"
// when anyCase is set), and the flags of the verb in lower case
// (qVerbLexicon), which the clause readers ask about next: weak, not
// invertible, a participle.
func qSpeechVerbAt(p string, words []qWord, k int, anyCase bool) (n int, flags qVerbFlag) {
	w := &words[k]
	if w.punct() {
		return 0, 0
	}
	t := w.text(p)
	// Most words have no verb form: the filter rules them out without a
	// lookup, a plain word (ASCII) even before it is lower-cased, since
	// qFilterHash folds case.
	if w.plain() && !qVerbFilter.hasHash(qFilterHash(t)) {
		return 0, 0
	}
	var buf [32]byte
	var lw string
	if b, ok := qLowerASCII(&buf, t); ok {
		lw = string(b) // does not escape: copied on the stack
	} else if qLowersToASCII(t) {
		lw = strings.ToLower(t)
	} else {
		return 0, 0 // every verb form is ASCII: "Trump’s", "naïve"
	}
	if !w.plain() && !qVerbFilter.has(lw) {
		return 0, 0
	}
	flags = qVerbFlag(qVerbLexicon.get(lw))
	if flags&qVerbAccording != 0 && k+1 < len(words) && strings.EqualFold(words[k+1].text(p), "to") {
		return 2, flags
	}
	if flags&qVerbPhrasal != 0 && k+1 < len(words) && words[k+1].text(p) == qPhrasal[lw] {
		return 2, flags // "pointed out", "shot back", "went on"
	}
	if flags&qVerbForm != 0 && (lw == t || anyCase && w.lexOf(p)&qLexOrgWord == 0) {
		return 1, flags
	}
	return 0, 0
}

// qLowersToASCII reports whether strings.ToLower(w) is ASCII: whether each
// rune of w that is not ASCII lower-cases to an ASCII letter, as only
// U+0130 (to "i") and U+212A, the Kelvin sign (to "k"), do (a test checks
// every rune). An invalid byte reads as U+FFFD, which stays as it is.
func qLowersToASCII(w string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf && r != '\u0130' && r != '\u212A' {
			return false
		}
	}
	return true
}

// qVerbFlag says which of the verb lists hold a word in lower case: one
// lookup in qVerbLexicon answers what the clause readers ask of a verb.
type qVerbFlag uint8

const (
	qVerbForm          qVerbFlag = 1 << iota // a key of qSpeechVerbs
	qVerbPhrasal                             // a key of qPhrasal
	qVerbAccording                           // "according" ("according to")
	qVerbWeak                                // qWeakVerbs
	qVerbNotInvertible                       // qNotInvertible
	qVerbParticiple                          // a form in "-ing" ("saying")
)

// qVerbLexicon merges the verb lists behind qVerbFlag (the lists stay the
// source).
var qVerbLexicon = func() *qTable {
	forms, phrasal, according := qKeySet(qSpeechVerbs), qKeySet(qPhrasal), setOf("according")
	participles := make(map[string]bool)
	for _, set := range []map[string]bool{forms, phrasal, according} {
		for w := range set {
			if strings.HasSuffix(w, "ing") {
				participles[w] = true
			}
		}
	}
	return qMergeLists(qList[qVerbFlag]{forms, qVerbForm},
		qList[qVerbFlag]{phrasal, qVerbPhrasal}, qList[qVerbFlag]{according, qVerbAccording},
		qList[qVerbFlag]{qWeakVerbs, qVerbWeak}, qList[qVerbFlag]{qNotInvertible, qVerbNotInvertible},
		qList[qVerbFlag]{participles, qVerbParticiple})
}()

// qKeySet returns the set of m's keys.
func qKeySet(m map[string]string) map[string]bool {
	set := make(map[string]bool, len(m))
	for w := range m {
		set[w] = true
	}
	return set
}

// qVerbFilter rules out the words qSpeechVerbAt never accepts: its bit is set
// for every speech verb form, every phrasal verb and "according".
var qVerbFilter = func() (f qBitFilter) {
	for w := range qSpeechVerbs {
		f.add(w)
	}
	for w := range qPhrasal {
		f.add(w)
	}
	f.add("according")
	return f
}()

// qPhrasal maps verbs that speak with a particle to the particle.
var qPhrasal = map[string]string{
	"pointed": "out", "points": "out", "point": "out", "went": "on",
	"goes": "on", "shot": "back", "shoots": "back", "fired": "back",
	"fires": "back", "hit": "back", "hits": "back", "chimed": "in",
	"chimes": "in", "cut": "in", "cuts": "in", "spoke": "up",
	"speaks": "up", "summed": "up", "sums": "up", "wrote": "back",
	"weighed": "in", "weighs": "in", "put": "it", "puts": "it",
}

// qTailAttr reads the clause after a quote: words run from just after the
// closing mark to the end of the sentence or the next quote.
func qTailAttr(p string, words []qWord, para int) qAttr {
	// Skip leading punctuation left by the quote (",", "—").
	s := 0
	for s < len(words) && words[s].punct() && words[s].text(p) != "." {
		s++
	}
	words = words[s:]
	depth := 0
clause:
	for k := 0; k < len(words) && k < 40; k++ {
		w := &words[k]
		if w.punct() { // no verb: brackets and the sentence end
			switch w.text(p) {
			case "(", "[":
				depth++
			case ")", "]":
				depth = max(depth-1, 0)
			case ".", "!", "?", ";":
				if depth == 0 {
					break clause
				}
			}
			continue
		}
		n, flags := qSpeechVerbAt(p, words, k, k > 0)
		if n == 0 {
			continue
		}
		if flags&qVerbWeak != 0 && k > 5 {
			continue
		}
		verb := w.text(p)
		if n == 2 {
			if flags&qVerbAccording != 0 {
				a := qNPAfter(p, words[k+2:], para)
				a.verb = "according to"
				return a
			}
			verb += " " + words[k+1].text(p) // "pointed out": never inverted
		}
		if k == 0 || qOnlyAdverbs(p, words[:k]) {
			if flags&qVerbNotInvertible != 0 || n == 2 {
				return qAttr{}
			}
			a := qNPAfter(p, words[k+1:], para)
			a.verb = w.text(p)
			if a.kind == qsNone {
				continue
			}
			return a
		}
		a := qNPBefore(p, words[:k], para)
		if a.kind == qsNone && words[k-1].text(p) == "," && flags&qVerbNotInvertible == 0 && n == 1 {
			// "... in the 2008 primary, said professor Paul Beck."
			a = qNPAfter(p, words[k+1:], para)
		}
		if a.kind == qsNone {
			return qAttr{}
		}
		a.verb = verb
		return a
	}
	return qShortTailAttr(p, words, para)
}

// qShortTailAttr reads a short clause of a name and a verb in the past
// tense that is not in the list of speech verbs: "Q," Hannity pressed.
func qShortTailAttr(p string, words []qWord, para int) qAttr {
	// The name must end by word 4, so it starts by word 3: the words
	// after are not read for names.
	run, ok := qFirstNameRun(p, words, 4)
	if !ok || run.j >= len(words) || run.j > 4 {
		return qAttr{}
	}
	for _, w := range words[:run.i] {
		if w.punct() || qIsCap(w.text(p)) {
			return qAttr{} // only "an angry" may come before the name
		}
	}
	v := words[run.j]
	if v.punct() || !strings.HasSuffix(v.text(p), "ed") || qIsCap(v.text(p)) {
		return qAttr{}
	}
	if e := run.j + 1; e < len(words) && !words[e].punct() && e+1 < len(words) {
		return qAttr{} // a longer clause: "Trump explained his plan ..."
	}
	role, name := qSplitTitle(p, words[run.i:run.j])
	if len(name) == 0 || qIsOrgName(p, name) {
		return qAttr{}
	}
	return qAttr{kind: qsName, name: name, role: qJoinIn(p, role), verb: v.text(p), src: p, para: para, at: int(name[0].start)}
}

// qFirstNameRun returns the first run of name words in words, the first
// of qNameRunsInto's, when it starts before word limit; the words after
// the run are not looked at.
func qFirstNameRun(p string, words []qWord, limit int) (run qName, ok bool) {
	for i := 0; i < len(words) && i < limit; i++ {
		if w := &words[i]; w.punct() || w.lower() || !qIsNameWord(p, *w) {
			continue
		}
		return qName{i, qNameRunEnd(p, words, i)}, true
	}
	return qName{}, false
}

// qOnlyAdverbs reports whether words are all adverbs ("also", "later").
func qOnlyAdverbs(p string, words []qWord) bool {
	for _, w := range words {
		if w.punct() && w.text(p) == "," {
			continue
		}
		if w.punct() || qIsCap(w.text(p)) || !strings.HasSuffix(w.text(p), "ly") && w.text(p) != "also" && w.text(p) != "later" && w.text(p) != "then" {
			return false
		}
	}
	return true
}

// qHeadAttr reads the clause before a quote: words run from the start of the
// sentence to the opening mark.
func qHeadAttr(p string, words []qWord, para int, ctx *qContext) qAttr {
	if len(words) > 1 && (words[0].text(p) == "Said" || words[0].text(p) == "Says" || words[0].text(p) == "Added" || words[0].text(p) == "Asked") {
		// "Said Dorothy Poynter, who grew up with Ali, "Q"".
		if a := qNPAfter(p, words[1:], para); a.kind == qsName {
			a.verb = strings.ToLower(words[0].text(p))
			return a
		}
	}
	for k := 0; k < len(words); k++ {
		n, flags := qSpeechVerbAt(p, words, k, false)
		if n == 0 {
			continue
		}
		w := words[k]
		if n == 2 && flags&qVerbAccording != 0 {
			// "According to X, "Q"".
			a := qNPAfter(p, words[k+2:], para)
			a.verb = "according to"
			if a.kind != qsNone {
				return a
			}
			continue
		}
		if flags&qVerbWeak != 0 && len(words)-k > 8 {
			continue // "called for", "stated goal": too far from the quote
		}
		if k+1 < len(words) && (words[k+1].text(p) == "by" || words[k+1].text(p) == "for") {
			continue // passive or "called for"
		}
		if (k == 0 || words[k-1].text(p) == ",") && flags&qVerbNotInvertible == 0 && n == 1 {
			// ", explained Rosenberg, "Q"": the name closes the head.
			if a := qNPAfter(p, words[k+1:], para); a.kind == qsName && qOnlyPunct(p, words[k+1:], a.at) {
				a.verb = w.text(p)
				return a
			}
		}
		var a qAttr
		if k > 1 && words[k-1].text(p) == "to" {
			// "Mr. Trump was prompted to say, "Q"": the name before the
			// verbs that lead to the infinitive.
			a = qInfinitiveSubject(p, words[:k-1], para)
		}
		if a.kind == qsNone && flags&qVerbParticiple != 0 {
			// A participle: both readings below need one, so that most
			// verbs ("said") skip them.
			if b, ok := qWithSubject(p, words[:k], para); ok {
				// "with Donald Trump tweeting that ...": the name before
				// the participle, after "with".
				a = b
			} else if k > 0 && qLowerIn(qParticipleLead, words[k-1].text(p)) {
				// "Trump returned the compliment, telling Reuters, "Q"":
				// the participle's subject is the sentence's.
				a = qSubjectAttr(p, words[:k], para, ctx)
			}
		}
		if a.kind == qsNone {
			a = qNPBefore(p, words[:k], para)
		}
		if a.kind == qsNone {
			continue
		}
		a.verb = w.text(p)
		if n == 2 {
			a.verb += " " + words[k+1].text(p)
		}
		return a
	}
	return qColonAttr(p, words, para)
}

// qOnlyPunct reports whether the words after the name starting at at are
// the name's own words and punctuation only, up to the quote.
func qOnlyPunct(p string, words []qWord, at int) bool {
	seenName := false
	for _, w := range words {
		if int(w.start) < at {
			continue
		}
		if w.punct() {
			continue
		}
		if !qIsNameWord(p, w) && !qParticles[w.text(p)] {
			return false
		}
		seenName = true
	}
	return seenName
}

// qParticipleLead are the words before a participle that opens a clause
// of its own: ", saying", "by saying", "while adding".
var qParticipleLead = setOf(",", "by", "while", "after", "before", "when",
	"in", "—", "–", "-", "and", "also", "again", "then")

// qInfinitiveSubject finds the name whose verbs lead to "to": "Mr. Trump
// was prompted", "Clinton went on".
func qInfinitiveSubject(p string, words []qWord, para int) qAttr {
	runs := qNameRunsInto(p, make([]qName, 0, 4), words)
	if len(runs) == 0 {
		return qAttr{}
	}
	r := runs[len(runs)-1]
	if len(words)-r.j > 4 || r.j == len(words) {
		return qAttr{}
	}
	for _, w := range words[r.j:] {
		if w.punct() || qIsCap(w.text(p)) || qIsPronoun(w.text(p)) {
			return qAttr{}
		}
	}
	role, name := qSplitTitle(p, words[r.i:r.j])
	if len(name) == 0 || qIsPossessive(name[len(name)-1].text(p)) || qIsOrgName(p, name) {
		return qAttr{}
	}
	return qAttr{kind: qsName, name: name, role: qJoinIn(p, role), src: p, para: para, at: int(name[0].start)}
}

// qWithSubject reads "with NAME" right before a participle.
func qWithSubject(p string, words []qWord, para int) (qAttr, bool) {
	runs := qNameRunsInto(p, make([]qName, 0, 4), words)
	if len(runs) == 0 {
		return qAttr{}, false
	}
	r := runs[len(runs)-1]
	if r.j != len(words) || r.i == 0 || words[r.i-1].text(p) != "with" {
		return qAttr{}, false
	}
	role, name := qSplitTitle(p, words[r.i:r.j])
	if len(name) == 0 {
		return qAttr{}, false
	}
	return qAttr{kind: qsName, name: name, role: qJoinIn(p, role), src: p, para: para, at: int(name[0].start)}, true
}

// qColonAttr reads the headline form "Name: "Q"" or "Name: Topic 'Q'": a
// name alone before a colon.
func qColonAttr(p string, words []qWord, para int) qAttr {
	for k, w := range words {
		if !w.punct() || w.text(p) != ":" {
			continue
		}
		before := words[:k]
		// "HEADLINE - Mark Blumenthal: "Q"": the chunk before the colon.
		for j := len(before) - 1; j >= 0; j-- {
			if before[j].punct() && (before[j].text(p) == "-" || before[j].text(p) == "—" || before[j].text(p) == "–") {
				before = before[j+1:]
				break
			}
		}
		runs := qNameRunsInto(p, make([]qName, 0, 4), before)
		if len(runs) == 0 || runs[0].i != 0 {
			return qAttr{}
		}
		// "Gillibrand on Hillary ...: 'Q'": the name, then lower case.
		if r := runs[0]; r.j < len(before) && (before[r.j].punct() || qIsCap(before[r.j].text(p))) {
			return qAttr{}
		}
		role, name := qSplitTitle(p, before[:runs[0].j])
		if len(name) == 0 || qIsPossessive(name[len(name)-1].text(p)) {
			return qAttr{}
		}
		return qAttr{kind: qsName, name: name, role: qJoinIn(p, role), src: p, para: para, at: int(name[0].start)}
	}
	return qAttr{}
}

// qChunks splits words at commas, dashes and brackets, appending the
// chunks to out (callers pass a small array of their own, so that most
// calls allocate nothing).
func qChunks(p string, out [][]qWord, words []qWord) [][]qWord {
	start := 0
	depth := 0
	for k, w := range words {
		if !w.punct() {
			continue
		}
		switch {
		case w.text(p) == "(" || w.text(p) == "[":
			if depth == 0 {
				out = append(out, words[start:k])
			}
			depth++
		case w.text(p) == ")" || w.text(p) == "]":
			if depth > 0 {
				depth--
			}
			start = k + 1 // brackets are dropped: "(D-R.I.)"
		case depth == 0 && strings.ContainsAny(w.text(p), ",—–-;:"):
			out = append(out, words[start:k])
			start = k + 1
		}
	}
	if depth > 0 {
		return out
	}
	return append(out, words[start:])
}

// qNPBefore finds the speaker in the words before a verb: "the official Asad
// al-Hashemi", "Ali Shamkhani, the secretary of ..., ", "he".
func qNPBefore(p string, words []qWord, para int) qAttr {
	// Drop adverbs, auxiliaries and times between the subject and the verb.
	for len(words) > 0 {
		w := words[len(words)-1]
		if !w.punct() && qLowAdverb.inWord(p, &w) && !qIsCap(w.text(p)) ||
			!w.punct() && strings.HasSuffix(w.text(p), "ly") && !qIsCap(w.text(p)) ||
			!w.punct() && qIsTimeWord(w.text(p)) {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	chunks := qChunks(p, make([][]qWord, 0, 8), words)
	for len(chunks) > 0 && len(chunks[len(chunks)-1]) == 0 {
		chunks = chunks[:len(chunks)-1]
	}
	last := len(chunks) - 1
	var desc qAttr
	for c := last; c >= 0; c-- {
		ch, lead := qTrimConjunctionLow(p, chunks[c])
		if len(ch) == 0 {
			continue
		}
		first := ch[0].text(p)
		if lead&qLowRelative != 0 {
			continue // "who led Friday prayers"
		}
		if len(ch) == 1 && qIsPronounWord(p, &ch[0]) {
			if c == last {
				return qAttr{kind: qsPronoun, name: ch, src: p, para: para, at: int(ch[0].start)}
			}
			break
		}
		if lead&qLowClauseStopper != 0 && !(c == 0 && qIsCap(first) && len(ch) > 1 && qIsNameWord(p, ch[1])) {
			// "In a statement", "now 81 and retired": look further back.
			continue
		}
		if n := len(ch); c == last && n >= 3 && n <= 7 && ch[n-1].text(p) == "and" {
			// "Ms. Sherry smiled and said": the name opens the clause.
			if runs := qNameRunsInto(p, make([]qName, 0, 4), ch); len(runs) > 0 && runs[0].i == 0 {
				role, name := qSplitTitle(p, ch[:runs[0].j])
				if len(name) > 0 && !qIsPossessive(name[len(name)-1].text(p)) {
					return qAttr{kind: qsName, name: name, role: qJoinIn(p, role), src: p, para: para, at: int(name[0].start)}
				}
			}
		}
		a, ok := qNameInChunk(p, ch, para, false)
		if ok && a.kind == qsName && c > 0 && qIsPlace(p, a.name) {
			continue // "of Flint, Mich., said": a place between commas
		}
		if ok {
			if c >= 2 && a.kind == qsName {
				// "Vian, the editor of the paper, L'Osservatore Romano, said":
				// the second name stands beside the description.
				if d := qDescription(p, qTrimConjunction(p, chunks[c-1]), para); d.kind != qsNone {
					if b, ok := qNameInChunk(p, chunks[c-2], para, false); ok && b.kind == qsName {
						b.role = qJoinIn(p, qTrimDeterminer(p, d.name))
						return b
					}
				}
			}
			if a.role == "" && desc.kind == qsDescription {
				a.role = qJoinIn(p, qTrimDeterminer(p, desc.name))
			}
			return a
		}
		if d := qDescription(p, ch, para); d.kind != qsNone {
			if desc.kind == qsNone || c < last && desc.kind == qsDescription && d.definite {
				// The nearest description is the role; a definite one that
				// opens the sentence is the subject.
				if desc.kind == qsNone {
					desc = d
				} else {
					desc.kind, desc.name, desc.at, desc.definite = d.kind, d.name, d.at, d.definite
				}
			}
			continue
		}
		if c == last {
			continue // a phrase to skip: "originally from Basra"
		}
		if qIsCap(first) {
			break
		}
	}
	return desc
}

// qNPAfter finds the speaker in the words after an inverted verb: "said an
// 18-year-old protester, Amer Saad", "tweeted Farhad Alaadin, head of ...".
func qNPAfter(p string, words []qWord, para int) qAttr {
	// Stop at the end of the sentence.
	for k, w := range words {
		if w.punct() && (w.text(p) == "." || w.text(p) == "!" || w.text(p) == "?" || w.text(p) == ";" || qIsMarkRune(qFirstRune(w.text(p)))) {
			words = words[:k]
			break
		}
	}
	chunks := qChunks(p, make([][]qWord, 0, 8), words)
	var desc qAttr
	for c, ch := range chunks {
		if len(ch) == 0 {
			if c == 0 {
				continue
			}
			break
		}
		if c == 0 && len(ch) == 1 && qIsPronoun(ch[0].text(p)) {
			return qAttr{kind: qsPronoun, name: ch, src: p, para: para, at: int(ch[0].start)}
		}
		if (qLowClauseStopper | qLowRelative).inWord(p, &ch[0]) {
			break
		}
		if a, ok := qNameInChunk(p, ch, para, true); ok {
			if a.role == "" && desc.kind == qsDescription {
				a.role = qJoinIn(p, qTrimDeterminer(p, desc.name))
			}
			if a.role == "" && c+1 < len(chunks) {
				if d := qDescription(p, chunks[c+1], para); d.kind == qsDescription {
					a.role = qJoinIn(p, qTrimDeterminer(p, d.name))
				}
			}
			return a
		}
		if c > 0 {
			break
		}
		desc = qDescription(p, ch, para)
		if desc.kind == qsNone {
			break
		}
	}
	return desc
}

// qNameInChunk finds a name in a chunk of a noun phrase. With first set it
// takes the first name (after a verb), else the last (before a verb).
func qNameInChunk(p string, ch []qWord, para int, first bool) (qAttr, bool) {
	runs := qNameRunsInto(p, make([]qName, 0, 4), ch)
	if len(runs) == 0 {
		return qAttr{}, false
	}
	r := runs[len(runs)-1]
	if first {
		r = runs[0]
	} else {
		// "James Pethokoukis of the American Enterprise Institute": the
		// last name not behind a preposition.
		for k := len(runs) - 1; k >= 0; k-- {
			if !qStopperBefore(p, ch[:runs[k].i]) || runs[k].j == len(ch) && runs[k].i > 0 && qLowerIn(qAdjacentLead, ch[runs[k].i-1].text(p)) {
				r = runs[k]
				break
			}
		}
	}
	run := ch[r.i:r.j]
	rest := ch[r.j:]
	if len(rest) > 0 && !rest[0].punct() {
		switch rest[0].text(p) {
		case "of", "from", "at", "in", "with", "for":
			rest = nil // "X of the Y Institute"
		}
	}
	// "Clinton's campaign", "Trump's spokeswoman": the name is not the speaker.
	if qIsPossessive(run[len(run)-1].text(p)) && len(rest) > 0 {
		if qLowOrgNoun.inWord(p, &rest[len(rest)-1]) {
			return qAttr{kind: qsOrgNoun, name: ch, src: p, para: para, at: int(ch[0].start)}, true
		}
		return qAttr{}, false
	}
	// Lower-case words after the name: "Trump campaign", "Clinton aides".
	if len(rest) > 0 && !first {
		if len(ch) <= 5 && r.i <= 1 && qLowOrgNoun.inWord(p, &rest[len(rest)-1]) {
			return qAttr{kind: qsOrgNoun, name: ch, src: p, para: para, at: int(ch[0].start)}, true
		}
		if !rest[len(rest)-1].punct() {
			return qAttr{}, false
		}
	}
	// The name must come first or after descriptors: "protester Ali
	// Adnan", not "in Washington" or "a cleric from Karbala". A role with
	// "of" may precede a full name: "master of ceremonies Asab Al-Tabchi".
	for k := range ch[:r.i] {
		w := &ch[k]
		if qIsPronounWord(p, w) {
			return qAttr{}, false // "said she thinks congressional Republicans"
		}
		if !qLowClauseStopper.inWord(p, w) {
			continue
		}
		lw := strings.ToLower(w.text(p))
		if !first && r.j == len(ch) && k == r.i-1 && (lw == "what" || lw == "as" || lw == "that") {
			continue // "what Newt Gingrich called"
		}
		if lw == "of" && k > 0 && !qIsCap(ch[k-1].text(p)) && len(run) >= 2 && !qIsOrgName(p, run) && r.j == len(ch) {
			continue
		}
		return qAttr{}, false
	}
	role, name := qSplitTitle(p, run)
	if qUnlikelyName(p, name) {
		return qAttr{}, false
	}
	if len(name) == 0 {
		if len(role) == 0 {
			return qAttr{}, false
		}
		// Only a title: "the President said".
		return qAttr{kind: qsDescription, name: ch, src: p, para: para, at: int(ch[0].start), definite: true}, true
	}
	pre := qTrimDeterminer(p, ch[:r.i])
	roleText := qJoinIn(p, role)
	if len(pre) > 0 {
		roleText = strings.TrimSpace(qJoinIn(p, pre) + " " + roleText)
	}
	if qIsPossessive(name[len(name)-1].text(p)) {
		return qAttr{}, false
	}
	return qAttr{kind: qsName, name: name, role: roleText, src: p, para: para, at: int(name[0].start)}, true
}

// qAdjacentLead may stand just before a name that is right before its verb:
// "what Newt Gingrich called", "as Tom Ridge put it".
var qAdjacentLead = setOf("what", "as", "that")

// qStopperBefore reports whether words hold a preposition or a conjunction.
func qStopperBefore(p string, words []qWord) bool {
	for k := range words {
		if qLowClauseStopper.inWord(p, &words[k]) {
			return true
		}
	}
	return false
}

// qDescription reads a chunk without a name as a description of the
// speaker: "the 23-year-old", "the ministry", "a source".
func qDescription(p string, ch []qWord, para int) qAttr {
	if len(ch) == 0 || len(ch) > 12 {
		return qAttr{}
	}
	if ch[0].low(p)&(qLowDeterminer|qLowPersonNoun|qLowOrgNoun) == 0 {
		return qAttr{}
	}
	first := ch[0].text(p)
	// The head noun is the last word before a preposition ("one of the
	// protesters": the last word).
	words := ch
	if qLowerIs(first, "one") && len(ch) > 2 && ch[1].text(p) == "of" {
		words = ch[2:]
	}
	last := -1 // the head noun's index in words
	for k := range words {
		w := &words[k]
		if w.punct() {
			break
		}
		if qLowClauseStopper.inWord(p, w) { // the prepositions below are among them
			if lw := strings.ToLower(w.text(p)); lw == "of" || lw == "from" || lw == "in" || lw == "at" || lw == "with" || lw == "for" {
				break
			}
		}
		last = k
	}
	if last < 0 {
		return qAttr{}
	}
	head := words[last].text(p) // compared in lower case
	headLow := qLowOf(head)
	definite := qLowerIs(first, "the") || qLowerIs(first, "this") || qLowerIs(first, "that")
	if headLow&qLowOrgNoun != 0 && headLow&qLowPersonNoun == 0 {
		return qAttr{kind: qsOrgNoun, name: ch, src: p, para: para, at: int(ch[0].start), definite: definite}
	}
	if headLow&qLowPersonNoun != 0 || qLowerHasSuffix(head, "-old") || qLowerHasSuffix(head, "er") || qLowerHasSuffix(head, "ist") || qLowerHasSuffix(head, "or") {
		return qAttr{kind: qsDescription, name: ch, src: p, para: para, at: int(ch[0].start), definite: definite}
	}
	return qAttr{}
}

// qTrimDeterminer drops a leading article: "the official" -> "official".
func qTrimDeterminer(p string, words []qWord) []qWord {
	// The articles are determiners: most words are ruled out without
	// being lower-cased.
	if len(words) > 0 && qLowDeterminer.inWord(p, &words[0]) {
		switch strings.ToLower(words[0].text(p)) {
		case "the", "a", "an":
			return words[1:]
		}
	}
	return words
}

// qIsTimeWord reports whether w names a day or a time: "Friday", "Tuesday".
func qIsTimeWord(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
		"Sunday", "Monday's", "Friday's":
		return true
	}
	return false
}

// qFirstRune returns the first rune of s.
func qFirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// qSubjectAttr finds the subject of the sentence in words, the head of a
// quote: the nearest plausible speaker of a quoted fragment ("She also called
// for more "flexibility"", "Moore thanked him for "...""). Introductory
// phrases ("In a statement,") are skipped.
func qSubjectAttr(p string, words []qWord, para int, ctx *qContext) qAttr {
	chunks := qChunks(p, make([][]qWord, 0, 8), words)
	if a := qSubjectIn(p, chunks, para, ctx); a.kind != qsNone {
		return a
	}
	// A subordinate clause ("When Mr. Trump tried to ...") gives its
	// subject when the main clause has none.
	for _, ch := range chunks {
		if len(ch) > 1 && qLowSubordinator.inWord(p, &ch[0]) {
			return qSubjectIn(p, [][]qWord{ch[1:]}, para, ctx)
		}
	}
	return qAttr{}
}

// qSubordinators open a subordinate clause.
var qSubordinators = setOf("when", "while", "after", "before", "if",
	"although", "though", "because", "since", "until", "once", "whereas")

// qSubjectIn is qSubjectAttr over chunks, without subordinate clauses.
func qSubjectIn(p string, chunks [][]qWord, para int, ctx *qContext) qAttr {
	intro := 0
	for c, ch := range chunks {
		ch, lead := qTrimConjunctionLow(p, ch)
		if len(ch) == 0 {
			continue
		}
		if lead&(qLowClauseStopper|qLowRelative) != 0 {
			continue
		}
		if ch[0].lexOf(p)&qLexNotName != 0 && qPersonPronouns[ch[0].text(p)] || qLowerIs(ch[0].text(p), "they") {
			return qAttr{kind: qsPronoun, name: ch[:1], src: p, para: para, at: int(ch[0].start)}
		}
		// Descriptors, then a name or the end of the noun phrase.
		k := 0
		for k < len(ch) && !ch[k].punct() && !qIsNameWord(p, ch[k]) {
			w, low := &ch[k], lead
			if k > 0 {
				low = w.low(p)
			}
			if low&(qLowDeterminer|qLowPersonNoun|qLowOrgNoun) == 0 && !qLowerHasSuffix(w.text(p), "-old") && w.lexOf(p)&qLexTitle == 0 {
				break
			}
			k++
		}
		if k2 := qDescribedName(p, ch, k); k2 > k {
			k = k2 // "Republican presidential candidate Donald Trump"
		}
		if k < len(ch) && qIsNameWord(p, ch[k]) {
			j := k
			for j < len(ch) && (qIsNameWord(p, ch[j]) || qParticles[ch[j].text(p)] && j+1 < len(ch) && qIsNameWord(p, ch[j+1])) {
				j++
			}
			if qIsPossessive(ch[j-1].text(p)) {
				// "Hillary Clinton's campaign slogan is "Q"": the phrase as
				// written speaks.
				end := j
				for end < len(ch) && !ch[end].punct() && !qIsCap(ch[end].text(p)) && (qLowOrgNoun | qLowPersonNoun).in(ch[end].text(p)) {
					end++
				}
				if end == j {
					return qAttr{}
				}
				return qAttr{kind: qsOrgNoun, name: ch[k:end], src: p, para: para, at: int(ch[k].start)}
			}
			role, name := qSplitTitle(p, ch[k:j])
			if qUnlikelyName(p, name) {
				return qAttr{}
			}
			if len(name) == 1 && len(role) == 0 && k == 0 && c == 0 && !ctx.known.has(name[0].text(p)) && !ctx.known.has(qStripPossessive(name[0].text(p))) {
				// A capitalized word opening the sentence that the article
				// never writes capitalized inside one: "Guns are ...".
				return qAttr{}
			}
			if j == len(ch) && qIsOrgName(p, name) && intro == 0 {
				intro++
				continue // "Speaking in Salem, New Hampshire, Trump ...": a place
			}
			if len(name) == 0 || qIsOrgName(p, name) && j < len(ch) && !ch[j].punct() && qLowOrgNoun.in(ch[j].text(p)) {
				return qAttr{}
			}
			roleText := strings.TrimSpace(qJoinIn(p, qTrimDeterminer(p, ch[:k])) + " " + qJoinIn(p, role))
			return qAttr{kind: qsName, name: name, role: roleText, src: p, para: para, at: int(name[0].start)}
		}
		if k > 0 {
			return qDescription(p, ch[:k], para)
		}
		if intro++; intro > 1 {
			return qAttr{}
		}
		// "Hours later, Trump returned ...": an introductory phrase.
	}
	return qAttr{}
}

// qDescribedName looks past adjectives to a name described by a role noun:
// in "Republican presidential candidate Donald Trump took ...", the name
// starts at word 3. It returns from when there is none within five words.
func qDescribedName(p string, ch []qWord, from int) int {
	role := false
	for k := from; k < len(ch) && k < from+6; k++ {
		w := &ch[k]
		if w.punct() || qIsPronounWord(p, w) {
			return from
		}
		low, lex := w.low(p), w.lexOf(p)
		if low&qLowClauseStopper != 0 {
			return from
		}
		if low&qLowPersonNoun != 0 || lex&qLexTitle != 0 {
			role = true
			continue
		}
		notOrg := lex&(qLexDemonym|qLexOrgWord) == 0 // neither qDemonyms nor qOrgWords
		if notOrg && qIsNameWord(p, *w) {
			if role && k > from {
				return k
			}
			return from
		}
		if notOrg && qIsCap(w.text(p)) {
			return from
		}
	}
	return from
}

// qTrimConjunction drops a leading conjunction or sentence adverb: "But Cox
// says" -> "Cox says".
func qTrimConjunction(p string, ch []qWord) []qWord {
	ch, _ = qTrimConjunctionLow(p, ch)
	return ch
}

// qTrimConjunctionLow is qTrimConjunction, also returning the lower-case
// lists of the chunk's first word (qWord.low), which trimming looked up
// and the clause readers ask about next; 0 for an empty chunk.
func qTrimConjunctionLow(p string, ch []qWord) (trimmed []qWord, lead qLow) {
	for len(ch) > 0 {
		lead = ch[0].low(p)
		if len(ch) == 1 || lead&qLowTrimmable == 0 {
			return ch, lead
		}
		ch = ch[1:]
	}
	return ch, 0
}

// qTrimmable are conjunctions and sentence adverbs that may open a clause
// before its subject.
var qTrimmable = setOf("but", "and", "so", "yet", "or", "still", "however",
	"meanwhile", "now", "then", "also", "instead", "as")

// qIsPronounWord is qIsPronoun(w.text(p)), ruled out first by the word's
// lexicon flags (every pronoun is in qLexNotName), which the tokenizer
// most often looked up already.
func qIsPronounWord(p string, w *qWord) bool {
	return w.lexOf(p)&qLexNotName != 0 && qIsPronoun(w.text(p))
}

// qLowerIs reports whether strings.ToLower(w) == lower, without
// allocating for a short ASCII w.
func qLowerIs(w, lower string) bool {
	var buf [32]byte
	if b, ok := qLowerASCII(&buf, w); ok {
		return string(b) == lower
	}
	return strings.ToLower(w) == lower
}

// qLowerHasSuffix reports whether strings.ToLower(w) ends with suffix, an
// ASCII string, lower-casing only the end of w when it is ASCII: those
// bytes are the last runes of w, whose lower case ends strings.ToLower(w).
func qLowerHasSuffix(w, suffix string) bool {
	n := len(suffix)
	if len(w) < n || !qIsASCII(w[len(w)-n:]) {
		return strings.HasSuffix(strings.ToLower(w), suffix)
	}
	for i := range n {
		if qLowerByte(w[len(w)-n+i]) != suffix[i] {
			return false
		}
	}
	return true
}
