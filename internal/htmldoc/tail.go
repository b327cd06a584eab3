package htmldoc

import (
	"strings"
	"unicode"
)

// maxTailBlocks bounds how many blocks trimTail looks at, from the end.
const maxTailBlocks = 4

// maxTailText is the longest block trimTail may take for page furniture.
const maxTailText = 300

// trimTail removes the furniture that ends many article bodies inside
// the container: copyright lines, contact lines with an e-mail address
// ("Jane Doe can be reached at jane@example.com") and newsletter prompts.
// Only short blocks at the very end are removed, so a story that quotes
// an address keeps it.
func trimTail(blocks []Block) []Block {
	for n := 0; n < maxTailBlocks && len(blocks) > 1; n++ {
		last := blocks[len(blocks)-1]
		if last.Kind != Paragraph || len(last.Text) > maxTailText || !isTailFurniture(last.Text) {
			break
		}
		blocks = blocks[:len(blocks)-1]
	}
	return blocks
}

// isTailFurniture reports whether a closing paragraph is a copyright,
// contact or sign-up line, or a separator.
func isTailFurniture(s string) bool {
	if !hasAlnum(s) {
		return true // a separator: "___", "* * *"
	}
	l := lower(s)
	if strings.Contains(l, "©") || strings.HasPrefix(l, "copyright") || strings.Contains(l, "all rights reserved") {
		return true
	}
	for _, p := range tailPrompts {
		if strings.Contains(l, p) {
			return true
		}
	}
	return hasEmail(s)
}

// hasEmail reports whether s holds something shaped like an e-mail
// address.
func hasEmail(s string) bool {
	for i := strings.IndexByte(s, '@'); i >= 0; {
		if i > 0 && isEmailByte(s[i-1]) {
			if dot := strings.IndexByte(s[i+1:], '.'); dot > 0 && i+1+dot+1 < len(s) && isEmailByte(s[i+1+dot+1]) {
				return true
			}
		}
		next := strings.IndexByte(s[i+1:], '@')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

func isEmailByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '+'
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
