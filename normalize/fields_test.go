package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFieldsAtMost(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		ok   bool
	}{
		{"empty", "", 3, true},
		{"spaces only", " \t\n ", 3, true},
		{"fewer", "Reuters photo", 3, true},
		{"exactly", " a  b\tc ", 3, true},
		{"more", "a b c d", 3, false},
		{"none allowed", "a", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := fieldsAtMost(make([]string, 0, tt.max), tt.in)
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, len(strings.Fields(tt.in)), len(got))
				if len(got) > 0 {
					assert.Equal(t, strings.Fields(tt.in), got)
				}
			}
		})
	}
}
