package qdrant_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/qdrant"
	"github.com/marsad/marsad/retrieval/qdrant/qdranttest"
)

func TestNewRefusesAQdrantOlderThanTheRRFItNeeds(t *testing.T) {
	for _, tc := range []struct {
		version string
		ok      bool
	}{
		{"1.15.4", false},
		{"0.99.0", false},
		{"garbage", false},
		{"1.16.0", true},
		{"1.17.2-dev", true},
		{"2.0.0", true},
	} {
		t.Run(tc.version, func(t *testing.T) {
			srv, err := qdranttest.StartVersion(tc.version)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(srv.Close)
			client, err := qdrant.Connect(srv.Addr(), "")
			if err != nil {
				t.Fatal(err)
			}
			s, err := qdrant.New(ctx, client, "versioned", 8)
			if tc.ok {
				if err != nil {
					t.Fatalf("server %s refused: %v", tc.version, err)
				}
				s.Close()
				return
			}
			client.Close()
			if !errors.Is(err, retrieval.ErrInvalid) || !strings.Contains(err.Error(), tc.version) {
				t.Fatalf("server %s: got %v, want ErrInvalid naming the version", tc.version, err)
			}
		})
	}
}
