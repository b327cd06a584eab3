package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// qNextLeadBytewise is qMarkLeads.next one byte at a time, the reference.
func qNextLeadBytewise(p string, i int) int {
	for ; i < len(p); i++ {
		switch p[i] {
		case '"', '\'', 0xC2, 0xE2:
			return i
		}
	}
	return len(p)
}

// qLeadWalk walks p as qScanInto does, asking next for the lead at or
// after i and then stepping past it by step bytes (at least one), and
// returns the places found, with the reference's beside them.
func qLeadWalk(p string, from, step int) (got, want []int) {
	leads := qMarkLeadsIn(p)
	for i := from; i < len(p); i += step {
		j := leads.next(i)
		got = append(got, j)
		want = append(want, qNextLeadBytewise(p, i))
		i = j
	}
	return got, want
}

func TestMarkLeadsNext(t *testing.T) {
	tests := []struct {
		name string
		in   string
		from int
	}{
		{"empty", "", 0},
		{"no marks", "The minister spoke on Tuesday.", 0},
		{"straight quotes", `He said "yes" and 'no'.`, 0},
		{"apostrophes", "Don't say it's Trump's.", 0},
		{"curly marks", "“Yes,” she said, ‘fine’.", 0},
		{"guillemets", "«Oui» et ‹non›.", 0},
		{"dashes and ellipsis", "It — the plan… – failed.", 0},
		{"lead at the start and end", `"a'b'c"`, 0},
		{"from the middle", `"Yes," he said. "No."`, 6},
		{"adjacent leads", `''"'"“”’`, 0},
		{"invalid bytes", "\xe2\xc2\xe2'\xc2\"", 0},
		{"long stretch", "x" + string(make([]byte, 100)) + "'" + string(make([]byte, 70)) + "\"", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for step := 1; step <= 4; step++ {
				got, want := qLeadWalk(tt.in, tt.from, step)
				assert.Equal(t, want, got, "step %d through %q", step, tt.in)
			}
		})
	}
}

func FuzzMarkLeadsNext(f *testing.F) {
	f.Add(`He said "don't" — ‘fine’ «oui».`, 0, 1)
	f.Add("\xe2\x80\x9cYes\xe2\x80\x9d", 2, 3)
	f.Fuzz(func(t *testing.T, p string, from, step int) {
		if from < 0 || from > len(p) || step < 1 || step > 8 {
			return
		}
		got, want := qLeadWalk(p, from, step)
		assert.Equal(t, want, got, "step %d through %q from %d", step, p, from)
	})
}
