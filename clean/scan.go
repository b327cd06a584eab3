package clean

import (
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/swar"
)

// skipASCII returns the index of the first byte at or after i that is not
// ASCII, or len(s); with controls, a C0 control or DEL stops it too
// (callers step over tab and line feed themselves). It reads sixteen
// bytes at a time, as two words: the scans of the pipeline spend most of
// their time here on clean text.
func skipASCII(s string, i int, controls bool) int {
	if controls {
		return skipPrintable(s, i)
	}
	for ; i+16 <= len(s); i += 16 {
		w0, w1 := swar.Load8(s, i), swar.Load8(s, i+8)
		if (w0|w1)&swar.Highs != 0 {
			if stop := w0 & swar.Highs; stop != 0 {
				return i + swar.FirstFlagged(stop)
			}
			return i + 8 + swar.FirstFlagged(w1&swar.Highs)
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return i
		}
	}
	return len(s)
}

// skipPrintable is skipASCII with controls: it returns the index of the
// first byte at or after i that is not printable ASCII, or len(s).
func skipPrintable(s string, i int) int {
	for ; i+16 <= len(s); i += 16 {
		w0, w1 := swar.Load8(s, i), swar.Load8(s, i+8)
		if s0, s1 := notPrintable(w0), notPrintable(w1); s0|s1 != 0 {
			if s0 != 0 {
				return i + swar.FirstFlagged(s0)
			}
			return i + 8 + swar.FirstFlagged(s1)
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c < 0x20 || c == 0x7F {
			return i
		}
	}
	return len(s)
}

// notPrintable sets the high bit of each byte of w that is not printable
// ASCII (a C0 control, DEL, or not ASCII), and clears every other bit.
// With the high bits cleared, adding 0x60 carries into the high bit from
// 0x20 up and adding 1 only at 0x7F, and no byte carries into the next:
// exact, no false positives.
func notPrintable(w uint64) uint64 {
	x := w &^ swar.Highs
	return (w | ^(x + 0x60*swar.Lows) | (x + swar.Lows)) & swar.Highs
}

// validUTF8 is utf8.ValidString for a whole text: it reads ASCII eight
// bytes at a time and checks the common two- and three-byte characters
// inline (commonWidth; utf8Width the rest), where ValidString, once it
// has met one non-ASCII byte, reads the rest a byte at a time and decodes
// every character: in text damaged or quoted every few words that is most
// of the text.
func validUTF8(s string) bool {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if i+8 > len(s) {
				i++
				continue
			}
			if high := swar.Load8(s, i) & swar.Highs; high != 0 {
				i += swar.FirstFlagged(high)
			} else {
				i += 8
			}
		default:
			w := commonWidth(s, i) // inlined: most characters
			if w == 0 {
				w = utf8Width(s, i)
			}
			if w == 0 {
				return false
			}
			i += w
		}
	}
	return true
}
