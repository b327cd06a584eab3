package article_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/textgen"
	"github.com/stretchr/testify/require"
)

// FuzzParse checks the invariants (see invariantViolations) of Parse on any input: no panic; either
// an article or an error that names the article package; every string in
// the article valid UTF-8 (Repair.Before included: raw bytes are quoted)
// and free of NUL (but for Repair.Before, which shows what was removed); paragraph indices of
// subheadings, captions and quotes inside the body; repair offsets inside
// the input (checked for UTF-8 input, where offsets are into the bytes
// given).
func FuzzParse(f *testing.F) {
	for _, in := range fuzzSeeds(f) {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err, ok := parseWithin(in, hangAfter)
		if !ok {
			t.Fatalf("Parse did not return within %s on this %d-byte input (a hang or a blow-up): %.300q", hangAfter, len(in), in)
		}
		checkInvariants(t, in, a, err)
	})
}

// hangAfter is how long FuzzParse waits for Parse before it reports the
// input as a hang. Inputs from the fuzzer are small (kilobytes), so this is
// a thousand times the expected time, not a speed target.
const hangAfter = 5 * time.Second

// parseWithin parses in, giving up after d; ok is false when it gave up
// (the parse goes on in the background).
func parseWithin(in []byte, d time.Duration) (a *article.Article, err error, ok bool) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		a, err = article.Parse(bytes.NewReader(in))
	}()
	select {
	case <-done:
		return a, err, true
	case <-time.After(d):
		return nil, nil, false
	}
}

// fuzzSeeds are the bundled samples, the fixtures of the example program
// and of the HTML tests, small generated articles of every flavor, and
// small versions of the hostile inputs.
func fuzzSeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	for _, pattern := range []string{"../testdata/*.txt", "../examples/copydesk/testdata/*", "testdata/*.txt", "testdata/html/*.html"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err == nil && len(b) < 1<<20 {
				seeds = append(seeds, b)
			}
		}
	}
	if len(seeds) == 0 {
		tb.Fatal("no seed files found under ../testdata")
	}
	for _, f := range textgen.Flavors {
		seeds = append(seeds, textgen.Article(2<<10, f.Flavor))
	}
	return append(seeds,
		[]byte(""), []byte(" \r\n"), []byte("date 2020-02-30\n\nText."), []byte("\xff\xfed\x00a\x00t\x00e\x00"),
		[]byte(`<html><body><p>a<!-- b`), []byte(`"""""`), []byte("\x00\x01\x02 text \x1b[31m"),
		[]byte("date 2020-01-01 %MINIFYHTML1% & # 39; ＆quot; ,quot; &amp;amp;#39;"),
	)
}

// A violation is one broken invariant: the rule it breaks and a message.
type violation struct{ rule, msg string }

// The rules checked by invariantViolations.
const (
	ruleError       = "error"              // an error names the package and wraps a sentinel
	ruleUTF8        = "utf8"               // every string is valid UTF-8
	ruleBeforeUTF8  = "repair-before-utf8" // Repair.Before too: raw bytes are quoted
	ruleNUL         = "nul"                // no NUL outside Repair.Before
	ruleIndex       = "index"              // paragraph indices inside the body
	ruleOffset      = "offset"             // repairs inside the input
	ruleUnknownOff  = "offset-unknown"     // no repair at offset -1 but in text taken out of HTML
	ruleNilArticle  = "nil-article"        // an article or an error
	maxMessagesEach = 5
)

// knownViolations are the rules that code outside these tests is known to
// break, with where and why. A test that meets only known violations logs
// them and skips with "known: ..."; TestKnownViolationsStillHappen fails
// when an entry is no longer needed, so the list only shrinks.
var knownViolations = map[string]string{}

