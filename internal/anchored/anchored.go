// Package anchored finds a short separator in text as strings.Index and
// strings.LastIndex do, but looks for its candidates with
// strings.IndexByte on a byte the caller chooses, one rarer in text than
// the separator's first: strings.Index anchors on the first byte, which
// for a word with spaces around it (" by ") stops at every space, and
// strings.LastIndex hashes every byte from the end.
//
//	i := anchored.Index(s, " by ", 1) // candidates at each 'b'
package anchored

import "strings"

// Index returns strings.Index(s, sep), finding the candidates with
// strings.IndexByte on sep[k]. sep must not be empty, and 0 <= k <
// len(sep).
func Index(s, sep string, k int) int {
	for from := k; from < len(s); {
		j := strings.IndexByte(s[from:], sep[k])
		if j < 0 {
			break
		}
		if i := from + j - k; i+len(sep) <= len(s) && s[i:i+len(sep)] == sep {
			return i
		}
		from += j + 1
	}
	return -1
}

// LastIndex returns strings.LastIndex(s, sep), finding the candidates
// with strings.IndexByte on sep[k] from the start, so it pays on short
// texts where that byte is rare. sep must not be empty, and 0 <= k <
// len(sep).
func LastIndex(s, sep string, k int) int {
	last := -1
	for from := k; from < len(s); {
		j := strings.IndexByte(s[from:], sep[k])
		if j < 0 {
			break
		}
		if i := from + j - k; i+len(sep) <= len(s) && s[i:i+len(sep)] == sep {
			last = i
		}
		from += j + 1
	}
	return last
}
