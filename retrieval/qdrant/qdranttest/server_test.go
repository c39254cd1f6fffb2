package qdranttest

import (
	"context"
	"sort"
	"testing"

	"github.com/qdrant/go-client/qdrant"
)

var ctx = context.Background()

// mustClient starts a server with collection "c" (dense "d", 2 dims, dot;
// sparse "s" without IDF) holding points 1..4.
func mustClient(t *testing.T) *qdrant.Client {
	t.Helper()
	srv, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	c, err := qdrant.NewClient(&qdrant.Config{Host: srv.Host(), Port: srv.Port(), SkipCompatibilityCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	err = c.CreateCollection(ctx, &qdrant.CreateCollection{CollectionName: "c",
		VectorsConfig:       qdrant.NewVectorsConfigMap(map[string]*qdrant.VectorParams{"d": {Size: 2, Distance: qdrant.Distance_Dot}}),
		SparseVectorsConfig: qdrant.NewSparseVectorsConfig(map[string]*qdrant.SparseVectorParams{"s": {}})})
	if err != nil {
		t.Fatal(err)
	}
	pts := []*qdrant.PointStruct{
		testPoint(1, []float32{1, 0}, map[string]any{"tag": "a", "n": 1}),
		testPoint(2, []float32{0.9, 0.1}, map[string]any{"tag": "b", "n": 2}),
		testPoint(3, []float32{0, 1}, map[string]any{"tag": []any{"a", "b"}, "n": 3}),
		testPoint(4, []float32{-1, 0}, map[string]any{"n": 4}),
	}
	if _, err := c.Upsert(ctx, &qdrant.UpsertPoints{CollectionName: "c", Points: pts}); err != nil {
		t.Fatal(err)
	}
	return c
}

func testPoint(id uint64, d []float32, payload map[string]any) *qdrant.PointStruct {
	return &qdrant.PointStruct{Id: qdrant.NewIDNum(id), Payload: qdrant.NewValueMap(payload),
		Vectors: qdrant.NewVectorsMap(map[string]*qdrant.Vector{
			"d": qdrant.NewVectorDense(d),
			"s": qdrant.NewVectorSparse([]uint32{uint32(id)}, []float32{float32(id)}),
		})}
}

func ids(pts []*qdrant.ScoredPoint) []int {
	var out []int
	for _, p := range pts {
		out = append(out, int(p.GetId().GetNum()))
	}
	return out
}

func TestFilterSemantics(t *testing.T) {
	c := mustClient(t)
	gte := 2.0
	for _, tc := range []struct {
		name string
		f    *qdrant.Filter
		want []int
	}{
		{"keyword matches a list value", &qdrant.Filter{Must: []*qdrant.Condition{qdrant.NewMatch("tag", "a")}}, []int{1, 3}},
		{"must_not", &qdrant.Filter{MustNot: []*qdrant.Condition{qdrant.NewMatch("tag", "a")}}, []int{2, 4}},
		{"should is any", &qdrant.Filter{Should: []*qdrant.Condition{qdrant.NewMatch("tag", "b"), qdrant.NewMatchInt("n", 4)}}, []int{2, 3, 4}},
		{"range and has_id", &qdrant.Filter{Must: []*qdrant.Condition{qdrant.NewRange("n", &qdrant.Range{Gte: &gte}),
			qdrant.NewHasID(qdrant.NewIDNum(2), qdrant.NewIDNum(4))}}, []int{2, 4}},
		{"is_empty", &qdrant.Filter{Must: []*qdrant.Condition{qdrant.NewIsEmpty("tag")}}, []int{4}},
		{"nested filter", &qdrant.Filter{Must: []*qdrant.Condition{qdrant.NewFilterAsCondition(
			&qdrant.Filter{Should: []*qdrant.Condition{qdrant.NewMatchKeywords("tag", "b")}})}}, []int{2, 3}},
	} {
		exact := true
		n, err := c.Count(ctx, &qdrant.CountPoints{CollectionName: "c", Filter: tc.f, Exact: &exact})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		pts, err := c.Query(ctx, &qdrant.QueryPoints{CollectionName: "c", Filter: tc.f})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := ids(pts)
		sort.Ints(got)
		if int(n) != len(tc.want) || !equal(got, tc.want) {
			t.Errorf("%s: count %d, points %v, want %v", tc.name, n, got, tc.want)
		}
	}
}

func TestQueryNearestPrefetchAndFusion(t *testing.T) {
	c := mustClient(t)
	d, s := "d", "s"
	dense, err := c.Query(ctx, &qdrant.QueryPoints{CollectionName: "c", Query: qdrant.NewQueryDense([]float32{1, 0}), Using: &d})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(dense); !equal(got, []int{1, 2, 3, 4}) || dense[0].GetScore() != 1 {
		t.Errorf("dense order %v, top score %v", got, dense[0].GetScore())
	}
	sparse, err := c.Query(ctx, &qdrant.QueryPoints{CollectionName: "c", Query: qdrant.NewQuerySparse([]uint32{3, 4}, []float32{1, 1}), Using: &s})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(sparse); !equal(got, []int{4, 3}) {
		t.Errorf("sparse returns only points sharing an index, by dot: %v", got)
	}
	two := uint64(2)
	fused, err := c.Query(ctx, &qdrant.QueryPoints{CollectionName: "c", Prefetch: []*qdrant.PrefetchQuery{
		{Query: qdrant.NewQueryDense([]float32{0, 1}), Using: &d, Limit: &two},
		{Query: qdrant.NewQuerySparse([]uint32{3, 1}, []float32{1, 1}), Using: &s, Limit: &two},
	}, Query: qdrant.NewQueryFusion(qdrant.Fusion_RRF)})
	if err != nil {
		t.Fatal(err)
	}
	// dense [3 2], sparse [3 1]: 3 twice first; 2 and 1 both at rank 2, ordered by id.
	if got := ids(fused); !equal(got, []int{3, 1, 2}) {
		t.Errorf("fused %v", got)
	}
	if _, err := c.Query(ctx, &qdrant.QueryPoints{CollectionName: "c", Query: qdrant.NewQueryDense([]float32{1, 0, 0}), Using: &d}); err == nil {
		t.Error("a query of the wrong dimension succeeded")
	}
}

func TestUpsertRejectsWholeBatch(t *testing.T) {
	c := mustClient(t)
	bad := &qdrant.PointStruct{Id: qdrant.NewIDNum(9), Vectors: qdrant.NewVectorsMap(map[string]*qdrant.Vector{"d": qdrant.NewVectorDense([]float32{1})})}
	_, err := c.Upsert(ctx, &qdrant.UpsertPoints{CollectionName: "c", Points: []*qdrant.PointStruct{testPoint(8, []float32{1, 1}, nil), bad}})
	if err == nil {
		t.Fatal("a point of the wrong dimension was accepted")
	}
	exact := true
	if n, _ := c.Count(ctx, &qdrant.CountPoints{CollectionName: "c", Exact: &exact}); n != 4 {
		t.Errorf("count %d after a rejected batch", n)
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
