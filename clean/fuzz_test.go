package clean_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/clean"
)

// fuzzSeeds are hand-written damaged and trap texts for the fuzzers.
var fuzzSeeds = []string{
	"", "a", "&", "&amp;", "& # 39;", "al-Sadr & # 39; s Called", `"unacceptable,quot; (x)`,
	"%MINIFYHTML53d1ac170dab23a029a4ba644cd3575111%", "a\n\nPlus:\n\nb", "\u00e2\u20ac\u2122",
	"Ã¢â‚¬â„¢", "caf\u221a\u00a9", "FranA\u0303\u0083A\u0302\u00a7ois", "x\u00a0\u00a0y", "a<br>b",
	"[email protected]", "one\r\ntwo\rthree", "\xff\xfe", "it\x92s", "&amp;amp;amp;nbsp;",
	"<!-- x -->", `class="a" id="b">c`, "＆quot;", "\u200d\u200c", "\ufffd\ufffd", "AT&T", "50%",
	"&lt;p&gt;", "&am<b>p;", "Ã\u00ad", " \n \n", "\n\n\n", "Advertisement",
}

// seeds returns fuzzSeeds and the sample articles.
func seeds() []string {
	all := append([]string(nil), fuzzSeeds...)
	samples, _ := filepath.Glob("../testdata/*.txt")
	for _, p := range samples {
		if b, err := os.ReadFile(p); err == nil {
			all = append(all, string(b))
		}
	}
	return all
}

// FuzzText checks the documented invariants of TextRepairs: no panic,
// valid UTF-8 out, idempotence, and a log whose offsets point into the
// input, in order. The text and the log must stay as they were when the
// next call reuses the cleaner's pooled buffers.
func FuzzText(f *testing.F) {
	for _, s := range seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, reps := clean.TextRepairs(in)
		kept, keptReps := strings.Clone(out), cloneRepairs(reps)
		defer func() {
			clean.TextRepairs(in) // the same damage, written over the same buffers
			if out != kept || !reflect.DeepEqual(reps, keptReps) {
				t.Fatalf("the next call changed the result for %q:\n %q %v\n %q %v", in, kept, keptReps, out, reps)
			}
		}()
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q: %q", in, out)
		}
		if again := clean.Text(out); again != out {
			t.Fatalf("not idempotent on %q:\n once: %q\ntwice: %q", in, out, again)
		}
		if len(reps) == 0 && out != in {
			t.Fatalf("unlogged change %q -> %q", in, out)
		}
		last := 0
		for _, r := range reps {
			raw := r.Input()
			if r.Offset < last || r.Offset+len(raw) > len(in) || in[r.Offset:r.Offset+len(raw)] != raw || !utf8.ValidString(r.Before) {
				t.Fatalf("bad repair %+v for %q", r, in)
			}
			last = r.Offset
		}
	})
}

// FuzzDecode checks that Decode never panics, returns valid UTF-8 and logs
// offsets into its input, that DecodeString agrees with it, and that
// DecodeTextRepairs is DecodeString then TextRepairs.
func FuzzDecode(f *testing.F) {
	for _, s := range seeds() {
		f.Add([]byte(s))
	}
	f.Add([]byte("\xff\xfeh\x00i\x00"))
	f.Add([]byte("h\x00i\x00!\x00?\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		s, reps := clean.Decode(in)
		if s2, reps2 := clean.DecodeString(string(in)); s2 != s || !reflect.DeepEqual(reps, reps2) {
			t.Fatalf("DecodeString(%q) = %q, %v; Decode gives %q, %v", in, s2, reps2, s, reps)
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 out of %q: %q", in, s)
		}
		out, more := clean.TextRepairs(s)
		if out2, reps2 := clean.DecodeTextRepairs(string(in)); out2 != out || !reflect.DeepEqual(reps2, append(reps[:len(reps):len(reps)], more...)) {
			t.Fatalf("DecodeTextRepairs(%q) = %q, %v; DecodeString then TextRepairs give %q, %v, %v", in, out2, reps2, out, reps, more)
		}
		for _, r := range reps {
			raw := r.Input()
			if r.Offset < 0 || r.Offset+len(raw) > len(in) || string(in[r.Offset:r.Offset+len(raw)]) != raw || !utf8.ValidString(r.Before) {
				t.Fatalf("bad repair %+v for %q", r, in)
			}
		}
	})
}

// cloneRepairs copies a log, strings and all.
func cloneRepairs(reps []clean.Repair) []clean.Repair {
	if reps == nil {
		return nil
	}
	out := make([]clean.Repair, len(reps))
	for i, r := range reps {
		r.Before, r.After = strings.Clone(r.Before), strings.Clone(r.After)
		out[i] = r
	}
	return out
}
