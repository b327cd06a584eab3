package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// randomText returns up to 39 bytes, each one of alphabet or, two times
// in three, an 'x'.
func randomText(r *rand.Rand, alphabet []byte) string {
	b := make([]byte, r.IntN(40))
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
		if r.IntN(3) > 0 {
			b[i] = 'x'
		}
	}
	return string(b)
}

// randomPieces joins fewer than most pieces drawn at random.
func randomPieces(r *rand.Rand, pieces []string, most int) string {
	var b strings.Builder
	for k := r.IntN(most); k > 0; k-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestEntityTriggers compares the IndexByte-based scan with a byte loop
// on random strings of the bytes that matter and their neighbours, from
// every start, moving forwards as entityEdits does and also backwards.
func TestEntityTriggers(t *testing.T) {
	isTrigger := func(c byte) bool { return c == '&' || c == ';' || c == 0xEF }
	alphabet := []byte{'&', ';', 0xEF, '%', '%' + 1, ':', '<', 0xEE, 0xF0, 0x00, 0xFF, 'a', ' '}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		s := randomText(r, alphabet)
		want := func(i int) int {
			for j := i; j < len(s); j++ {
				if isTrigger(s[j]) {
					return j
				}
			}
			return len(s)
		}
		var fwd entityTriggers
		for i := 0; i <= len(s); i++ {
			if got := fwd.next(s, i); got != want(i) {
				t.Fatalf("next(%q, %d) = %d, want %d", s, i, got, want(i))
			}
		}
		var jumpy entityTriggers
		for k := 0; k < 10; k++ {
			i := r.IntN(len(s) + 1)
			if got := jumpy.next(s, i); got != want(i) {
				t.Fatalf("next(%q, %d) = %d, want %d (out of order)", s, i, got, want(i))
			}
		}
	}
}

// TestDropsAmpScan compares dropsAmp, which skips eight bytes at a time to
// the next "q", with a byte-by-byte reading of the same rule.
func TestDropsAmpScan(t *testing.T) {
	pieces := []string{"quot;", "QUOT;", "&", ",", " ", "＆", "q", "x", "word", "\n", "Quot"}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		s := randomPieces(r, pieces, 12)
		if got, want := dropsAmp(s), dropsAmpBytewise(s); got != want {
			t.Fatalf("dropsAmp(%q) = %v, want %v", s, got, want)
		}
	}
}

func dropsAmpBytewise(s string) bool {
	for i := 0; i+len("quot;") <= len(s); i++ {
		if !strings.EqualFold(s[i:i+len("quot;")], "quot;") {
			continue
		}
		j := i
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		switch {
		case i > 0 && (s[i-1] == '&' || s[i-1] == ','):
		case j < i && j > 0 && s[j-1] == '&':
		case j < i && strings.HasSuffix(s[:j], fullwidthAmp):
		case strings.HasSuffix(s[:i], fullwidthAmp):
		default:
			return true
		}
	}
	return false
}

// TestFirstNonASCII compares firstNonASCII, which steps over continuation
// bytes, with a byte-by-byte reading of the same rule.
func TestFirstNonASCII(t *testing.T) {
	pieces := []string{"a", " ", "é", "’", "Ã", "Â", "¬", "‚", "√", "\u0303", "e\u0301", "x", "\xcc", "\x80", "\xc2", "\xe2\x80", "€"}
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 50000; n++ {
		s := randomPieces(r, pieces, 10)
		if got, want := firstNonASCII(s), firstNonASCIIBytewise(s); got != want {
			t.Fatalf("firstNonASCII(%q) = %d, want %d", s, got, want)
		}
	}
}

func firstNonASCIIBytewise(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xC3:
			return i
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xAC {
				return i
			}
		case 0xE2:
			if i+2 < len(s) && s[i+2] == 0x9A && (s[i+1] == 0x80 || s[i+1] == 0x88) {
				return i
			}
		case 0xCC:
			if i > 0 && (isASCIILetter(s[i-1]) || s[i-1] == ' ') {
				return i - 1
			}
		}
	}
	return len(s)
}

// TestSkipASCII compares the word-at-a-time scan, which returns the first
// flagged byte of a word, with a byte loop, with and without controls.
func TestSkipASCII(t *testing.T) {
	alphabet := []byte{0x00, 0x09, 0x0A, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xC3, 0xFF}
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		s := randomText(r, alphabet)
		for _, controls := range []bool{false, true} {
			for i := 0; i <= len(s); i++ {
				want := len(s)
				for j := i; j < len(s); j++ {
					if c := s[j]; c >= 0x80 || controls && (c < 0x20 || c == 0x7F) {
						want = j
						break
					}
				}
				if got := skipASCII(s, i, controls); got != want {
					t.Fatalf("skipASCII(%q, %d, %v) = %d, want %d", s, i, controls, got, want)
				}
			}
		}
	}
}
