package embedded

import (
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/retrievaltest"
)

func TestStoreInMemory(t *testing.T) {
	retrievaltest.TestStore(t, func(t *testing.T, dim int) retrieval.Store {
		return mustOpen(t, "", dim)
	})
}

func TestStoreOnDisk(t *testing.T) {
	retrievaltest.TestStore(t, func(t *testing.T, dim int) retrieval.Store {
		return mustOpen(t, t.TempDir(), dim)
	})
}

func mustOpen(t testing.TB, dir string, dim int, opts ...Option) *Store {
	t.Helper()
	s, err := Open(dir, dim, opts...)
	if err != nil {
		t.Fatalf("Open(%q): %v", dir, err)
	}
	return s
}
