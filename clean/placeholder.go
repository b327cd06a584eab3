package clean

import "strings"

// autoptimizeNames are the marker names Autoptimize writes around the
// base64 of what it took out of the page ("%%SCRIPT%%...%%SCRIPT%%").
var autoptimizeNames = []string{"SCRIPT", "STYLE", "NOPTIMIZE", "COMMENTS", "IEHACK", "INLINE"}

// placeholderSpans finds the placeholders minifiers leave for what they
// took out of a page:
//
//	%MINIFYHTML<32 hex><n>%             Minify (mrclay/minify), W3 Total Cache & co
//	%MINIFYHTML<16 hex>_<n>%            its newer variant
//	MINIFYHTML<32 hex>PRE<n>            very old Minify
//	%%SCRIPT%%<base64>%%SCRIPT%%        Autoptimize (also STYLE, NOPTIMIZE,
//	%%SCRIPT<32 hex>%%<base64>%%...     COMMENTS, IEHACK, INLINE; with a hash)
//	%%IgnoredCommentPreserver_<32 hex>_<n>%%   W3 Total Cache
//
// Nothing else: "50%", "100% of" and "%E2%80%99" have none of these shapes.
// The spans are appended to spans. It looks for '%' and "MINIFYHTML"
// where hints (nil: everywhere) say they may be.
func placeholderSpans(spans []span, s string, hints *byteHints) []span {
	old := indexMinify(s, 0, hints) // the shape without "%"
	for i := 0; i < len(s); {
		if old >= 0 && old < i {
			old = indexMinify(s, i, hints)
		}
		j := hints.index(s, i, '%')
		if j < 0 || old >= 0 && old < j {
			j = old
		}
		if j < 0 {
			break
		}
		if end := placeholderAt(s, j); end > j {
			spans = append(spans, span{start: j, end: end})
			i = end
			continue
		}
		i = j + 1
	}
	return spans
}

// indexMinify returns the first "MINIFYHTML" at or after i in s, or -1,
// looking for its capital 'Y', much rarer in text than the 'M'
// strings.Index stops at (a name, a month, "Mr") and which here it would
// stop at all along the text, where hints (nil: everywhere) say a 'Y'
// may be.
func indexMinify(s string, i int, hints *byteHints) int {
	return hints.indexString(s, i, "MINIFYHTML", 5)
}

// placeholderAt returns the end of the placeholder at i, or i.
func placeholderAt(s string, i int) int {
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "%MINIFYHTML"):
		j := i + len("%MINIFYHTML")
		// The counter's digits are hex digits too: the run is 32 + n.
		if h := hexRun(s, j); h > 32 {
			if d := digitRun(s, j+32); d > 0 && j+32+d < len(s) && s[j+32+d] == '%' {
				return j + 32 + d + 1
			}
		} else if h == 16 && j+16 < len(s) && s[j+16] == '_' {
			if d := digitRun(s, j+17); d > 0 && j+17+d < len(s) && s[j+17+d] == '%' {
				return j + 17 + d + 1
			}
		}
		// Without the closing "%": the 32 hex and a counter still make it
		// a placeholder, cut short.
		if hexRun(s, j) > 32 {
			return j + 32 + digitRun(s, j+32)
		}
	case strings.HasPrefix(rest, "MINIFYHTML"):
		j := i + len("MINIFYHTML")
		if hexRun(s, j) >= 32 && strings.HasPrefix(s[j+32:], "PRE") {
			if d := digitRun(s, j+35); d > 0 {
				return j + 35 + d
			}
		}
	case strings.HasPrefix(rest, "%%IgnoredCommentPreserver_"):
		j := i + len("%%IgnoredCommentPreserver_")
		if hexRun(s, j) == 32 && j+32 < len(s) && s[j+32] == '_' {
			if d := digitRun(s, j+33); d > 0 && strings.HasPrefix(s[j+33+d:], "%%") {
				return j + 33 + d + 2
			}
		}
	case strings.HasPrefix(rest, "%%"):
		for _, name := range autoptimizeNames {
			if !strings.HasPrefix(rest[2:], name) {
				continue
			}
			j := i + 2 + len(name)
			hash := hexRun(s, j)
			if hash != 0 && hash != 32 {
				return i
			}
			j += hash
			if !strings.HasPrefix(s[j:], "%%") {
				return i
			}
			marker := s[i : j+2]
			j += 2
			for j < len(s) && isBase64(s[j]) {
				j++
			}
			if strings.HasPrefix(s[j:], marker) {
				return j + len(marker)
			}
			return i
		}
	}
	return i
}

func hexRun(s string, j int) int {
	n := 0
	for j+n < len(s) && isHexDigit(s[j+n]) {
		n++
	}
	return n
}

func digitRun(s string, j int) int {
	n := 0
	for j+n < len(s) && s[j+n] >= '0' && s[j+n] <= '9' {
		n++
	}
	return n
}

func isBase64(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
}
