package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	vectors "github.com/marsad/marsad/retrieval/embedded"
)

// The stores open at once (openStores): one that fails fails the start
// with its own error, and the data folder is left free for the next
// start once repaired.
func TestStartFailsWithAStoreThatDoesNotOpenAndClosesTheOthers(t *testing.T) {
	dir := seededDataDir(t)
	snap := filepath.Join(dir, "vectors", "vectors.snap")
	good, err := os.ReadFile(snap)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(snap, append(good[:len(good)/2:len(good)/2], "cut"...), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := configFrom(t, env(t, "MARSAD_DATA_DIR", dir))
	cfg.Command = "serve"
	if _, err := newApp(context.Background(), cfg); !errors.Is(err, vectors.ErrCorrupt) {
		t.Fatalf("newApp with a damaged vector snapshot: %v, want vectors.ErrCorrupt", err)
	}
	if err := os.WriteFile(snap, good, 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := newApp(context.Background(), cfg)
	if err != nil {
		t.Fatalf("newApp once repaired: %v (was the folder left locked?)", err)
	}
	if err := a.close(); err != nil {
		t.Fatal(err)
	}
}
