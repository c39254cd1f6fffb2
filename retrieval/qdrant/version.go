package qdrant

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	pb "github.com/qdrant/go-client/qdrant"

	"github.com/marsad/marsad/retrieval"
)

// MinServerVersion is the oldest Qdrant the store works with: hybrid
// search sends an RRF query with its own k (pb.Rrf.K), which Qdrant
// accepts from 1.16 on; an older server would reject every search. The
// client's own check only logs when major/minor versions drift apart, so
// the store refuses an older server at start instead.
const MinServerVersion = "1.16.0"

// checkServerVersion asks the server its version and fails as
// CheckVersion does.
func checkServerVersion(ctx context.Context, client *pb.Client) error {
	reply, err := client.HealthCheck(ctx)
	if err != nil {
		return fmt.Errorf("qdrant health check: %w", err)
	}
	return CheckVersion(reply.GetVersion())
}

// CheckVersion fails with retrieval.ErrInvalid when version (as a Qdrant
// server or image tag says it: "1.16.2", "v1.17.0") is older than
// MinServerVersion or not major.minor.patch.
func CheckVersion(version string) error {
	got, ok := parseVersion(version)
	want, _ := parseVersion(MinServerVersion)
	if !ok {
		return fmt.Errorf("qdrant reports version %q, which is not major.minor.patch: %w", version, retrieval.ErrInvalid)
	}
	for i := range got {
		if got[i] != want[i] {
			if got[i] < want[i] {
				return fmt.Errorf("qdrant server is version %s; Marsad needs %s or later (RRF with its own k): %w",
					version, MinServerVersion, retrieval.ErrInvalid)
			}
			break
		}
	}
	return nil
}

// parseVersion reads "1.16.2" (a "v" prefix and a "-dev" suffix allowed).
func parseVersion(s string) ([3]int, bool) {
	var v [3]int
	s = strings.TrimPrefix(strings.TrimSpace(s), "v")
	if i := strings.IndexAny(s, "-+"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return v, false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return v, false
		}
		v[i] = n
	}
	return v, true
}

// Ping asks the server behind client for its health (the gRPC health
// check of Qdrant's service): the readiness probe of /readyz. It fails
// when the server is unreachable or answers an error.
func Ping(ctx context.Context, client *pb.Client) error {
	if _, err := client.HealthCheck(ctx); err != nil {
		return fmt.Errorf("qdrant health check: %w", err)
	}
	return nil
}
