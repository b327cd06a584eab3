package clean

import "strings"

// Binary junk (random bytes, a file that is not text) is damaged every
// few bytes: a control character here, an invalid byte there. Logging each
// would make the log grow with the input rather than with the number of
// damaged places, so repairs of one kind that are close together inside
// junk are logged as one repair spanning them: Before is the whole
// stretch, After its replacement.
//
// Text is told from junk by control characters: real text has none (tab
// and line ends aside), junk has one every eight bytes or so. Two repairs
// join when fewer than junkGap bytes separate them, no line break or NUL
// lies between them (so that no After holds a NUL, which many consumers
// take for the end of a string), and a control character lies within
// junkReach bytes of the gap. Elsewhere each repair stays on its own ("caf\xe9 \x93ok\x94"
// is logged as three).
const (
	junkGap   = 64
	junkReach = 16
)

// joinsJunk reports whether the repairs ending at end and starting at
// start (end <= start) of s lie in one stretch of junk.
func joinsJunk[T ~string | ~[]byte](s T, end, start int) bool {
	if start-end >= junkGap {
		return false
	}
	for i := end; i < start; i++ {
		if c := s[i]; c == '\n' || c == 0 {
			return false
		}
	}
	return hasControl(s[max(0, end-junkReach):min(len(s), start+junkReach)])
}

// hasControl reports whether s holds a control character (isControl).
func hasControl[T ~string | ~[]byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if isControl(s[i]) {
			return true
		}
	}
	return false
}

// isControl reports whether c is a C0 control other than tab, line feed
// and carriage return, or DEL.
func isControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F
}

// joinJunkRuns joins the edits (sorted, of one kind) that lie in one
// stretch of junk of s into one edit each, whose replacement is what the
// edits and the text between them become: the text that applying them
// gives is the same.
func joinJunkRuns(s string, edits []edit) []edit {
	out := edits[:0]
	for i := 0; i < len(edits); {
		j := i + 1
		for j < len(edits) && edits[j].start >= edits[j-1].end && joinsJunk(s, edits[j-1].end, edits[j].start) {
			j++
		}
		if j == i+1 {
			out = append(out, edits[i])
			i = j
			continue
		}
		var b strings.Builder
		b.Grow(edits[j-1].end - edits[i].start)
		for k := i; k < j; k++ {
			if k > i {
				b.WriteString(s[edits[k-1].end:edits[k].start])
			}
			b.WriteString(edits[k].repl)
		}
		out = append(out, edit{edits[i].start, edits[j-1].end, b.String(), edits[i].kind})
		i = j
	}
	return out
}

// applyJoined applies edits of one kind, joined first where they lie in
// junk; without a log there is nothing to join.
func (d *doc) applyJoined(edits []edit) {
	if !d.nolog && len(edits) > 1 {
		edits = joinJunkRuns(d.cur, edits)
	}
	d.apply(edits)
}
