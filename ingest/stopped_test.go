package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

// fullDisk is a store whose disk fills after room ads: a run that does
// not fit stores nothing and fails with ENOSPC, as the embedded store's
// log append does.
type fullDisk struct {
	tools.JobMarketStore
	room, stored int
}

func (f *fullDisk) AddAds(ctx context.Context, ads []tools.Ad) (tools.AddSummary, error) {
	if f.stored+len(ads) > f.room {
		return tools.AddSummary{}, &os.PathError{Op: "write", Path: "demand/ads.log", Err: syscall.ENOSPC}
	}
	sum, err := f.JobMarketStore.AddAds(ctx, ads)
	if err == nil {
		f.stored += len(ads)
	}
	return sum, err
}

func TestFullDiskSaysHowManyAdsWereStored(t *testing.T) {
	path, _ := refusalFiles(t)
	dir := t.TempDir()
	opts := ingest.Options{DataDir: dir, BatchSize: 64, CheckpointEvery: 1000}
	store := mustJobMarket(t, filepath.Join(dir, "demand"))
	_, err := mustPipeline(t, &fullDisk{JobMarketStore: store, room: 2500}, opts).IngestFile(context.Background(), "ads", path)
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("err = %v, want the full disk", err)
	}
	stored := store.Len()
	if stored == 0 {
		t.Fatal("nothing stored before the disk filled: the test does not exercise a partial run")
	}
	msg := err.Error()
	t.Logf("full disk: %s", msg)
	if !strings.Contains(msg, strconv.Itoa(stored)+" new ads") || !strings.Contains(msg, "re-run resumes") {
		t.Errorf("error %q; want it to say the %d ads stored before the failure and that a re-run resumes", msg, stored)
	}
	var stop *ingest.StoppedError
	if !errors.As(err, &stop) || stop.Stored != stored || stop.Resume <= 0 || stop.Resume > 4000 {
		t.Errorf("error %#v; want a StoppedError with Stored %d and Resume at a checkpoint", err, stored)
	}

	resumed, err := mustPipeline(t, store, opts).IngestFile(context.Background(), "ads", path)
	if err != nil {
		t.Fatal(err)
	}
	clean := mustJobMarket(t, "")
	if _, err := mustPipeline(t, clean, ingest.Options{}).IngestFile(context.Background(), "ads", path); err != nil {
		t.Fatal(err)
	}
	if store.Len() != clean.Len() || len(resumed.Resumed) != 1 {
		t.Errorf("after the re-run the store has %d ads (resumed %v), a clean run %d", store.Len(), resumed.Resumed, clean.Len())
	}
}
