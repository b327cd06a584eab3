package polnear

import (
	"errors"
	"testing"

	"github.com/copydesk/copydesk/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Floors reached on the dev split; they may only go up. Rerun
// go run ./examples/quoteeval -split dev for the full report.
const (
	floorPrecision = 0.92 // measured 0.925
	floorRecall    = 0.97 // measured 0.976
	floorSpeaker   = 0.90 // measured 0.901
)

// TestQuotesOnPolNeARDev scores normalize.Quotes on the PolNeAR dev split.
// It skips when the corpus is absent.
func TestQuotesOnPolNeARDev(t *testing.T) {
	docs, err := Load(Dir(), "dev")
	if errors.Is(err, ErrNoCorpus) {
		t.Skip("PolNeAR corpus not found at ../shared/corpus/polnear")
	}
	require.NoError(t, err)
	r := Evaluate(docs, normalize.Quotes)
	t.Logf("dev: %d gold, %d predicted, P %.3f R %.3f F1 %.3f, speaker %.3f (%d/%d)",
		r.Gold, r.Predicted, r.Precision(), r.Recall(), r.F1(), r.SpeakerAccuracy(), r.SpeakerRight, r.SpeakerGold)
	assert.GreaterOrEqual(t, r.Precision(), floorPrecision, "quote precision")
	assert.GreaterOrEqual(t, r.Recall(), floorRecall, "quote recall")
	assert.GreaterOrEqual(t, r.SpeakerAccuracy(), floorSpeaker, "speaker accuracy")
}
