// Package corpus finds the development corpora that sit beside the
// repository, at ../shared/corpus relative to its root. They are never
// part of the repository: tests that need them skip when Dir fails.
package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrNotFound is returned by Dir when the corpus is not there.
var ErrNotFound = errors.New("corpus: not found")

const module = "module github.com/copydesk/copydesk"

// Dir returns the folder of the named corpus ("naeb", "polnear"), found
// from the working directory up: the repository root is the nearest
// folder whose go.mod declares this module, and the corpus is
// ../shared/corpus/<name> beside it.
func Dir(name string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && strings.HasPrefix(string(b), module+"\n") {
			c := filepath.Join(d, "..", "shared", "corpus", name)
			if _, err := os.Stat(c); err != nil {
				return "", fmt.Errorf("%w: %s", ErrNotFound, c)
			}
			return c, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("%w: no copydesk go.mod above %s", ErrNotFound, wd)
		}
	}
}
