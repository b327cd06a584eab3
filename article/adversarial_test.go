package article_test

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/textgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAdversarial parses each hostile input of issue 6 (see
// textgen.Hostile) and checks the outcome: a result or a clear error,
// never a panic, the invariants of FuzzParse, and for some cases what the
// result must hold. Time and memory are measured by
// "go run ./internal/textgen/cmd/hostile", not here.
func TestAdversarial(t *testing.T) {
	// want holds the checks beyond the invariants, by case name.
	want := map[string]func(t require.TestingT, a *article.Article, err error){
		"one-line-50MB": func(t require.TestingT, a *article.Article, err error) {
			require.NoError(t, err)
			assert.NotEmpty(t, a.Paragraphs)
		},
		"quote-marks-1M-paragraphs": func(t require.TestingT, a *article.Article, err error) {
			require.NoError(t, err)
			assert.Greater(t, len(a.Paragraphs), 1000, "paragraphs kept")
		},
		"all-nul": func(t require.TestingT, a *article.Article, err error) {
			assert.True(t, errors.Is(err, article.ErrEmpty) || errors.Is(err, article.ErrNoText), "got %v", err)
		},
		"nul-and-control-bytes": func(t require.TestingT, a *article.Article, err error) {
			require.NoError(t, err)
			assert.Equal(t, "2021-03-05", a.DatePublished.String())
			for i, p := range a.Paragraphs {
				assert.False(t, hasControl(p), "paragraph %d holds a control character: %q", i, p)
			}
		},
		"invalid-utf8": func(t require.TestingT, a *article.Article, err error) {
			require.NoError(t, err)
			assert.NotEmpty(t, a.Paragraphs)
		},
		"utf16le-bom": wantStory, "utf16be-bom": wantStory,
		"impossible-date-header": func(t require.TestingT, a *article.Article, err error) {
			require.NoError(t, err)
			assert.True(t, a.DatePublished.IsZero(), "2021-02-30 must not become %s", a.DatePublished)
			assert.Contains(t, strings.Join(a.Paragraphs, "\n"), "The café on the Limmat reopened")
		},
		"impossible-date-month": func(t require.TestingT, a *article.Article, err error) {
			require.NoError(t, err)
			assert.True(t, a.DatePublished.IsZero(), "2021-13-45 must not become %s", a.DatePublished)
		},
		"impossible-date-html": func(t require.TestingT, a *article.Article, err error) {
			if err == nil {
				assert.True(t, a.DatePublished.IsZero(), "2021-02-30T25:61 must not become %s", a.DatePublished)
			}
		},
		"charset-declared-latin1-is-utf8": func(t require.TestingT, a *article.Article, err error) {
			require.NoError(t, err)
			assert.Contains(t, strings.Join(a.Paragraphs, "\n"), "The café in Zürich reopened on Friday")
		},
		"charset-declared-utf8-is-cp1252": func(t require.TestingT, a *article.Article, err error) {
			require.NoError(t, err)
			body := strings.Join(a.Paragraphs, "\n")
			assert.NotContains(t, body, "Zrich", "bytes not valid in the declared charset silently dropped")
			assert.Contains(t, body, "rich reopened on Friday")
		},
		"text-declared-nothing-is-cp1252": func(t require.TestingT, a *article.Article, err error) {
			require.NoError(t, err)
			assert.Contains(t, strings.Join(a.Paragraphs, "\n"), "The café in Zürich reopened on Friday")
		},
	}
	// knownBad are the cases whose check above fails because of code
	// outside these tests, with where and why.
	knownBad := map[string]string{}
	cases := textgen.Hostile()
	names := map[string]bool{}
	for _, c := range cases {
		names[c.Name] = true
	}
	for name := range want {
		require.True(t, names[name], "check for unknown case %q", name)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if testing.Short() && strings.Contains(c.Name, "50MB") {
				t.Skip("large input; skipped with -short")
			}
			in := c.Input()
			a, panicked, err := parseRecovering(in)
			require.Empty(t, panicked, "Parse panicked on %s (want %s)", c.Name, c.Want)
			t.Logf("%s: %d bytes in: %s", c.Name, len(in), outcome(a, err))
			if check := want[c.Name]; check != nil {
				if reason, ok := knownBad[c.Name]; ok {
					if !failsCheck(check, a, err) {
						t.Errorf("known failure no longer happens: remove %q from knownBad", c.Name)
					}
					t.Logf("known: %s", reason)
				} else {
					check(t, a, err)
				}
			}
			checkInvariants(t, in, a, err)
		})
	}
}

// failsCheck reports whether check fails on a and err, without failing
// the test.
func failsCheck(check func(require.TestingT, *article.Article, error), a *article.Article, err error) bool {
	r := &recorder{}
	done := make(chan struct{})
	go func() { // FailNow ends this goroutine only
		defer close(done)
		check(r, a, err)
	}()
	<-done
	return r.failed
}

// A recorder is a require.TestingT that only records failure.
type recorder struct{ failed bool }

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) FailNow()              { r.failed = true; runtime.Goexit() }

// wantStory checks that the story of the hostile cases came through.
func wantStory(t require.TestingT, a *article.Article, err error) {
	require.NoError(t, err)
	assert.Equal(t, "2021-03-05", a.DatePublished.String())
	body := strings.Join(a.Paragraphs, "\n")
	assert.Contains(t, body, "The café on the Limmat reopened on Friday")
	assert.Contains(t, body, "The city\u2019s council approved the work in November.")
}

// parseRecovering parses in and turns a panic into its message and stack.
func parseRecovering(in []byte) (a *article.Article, panicked string, err error) {
	defer func() {
		if r := recover(); r != nil {
			panicked = fmt.Sprintf("%v\n%s", r, debug.Stack())
		}
	}()
	a, err = article.Parse(bytes.NewReader(in))
	return a, "", err
}

func outcome(a *article.Article, err error) string {
	if err != nil {
		return "error " + err.Error()
	}
	return fmt.Sprintf("%d paragraphs, %d quotes, %d repairs, date %q", len(a.Paragraphs), len(a.Quotes), len(a.Repairs), a.DatePublished)
}

// hasControl reports whether s holds a C0 control character other than
// tab and line feed, or DEL.
func hasControl(s string) bool {
	for _, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f {
			return true
		}
	}
	return false
}
