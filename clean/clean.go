package clean

import "strings"

// maxRounds bounds how often the pipeline runs over a text. A repair can
// uncover another (an entity decoded into a tag, a tag removed from
// between the halves of an entity); the pipeline runs again until a round
// changes nothing, which makes cleaning idempotent.
const maxRounds = 8

// A Cleaner repairs scraped text. The zero value is ready to use; its
// fields are configuration only, and a Cleaner is safe for concurrent use.
type Cleaner struct {
	// EmailMark replaces a Cloudflare e-mail protection stub ("[email
	// protected]"). Empty means DefaultEmailMark.
	EmailMark string
	// KeepBoilerplate leaves widget and navigation lines ("Read more:",
	// "Advertisement") in place, for text that is not an article body.
	KeepBoilerplate bool
	// CollapseBlankLines makes every run of blank lines one blank line.
	// Off, only the blank lines that removals leave are collapsed: a run
	// the input already had is its layout.
	CollapseBlankLines bool
}

// Text returns s with every repair applied, using a zero Cleaner. It is
// shorthand for TextRepairs without the log.
func Text(s string) string {
	var c Cleaner
	return c.Text(s)
}

// TextRepairs returns s cleaned and the log of the repairs made, in input
// order, using a zero Cleaner. Offsets in the log refer to s.
func TextRepairs(s string) (string, []Repair) {
	var c Cleaner
	return c.TextRepairs(s)
}

// Text returns s with every repair applied. It does the work of
// TextRepairs without keeping the log.
func (c *Cleaner) Text(s string) string {
	d := newDoc(s)
	return c.text(&d)
}

// text is Text on a new doc.
func (c *Cleaner) text(d *doc) string {
	d.nolog = true
	c.run(d)
	d.ownText()
	d.release()
	return d.cur
}

// TextRepairs returns s cleaned and the log of the repairs made, sorted by
// offset (repairs at the same offset in the order they were made).
// Offsets refer to s: s[r.Offset:r.Offset+len(r.Input())] == r.Input(). When
// nothing needs repair, s itself is returned and nothing is allocated.
func (c *Cleaner) TextRepairs(s string) (string, []Repair) {
	d := newDoc(s)
	return c.textRepairs(&d)
}

// textRepairs is TextRepairs on a new doc.
func (c *Cleaner) textRepairs(d *doc) (string, []Repair) {
	c.run(d)
	out, repairs := d.result()
	if d.changes == 0 {
		return d.orig, nil
	}
	return out, repairs
}

// DecodeTextRepairs decodes s as DecodeString does and cleans the result
// as TextRepairs does, using a zero Cleaner, for a whole document held in
// a string. See Cleaner.DecodeTextRepairs.
func DecodeTextRepairs(s string) (string, []Repair) {
	var c Cleaner
	return c.DecodeTextRepairs(s)
}

// DecodeTextRepairs decodes s as DecodeString does and cleans the result
// as TextRepairs does, reading the text as UTF-8 once rather than in
// each. The log holds the decoding's repairs, with offsets into s, then
// the cleaning's, sorted, with offsets into the decoded text: the two are
// the same when s is UTF-8 without a byte order mark, which is most text,
// and then s comes back as is when nothing needs repair.
func (c *Cleaner) DecodeTextRepairs(s string) (string, []Repair) {
	d := newDoc(s)
	return c.decodeTextRepairs(&d)
}

// decodeTextRepairs is DecodeTextRepairs on a new doc. Text that
// DecodeString would return as is (no byte order mark, not UTF-16) is
// checked for UTF-8 by the survey the first round needs anyway.
func (c *Cleaner) decodeTextRepairs(d *doc) (string, []Repair) {
	s := d.cur
	var decoded []Repair
	if byteOrderMark(s) == 0 {
		if _, utf16 := looksUTF16(s); !utf16 {
			d.takeSurvey(!c.KeepBoilerplate)
		}
	}
	if !d.valid {
		s, decoded = DecodeString(s)
		*d = doc{orig: s, cur: s, noSurvey: d.noSurvey}
		d.valid = true // whatever DecodeString returns is UTF-8
	}
	c.run(d)
	out, repairs := d.result()
	switch {
	case d.changes == 0:
		return s, decoded
	case decoded == nil:
		return out, repairs
	}
	return out, append(decoded, repairs...)
}

