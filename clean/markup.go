package clean

import "strings"

// maxTagLen bounds the length of a tag or comment looked for, so that a
// lone "<" in text cannot make the scan quadratic.
const maxTagLen = 2000

// markupSpans finds HTML left in the text: comments, tags of known
// elements (literal, or escaped and decoded by the entity step), the
// content of leaked script and style elements, and attribute soup,
// appended to spans. It looks for '<' and '=' where hints (nil:
// everywhere) say they may be.
func markupSpans(spans []span, s string, hints *byteHints) []span {
	var noClose map[string]int // per raw-text element, where its closing tag was last looked for in vain
	for i := 0; i < len(s); {
		j := indexMarkup(s, i, hints)
		if j < 0 {
			break
		}
		var end int
		var repl string
		if s[j] == '<' {
			end, repl = tagAt(s, j, &noClose)
		} else {
			end = attributeSoupAt(s, j)
		}
		if end > j {
			spans = append(spans, span{start: j, end: end, repl: repl})
			i = end
			continue
		}
		i = j + 1
	}
	return spans
}

// indexMarkup returns the next position at or after i where markup can
// start: a "<", or the first letter of an attribute name before "=".
func indexMarkup(s string, start int, hints *byteHints) int {
	lt := hints.index(s, start, '<')
	for i := start; i < len(s); i++ {
		eq := hints.index(s, i, '=')
		if eq < 0 || lt >= 0 && lt < eq {
			return lt
		}
		i = eq
		k := i
		for k > 0 && (isASCIILetter(s[k-1]) || s[k-1] == '-') {
			k--
		}
		if k < i && k >= start && (k == 0 || s[k-1] == ' ' || s[k-1] == '\n' || s[k-1] == '"') && isAttributeName(s[k:i]) {
			return k
		}
	}
	return lt
}

func isAttributeName(name string) bool {
	lower := strings.ToLower(name)
	return htmlAttributes[lower] || strings.HasPrefix(lower, "data-") || strings.HasPrefix(lower, "aria-")
}

// tagAt returns the end of the comment or tag at i (or i) and what it is
// replaced with: a space where a block tag stood between two words.
// noClose remembers, per raw-text element, the position from which its
// closing tag is known to be absent, so that many unclosed "<script>"
// tags cost one search, not one each.
func tagAt(s string, i int, noClose *map[string]int) (int, string) {
	rest := s[i:]
	if strings.HasPrefix(rest, "<!--") {
		k := strings.Index(rest[:min(len(rest), maxTagLen)], "-->")
		if k < 0 {
			return i, ""
		}
		return i + k + 3, ""
	}
	j := i + 1
	closing := j < len(s) && s[j] == '/'
	if closing {
		j++
	}
	ns := j
	for j < len(s) && j-ns < 12 && (isASCIILetter(s[j]) || j > ns && s[j] >= '1' && s[j] <= '6') {
		j++
	}
	name := strings.ToLower(s[ns:j])
	block, known := htmlTags[name]
	if !known {
		return i, ""
	}
	// Attributes: up to ">" on the same line; they must look like
	// attributes (contain "="), so that "a <b and c> d" stays.
	k := strings.IndexByte(rest[:min(len(rest), maxTagLen)], '>')
	if k < 0 {
		return i, ""
	}
	end := i + k + 1
	attrs := s[j : i+k]
	if strings.ContainsAny(attrs, "<\n") {
		return i, ""
	}
	trimmed := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(attrs), "/"))
	if attrs != "" && attrs[0] != ' ' && attrs[0] != '/' && attrs[0] != '\t' {
		return i, ""
	}
	if trimmed != "" && (closing || !strings.Contains(trimmed, "=")) {
		return i, ""
	}
	if !closing && rawTextTags[name] {
		if from, ok := (*noClose)[name]; !ok || end < from {
			closeTag := "</" + name + ">"
			if c := indexFold(s[end:], closeTag); c >= 0 {
				end += c + len(closeTag)
			} else {
				if *noClose == nil {
					*noClose = map[string]int{}
				}
				(*noClose)[name] = end
			}
		}
	}
	if block && i > 0 && end < len(s) && !isSpaceOrBreak(s[i-1]) && !isSpaceOrBreak(s[end]) {
		return end, " "
	}
	return end, ""
}

func isSpaceOrBreak(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// attributeSoupAt returns the end of a run of HTML attributes starting at
// i (or i): two or more with a quoted value among them, or any closed by
// ">" or "/>".
func attributeSoupAt(s string, i int) int {
	j, n, quoted := i, 0, 0
	end := i
	for {
		k := j
		for k < len(s) && (isASCIILetter(s[k]) || s[k] == '-') {
			k++
		}
		if k == j || k >= len(s) || s[k] != '=' || !isAttributeName(s[j:k]) {
			break
		}
		v := attributeValueEnd(s, k+1)
		if v < 0 {
			break
		}
		n++
		if s[k+1] == '"' || s[k+1] == '\'' {
			quoted++
		}
		end = v
		j = v
		for j < len(s) && s[j] == ' ' {
			j++
		}
	}
	if n == 0 {
		return i
	}
	rest := s[end:]
	r := strings.TrimLeft(rest, " ")
	switch {
	case strings.HasPrefix(r, "/>"):
		return end + len(rest) - len(r) + 2
	case strings.HasPrefix(r, ">"):
		return end + len(rest) - len(r) + 1
	case n >= 2 && quoted > 0:
		return end // unquoted pairs alone ("width=100 height=200") may be prose
	}
	return i
}

// attributeValueEnd returns the end of the attribute value at j, or -1.
func attributeValueEnd(s string, j int) int {
	if j >= len(s) {
		return -1
	}
	if q := s[j]; q == '"' || q == '\'' {
		k := strings.IndexByte(s[j+1:min(len(s), j+1+maxTagLen)], q)
		if k < 0 || strings.IndexByte(s[j+1:j+1+k], '\n') >= 0 {
			return -1
		}
		return j + 1 + k + 1
	}
	k := j
	for k < len(s) && s[k] != ' ' && s[k] != '\n' && s[k] != '>' && s[k] != '"' && s[k] != '<' {
		k++
	}
	if k == j {
		return -1
	}
	return k
}
