package qdranttest

import (
	"context"
	"slices"

	"github.com/qdrant/go-client/qdrant"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
)

// collection is one collection: its vector configuration, payload indexes
// and points by id.
type collection struct {
	dense   map[string]*qdrant.VectorParams // "" for an unnamed vector
	sparse  map[string]*qdrant.SparseVectorParams
	indexes map[string]qdrant.FieldType
	points  map[string]*point
}

type collections struct {
	qdrant.UnimplementedCollectionsServer
	db *db
}

func (c *collections) Create(_ context.Context, req *qdrant.CreateCollection) (*qdrant.CollectionOperationResponse, error) {
	c.db.mu.Lock()
	defer c.db.mu.Unlock()
	if _, ok := c.db.cols[req.GetCollectionName()]; ok {
		return nil, status.Errorf(codes.AlreadyExists, "collection %q already exists", req.GetCollectionName())
	}
	col := &collection{dense: map[string]*qdrant.VectorParams{}, sparse: map[string]*qdrant.SparseVectorParams{},
		indexes: map[string]qdrant.FieldType{}, points: map[string]*point{}}
	vc := req.GetVectorsConfig()
	if p := vc.GetParams(); p != nil {
		col.dense[""] = p
	}
	for name, p := range vc.GetParamsMap().GetMap() {
		col.dense[name] = p
	}
	for name, p := range col.dense {
		if p.GetSize() == 0 {
			return nil, status.Errorf(codes.InvalidArgument, "vector %q: size 0", name)
		}
		if d := p.GetDistance(); d != qdrant.Distance_Cosine && d != qdrant.Distance_Dot {
			return nil, status.Errorf(codes.Unimplemented, "vector %q: distance %v", name, d)
		}
	}
	for name, p := range req.GetSparseVectorsConfig().GetMap() {
		col.sparse[name] = p
	}
	c.db.cols[req.GetCollectionName()] = col
	return &qdrant.CollectionOperationResponse{Result: true}, nil
}

func (c *collections) Delete(_ context.Context, req *qdrant.DeleteCollection) (*qdrant.CollectionOperationResponse, error) {
	c.db.mu.Lock()
	defer c.db.mu.Unlock()
	_, ok := c.db.cols[req.GetCollectionName()]
	delete(c.db.cols, req.GetCollectionName())
	return &qdrant.CollectionOperationResponse{Result: ok}, nil
}

func (c *collections) CollectionExists(_ context.Context, req *qdrant.CollectionExistsRequest) (*qdrant.CollectionExistsResponse, error) {
	c.db.mu.RLock()
	defer c.db.mu.RUnlock()
	_, ok := c.db.cols[req.GetCollectionName()]
	return &qdrant.CollectionExistsResponse{Result: &qdrant.CollectionExists{Exists: ok}}, nil
}

func (c *collections) List(context.Context, *qdrant.ListCollectionsRequest) (*qdrant.ListCollectionsResponse, error) {
	c.db.mu.RLock()
	defer c.db.mu.RUnlock()
	resp := &qdrant.ListCollectionsResponse{}
	for name := range c.db.cols {
		resp.Collections = append(resp.Collections, &qdrant.CollectionDescription{Name: name})
	}
	slices.SortFunc(resp.Collections, func(a, b *qdrant.CollectionDescription) int {
		return compareStrings(a.Name, b.Name)
	})
	return resp, nil
}

func (c *collections) Get(_ context.Context, req *qdrant.GetCollectionInfoRequest) (*qdrant.GetCollectionInfoResponse, error) {
	c.db.mu.RLock()
	defer c.db.mu.RUnlock()
	col, err := c.db.get(req.GetCollectionName())
	if err != nil {
		return nil, err
	}
	params := &qdrant.CollectionParams{ShardNumber: 1}
	if p, ok := col.dense[""]; ok && len(col.dense) == 1 {
		params.VectorsConfig = qdrant.NewVectorsConfig(proto.Clone(p).(*qdrant.VectorParams))
	} else if len(col.dense) > 0 {
		m := map[string]*qdrant.VectorParams{}
		for name, p := range col.dense {
			m[name] = proto.Clone(p).(*qdrant.VectorParams)
		}
		params.VectorsConfig = qdrant.NewVectorsConfigMap(m)
	}
	if len(col.sparse) > 0 {
		m := map[string]*qdrant.SparseVectorParams{}
		for name, p := range col.sparse {
			m[name] = proto.Clone(p).(*qdrant.SparseVectorParams)
		}
		params.SparseVectorsConfig = qdrant.NewSparseVectorsConfig(m)
	}
	schema := map[string]*qdrant.PayloadSchemaInfo{}
	for field, ft := range col.indexes {
		schema[field] = &qdrant.PayloadSchemaInfo{DataType: payloadSchemaType(ft)}
	}
	n := uint64(len(col.points))
	info := &qdrant.CollectionInfo{Status: qdrant.CollectionStatus_Green, SegmentsCount: 1, PointsCount: &n,
		Config: &qdrant.CollectionConfig{Params: params}, PayloadSchema: schema}
	return &qdrant.GetCollectionInfoResponse{Result: info}, nil
}

func (d *db) get(name string) (*collection, error) {
	col, ok := d.cols[name]
	if !ok {
		return nil, status.Errorf(codes.NotFound, "collection %q not found", name)
	}
	return col, nil
}

func payloadSchemaType(ft qdrant.FieldType) qdrant.PayloadSchemaType {
	switch ft {
	case qdrant.FieldType_FieldTypeKeyword:
		return qdrant.PayloadSchemaType_Keyword
	case qdrant.FieldType_FieldTypeInteger:
		return qdrant.PayloadSchemaType_Integer
	case qdrant.FieldType_FieldTypeFloat:
		return qdrant.PayloadSchemaType_Float
	case qdrant.FieldType_FieldTypeDatetime:
		return qdrant.PayloadSchemaType_Datetime
	case qdrant.FieldType_FieldTypeBool:
		return qdrant.PayloadSchemaType_Bool
	}
	return qdrant.PayloadSchemaType_UnknownType
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
