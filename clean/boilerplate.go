package clean

import "strings"

// maxBoilerplateLine bounds the length of a line compared with the
// boilerplate table; longer lines are text.
const maxBoilerplateLine = 64

var boilerplateSet = func() map[string]bool {
	m := make(map[string]bool)
	for _, lines := range boilerplateLines {
		for _, l := range lines {
			var buf [maxBoilerplateLine]byte
			if k, ok := boilerplateKey(l, &buf); ok {
				m[string(k)] = true
			}
		}
	}
	return m
}()

// labelStarts holds the first two bytes of every key of boilerplateSet
// (a bit per pair), and labelShort the first byte of the keys shorter
// than two bytes, so that most lines of text are told apart from a label
// without building their key: a key starts as its (trimmed) line does,
// lower-cased, because boilerplateKey only cuts at the end.
var labelStarts, labelShort, labelEmpty = func() (pairs [1 << 16 / 64]uint64, short [256]bool, empty bool) {
	for k := range boilerplateSet {
		switch len(k) {
		case 0:
			empty = true
		case 1:
			short[k[0]] = true
		default:
			p := labelPair(k[0], k[1])
			pairs[p/64] |= 1 << (p % 64)
		}
	}
	return pairs, short, empty
}()

// labelEndPairs holds the last two bytes of every key of boilerplateSet
// of two bytes or more (a bit per pair): a line whose core (labelCore)
// ends otherwise has no key in the set, and is told apart without
// lower-casing it and hashing the key.
var labelEndPairs = func() (pairs [1 << 16 / 64]uint64) {
	for k := range boilerplateSet {
		if n := len(k); n >= 2 {
			p := labelPair(k[n-2], k[n-1])
			pairs[p/64] |= 1 << (p % 64)
		}
	}
	return pairs
}()

// mayEndLabel reports whether core, a line's labelCore, can have a key in
// boilerplateSet, judging by its last two bytes.
func mayEndLabel(core string) bool {
	n := len(core)
	if n < 2 {
		return true
	}
	p := labelPair(core[n-2], core[n-1])
	return labelEndPairs[p/64]&(1<<(p%64)) != 0
}

func labelPair(a, b byte) int { return int(lowerASCII(a))<<8 | int(lowerASCII(b)) }

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// mayBeLabel reports whether the trimmed line can have a key in
// boilerplateSet, judging by its first two bytes.
func mayBeLabel(line string) bool {
	switch {
	case labelEmpty || labelShort[lowerASCII(line[0])]:
		return true
	case len(line) < 2:
		return false
	}
	p := labelPair(line[0], line[1])
	return labelStarts[p/64]&(1<<(p%64)) != 0
}

// boilerplateSpans appends to spans the lines of s that are widget residue: a
// label from the boilerplate table, a counter ("12 Comments") or a bare
// pic.twitter.com link. The scan starts at from, which must be the start
// of a line.
func boilerplateSpans(spans []span, s string, from int) []span {
	for ls := from; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		if isBoilerplate(s[ls:le]) {
			spans = append(spans, span{start: ls, end: le})
		}
		ls = le + 1
	}
	return spans
}

func isBoilerplate(line string) bool {
	if len(line) > 2*maxBoilerplateLine {
		return false
	}
	line = trimBlanks(line)
	if line == "" || len(line) > maxBoilerplateLine {
		return false
	}
	var buf [maxBoilerplateLine]byte
	if mayBeLabel(line) {
		if core := labelCore(line); mayEndLabel(core) {
			if k, ok := lowerKey(core, &buf); ok && boilerplateSet[string(k)] {
				return true
			}
		}
	}
	if strings.HasPrefix(line, "pic.twitter.com/") && !strings.ContainsAny(line, " \t") {
		return true
	}
	return isCounter(line)
}

// labelEnds are the marks a widget label may end with ("Read more:",
// "Lire aussi :", "Read more »", "Continue reading →"), stripped in this
// order.
var labelEnds = []string{"→", "»", "›", ">", "...", "…", ":"}

// labelEndBytes marks the last bytes of the labelEnds: a line that ends
// with none of them ends with no mark.
var labelEndBytes = func() (t [256]bool) {
	for _, suffix := range labelEnds {
		t[suffix[len(suffix)-1]] = true
	}
	return t
}()

// boilerplateKey lower-cases the ASCII letters of line into buf, without a
// final mark (labelEnds) and surrounding spaces.
func boilerplateKey(line string, buf *[maxBoilerplateLine]byte) ([]byte, bool) {
	return lowerKey(labelCore(line), buf)
}

// labelCore returns line without surrounding spaces and a final mark
// (labelEnds): the text boilerplateKey lower-cases.
func labelCore(line string) string {
	line = trimBlanks(line)
	if line != "" && labelEndBytes[line[len(line)-1]] {
		for _, suffix := range labelEnds {
			line = trimBlanksRight(strings.TrimSuffix(line, suffix))
		}
	}
	return line
}

// lowerKey lower-cases the ASCII letters of core into buf, or returns
// false when core does not fit.
func lowerKey(core string, buf *[maxBoilerplateLine]byte) ([]byte, bool) {
	if len(core) > maxBoilerplateLine {
		return nil, false
	}
	for i := 0; i < len(core); i++ {
		c := core[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(core)], true
}

// isCounter reports whether line is a number and a counter noun: "12
// Comments", "1.2K shares".
func isCounter(line string) bool {
	i := 0
	for i < len(line) && (line[i] >= '0' && line[i] <= '9' || i > 0 && (line[i] == '.' || line[i] == ',')) {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(line) && (line[i] == 'K' || line[i] == 'k' || line[i] == 'M') {
		i++
	}
	if i >= len(line) || line[i] != ' ' {
		return false
	}
	word := line[i+1:]
	var buf [maxBoilerplateLine]byte
	k, ok := boilerplateKey(word, &buf)
	return ok && counterWords[string(k)]
}

// trimBlanks returns s without leading and trailing spaces and tabs, as
// strings.Trim(s, " \t") does, without building a cutset each call.
func trimBlanks(s string) string {
	i := 0
	for i < len(s) && isBlank(s[i]) {
		i++
	}
	return trimBlanksRight(s[i:])
}

// trimBlanksRight returns s without trailing spaces and tabs.
func trimBlanksRight(s string) string {
	j := len(s)
	for j > 0 && isBlank(s[j-1]) {
		j--
	}
	return s[:j]
}
