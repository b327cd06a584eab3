package clean

import "github.com/copydesk/copydesk/internal/swar"

// skipASCII returns the index of the first byte at or after i that is not
// ASCII, or len(s); with controls, a C0 control or DEL stops it too
// (callers step over tab and line feed themselves). It reads eight bytes
// at a time: the scans of the pipeline spend most of their time here on
// clean text.
func skipASCII(s string, i int, controls bool) int {
	for ; i+8 <= len(s); i += 8 {
		w := swar.Load8(s, i)
		stop := w & swar.Highs
		if controls {
			// With the high bits cleared, adding 0x60 carries into the
			// high bit from 0x20 up and adding 1 only at 0x7F, and no
			// byte carries into the next: exact, no false positives.
			x := w &^ swar.Highs
			stop = (w | ^(x + 0x60*swar.Lows) | (x + swar.Lows)) & swar.Highs
		}
		if stop != 0 {
			return i + swar.FirstFlagged(stop)
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || controls && (c < 0x20 || c == 0x7F) {
			return i
		}
	}
	return len(s)
}
