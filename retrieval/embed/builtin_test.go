package embed

import (
	"context"
	"math"
	"testing"
)

func cos(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func TestBuiltinDeterministicUnitVectors(t *testing.T) {
	b := NewBuiltin()
	vs, err := b.Dense(context.Background(), []string{"Le taux de chômage", "Le taux de chômage", "", "?!"})
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 4 || len(vs[0]) != BuiltinDim || b.Dimension() != BuiltinDim {
		t.Fatalf("shape: %d vectors of %d", len(vs), len(vs[0]))
	}
	if math.Abs(cos(vs[0], vs[0])-1) > 1e-5 || cos(vs[0], vs[1]) < 1-1e-6 {
		t.Errorf("not unit or not deterministic: %v", cos(vs[0], vs[1]))
	}
	if cos(vs[2], vs[2]) != 0 || cos(vs[3], vs[3]) != 0 {
		t.Error("a text without terms must embed to the zero vector")
	}
}

func TestBuiltinBringsLanguagesTogether(t *testing.T) {
	b := NewBuiltin()
	for _, tc := range []struct{ a, same, other string }{
		{"le chômage à Casablanca", "lbitala f kaza", "recrutement de développeurs à Agadir"},
		{"offre d'emploi infirmier", "khdma dyal fermli", "taux d'activité des femmes"},
		{"البطالة في صفوف الشباب", "chômage des jeunes", "ممرض في المستشفى"},
		{"infirmière", "infirmières", "comptable"},
	} {
		va, vs, vo := b.Embed(tc.a), b.Embed(tc.same), b.Embed(tc.other)
		if cos(va, vs) <= cos(va, vo)+0.1 {
			t.Errorf("%q: %q at %.2f, unrelated %q at %.2f", tc.a, tc.same, cos(va, vs), tc.other, cos(va, vo))
		}
	}
}

func TestBuiltinStopsOnCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewBuiltin().Dense(ctx, []string{"x"}); err == nil {
		t.Fatal("no error on a cancelled context")
	}
}

func TestBuiltinQueryExpansion(t *testing.T) {
	b := NewBuiltin()
	for _, tc := range []struct {
		query    string
		expanded bool
	}{
		{"lbitala", true},             // a concept: its other names are added
		{"recrutement urgent", false}, // no concept: the query is embedded as a text
	} {
		q, err := b.DenseQuery(context.Background(), tc.query)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(cos(q, q)-1) > 1e-5 {
			t.Errorf("%q: query vector not unit length", tc.query)
		}
		if same := cos(q, b.Embed(tc.query)) > 1-1e-6; same == tc.expanded {
			t.Errorf("%q: expanded = %v, want %v", tc.query, !same, tc.expanded)
		}
	}
}
