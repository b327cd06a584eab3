package normalize

import "unsafe"

// The narrative's mentions are many on a long article (about one per
// hundred bytes of text), so they are kept as small records without
// pointers, in chunks that are never moved: a record costs the collector
// nothing to scan, storing one costs no write barrier, and the list grows
// without copying what it holds. The resolver reads the records, and
// makes views of them (qMention, qNarrative.mention) only for the mention
// a lookup finds.

// qMentionRecord is a mention (qMention) as the narrative keeps it: no
// pointers, and half the size. Its name and role are spans of its
// paragraph, or else strings of the narrative's spelled list, and its keys
// a run of the narrative's key blocks (qKeysRef).
type qMentionRecord struct {
	para, at   int32 // the name starts at paragraphs[para][at:]
	name, role qTextRef
	keys       qKeysRef
	flags      qMentionFlags
	// possessive is the length of the possessive mark that follows the
	// name of a pending mention (qNarrative.pending) in its word.
	possessive uint8
}

// qMentionFlags are the yes-or-no facts of a qMentionRecord.
type qMentionFlags uint8

const (
	qmOrg         qMentionFlags = 1 << iota // qMention.org
	qmSubject                               // qMention.subject
	qmDoubtful                              // qMention.doubtful
	qmNameSpelled                           // the name is in the narrative's spelled list
	qmRoleSpelled                           // so is the role
)

// A qTextRef is a string of a mention: p[from:to] of its paragraph p, or,
// when the record's flag says spelled, the narrative's spelled[from].
type qTextRef struct{ from, to int32 }

// A qKeysRef is the keys of a mention's name: keyBlocks[block][from:to].
type qKeysRef struct{ block, from, to int32 }

// qMaxNarrativeParagraph is the longest paragraph read for names, and the
// last index of one: the offsets and paragraph of a qMentionRecord are
// 32-bit. (A variable, so that tests can make it small.)
var qMaxNarrativeParagraph = 1<<31 - 1

// qSpanRef returns the span of p that s is, when s was sliced from p (in
// is false otherwise): where a mention's name or role is, for most
// mentions. It is small enough to be inlined.
func qSpanRef(p, s string) (ref qTextRef, in bool) {
	from, in := qSpanOf(p, s)
	return qTextRef{int32(from), int32(from + len(s))}, in
}

// spell adds to the spelled list the name or role of m that is no span of
// its paragraph (the in flag is false), and makes m point to it. It is
// kept out of line, so that listing a mention calls nothing for most
// (qNarrative.names, which keeps its values in registers).
//
//go:noinline
func (n *qNarrative) spell(m *qMentionRecord, name, role string, nameIn, roleIn bool) {
	if !nameIn {
		n.spelled = append(n.spelled, name)
		m.name, m.flags = qTextRef{int32(len(n.spelled) - 1), 0}, m.flags|qmNameSpelled
	}
	if !roleIn {
		n.spelled = append(n.spelled, role)
		m.role, m.flags = qTextRef{int32(len(n.spelled) - 1), 0}, m.flags|qmRoleSpelled
	}
}

// text returns the string ref stands for, in p or in the spelled list.
func (n *qNarrative) text(p string, ref qTextRef, spelled bool) string {
	if spelled {
		return n.spelled[ref.from]
	}
	return p[ref.from:ref.to]
}

// mention returns the view of mention k of the article whose paragraphs
// the narrative read.
func (n *qNarrative) mention(k int) qMention {
	m := n.mentions.At(k)
	p := n.paragraphs[m.para]
	return qMention{
		para: int(m.para), at: int(m.at),
		name:     n.text(p, m.name, m.flags&qmNameSpelled != 0),
		role:     n.text(p, m.role, m.flags&qmRoleSpelled != 0),
		keys:     n.keysOf(m.keys),
		org:      m.flags&qmOrg != 0,
		subject:  m.flags&qmSubject != 0,
		doubtful: m.flags&qmDoubtful != 0,
	}
}

// before reports whether mention m comes before the position (para, at).
func (m *qMentionRecord) before(para, at int) bool {
	return int(m.para) < para || int(m.para) == para && int(m.at) < at
}

// firstFrom returns the index of the first mention at or after the
// position (para, at). Positions are asked about mostly in text order, so
// the answer is looked for from the last one (cursor) on: it costs the log
// of how far the answer moved, not of the whole list (chunk.List.Search).
func (n *qNarrative) firstFrom(para, at int) int {
	notBefore := func(m *qMentionRecord) bool { return !m.before(para, at) }
	from := n.cursor
	if from > 0 && notBefore(n.mentions.At(from-1)) {
		from = 0 // behind the last position
	}
	n.cursor = n.mentions.Search(from, notBefore)
	return n.cursor
}

// qSpanOf returns where s starts in p when s is a slice of p (not only
// equal to one): the names that qJoinIn joins without allocating.
func qSpanOf(p, s string) (from int, ok bool) {
	if len(s) == 0 {
		return 0, true
	}
	d := uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(p)))
	if len(s) > len(p) || d > uintptr(len(p)-len(s)) {
		return 0, false
	}
	return int(d), true
}
