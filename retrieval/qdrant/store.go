// Package qdrant is the retrieval.Store on a Qdrant server, through the
// official Go client (gRPC).
//
// A collection holds one point per chunk: the point id is a UUID derived
// from the chunk id, the named dense vector "dense" uses cosine distance,
// the named sparse vector "sparse" has Qdrant apply IDF, and the payload
// carries the chunk with keyword indexes on kind, lang, region, occupation
// and doc_id and an integer index on date (Unix seconds). A hybrid search
// is one Query API call with a dense and a sparse prefetch fused by
// reciprocal rank (k = retrieval.RRFK), batched with the two arms alone so
// that each hit carries its rank in both.
package qdrant

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"

	pb "github.com/qdrant/go-client/qdrant"

	"github.com/marsad/marsad/retrieval"
)

// Names of the vectors in a collection.
const (
	DenseVector  = "dense"
	SparseVector = "sparse"
)

// UpsertBatch is the number of points per upsert request.
const UpsertBatch = 256

// Store is a retrieval.Store on one Qdrant collection. Create it with New.
type Store struct {
	client     *pb.Client
	collection string
	dim        int
	closed     atomic.Bool
}

// Connect returns a client of the Qdrant gRPC endpoint at rawURL:
// "host:port", "http://host:port" or "https://host:port" (TLS), the port
// defaulting to 6334; apiKey may be empty.
func Connect(rawURL, apiKey string) (*pb.Client, error) {
	cfg, err := clientConfig(rawURL, apiKey)
	if err != nil {
		return nil, err
	}
	c, err := pb.NewClient(cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to qdrant at %s: %w", rawURL, err)
	}
	return c, nil
}

func clientConfig(rawURL, apiKey string) (*pb.Config, error) {
	if !strings.Contains(rawURL, "://") {
		rawURL = "http://" + rawURL
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return nil, fmt.Errorf("qdrant url %q: %w", rawURL, retrieval.ErrInvalid)
	}
	port := 6334
	if p := u.Port(); p != "" {
		if port, err = strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("qdrant url %q: port: %w", rawURL, retrieval.ErrInvalid)
		}
	}
	return &pb.Config{Host: u.Hostname(), Port: port, APIKey: apiKey, UseTLS: u.Scheme == "https", PoolSize: 1}, nil
}

// New returns the store on collection, creating the collection with its
// vectors and payload indexes when it does not exist. A server older than
// MinServerVersion fails with retrieval.ErrInvalid naming both versions;
// an existing collection whose dense vector has another dimension fails
// with retrieval.ErrDimension. The store owns client: Close closes it.
func New(ctx context.Context, client *pb.Client, collection string, dim int) (*Store, error) {
	if dim <= 0 || collection == "" {
		return nil, fmt.Errorf("qdrant store %q of dimension %d: %w", collection, dim, retrieval.ErrInvalid)
	}
	if err := checkServerVersion(ctx, client); err != nil {
		return nil, err
	}
	s := &Store{client: client, collection: collection, dim: dim}
	if err := s.ensure(ctx); err != nil {
		return nil, fmt.Errorf("qdrant collection %s: %w", collection, err)
	}
	return s, nil
}

// ensure creates the collection and its payload indexes, or checks the
// dimension of the existing one.
func (s *Store) ensure(ctx context.Context) error {
	exists, err := s.client.CollectionExists(ctx, s.collection)
	if err != nil {
		return err
	}
	if exists {
		return s.checkDimension(ctx)
	}
	idf := pb.Modifier_Idf
	err = s.client.CreateCollection(ctx, &pb.CreateCollection{
		CollectionName: s.collection,
		VectorsConfig: pb.NewVectorsConfigMap(map[string]*pb.VectorParams{
			DenseVector: {Size: uint64(s.dim), Distance: pb.Distance_Cosine},
		}),
		SparseVectorsConfig: pb.NewSparseVectorsConfig(map[string]*pb.SparseVectorParams{
			SparseVector: {Modifier: &idf},
		}),
	})
	if err != nil {
		return err
	}
	return s.createIndexes(ctx)
}

// indexedFields are the payload fields with an index, and their types.
var indexedFields = []struct {
	name string
	typ  pb.FieldType
}{
	{fieldKind, pb.FieldType_FieldTypeKeyword},
	{fieldLang, pb.FieldType_FieldTypeKeyword},
	{fieldRegion, pb.FieldType_FieldTypeKeyword},
	{fieldOccupation, pb.FieldType_FieldTypeKeyword},
	{fieldDocID, pb.FieldType_FieldTypeKeyword},
	{fieldDate, pb.FieldType_FieldTypeInteger},
}

func (s *Store) createIndexes(ctx context.Context) error {
	wait := true
	for _, f := range indexedFields {
		typ := f.typ
		_, err := s.client.CreateFieldIndex(ctx, &pb.CreateFieldIndexCollection{
			CollectionName: s.collection, Wait: &wait, FieldName: f.name, FieldType: &typ,
		})
		if err != nil {
			return fmt.Errorf("index %s: %w", f.name, err)
		}
	}
	return nil
}

func (s *Store) checkDimension(ctx context.Context) error {
	info, err := s.client.GetCollectionInfo(ctx, s.collection)
	if err != nil {
		return err
	}
	p, ok := info.GetConfig().GetParams().GetVectorsConfig().GetParamsMap().GetMap()[DenseVector]
	if !ok {
		return fmt.Errorf("no %q vector: %w", DenseVector, retrieval.ErrInvalid)
	}
	if int(p.GetSize()) != s.dim {
		return fmt.Errorf("collection has %d dimensions, store %d: %w", p.GetSize(), s.dim, retrieval.ErrDimension)
	}
	return nil
}

// Dimension implements retrieval.Store.
func (s *Store) Dimension() int { return s.dim }

// Count implements retrieval.Store.
func (s *Store) Count(ctx context.Context) (int, error) {
	if err := s.errClosed(); err != nil {
		return 0, err
	}
	exact := true
	n, err := s.client.Count(ctx, &pb.CountPoints{CollectionName: s.collection, Exact: &exact})
	if err != nil {
		return 0, fmt.Errorf("count chunks: %w", err)
	}
	return int(n), nil
}

// Close closes the client; later calls fail with retrieval.ErrClosed.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	if err := s.client.Close(); err != nil {
		return fmt.Errorf("close qdrant client: %w", err)
	}
	return nil
}

// errClosed returns retrieval.ErrClosed once the store is closed.
func (s *Store) errClosed() error {
	if s.closed.Load() {
		return retrieval.ErrClosed
	}
	return nil
}
