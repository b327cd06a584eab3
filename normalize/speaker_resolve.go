package normalize

import "strings"

// Resolving speakers: pronouns, descriptions and bare surnames become the
// named person or organization they stand for.

// A qMention is a name written in the narrative (outside quotes), or a
// resolved speaker.
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

// qNarrativeMentions lists the names written outside quotes, in text order.
func qNarrativeMentions(inside [][]qPart, ctx *qContext) []qMention {
	var out []qMention
	for pi, words := range ctx.words {
		// Drop the words inside quotes, keeping sentence ends.
		kept := words[:0:0]
		for _, w := range words {
			if !qInside(inside[pi], w.start) {
				kept = append(kept, w)
			}
		}
		sentence := 0 // index of the first word of the current sentence
		for _, run := range qNameRuns(kept) {
			for k := sentence; k < run.i; k++ {
				if kept[k].punct && (kept[k].text == "." || kept[k].text == "!" || kept[k].text == "?") {
					sentence = k + 1
				}
			}
			role, name := qSplitTitle(kept[run.i:run.j])
			if len(name) == 0 {
				continue
			}
			m := qMention{para: pi, at: name[0].start, name: qJoinName(name), role: qJoin(role)}
			m.keys = qKeys(name)
			m.org = qIsOrgName(name)
			m.subject = qIsSubject(kept, sentence, run)
			if len(name) == 1 && len(role) == 0 && run.i == sentence && !ctx.known[name[0].text] && !ctx.known[qStripPossessive(name[0].text)] && !qFollowedByAppositive(kept, run) {
				m.doubtful = true // "Guns are ...": not known as a name
			}
			if qUnlikelyName(name) {
				m.doubtful = true
			}
			if len(name) == 1 && len(role) == 0 && !m.subject {
				// A lone capitalized word mid-sentence is too often a place,
				// a day or an adjective to stand for a person.
				m.org = m.org || !qFollowedByAppositive(kept, run)
			}
			out = append(out, m)
		}
	}
	return out
}

// qIsSubject reports whether the name run opens its sentence: only titles,
// determiners and lower-case descriptors come before it, and it is not a
// possessive.
func qIsSubject(words []qWord, sentence int, run qName) bool {
	if qIsPossessive(words[run.j-1].text) {
		return false
	}
	// "As Clinton told ...", "But Trump said ...": a leading conjunction.
	for sentence < run.i && !words[sentence].punct && (qSubordinators[strings.ToLower(words[sentence].text)] || qTrimmable[strings.ToLower(words[sentence].text)]) {
		sentence++
	}
	for k := sentence; k < run.i; k++ {
		w := words[k]
		if w.punct {
			return false
		}
		lw := strings.ToLower(w.text)
		if qClauseStoppers[lw] || qRelatives[lw] {
			return false
		}
	}
	if run.j < len(words) {
		next := words[run.j]
		if next.punct {
			return next.text == "," || next.text == "(" || next.text == "—" || next.text == "–"
		}
		switch next.text {
		case "and", "or", "of", "nor":
			return false
		}
	}
	return true
}

// qFollowedByAppositive reports whether a comma and a description follow the
// run: "Mariam, an 18-year-old student".
func qFollowedByAppositive(words []qWord, run qName) bool {
	if run.j+1 >= len(words) || words[run.j].text != "," {
		return false
	}
	lw := strings.ToLower(words[run.j+1].text)
	return qDeterminers[lw] || qRelatives[lw] || qPersonNouns[lw]
}

// qInside reports whether offset at falls inside one of the quote parts.
func qInside(parts []qPart, at int) bool {
	for _, q := range parts {
		if at >= q.start-1 && at < q.end+1 {
			return true
		}
	}
	return false
}

// qKeys returns the comparison keys of the words of a name.
func qKeys(name []qWord) []string {
	keys := make([]string, 0, len(name))
	for _, w := range name {
		if w.punct {
			continue
		}
		keys = append(keys, qNameKey(w.text))
	}
	return keys
}

// qResolver holds the state of resolution over one article.
type qResolver struct {
	mentions []qMention // narrative mentions, in text order
	speakers []qMention // resolved speakers, in the order found
}

// qWindow is how many paragraphs back a pronoun or a description may reach.
const qWindow = 4

// fullest returns the fullest form of a person's name that the article
// writes: "Adnan" -> "Ali Adnan". The nearest earlier form wins, else the
// first later one.
func (r *qResolver) fullest(keys []string, name, role string, para, at int) (string, string) {
	if len(keys) == 0 {
		return name, role
	}
	last := keys[len(keys)-1]
	var best *qMention
	consider := func(m *qMention) {
		if m.org || len(m.keys) <= len(keys) || m.keys[len(m.keys)-1] != last || !qContainsKeys(m.keys, keys) {
			return
		}
		switch {
		case best == nil:
			best = m
		case m.before(para, at) && (!best.before(para, at) || best.before(m.para, m.at)):
			best = m // a nearer earlier form
		case m.para == best.para && m.at == best.at && best.role == "":
			best = m // the same mention, with its role
		}
	}
	for k := range r.mentions {
		consider(&r.mentions[k])
	}
	for k := range r.speakers {
		consider(&r.speakers[k])
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

// antecedent finds the named person (or organization, for "it" and "they")
// that a pronoun or a definite description at (para, at) stands for: the
// nearest earlier speaker or sentence subject that fits, else the nearest
// earlier person named in this paragraph or the one before.
func (r *qResolver) antecedent(para, at int, person, org bool) (*qMention, bool) {
	fits := func(m *qMention) bool {
		if m.para < para-qWindow || !m.before(para, at) || m.doubtful {
			return false
		}
		return m.org && org || !m.org && person
	}
	var best *qMention
	better := func(m *qMention) {
		if best == nil || best.before(m.para, m.at) {
			best = m
		}
	}
	for k := range r.speakers {
		if m := &r.speakers[k]; fits(m) {
			better(m)
		}
	}
	for k := range r.mentions {
		if m := &r.mentions[k]; m.subject && fits(m) {
			better(m)
		}
	}
	if best != nil {
		return best, true
	}
	for k := range r.mentions {
		if m := &r.mentions[k]; fits(m) && m.para >= para-1 {
			better(m)
		}
	}
	return best, best != nil
}

// orgFor finds the organization a noun such as "ministry" stands for.
func (r *qResolver) orgFor(head string, para, at int) (*qMention, bool) {
	var best *qMention
	for k := range r.mentions {
		m := &r.mentions[k]
		if !m.org || !m.before(para, at) {
			continue
		}
		for _, key := range m.keys {
			if key == head {
				best = m
			}
		}
	}
	return best, best != nil
}
