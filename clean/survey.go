package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/swar"
)

// A survey is what one scan of the text, made at most once a round (see
// round), found of what the passes that look for bytes other than printable
// ASCII need to have any work: mojibake and invisible characters start at a
// non-ASCII byte or a control, a CR is a control, a boilerplate line ends at
// a line feed (also a control). Those passes, which would otherwise each
// read the whole text, are skipped when the survey saw nothing for them, and
// start where it saw the first thing otherwise. A pass does so only while
// the text is the one surveyed, that is, until a pass before it in the round
// changed it. The passes that look for printable ASCII ('&', '%', '<', '['),
// which strings.IndexByte finds faster than a scan could test for them on
// the way, still look for themselves, but only in the regions where the
// survey, block by block behind its own scan, saw their bytes (hints).
type survey struct {
	at          int       // 1 + doc.changes when the survey was taken; 0 for none
	cr          bool      // the text may hold a CR; false: it holds none
	wideAmp     bool      // the text may hold a full-width ampersand; false: none
	mojibake    int       // firstNonASCII of the text (0 when not looked for)
	mojibakeEnd int       // no mojibake starts at or after it: 1 + the last start seen, 0 for none (len when not looked for)
	invisible   int       // the first position where invisibleTriggerAt holds, or len (0 when not looked for)
	boilerplate int       // a line start with no boilerplate line before it, len for none
	hints       byteHints // where the printable ASCII the passes look for is (see byteHints)
}

// On damaged text the scan stops early (see survey.take), and cr, wideAmp
// and boilerplate then only say what the passes may skip: nothing.

// surveyed returns the survey of d.cur, or nil if there is none or the
// text changed since it was taken.
func (d *doc) surveyed() *survey {
	if d.sv.at != d.changes+1 {
		return nil
	}
	return &d.sv
}

// takeSurvey returns a survey of d.cur: the one at hand, or a new one
// unless one was taken in this round already (see round) or the doc
// never surveys (see noSurvey). Where d.cur is not known to be valid
// UTF-8, the survey checks that too, and sets d.valid when it is; an
// invalid text is left without a survey, since repairing it changes it.
// With lines, the survey looks for boilerplate lines.
func (d *doc) takeSurvey(lines bool) *survey {
	if sv := d.surveyed(); sv != nil || d.noSurvey || d.surveyTried {
		return sv
	}
	d.surveyTried = true
	// A quiet pass is skipped anyway (see pass): what it looks for is
	// not looked for.
	var want surveyWants
	if !d.quietPass(passMojibake) {
		want |= wantMojibake
	}
	if !d.quietPass(passInvisible) {
		want |= wantInvisible
	}
	if lines && !d.quietPass(passBoilerplate) {
		want |= wantLines
	}
	for _, p := range hintedPasses {
		if !d.quietPass(p.pass) {
			want |= p.want
		}
	}
	if !d.sv.take(d.cur, !d.valid, want) {
		return nil
	}
	d.valid = true
	d.sv.at = d.changes + 1
	return &d.sv
}

// surveyWants says what a survey looks for: where mojibake can start,
// where invisible characters can, and boilerplate lines. What it does
// not look for it reports as found at the start of the text.
type surveyWants uint16

const (
	wantMojibake surveyWants = 1 << iota
	wantInvisible
	wantLines
	// The bytes a pass looks for with strings.IndexByte (see byteHints),
	// in the order of hintBytes: want>>wantHints has a bit per index.
	wantAmp
	wantSemi
	wantPercent
	wantY
	wantLT
	wantEq
	wantBracket
	wantHints = 3
)

// hintedPasses are the passes that search with the survey's hints, and
// the hint bytes each wants noted.
var hintedPasses = [...]struct {
	pass int
	want surveyWants
}{
	{passEntity, wantAmp | wantSemi},
	{passPlaceholder, wantPercent | wantY},
	{passMarkup, wantLT | wantEq},
	{passEmail, wantBracket},
}

// hints returns the survey's hints on d.cur, or nil when there is no
// survey of d.cur: the passes then search the whole text.
func (d *doc) hints() *byteHints {
	if sv := d.surveyed(); sv != nil {
		return &sv.hints
	}
	return nil
}

