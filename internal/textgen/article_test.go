package textgen_test

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/textgen"
	"github.com/stretchr/testify/assert"
)

func TestArticle(t *testing.T) {
	for _, f := range textgen.Flavors {
		for _, n := range []int{100, 10 << 10, 1 << 20} {
			t.Run(f.Name, func(t *testing.T) {
				b := textgen.Article(n, f.Flavor)
				assert.GreaterOrEqual(t, len(b), n)
				assert.Less(t, len(b), n+1024, "close to the size asked")
				assert.True(t, utf8.Valid(b))
				assert.True(t, bytes.HasPrefix(b, []byte("date 2021-03-05\n\n")))
				assert.Equal(t, b, textgen.Article(n, f.Flavor), "deterministic")
				if f.Flavor == textgen.OneLine {
					assert.Equal(t, 2, bytes.Count(b, []byte("\n")), "only the header's line break")
				}
			})
		}
	}
}

func TestArticles(t *testing.T) {
	for _, f := range textgen.Flavors {
		t.Run(f.Name, func(t *testing.T) {
			docs := textgen.Articles(10<<10, 100<<10, f.Flavor)
			assert.Len(t, docs, 10)
			assert.Equal(t, textgen.Article(10<<10, f.Flavor), docs[0], "the first is Article's")
			seen := map[string]bool{}
			for _, d := range docs {
				assert.GreaterOrEqual(t, len(d), 10<<10)
				assert.False(t, seen[string(d)], "distinct")
				seen[string(d)] = true
			}
			assert.Equal(t, docs, textgen.Articles(10<<10, 100<<10, f.Flavor), "deterministic")
			assert.Len(t, textgen.Articles(1<<20, 10, f.Flavor), 1, "at least one")
		})
	}
}
