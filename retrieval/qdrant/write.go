package qdrant

import (
	"context"
	"fmt"

	pb "github.com/qdrant/go-client/qdrant"

	"github.com/marsad/marsad/retrieval"
)

// Upsert implements retrieval.Store: points go in requests of UpsertBatch,
// each waiting until applied. The records are checked before anything is
// sent; a server failure in the middle leaves the earlier batches stored.
func (s *Store) Upsert(ctx context.Context, recs []retrieval.Record) error {
	if err := s.errClosed(); err != nil {
		return err
	}
	if err := retrieval.ValidateRecords(recs, s.dim); err != nil {
		return fmt.Errorf("upsert: %w", err)
	}
	wait := true
	for start := 0; start < len(recs); start += UpsertBatch {
		part := recs[start:min(start+UpsertBatch, len(recs))]
		pts := make([]*pb.PointStruct, len(part))
		for i, r := range part {
			pts[i] = pointOf(r)
		}
		if _, err := s.client.Upsert(ctx, &pb.UpsertPoints{CollectionName: s.collection, Wait: &wait, Points: pts}); err != nil {
			return fmt.Errorf("upsert %d chunks: %w", len(part), err)
		}
	}
	return nil
}

func pointOf(r retrieval.Record) *pb.PointStruct {
	vecs := map[string]*pb.Vector{}
	if len(r.Dense) > 0 {
		vecs[DenseVector] = pb.NewVectorDense(r.Dense)
	}
	if sp := r.Sparse.Canonical(); sp.Len() > 0 {
		vecs[SparseVector] = pb.NewVectorSparse(sp.Indices, sp.Values)
	}
	return &pb.PointStruct{Id: PointID(r.Chunk.ID), Payload: payload(r.Chunk), Vectors: pb.NewVectorsMap(vecs)}
}

// Delete implements retrieval.Store with one delete by filter on doc_id.
func (s *Store) Delete(ctx context.Context, docIDs []string) error {
	if err := s.errClosed(); err != nil {
		return err
	}
	if len(docIDs) == 0 {
		return nil
	}
	wait := true
	sel := pb.NewPointsSelectorFilter(&pb.Filter{Must: []*pb.Condition{pb.NewMatchKeywords(fieldDocID, docIDs...)}})
	if _, err := s.client.Delete(ctx, &pb.DeletePoints{CollectionName: s.collection, Wait: &wait, Points: sel}); err != nil {
		return fmt.Errorf("delete %d documents: %w", len(docIDs), err)
	}
	return nil
}
