package clean

import (
	"math/rand/v2"
	"testing"
)

// TestSkipToEntityTrigger compares the word-at-a-time scan with a byte
// loop on random strings of the bytes that matter and their neighbours.
func TestSkipToEntityTrigger(t *testing.T) {
	alphabet := []byte{'&', ';', 0xEF, '%', '%' + 1, ':', '<', 0xEE, 0xF0, 0x00, 0xFF, 'a', ' '}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
			if r.IntN(3) > 0 {
				b[i] = 'x'
			}
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			want := len(s)
			for j := i; j < len(s); j++ {
				if entityTrigger[s[j]] {
					want = j
					break
				}
			}
			if got := skipToEntityTrigger(s, i); got != want {
				t.Fatalf("skipToEntityTrigger(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
