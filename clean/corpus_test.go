package clean_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/clean"
	"github.com/copydesk/copydesk/internal/corpus"
)

// corpusDir returns the named corpus folder, or skips the test when it is
// absent.
func corpusDir(t testing.TB, name string) string {
	t.Helper()
	dir, err := corpus.Dir(name)
	if err != nil {
		t.Skip(err)
	}
	return dir
}

// The repairs clean makes on the two corpora, reviewed one by one (run
// with -v to list them): the naeb bodies are hand-cleaned and nearly
// clean; PolNeAR keeps the mojibake, NBSP and link markup of its sources.
// A change in these counts means a repair appeared or vanished: review
// the list before updating them.
var (
	naebCounts = map[clean.RepairKind]int{
		clean.Boilerplate: 4, // "Advertisement", "Related Stories", a "Facebook" link label
		clean.Invisible:   3, // soft hyphens, NBSP at a line's end
	}
	polnearCounts = map[clean.RepairKind]int{
		clean.Mojibake:  58, // "PeÃ±a", "FranÃ\u0083Â§ois" (double, decomposed)
		clean.Markup:    6,  // <a href=...>...</a> left in the text
		clean.Invisible: 227,
	}
)

func TestCorpusNAEB(t *testing.T) {
	dir := corpusDir(t, "naeb")
	b, err := os.ReadFile(filepath.Join(dir, "news_articles.json"))
	if os.IsNotExist(err) {
		t.Skip("naeb absent")
	}
	require.NoError(t, err)
	var recs []struct {
		ID   json.Number `json:"id"`
		Text string      `json:"text"`
	}
	require.NoError(t, json.Unmarshal(b, &recs))
	counts := map[clean.RepairKind]int{}
	for _, r := range recs {
		out, reps := clean.TextRepairs(r.Text)
		checkRepairs(t, r.Text, reps)
		assert.Equal(t, out, clean.Text(out), "naeb/%s: idempotent", r.ID)
		for _, rep := range reps {
			counts[rep.Kind]++
			t.Logf("naeb/%s\t%d\t%s\t%q -> %q", r.ID, rep.Offset, rep.Kind, rep.Before, rep.After)
		}
	}
	assert.Equal(t, naebCounts, counts)
}

func TestCorpusPolNeAR(t *testing.T) {
	dir := corpusDir(t, "polnear")
	files, err := filepath.Glob(filepath.Join(dir, "data", "*", "text", "*.txt"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skip("polnear absent")
	}
	counts := map[clean.RepairKind]int{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		s, r1 := clean.Decode(raw)
		out, r2 := clean.TextRepairs(s)
		checkRepairs(t, s, r2)
		assert.Equal(t, out, clean.Text(out), "%s: idempotent", f)
		for _, rep := range append(r1, r2...) {
			counts[rep.Kind]++
			t.Logf("%s\t%d\t%s\t%q -> %q", filepath.Base(f), rep.Offset, rep.Kind, rep.Before, rep.After)
		}
	}
	assert.Equal(t, polnearCounts, counts)
}
