package htmldoc

import (
	"strings"
	"unicode"
)

// ldBodyGain is how many times more words the JSON-LD articleBody must
// hold than the blocks found in the markup to replace them: the body of
// pages that render their text with scripts.
const ldBodyGain = 2

// minLDCover is the share of the JSON-LD articleBody's words that the
// blocks found in the markup, captions aside, must hold, when the articleBody is the
// longer, for the blocks to be kept: blocks that miss most of the text
// the page declares as its body are not the body (a slideshow's counters
// and captions, the text itself left to a script).
const minLDCover = 0.25

// preferLDBody reports whether the JSON-LD articleBody blocks ld replace
// the blocks found in the markup.
func preferLDBody(found, ld []Block) bool {
	nf, nl := countWords(found), countWords(ld)
	if nl > ldBodyGain*nf {
		return true
	}
	text := textBlocks(found)
	return nl > countWords(text) && coverage(text, ld) < minLDCover
}

// textBlocks returns the blocks that are not captions.
func textBlocks(blocks []Block) []Block {
	var out []Block
	for _, b := range blocks {
		if b.Kind != Caption {
			out = append(out, b)
		}
	}
	return out
}

// coverage returns the share of the words of want (lower case, as a
// multiset) that got holds.
func coverage(got, want []Block) float64 {
	bag := map[string]int{}
	for _, b := range got {
		for _, w := range wordsOf(b.Text) {
			bag[w]++
		}
	}
	total, common := 0, 0
	for _, b := range want {
		for _, w := range wordsOf(b.Text) {
			total++
			if bag[w] > 0 {
				bag[w]--
				common++
			}
		}
	}
	if total == 0 {
		return 1
	}
	return float64(common) / float64(total)
}

// wordsOf returns the lower-case runs of letters and digits of s.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// dropShortcodes removes the WordPress shortcodes a JSON-LD articleBody
// can carry in place of embeds: a bracketed name followed by attributes
// or a closing tag ('[gallery id="12" ...]', '[/caption]'). Other
// brackets ("[sic]", "[the mayor]", "[gallery]") are kept.
func dropShortcodes(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 || !isShortcode(s[i+1:i+j]) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// isShortcode reports whether the text inside brackets is a shortcode: a
// name of lower-case letters, digits, '_' and '-' followed by attributes
// with '=', or a closing "/name". A bare "[name]" is not taken for one:
// it may be an editor's "[sic]".
func isShortcode(in string) bool {
	closing := strings.HasPrefix(in, "/")
	in = strings.TrimPrefix(in, "/")
	name, attrs, hasAttrs := strings.Cut(in, " ")
	if name == "" {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	if closing {
		return !hasAttrs
	}
	return hasAttrs && strings.Contains(attrs, "=")
}
