package article_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"sync"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/article"
	"github.com/copydesk/copydesk/internal/textgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bundledSamples returns the two sample articles by name.
func bundledSamples(tb testing.TB) map[string][]byte {
	tb.Helper()
	names, err := fs.Glob(copydesk.Samples, "testdata/*.txt")
	require.NoError(tb, err)
	require.Len(tb, names, 2)
	out := map[string][]byte{}
	for _, name := range names {
		b, err := fs.ReadFile(copydesk.Samples, name)
		require.NoError(tb, err)
		out[name] = b
	}
	return out
}

// TestConcurrentParse runs many goroutines over the samples and generated
// articles with one shared Parser, and checks that each gets the same
// article as a lone call. Run it with -race.
func TestConcurrentParse(t *testing.T) {
	inputs := bundledSamples(t)
	inputs["generated-damaged"] = textgen.Article(8<<10, textgen.Damaged)
	inputs["generated-quotes"] = textgen.Article(8<<10, textgen.QuoteMarks)
	inputs["html"] = []byte(`<html><head><title>Shared parser</title></head><body><article>` +
		`<p>BERLIN (AP) — A paragraph of an HTML page parsed from many goroutines at once.</p>` +
		`<p>"It works," said Jonas Berg.</p></article></body></html>`)

	p := &article.Parser{MaxBytes: 1 << 20}
	want := map[string]string{}
	for name, in := range inputs {
		want[name] = parseToJSON(p, in)
	}

	const goroutines, rounds = 8, 4
	var wg sync.WaitGroup
	got := make(chan [2]string, goroutines*rounds*len(inputs))
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				for name, in := range inputs {
					if (g+r)%2 == 0 {
						got <- [2]string{name, parseToJSON(p, in)}
					} else {
						a, err := article.Parse(bytes.NewReader(in)) // the zero Parser too
						got <- [2]string{name, encode(a, err)}
					}
				}
			}
		}()
	}
	wg.Wait()
	close(got)
	for g := range got {
		if !assert.Equal(t, want[g[0]], g[1], "concurrent result for %s differs from a lone call", g[0]) {
			break
		}
	}
}

func parseToJSON(p *article.Parser, in []byte) string {
	a, err := p.Parse(bytes.NewReader(in))
	return encode(a, err)
}

func encode(a *article.Article, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	b, jerr := json.Marshal(a)
	if jerr != nil {
		return "json: " + jerr.Error()
	}
	return string(b)
}
