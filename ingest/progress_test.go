package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/gen"
)

func TestProgressReportsRecordsAndBytesUpToTheEnd(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ads.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := gen.Ads(3, 2500, f, gen.FormatCSV); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var got []ingest.Progress
	p := mustPipeline(t, mustJobMarket(t, ""), ingest.Options{BatchSize: 256, Progress: func(pr ingest.Progress) { got = append(got, pr) }})
	sum, err := p.IngestFile(context.Background(), "", path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) < 5 {
		t.Fatalf("%d progress reports for 2500 records in batches of 256", len(got))
	}
	for i := 1; i < len(got); i++ {
		if got[i].Records < got[i-1].Records || got[i].Bytes < got[i-1].Bytes {
			t.Fatalf("progress went back: %+v then %+v", got[i-1], got[i])
		}
	}
	last := got[len(got)-1]
	fi, _ := os.Stat(path)
	if last.Records != sum.Read || last.Total != fi.Size() || last.Bytes != fi.Size() || last.File != path {
		t.Fatalf("last report %+v; want %d records and %d of %d bytes", last, sum.Read, fi.Size(), fi.Size())
	}
}