// invariantViolations returns what is wrong with the result of parsing
// in, or nothing.
func invariantViolations(in []byte, a *article.Article, err error) []violation {
	var vs []violation
	fail := func(rule, format string, args ...any) {
		vs = append(vs, violation{rule, fmt.Sprintf(format, args...)})
	}
	if err != nil {
		if !strings.HasPrefix(err.Error(), "article: ") {
			fail(ruleError, "error does not name the package: %q", err)
		}
		if !errors.Is(err, article.ErrEmpty) && !errors.Is(err, article.ErrNoText) && !errors.Is(err, article.ErrTooLarge) {
			fail(ruleError, "error is none of ErrEmpty, ErrNoText, ErrTooLarge: %q", err)
		}
		return vs
	}
	if a == nil {
		fail(ruleNilArticle, "nil article without an error")
		return vs
	}
	eachString(reflect.ValueOf(a).Elem(), "Article", func(path, s string) {
		before := strings.HasSuffix(path, ".Before")
		switch {
		case !utf8.ValidString(s) && before:
			fail(ruleBeforeUTF8, "%s is not valid UTF-8: %.80q", path, s)
		case !utf8.ValidString(s):
			fail(ruleUTF8, "%s is not valid UTF-8: %.80q", path, s)
		}
		if strings.IndexByte(s, 0) >= 0 && !before {
			fail(ruleNUL, "%s holds a NUL byte: %.80q", path, s)
		}
	})
	n := len(a.Paragraphs)
	for i, s := range a.Subheadings {
		if s.Paragraph < 0 || s.Paragraph > n {
			fail(ruleIndex, "Subheadings[%d].Paragraph = %d, outside 0..%d", i, s.Paragraph, n)
		}
	}
	for i, c := range a.Captions {
		if c.Paragraph < 0 || c.Paragraph > n {
			fail(ruleIndex, "Captions[%d].Paragraph = %d, outside 0..%d", i, c.Paragraph, n)
		}
	}
	for i, q := range a.Quotes {
		if q.Paragraph < 0 || q.Paragraph >= n {
			fail(ruleIndex, "Quotes[%d].Paragraph = %d, outside 0..%d", i, q.Paragraph, n-1)
		}
	}
	if utf8.Valid(in) {
		for i, r := range a.Repairs {
			if r.Offset == -1 {
				// -1 is documented for text taken out of HTML, which
				// needs a tag.
				if !bytes.Contains(in, []byte("<")) {
					fail(ruleUnknownOff, "Repairs[%d] (%s %q) has offset -1", i, r.Kind, r.Before)
				}
				continue
			}
			if r.Offset < 0 || r.Offset+len(r.Before) > len(in) {
				fail(ruleOffset, "Repairs[%d] (%s %q at %d) lies outside the %d-byte input", i, r.Kind, r.Before, r.Offset, len(in))
			}
		}
	}
	return vs
}

// knownSeen records which known violations the tests met.
var knownSeen sync.Map

// checkInvariants reports the violations of parsing in: unknown ones as
// errors (at most maxMessagesEach per rule), known ones in the log, and
// skips the test with "known: ..." when it met only known ones.
func checkInvariants(t *testing.T, in []byte, a *article.Article, err error) {
	t.Helper()
	count := map[string]int{}
	var known []string
	for _, v := range invariantViolations(in, a, err) {
		count[v.rule]++
		if count[v.rule] > maxMessagesEach {
			continue
		}
		if reason, ok := knownViolations[v.rule]; ok {
			knownSeen.Store(v.rule, true)
			t.Logf("known violation (%s): %s", reason, v.msg)
			known = append(known, v.rule)
			continue
		}
		t.Error(v.msg)
	}
	for rule, n := range count {
		if n > maxMessagesEach {
			t.Logf("... and %d more violations of %q", n-maxMessagesEach, rule)
		}
	}
	if len(known) > 0 && !t.Failed() {
		t.Skipf("known: %s", knownViolations[known[0]])
	}
}

// eachString calls fn with every string reachable from v and its path.
func eachString(v reflect.Value, path string, fn func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		fn(path, v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachString(v.Elem(), path, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachString(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachString(v.Field(i), path+"."+v.Type().Field(i).Name, fn)
			}
		}
	}
}

// TestKnownViolationsStillHappen fails when a known violation was not met
// by the fuzz seeds or the hostile inputs, so that knownViolations only
// lists what is still wrong.
func TestKnownViolationsStillHappen(t *testing.T) {
	for _, in := range append(fuzzSeeds(t), fuzzCorpus(t)...) {
		a, err := article.Parse(bytes.NewReader(in))
		for _, v := range invariantViolations(in, a, err) {
			knownSeen.Store(v.rule, true)
		}
	}
	for _, c := range textgen.Hostile() {
		if in := c.Input(); len(in) < 2<<20 {
			a, err := article.Parse(bytes.NewReader(in))
			for _, v := range invariantViolations(in, a, err) {
				knownSeen.Store(v.rule, true)
			}
		}
	}
	for rule := range knownViolations {
		if _, ok := knownSeen.Load(rule); !ok {
			t.Errorf("known violation %q no longer happens: remove it from knownViolations", rule)
		}
	}
}

// fuzzCorpus reads the committed regression inputs of FuzzParse under
// testdata/fuzz/FuzzParse (files in the "go test fuzz v1" format holding
// one []byte value).
func fuzzCorpus(t *testing.T) [][]byte {
	paths, _ := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzParse", "*"))
	var out [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		require.Len(t, lines, 2, "%s: want a header and one value", p)
		v := strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")")
		s, err := strconv.Unquote(v)
		require.NoError(t, err, "%s: %s", p, lines[1])
		out = append(out, []byte(s))
	}
	return out
}
