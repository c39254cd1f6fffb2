package collect_test

import (
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/ingest/collect"
	"github.com/marsad/marsad/ingest/collect/collecttest"
)

// The state file of the data folder keeps the pages' states between runs.
func TestFileState(t *testing.T) {
	collecttest.TestStateStore(t, func(t *testing.T) (collect.StateStore, func() collect.StateStore) {
		path := filepath.Join(t.TempDir(), "collect", "state.json")
		open := func() collect.StateStore {
			s, err := collect.OpenState(path)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		return open(), open
	})
}
