package clean

import "math/bits"

const (
	lows  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load8 reads s[i:i+8] as a little-endian word (the compiler makes this
// one load, with one bounds check for the slice).
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// skipASCII returns the index of the first byte at or after i that is not
// ASCII, or len(s); with controls, a C0 control or DEL stops it too
// (callers step over tab and line feed themselves). It reads eight bytes
// at a time: the scans of the pipeline spend most of their time here on
// clean text.
func skipASCII(s string, i int, controls bool) int {
	for ; i+8 <= len(s); i += 8 {
		w := load8(s, i)
		stop := w & highs
		if controls {
			// With the high bits cleared, adding 0x60 carries into the
			// high bit from 0x20 up and adding 1 only at 0x7F, and no
			// byte carries into the next: exact, no false positives.
			x := w &^ highs
			stop = (w | ^(x + 0x60*lows) | (x + lows)) & highs
		}
		if stop != 0 {
			return i + firstFlagged(stop)
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || controls && (c < 0x20 || c == 0x7F) {
			return i
		}
	}
	return len(s)
}

// hasByte is non-zero when one of the eight bytes of w is b. It may
// report a false positive only next to a true one (borrows run upward),
// which callers that then check byte by byte do not mind.
func hasByte(w uint64, b byte) uint64 {
	d := w ^ uint64(b)*lows
	return (d - lows) &^ d & highs
}

// firstFlagged returns the index of the lowest byte whose high bit is set
// in flags (not zero), as hasByte and the tests of skipASCII set them:
// their false positives lie above a true one, so the lowest is true.
func firstFlagged(flags uint64) int { return bits.TrailingZeros64(flags) >> 3 }