// take makes sv the survey of s for what want says, in place (a survey
// with its hints is a few hundred bytes, not worth copying), checking that
// s is valid UTF-8 with checkUTF8. It leaves no survey (at is 0) and
// returns false if s is not valid UTF-8.
func (sv *survey) take(s string, checkUTF8 bool, want surveyWants) bool {
	sv.at, sv.cr, sv.wideAmp = 0, false, false
	sv.mojibake, sv.mojibakeEnd, sv.invisible, sv.boilerplate = len(s), 0, len(s), len(s)
	sv.hints.reset(len(s), uint8(want>>wantHints))
	if want&wantMojibake == 0 {
		sv.mojibake, sv.mojibakeEnd = 0, len(s)
	}
	if want&wantInvisible == 0 {
		sv.invisible = 0
	}
	lines := want&wantLines != 0
	if !lines {
		sv.boilerplate = 0
	}
	line := 0 // the start of the current line
	// Damaged text, where the survey found both mojibake and an
	// invisible character (it notes either only where it was looked for,
	// so only then), is told where the second is found, not at each stop.
	for i := 0; ; i++ {
		if i = skipPlain(s, i, sv.hints.end); i >= len(s) {
			if i == len(s) {
				break
			}
			// The end of a block: the hints note it while it is in the
			// cache, and the scan goes on where skipPlain stopped.
			sv.noteBlock(s)
			i -= len(s) + 2 // the loop's i++ brings it back
			continue
		}
		c := s[i]
		switch {
		case c == '\n':
			// A line longer than that is no boilerplate, and an empty one
			// neither: most lines are told apart without a call.
			if lines && i > line && i-line <= 2*maxBoilerplateLine && isBoilerplate(s[line:i]) {
				sv.boilerplate, lines = line, false
			}
			for i+1 < len(s) && s[i+1] == '\n' {
				i++ // an empty line, as between paragraphs: nothing to look at
			}
			line = i + 1
		case c < utf8.RuneSelf: // another control, or DEL
			sv.cr = sv.cr || c == '\r'
			if c != '\t' && sv.invisible == len(s) {
				sv.invisible = i
				if sv.mojibake < len(s) {
					return sv.stopDamaged(s, i+1, line, lines, checkUTF8)
				}
			}
		case quietPunct(s, i): // skipPlain passes over most
			i += 2
		default:
			found := false // mojibake or an invisible character
			if sv.mojibakeEnd < len(s) {
				// Every start is noted, the last to bound mojibakeRuns.
				if start := mojibakeLead(s, i); start >= 0 {
					sv.mojibake, sv.mojibakeEnd = min(sv.mojibake, start), start+1
					found = true
				}
			}
			if sv.invisible == len(s) && invisibleTrigger[c] && harmlessAt(s, i) == 0 {
				sv.invisible, found = i, true
			}
			if c == fullwidthAmp[0] && strings.HasPrefix(s[i:], fullwidthAmp) {
				sv.wideAmp = true
			}
			if checkUTF8 {
				w := utf8Width(s, i)
				if w == 0 {
					return false
				}
				i += w - 1
			} else {
				for i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
					i++
				}
			}
			if found && sv.mojibake < len(s) && sv.invisible < len(s) {
				return sv.stopDamaged(s, i+1, line, lines, checkUTF8)
			}
		}
	}
	if lines && line < len(s) && isBoilerplate(s[line:]) {
		sv.boilerplate = line
	}
	sv.noteBlock(s)
	return true
}

// noteBlock has the hints note the block the survey has just read, and
// moves on to the next. It stops them noting the bytes of the passes that
// will likely run on a text that a pass before them changed, where hints
// no longer hold: all of them once the text holds a CR (which the
// line-ending step always repairs), and those of the passes after the
// entity pass once it holds an '&' (most often an entity to decode or
// rebuild), looked for first. Reading for those bytes would be lost work
// on damaged text.
func (sv *survey) noteBlock(s string) {
	h := &sv.hints
	if h.noting != 0 { // none on a short text
		if sv.cr {
			h.drop(allHints)
		}
		amp := hintBit['&']
		h.note(s, amp)
		if h.saw('&') {
			h.drop(allHints &^ (amp | hintBit[';']))
		}
		h.note(s, allHints&^amp)
	}
	h.advance(s)
}

// stopDamaged ends the survey of damaged text at i, in the line that
// starts at line: the costly passes run anyway, and reading on would
// only spare the cheap ones. The rest is taken to hold a CR, a full-width
// ampersand, mojibake up to its end, a boilerplate line in its first
// line (with lines) and every hint byte from the current block on. It
// checks the rest for UTF-8 with checkUTF8.
func (sv *survey) stopDamaged(s string, i, line int, lines, checkUTF8 bool) bool {
	sv.cr, sv.wideAmp, sv.mojibakeEnd = true, true, len(s)
	if lines {
		sv.boilerplate = line
	}
	sv.hints.drop(allHints)
	return !checkUTF8 || validUTF8(s[i:])
}

