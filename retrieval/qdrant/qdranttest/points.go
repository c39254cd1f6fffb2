package qdranttest

//lint:file-ignore SA1019 deprecatedParts reads the encoding older clients send
import (
	"context"
	"fmt"
	"math"

	"github.com/qdrant/go-client/qdrant"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
)

// point is one stored point; dense vectors of cosine collections are kept
// normalised, as Qdrant does.
type point struct {
	id      *qdrant.PointId
	payload map[string]*qdrant.Value
	dense   map[string][]float32
	sparse  map[string]*qdrant.SparseVector
}

type points struct {
	qdrant.UnimplementedPointsServer
	db *db
}

// idKey returns the map key of a point id.
func idKey(id *qdrant.PointId) string {
	if u, ok := id.GetPointIdOptions().(*qdrant.PointId_Uuid); ok {
		return "u:" + u.Uuid
	}
	return fmt.Sprintf("n:%d", id.GetNum())
}

func ok() *qdrant.PointsOperationResponse {
	return &qdrant.PointsOperationResponse{Result: &qdrant.UpdateResult{Status: qdrant.UpdateStatus_Completed}}
}

// Upsert checks every point before storing any: Qdrant rejects a batch with
// a wrong vector as a whole.
func (p *points) Upsert(_ context.Context, req *qdrant.UpsertPoints) (*qdrant.PointsOperationResponse, error) {
	p.db.mu.Lock()
	defer p.db.mu.Unlock()
	col, err := p.db.get(req.GetCollectionName())
	if err != nil {
		return nil, err
	}
	parsed := make([]*point, len(req.GetPoints()))
	for i, ps := range req.GetPoints() {
		if parsed[i], err = col.parsePoint(ps); err != nil {
			return nil, err
		}
	}
	for _, pt := range parsed {
		col.points[idKey(pt.id)] = pt
	}
	return ok(), nil
}

// parsePoint validates one point against the collection's vectors.
func (col *collection) parsePoint(ps *qdrant.PointStruct) (*point, error) {
	if ps.GetId() == nil {
		return nil, status.Error(codes.InvalidArgument, "point without id")
	}
	pt := &point{id: proto.Clone(ps.GetId()).(*qdrant.PointId), payload: map[string]*qdrant.Value{},
		dense: map[string][]float32{}, sparse: map[string]*qdrant.SparseVector{}}
	for k, v := range ps.GetPayload() {
		pt.payload[k] = proto.Clone(v).(*qdrant.Value)
	}
	named := map[string]*qdrant.Vector{}
	switch v := ps.GetVectors().GetVectorsOptions().(type) {
	case *qdrant.Vectors_Vector:
		named[""] = v.Vector
	case *qdrant.Vectors_Vectors:
		named = v.Vectors.GetVectors()
	}
	for name, v := range named {
		if err := col.setVector(pt, name, v); err != nil {
			return nil, err
		}
	}
	return pt, nil
}

// setVector stores vector v under name, dense or sparse as configured.
func (col *collection) setVector(pt *point, name string, v *qdrant.Vector) error {
	dense, sparse := vectorParts(v)
	if params, ok := col.dense[name]; ok {
		if dense == nil || uint64(len(dense)) != params.GetSize() {
			return status.Errorf(codes.InvalidArgument, "wrong input: vector %q dimension error: expected dim: %d, got %d",
				name, params.GetSize(), len(dense))
		}
		d := append([]float32(nil), dense...)
		if params.GetDistance() == qdrant.Distance_Cosine {
			normalize(d)
		}
		pt.dense[name] = d
		return nil
	}
	if _, ok := col.sparse[name]; ok {
		if sparse == nil || len(sparse.GetIndices()) != len(sparse.GetValues()) {
			return status.Errorf(codes.InvalidArgument, "vector %q is not a valid sparse vector", name)
		}
		pt.sparse[name] = proto.Clone(sparse).(*qdrant.SparseVector)
		return nil
	}
	return status.Errorf(codes.InvalidArgument, "wrong input: not existing vector name: %q", name)
}

// vectorParts reads a Vector in its current and deprecated encodings.
func vectorParts(v *qdrant.Vector) ([]float32, *qdrant.SparseVector) {
	switch x := v.GetVector().(type) {
	case *qdrant.Vector_Dense:
		return x.Dense.GetData(), nil
	case *qdrant.Vector_Sparse:
		return nil, x.Sparse
	}
	return deprecatedParts(v)
}

// deprecatedParts reads the top-level data and indices that clients before
// 1.16 send: a server must still read them.
func deprecatedParts(v *qdrant.Vector) ([]float32, *qdrant.SparseVector) {
	if v.GetIndices() != nil {
		return nil, &qdrant.SparseVector{Indices: v.GetIndices().GetData(), Values: v.GetData()}
	}
	return v.GetData(), nil
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

func (p *points) Delete(_ context.Context, req *qdrant.DeletePoints) (*qdrant.PointsOperationResponse, error) {
	p.db.mu.Lock()
	defer p.db.mu.Unlock()
	col, err := p.db.get(req.GetCollectionName())
	if err != nil {
		return nil, err
	}
	switch sel := req.GetPoints().GetPointsSelectorOneOf().(type) {
	case *qdrant.PointsSelector_Points:
		for _, id := range sel.Points.GetIds() {
			delete(col.points, idKey(id))
		}
	case *qdrant.PointsSelector_Filter:
		for k, pt := range col.points {
			m, err := matches(sel.Filter, pt)
			if err != nil {
				return nil, err
			}
			if m {
				delete(col.points, k)
			}
		}
	default:
		return nil, status.Error(codes.InvalidArgument, "delete without a points selector")
	}
	return ok(), nil
}

func (p *points) Count(_ context.Context, req *qdrant.CountPoints) (*qdrant.CountResponse, error) {
	p.db.mu.RLock()
	defer p.db.mu.RUnlock()
	col, err := p.db.get(req.GetCollectionName())
	if err != nil {
		return nil, err
	}
	var n uint64
	for _, pt := range col.points {
		m, err := matches(req.GetFilter(), pt)
		if err != nil {
			return nil, err
		}
		if m {
			n++
		}
	}
	return &qdrant.CountResponse{Result: &qdrant.CountResult{Count: n}}, nil
}

func (p *points) CreateFieldIndex(_ context.Context, req *qdrant.CreateFieldIndexCollection) (*qdrant.PointsOperationResponse, error) {
	p.db.mu.Lock()
	defer p.db.mu.Unlock()
	col, err := p.db.get(req.GetCollectionName())
	if err != nil {
		return nil, err
	}
	if req.GetFieldName() == "" || req.FieldType == nil {
		return nil, status.Error(codes.InvalidArgument, "field index without a field name or type")
	}
	col.indexes[req.GetFieldName()] = req.GetFieldType()
	return ok(), nil
}
