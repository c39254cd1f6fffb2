// Package retrieval finds the passages of Marsad's documents (statistical
// notes, occupation profiles, job ads) that answer a question, in any of the
// five languages Marsad reads (fr, ar, ary, ary-Latn, en).
//
// The package holds the domain types and the interfaces; the technologies
// live in subpackages: retrieval/embed (embedders), retrieval/tokens
// (token counting and chunking), retrieval/embedded and retrieval/qdrant
// (stores), retrieval/lang (normalisation, lexicons, gazetteer).
//
// A search is hybrid: a dense arm (cosine between embeddings) and a sparse
// arm (BM25-style term weights with IDF computed by the store) are fused by
// reciprocal rank. The sparse arm is computed by a SparseEncoder that does
// not depend on the dense embedder, so keyword matching and the
// cross-language concept terms of the lexicon work whatever model embeds.
//
// The usual entry point is Index:
//
//	ix := retrieval.NewIndex(store, embed.NewBuiltin())
//	err := ix.Add(ctx, docs)
//	hits, err := ix.Search(ctx, "bitala f casa", retrieval.Filter{Kinds: []string{"note"}}, 5)
package retrieval
