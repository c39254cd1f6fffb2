// Package qdranttest runs an in-memory Qdrant inside the test process: a
// gRPC server implementing, on the service interfaces generated in
// github.com/qdrant/go-client/qdrant, what Marsad's Qdrant store uses, with
// Qdrant's semantics: named dense vectors (cosine or dot) and sparse
// vectors (with the IDF modifier), payload filters (must, should, must_not;
// keyword, keywords, integer, bool and range matches, has_id, is_empty,
// is_null, nested filters), the Query API with nearest queries, prefetches
// and reciprocal rank fusion, batched queries, counts, upserts and deletes
// by id or by filter. Searches are exact scans. Anything else answers
// codes.Unimplemented, so a store that relies on more fails loudly.
package qdranttest

import (
	"context"
	"net"
	"sync"
	"sync/atomic"

	"github.com/qdrant/go-client/qdrant"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Version is the Qdrant version the server reports.
const Version = "1.17.0"

// Server is a running in-memory Qdrant. Start it with Start.
type Server struct {
	grpc *grpc.Server
	lis  net.Listener
	db   *db
	done chan struct{}
	// refusing makes every call answer Unavailable (Refuse).
	refusing atomic.Bool
}

// db holds the collections; one lock serialises writes.
type db struct {
	mu   sync.RWMutex
	cols map[string]*collection
}

// Start listens on a free port of 127.0.0.1 and serves until Close,
// reporting Version.
func Start() (*Server, error) { return StartVersion(Version) }

// StartVersion is Start with the server reporting version, to test how a
// client meets an older or newer Qdrant.
func StartVersion(version string) (*Server, error) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{lis: lis, db: &db{cols: map[string]*collection{}}, done: make(chan struct{})}
	s.grpc = grpc.NewServer(grpc.UnaryInterceptor(s.refuse))
	qdrant.RegisterQdrantServer(s.grpc, health{version: version})
	qdrant.RegisterCollectionsServer(s.grpc, &collections{db: s.db})
	qdrant.RegisterPointsServer(s.grpc, &points{db: s.db})
	go func() {
		defer close(s.done)
		_ = s.grpc.Serve(lis)
	}()
	return s, nil
}

// Addr returns host:port of the server.
func (s *Server) Addr() string { return s.lis.Addr().String() }

// Host and Port split Addr for qdrant.Config.
func (s *Server) Host() string { return s.lis.Addr().(*net.TCPAddr).IP.String() }

// Port returns the port the server listens on.
func (s *Server) Port() int { return s.lis.Addr().(*net.TCPAddr).Port }

// Refuse makes every call answer codes.Unavailable while on is true, as
// a Qdrant that is restarting or overloaded does; the collections are
// kept for when it answers again.
func (s *Server) Refuse(on bool) { s.refusing.Store(on) }

func (s *Server) refuse(ctx context.Context, req any, _ *grpc.UnaryServerInfo, next grpc.UnaryHandler) (any, error) {
	if s.refusing.Load() {
		return nil, status.Error(codes.Unavailable, "qdranttest: refusing")
	}
	return next(ctx, req)
}

// Close stops the server and waits for it.
func (s *Server) Close() {
	s.grpc.Stop()
	<-s.done
}

type health struct {
	qdrant.UnimplementedQdrantServer
	version string
}

func (h health) HealthCheck(context.Context, *qdrant.HealthCheckRequest) (*qdrant.HealthCheckReply, error) {
	return &qdrant.HealthCheckReply{Title: "qdranttest", Version: h.version}, nil
}
