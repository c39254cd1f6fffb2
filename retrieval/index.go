package retrieval

import (
	"context"
	"fmt"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/retrieval/tokens"
)

// Default chunking of an Index, in cl100k tokens.
const (
	DefaultChunkSize    = 200
	DefaultChunkOverlap = 40
)

// Index chunks, embeds and stores documents, and answers text queries with
// hybrid search. It is safe for concurrent use when its store is.
type Index struct {
	store   Store
	emb     Embedder
	sparse  SparseEncoder
	chunk   ChunkFunc
	batch   int // texts per embedder call
	workers int // embedder calls in flight
	observe func(took time.Duration, err error)
}

// Option configures an Index.
type Option func(*Index)

// WithSparseEncoder replaces the built-in TermEncoder of the sparse arm.
func WithSparseEncoder(e SparseEncoder) Option { return func(ix *Index) { ix.sparse = e } }

// WithChunker replaces the default token chunker
// (DefaultChunkSize, DefaultChunkOverlap).
func WithChunker(f ChunkFunc) Option { return func(ix *Index) { ix.chunk = f } }

// WithEmbedBatch sets the number of texts per embedder call (default 64)
// and of calls in flight (default 4).
func WithEmbedBatch(size, workers int) Option {
	return func(ix *Index) { ix.batch, ix.workers = max(size, 1), max(workers, 1) }
}

// WithSearchObserver has f told of every Search and SearchMode once it
// returns: how long it took, embedding the query included, and its
// error. f is called from the caller's goroutine and must not block.
func WithSearchObserver(f func(took time.Duration, err error)) Option {
	return func(ix *Index) { ix.observe = f }
}

// NewIndex returns an Index over store embedding with emb. It fails with
// ErrDimension when their dimensions differ, or when the default chunker's
// token encoding cannot be loaded.
func NewIndex(store Store, emb Embedder, opts ...Option) (*Index, error) {
	ix := &Index{store: store, emb: emb, sparse: NewTermEncoder(), batch: 64, workers: 4}
	for _, o := range opts {
		o(ix)
	}
	if store.Dimension() != emb.Dimension() {
		return nil, fmt.Errorf("new index: embedder has %d dimensions, store %d: %w", emb.Dimension(), store.Dimension(), ErrDimension)
	}
	if ix.chunk == nil {
		c, err := tokens.NewChunker(DefaultChunkSize, DefaultChunkOverlap)
		if err != nil {
			return nil, fmt.Errorf("new index: %w", err)
		}
		ix.chunk = c.Texts
	}
	return ix, nil
}

// Store returns the store of the index.
func (ix *Index) Store() Store { return ix.store }

// Add chunks, embeds and stores docs. Each document replaces every chunk
// stored before under its ID (the old chunks are deleted first, so a search
// running meanwhile may miss the document), and adding the same documents
// again leaves the store as it was. A document without an ID fails the call
// with ErrInvalid before anything is stored; a document with neither title
// nor text is only deleted.
func (ix *Index) Add(ctx context.Context, docs []Document) error {
	var recs []Record
	ids := make([]string, 0, len(docs))
	for _, d := range docs {
		if d.ID == "" {
			return fmt.Errorf("add documents: document %q without id: %w", d.Title, ErrInvalid)
		}
		ids = append(ids, d.ID)
		for i, p := range ix.passages(d) {
			recs = append(recs, Record{Chunk: chunkOf(d, i, p)})
		}
	}
	if err := ix.embed(ctx, recs); err != nil {
		return fmt.Errorf("add documents: %w", err)
	}
	if err := ix.store.Delete(ctx, ids); err != nil {
		return fmt.Errorf("add documents: %w", err)
	}
	for start := 0; start < len(recs); start += upsertBatch {
		if err := ix.store.Upsert(ctx, recs[start:min(start+upsertBatch, len(recs))]); err != nil {
			return fmt.Errorf("add documents: %w", err)
		}
	}
	return nil
}

// upsertBatch is the number of records per Store.Upsert call of Add.
const upsertBatch = 512

// Delete removes the documents with the given ids; unknown ids are ignored.
func (ix *Index) Delete(ctx context.Context, ids []string) error {
	if err := ix.store.Delete(ctx, ids); err != nil {
		return fmt.Errorf("delete documents: %w", err)
	}
	return nil
}

// passages returns the chunk texts of d: its text chunked, or its title
// alone when the text is blank.
func (ix *Index) passages(d Document) []string {
	if ps := ix.chunk(d.Text); len(ps) > 0 {
		return ps
	}
	if t := strings.TrimSpace(d.Title); t != "" {
		return []string{t}
	}
	return nil
}

// embedText is what gets embedded for a chunk: a header with the document
// title and the names of its region and occupation (so that every passage
// carries its topic and payload, whatever words it happens to use), then
// the passage.
func embedText(c Chunk) string {
	var h []string
	if t := strings.TrimSpace(c.Title); t != "" && t != strings.TrimSpace(c.Text) {
		h = append(h, t)
	}
	if c.Region != "" && c.Region != "MA" {
		h = append(h, lang.RegionName(c.Region, lang.French))
	}
	if c.Occupation != "" {
		if names := lang.ConceptTerms(lang.Concept{Kind: lang.KindOccupation, Value: c.Occupation}); len(names) > 0 {
			h = append(h, names[0])
		}
	}
	if len(h) == 0 {
		return c.Text
	}
	return strings.Join(h, " · ") + "\n" + c.Text
}

// embed fills the dense and sparse vectors of recs.
func (ix *Index) embed(ctx context.Context, recs []Record) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(ix.workers)
	for start := 0; start < len(recs); start += ix.batch {
		part := recs[start:min(start+ix.batch, len(recs))]
		g.Go(func() error {
			texts := make([]string, len(part))
			for i, r := range part {
				texts[i] = embedText(r.Chunk)
			}
			vecs, err := ix.emb.Dense(ctx, texts)
			if err != nil {
				return err
			}
			if len(vecs) != len(part) {
				return fmt.Errorf("embedder returned %d vectors for %d texts: %w", len(vecs), len(part), ErrInvalid)
			}
			sparse := ix.sparse.EncodeDocs(texts)
			for i := range part {
				part[i].Dense, part[i].Sparse = vecs[i], sparse[i]
			}
			return nil
		})
	}
	return g.Wait()
}
