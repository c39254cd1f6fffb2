package qdrant

import (
	"context"
	"fmt"

	pb "github.com/qdrant/go-client/qdrant"
)

// publishersPage is how many points one scroll request reads.
const publishersPage = 1000

// Publishers implements retrieval.Store: it scrolls through the first
// chunks of the kind's documents, reading their publisher field only.
func (s *Store) Publishers(ctx context.Context, kind string) (map[string]int, error) {
	if err := s.errClosed(); err != nil {
		return nil, err
	}
	req := &pb.ScrollPoints{
		CollectionName: s.collection,
		Filter: &pb.Filter{Must: []*pb.Condition{
			pb.NewMatchKeyword(fieldKind, kind), pb.NewMatchInt(fieldOrdinal, 0)}},
		Limit:       pb.PtrOf(uint32(publishersPage)),
		WithPayload: pb.NewWithPayloadInclude(fieldPublisher),
	}
	out := map[string]int{}
	for {
		pts, next, err := s.client.ScrollAndOffset(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("publishers of the %s documents: %w", kind, err)
		}
		for _, p := range pts {
			out[p.GetPayload()[fieldPublisher].GetStringValue()]++
		}
		if next == nil {
			return out, nil
		}
		req.Offset = next
	}
}
