package retrieval

import "context"

// Embedder turns texts into dense vectors of a fixed dimension, one per
// text, in order. Implementations are safe for concurrent use.
type Embedder interface {
	// Dense returns one vector of length Dimension per text, or an error
	// (the whole batch fails together).
	Dense(ctx context.Context, texts []string) ([][]float32, error)
	// Dimension returns the length of the vectors.
	Dimension() int
}

// QueryEmbedder is implemented by embedders that embed a query differently
// from a passage (with query expansion, or an instruction prefix); Index
// uses DenseQuery for queries when the embedder has it.
type QueryEmbedder interface {
	DenseQuery(ctx context.Context, query string) ([]float32, error)
}

// SparseEncoder turns texts into sparse term-weight vectors. Documents and
// queries are encoded differently (a document carries saturated term
// frequencies, a query the terms it asks for); the store multiplies both
// with the IDF of each term. Implementations are pure and safe for
// concurrent use.
type SparseEncoder interface {
	EncodeDocs(texts []string) []SparseVector
	EncodeQuery(text string) SparseVector
}

// EmbedFunc is the one-method form of a dense embedder of dimension Dim.
type EmbedFunc struct {
	Dim int
	Fn  func(ctx context.Context, texts []string) ([][]float32, error)
}

// Dense calls f.Fn.
func (f EmbedFunc) Dense(ctx context.Context, texts []string) ([][]float32, error) {
	return f.Fn(ctx, texts)
}

// Dimension returns f.Dim.
func (f EmbedFunc) Dimension() int { return f.Dim }

// ChunkFunc splits a text into passages; concatenated they cover the text.
type ChunkFunc func(text string) []string
