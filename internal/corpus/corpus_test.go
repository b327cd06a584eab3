package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDir(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	sub := filepath.Join(repo, "a", "b")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(repo, "go.mod"), []byte(module+"\n\ngo 1.24\n"), 0o644))
	t.Chdir(sub)

	_, err := Dir("naeb")
	assert.True(t, errors.Is(err, ErrNotFound), "no corpus yet: %v", err)

	want := filepath.Join(root, "shared", "corpus", "naeb")
	require.NoError(t, os.MkdirAll(want, 0o755))
	got, err := Dir("naeb")
	require.NoError(t, err)
	assert.Equal(t, filepath.Clean(want), filepath.Clean(got))
}