// utf8Width returns the width of the character at s[i], a non-ASCII
// byte, or 0 if s[i:] does not start with valid UTF-8: commonWidth for
// the characters it knows, utf8.DecodeRuneInString for the rest.
func utf8Width(s string, i int) int {
	if w := commonWidth(s, i); w != 0 {
		return w
	}
	if r, w := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || w > 1 {
		return w
	}
	return 0
}

// commonWidth returns the width of the character at s[i] when it is a
// two- or three-byte one that needs no range check (most accented letters,
// curly quotes and dashes), else 0. It is small enough to be inlined, so
// that a scan meets the common characters without a call.
func commonWidth(s string, i int) int {
	if i+2 < len(s) && s[i+1]&0xC0 == 0x80 {
		if c := s[i]; c >= 0xC2 && c < 0xE0 {
			return 2
		} else if c > 0xE0 && c < 0xF0 && c != 0xED && s[i+2]&0xC0 == 0x80 {
			return 3
		}
	}
	return 0
}

// quietPunct reports whether s[i:] starts with a character from U+2010
// to U+203F but U+201A: the quotation marks and dashes of most text,
// valid UTF-8, harmless, and no mojibake lead, where the survey has
// nothing to note.
func quietPunct(s string, i int) bool {
	return s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x90 && s[i+2] <= 0xBF && s[i+2] != 0x9A
}

// skipPlain returns the index of the first byte at or after i that is not
// printable ASCII (a control, line feed and tab included, DEL, or not
// ASCII), or len(s); it may pass over the characters of quietPunct,
// which its 32-byte loop does (half the stops on news text otherwise)
// rather than return for the survey to call it again. It reads 32 bytes
// at a time, testing each word with two additions and no exact mask:
// subtracting 0x20 from a byte sets its high bit if it is below 0x20 or
// from 0xA0 up, adding 1 if it is from 0x7F up, but 0xFF, which the
// subtraction flags. A borrow or a carry only comes out of a byte so
// flagged and can only upset the flags of the bytes above it, so the
// lowest flag is right.
//
// It reads only up to end, the end of the block the survey is in: there,
// short of len(s), it returns len(s)+1+i, i where the scan goes on once
// the survey has noted the block (see byteHints), which the survey's
// check for the end of the text catches; without a call of its own,
// skipPlain needs no stack frame, and the survey's loop no other test.
func skipPlain(s string, i, end int) int {
	block := s[:end] // its length bounds the loops, which spares their bounds checks
	for i+32 <= len(block) {
		b := block[i : i+32]
		w0, w1, w2, w3 := swar.Load8(b, 0), swar.Load8(b, 8), swar.Load8(b, 16), swar.Load8(b, 24)
		s0 := (w0 - 0x20*swar.Lows) | (w0 + swar.Lows)
		s1 := (w1 - 0x20*swar.Lows) | (w1 + swar.Lows)
		s2 := (w2 - 0x20*swar.Lows) | (w2 + swar.Lows)
		s3 := (w3 - 0x20*swar.Lows) | (w3 + swar.Lows)
		if (s0|s1|s2|s3)&swar.Highs == 0 {
			i += 32
			continue
		}
		switch {
		case s0&swar.Highs != 0:
			i += swar.FirstFlagged(s0 & swar.Highs)
		case s1&swar.Highs != 0:
			i += 8 + swar.FirstFlagged(s1&swar.Highs)
		case s2&swar.Highs != 0:
			i += 16 + swar.FirstFlagged(s2&swar.Highs)
		default:
			i += 24 + swar.FirstFlagged(s3&swar.Highs)
		}
		if !quietPunct(s, i) {
			return i
		}
		i += 3
	}
	for ; i+8 <= len(block); i += 8 {
		w := swar.Load8(block, i)
		if stop := ((w - 0x20*swar.Lows) | (w + swar.Lows)) & swar.Highs; stop != 0 {
			return i + swar.FirstFlagged(stop)
		}
	}
	for ; i < len(block); i++ {
		if c := block[i]; c >= 0x7F || c < 0x20 {
			return i
		}
	}
	if end == len(s) {
		return len(s)
	}
	// The end of a block, which i may have passed by a few bytes (a
	// character of quietPunct, or the survey's own steps).
	return len(s) + 1 + i
}
