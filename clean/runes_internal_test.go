package clean

import "testing"

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