// run makes rounds until one changes nothing.
func (c *Cleaner) run(d *doc) {
	for round := 0; round < maxRounds; round++ {
		n := d.changes
		c.round(d, round == 0)
		if d.changes == n {
			return
		}
	}
}

// round runs every step once, in the order documented in doc.go.
//
// The first round starts with a survey of the text (see survey). A later
// one takes a survey only when a pass that can use one is to run (not
// quiet), and at most one: in the last round, which most often only
// confirms that nothing is left, that is often none.
func (c *Cleaner) round(d *doc, first bool) {
	lines := !c.KeepBoilerplate
	d.surveyTried = false
	if first {
		d.takeSurvey(lines)
	}
	if !d.valid {
		// Once the text is valid UTF-8, apply keeps track of whether it
		// stays so; until then it is checked whole.
		if validUTF8(d.cur) {
			d.valid = true
		} else {
			d.applyJoined(invalidUTF8Edits(d.cur))
		}
	}
	if sv := d.surveyed(); sv != nil && sv.cr || sv == nil && strings.IndexByte(d.cur, '\r') >= 0 {
		// A CR is always repaired: the buffers are needed from here on.
		d.takeScratch()
		sc := lineEndingScan{s: d.cur}
		d.applyBatches(sc.edits)
	}
	d.pass(passMojibake, func() {
		from, until := 0, len(d.cur)
		if sv := d.takeSurvey(lines); sv != nil {
			from, until = sv.mojibake, sv.mojibakeEnd
		} else {
			from = firstNonASCII(d.cur)
		}
		if from < len(d.cur) {
			sc := mojibakeScan{s: d.cur, i: from, until: until, again: true}
			d.applyBatches(sc.edits)
		}
	})
	d.pass(passEntity, func() {
		sv := d.surveyed()
		sc := newEntityScan(d.cur, sv == nil || sv.wideAmp, d.hints())
		d.applyBatches(sc.edits)
	})
	d.pass(passPlaceholder, func() {
		d.spans = placeholderSpans(d.spans[:0], d.cur, d.hints())
		d.apply(d.reuse(removals(d.edits[:0], d.cur, d.spans, Placeholder)))
	})
	d.pass(passMarkup, func() {
		d.spans = markupSpans(d.spans[:0], d.cur, d.hints())
		d.apply(d.reuse(removals(d.edits[:0], d.cur, d.spans, Markup)))
	})
	d.pass(passEmail, func() {
		mark := c.EmailMark
		if mark == "" {
			mark = DefaultEmailMark
		}
		d.apply(emailEdits(d.cur, mark, d.hints()))
	})
	d.pass(passInvisible, func() {
		from := 0
		if sv := d.takeSurvey(lines); sv != nil {
			if from = sv.invisible; from == len(d.cur) {
				return
			}
		}
		d.spans = invisibleSpans(d.spans[:0], d.cur, from)
		d.applyJoined(d.reuse(removals(d.edits[:0], d.cur, d.spans, Invisible)))
	})
	if !c.KeepBoilerplate {
		d.pass(passBoilerplate, func() {
			from := 0
			if sv := d.takeSurvey(lines); sv != nil {
				if from = sv.boilerplate; from == len(d.cur) {
					return
				}
			}
			d.spans = boilerplateSpans(d.spans[:0], d.cur, from)
			d.apply(d.reuse(removals(d.edits[:0], d.cur, d.spans, Boilerplate)))
		})
	}
	if c.CollapseBlankLines {
		d.pass(passBlankLines, func() { d.apply(blankRunEdits(d.cur)) })
	}
}

// The passes of a round that pass can skip.
const (
	passMojibake = iota
	passEntity
	passPlaceholder
	passMarkup
	passEmail
	passInvisible
	passBoilerplate
	passBlankLines
	passes
)

// quietPass reports whether pass p found nothing in the round before
// and no edit has been made since.
func (d *doc) quietPass(p int) bool { return d.quiet[p] == d.changes+1 }

// pass runs one pass of a round, unless it found nothing in the round
// before and no edit has been made since: a pass reads nothing but the
// text (and the Cleaner), so it would find nothing again. This spares
// the last round, which only confirms that nothing is left, the passes
// that had nothing to do.
func (d *doc) pass(p int, run func()) {
	if d.quietPass(p) {
		return
	}
	before := d.changes
	run()
	if d.changes == before {
		d.quiet[p] = d.changes + 1
	} else {
		d.quiet[p] = 0
	}
}
