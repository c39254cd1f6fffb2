package retrieval

import (
	"context"
	"fmt"
)

// Record is what a Store keeps for one chunk: its payload, its dense
// embedding and its sparse term weights (either vector may be empty when the
// corresponding arm is not used).
type Record struct {
	Chunk  Chunk
	Dense  []float32
	Sparse SparseVector
}

// Mode selects the arms of a search.
type Mode int

// Search modes. The zero value is ModeHybrid.
const (
	ModeHybrid Mode = iota // dense and sparse fused by reciprocal rank
	ModeDense              // cosine similarity of the dense vectors only
	ModeSparse             // sparse dot product with IDF only
)

func (m Mode) String() string {
	switch m {
	case ModeHybrid:
		return "hybrid"
	case ModeDense:
		return "dense"
	case ModeSparse:
		return "sparse"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// SearchRequest is one query to a Store.
//
// In ModeHybrid each arm with a query vector retrieves PrefetchLimit(Limit)
// candidates passing Filter, and the candidates are fused with Fuse; an arm
// whose query vector is empty is skipped. ModeDense needs Dense, ModeSparse
// needs Sparse (else ErrInvalid). Limit 0 means DefaultLimit.
type SearchRequest struct {
	Dense  []float32
	Sparse SparseVector
	Filter Filter
	Limit  int
	Mode   Mode
}

// DefaultLimit is the number of hits of a search that does not say.
const DefaultLimit = 10

// Validate checks r against a store of dimension dim and returns r with its
// limit defaulted, or an error wrapping ErrInvalid or ErrDimension.
func (r SearchRequest) Validate(dim int) (SearchRequest, error) {
	if r.Limit < 0 {
		return r, fmt.Errorf("search limit %d: %w", r.Limit, ErrInvalid)
	}
	if r.Limit == 0 {
		r.Limit = DefaultLimit
	}
	if len(r.Dense) != 0 && len(r.Dense) != dim {
		return r, fmt.Errorf("query vector has %d dimensions, store has %d: %w", len(r.Dense), dim, ErrDimension)
	}
	switch r.Mode {
	case ModeHybrid:
	case ModeDense:
		if len(r.Dense) == 0 {
			return r, fmt.Errorf("dense search without a dense vector: %w", ErrInvalid)
		}
	case ModeSparse:
		if r.Sparse.Len() == 0 {
			return r, fmt.Errorf("sparse search without a sparse vector: %w", ErrInvalid)
		}
	default:
		return r, fmt.Errorf("search mode %v: %w", r.Mode, ErrInvalid)
	}
	return r, nil
}

// PrefetchLimit is the number of candidates each arm of a hybrid search
// retrieves for a final limit of n.
func PrefetchLimit(n int) int { return max(4*n, 40) }

// Hit is one result of a search.
//
// Score is the fused reciprocal-rank score in ModeHybrid, the cosine in
// ModeDense and the sparse dot product with IDF in ModeSparse; hits come in
// decreasing Score. DenseRank and SparseRank are the 1-based ranks of the
// chunk among the candidates of each arm, 0 when the arm did not run or did
// not retrieve it.
type Hit struct {
	Chunk      Chunk
	Score      float64
	DenseRank  int
	SparseRank int
}

// Store keeps records and searches them. Implementations are safe for
// concurrent use.
type Store interface {
	// Dimension returns the length of the dense vectors the store accepts.
	Dimension() int
	// Upsert inserts the records, replacing any record with the same chunk
	// id. A record whose dense vector has another length fails the whole
	// call with ErrDimension, one without a chunk id with ErrInvalid;
	// nothing of a failed call is stored.
	Upsert(ctx context.Context, recs []Record) error
	// Delete removes every chunk of the documents with the given ids;
	// unknown ids are ignored.
	Delete(ctx context.Context, docIDs []string) error
	// Search returns up to req.Limit hits passing req.Filter, best first; no
	// hit and a nil error when nothing matches.
	Search(ctx context.Context, req SearchRequest) ([]Hit, error)
	// Count returns the number of chunks stored.
	Count(ctx context.Context) (int, error)
	// Publishers counts the documents of one kind (KindNote…) by
	// publisher: who the stored documents come from, so that a page lists
	// the sources actually loaded. A document counts once, by its first
	// chunk; a publisher with no document is absent; an empty store gives
	// an empty map.
	Publishers(ctx context.Context, kind string) (map[string]int, error)
	// Close releases the store; later calls fail with ErrClosed.
	Close() error
}

// ValidateRecords checks recs against dimension dim, the check every
// Store.Upsert makes before storing anything.
func ValidateRecords(recs []Record, dim int) error {
	for i, r := range recs {
		if r.Chunk.ID == "" || r.Chunk.DocID == "" {
			return fmt.Errorf("record %d without a chunk or document id: %w", i, ErrInvalid)
		}
		if len(r.Dense) != 0 && len(r.Dense) != dim {
			return fmt.Errorf("record %s has %d dimensions, store has %d: %w", r.Chunk.ID, len(r.Dense), dim, ErrDimension)
		}
		if len(r.Sparse.Indices) != len(r.Sparse.Values) {
			return fmt.Errorf("record %s: sparse vector with %d indices and %d values: %w",
				r.Chunk.ID, len(r.Sparse.Indices), len(r.Sparse.Values), ErrInvalid)
		}
	}
	return nil
}
