package clean

import (
	"testing"
	"unicode/utf8"
)

// TestRuneString checks the table-served strings against string(r).
func TestRuneString(t *testing.T) {
	for r := rune(-1); r < 0x3000; r++ {
		if got, want := runeString(r), string(r); got != want {
			t.Fatalf("runeString(%U) = %q, want %q", r, got, want)
		}
	}
}

// TestScratchRelease checks that a call's buffers go back to the pool
// emptied: a later call sees no edit of an earlier one.
func TestScratchRelease(t *testing.T) {
	first := Text("caf\u00c3\u00a9 &quot;x&quot;\r\n")
	if first != "café \"x\"\n" {
		t.Fatalf("first call: %q", first)
	}
	if got := Text("plain text"); got != "plain text" {
		t.Fatalf("second call: %q", got)
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	for _, e := range sc.edits[:cap(sc.edits)] {
		if e != (edit{}) {
			t.Fatalf("pooled edit buffer holds %+v", e)
		}
	}
}

// TestOneRuneOrValid checks the short cases of oneRuneOrValid against
// utf8.ValidString on every string of up to two bytes and on three-byte
// strings over the bytes that bound the ranges.
func TestOneRuneOrValid(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := oneRuneOrValid(s), utf8.ValidString(s); got != want {
			t.Fatalf("oneRuneOrValid(%q) = %v, want %v", s, got, want)
		}
	}
	check("")
	for a := 0; a < 0x100; a++ {
		check(string([]byte{byte(a)}))
		for b := 0; b < 0x100; b++ {
			check(string([]byte{byte(a), byte(b)}))
			for _, c := range []byte{'a', 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF} {
				check(string([]byte{byte(a), byte(b), c}))
			}
		}
	}
	check("abcd")
	check("\U0001F600")
	check("ab\xff")
}

// TestDecodeSequence checks decodeSequence against utf8.DecodeRune on
// every lead byte it takes with every run of continuation bytes.
func TestDecodeSequence(t *testing.T) {
	for b0 := 0xC2; b0 <= 0xF4; b0++ {
		n := continuationCount(byte(b0))
		var buf [4]byte
		buf[0] = byte(b0)
		var rec func(k int)
		rec = func(k int) {
			if k > n {
				want := utf8.RuneError
				if r, size := utf8.DecodeRune(buf[:n+1]); size == n+1 {
					want = r
				}
				if got := decodeSequence(buf, n); got != want {
					t.Fatalf("decodeSequence(% x) = %U, want %U", buf[:n+1], got, want)
				}
				return
			}
			for c := 0x80; c <= 0xBF; c++ {
				buf[k] = byte(c)
				rec(k + 1)
			}
		}
		rec(1)
	}
}
