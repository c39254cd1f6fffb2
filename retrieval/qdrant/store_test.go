package qdrant_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	pb "github.com/qdrant/go-client/qdrant"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/qdrant"
	"github.com/marsad/marsad/retrieval/qdrant/qdranttest"
	"github.com/marsad/marsad/retrieval/retrievaltest"
)

var ctx = context.Background()

// startServer starts an in-process Qdrant for the test.
func startServer(t *testing.T) *qdranttest.Server {
	t.Helper()
	srv, err := qdranttest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	return srv
}

var collectionSeq atomic.Int64

// newStoreAt returns a store on a fresh collection of the server at url,
// deleting the collection when the test ends.
func newStoreAt(t *testing.T, url string, dim int) retrieval.Store {
	t.Helper()
	name := fmt.Sprintf("marsad_test_%d_%d", time.Now().UnixNano(), collectionSeq.Add(1))
	client, err := qdrant.Connect(url, os.Getenv("MARSAD_TEST_QDRANT_API_KEY"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := qdrant.New(ctx, client, name, dim)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if c, err := qdrant.Connect(url, os.Getenv("MARSAD_TEST_QDRANT_API_KEY")); err == nil {
			_ = c.DeleteCollection(ctx, name)
			c.Close()
		}
	})
	return s
}

func TestStoreInProcessServer(t *testing.T) {
	srv := startServer(t)
	retrievaltest.TestStore(t, func(t *testing.T, dim int) retrieval.Store {
		return newStoreAt(t, srv.Addr(), dim)
	})
}

// TestStoreRealServer runs the suite against the Qdrant at
// MARSAD_TEST_QDRANT_URL (gRPC, e.g. localhost:6334) when it is set.
func TestStoreRealServer(t *testing.T) {
	url := os.Getenv("MARSAD_TEST_QDRANT_URL")
	if url == "" {
		t.Skip("MARSAD_TEST_QDRANT_URL not set")
	}
	retrievaltest.TestStore(t, func(t *testing.T, dim int) retrieval.Store {
		return newStoreAt(t, url, dim)
	})
}

func TestNewCreatesCollectionWithIndexes(t *testing.T) {
	srv := startServer(t)
	client, err := qdrant.Connect(srv.Addr(), "")
	if err != nil {
		t.Fatal(err)
	}
	s, err := qdrant.New(ctx, client, "docs", 384)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	info, err := client.GetCollectionInfo(ctx, "docs")
	if err != nil {
		t.Fatal(err)
	}
	params := info.GetConfig().GetParams()
	dense := params.GetVectorsConfig().GetParamsMap().GetMap()[qdrant.DenseVector]
	if dense.GetSize() != 384 || dense.GetDistance() != pb.Distance_Cosine {
		t.Errorf("dense vector config %v", dense)
	}
	if m := params.GetSparseVectorsConfig().GetMap()[qdrant.SparseVector]; m.GetModifier() != pb.Modifier_Idf {
		t.Errorf("sparse vector config %v", m)
	}
	for _, f := range []string{"kind", "lang", "region", "occupation", "doc_id", "date"} {
		if _, ok := info.GetPayloadSchema()[f]; !ok {
			t.Errorf("no payload index on %s", f)
		}
	}
	// Reopening checks the dimension.
	c2, _ := qdrant.Connect(srv.Addr(), "")
	if _, err := qdrant.New(ctx, c2, "docs", 128); !errors.Is(err, retrieval.ErrDimension) {
		t.Errorf("reopen with another dimension: %v", err)
	}
	c3, _ := qdrant.Connect(srv.Addr(), "")
	s3, err := qdrant.New(ctx, c3, "docs", 384)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	s3.Close()
}

func TestPointIDStable(t *testing.T) {
	a, b := qdrant.PointID("abc").GetUuid(), qdrant.PointID("abc").GetUuid()
	if a != b || a == qdrant.PointID("abd").GetUuid() || len(a) != 36 {
		t.Errorf("PointID: %s %s", a, b)
	}
}

func TestConnectRejectsBadURL(t *testing.T) {
	if _, err := qdrant.Connect("http://:12", ""); !errors.Is(err, retrieval.ErrInvalid) {
		t.Errorf("Connect: %v", err)
	}
}
