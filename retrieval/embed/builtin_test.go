package embed

import (
	"bufio"
	"context"
	"hash/fnv"
	"math"
	"os"
	"slices"
	"testing"

	"github.com/marsad/marsad/retrieval"
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

// referenceEmbed is the built-in embedder as first written (strings built
// for every feature, hash/fnv): the faster one must give the same bits.
func referenceEmbed(terms, expansions []string) []float32 {
	v := make([]float32, BuiltinDim)
	add := func(f string, w float32) {
		h := fnv.New64a()
		h.Write([]byte(f))
		x := h.Sum64()
		if x>>63 == 1 {
			w = -w
		}
		v[x%uint64(len(v))] += w
	}
	addGrams := func(word string, w float32) {
		r := []rune("<" + word + ">")
		if len(r) < minGramWord+2 {
			return
		}
		n := len(r) - 2
		each := w / float32(math.Sqrt(float64(n)))
		for i := range n {
			add("g:"+string(r[i:i+3]), each)
		}
	}
	tf := map[string]int{}
	var order []string
	for _, t := range terms {
		if tf[t] == 0 {
			order = append(order, t)
		}
		tf[t]++
	}
	for _, t := range order {
		w := float32(1 + math.Log(float64(tf[t])))
		if retrieval.IsConceptTerm(t) {
			add(t, conceptWeight*w)
			continue
		}
		add("w:"+t, wordWeight*w)
		addGrams(t, gramWeight*w)
	}
	for _, t := range expansions {
		add("w:"+t, expansionWeight)
		addGrams(t, gramWeight*expansionWeight)
	}
	return retrieval.Normalize(v)
}

// sameBits reports whether the embedding of text and of text as a query
// are bit for bit those of referenceEmbed.
func sameBits(text string) bool {
	b := NewBuiltin()
	q, _ := b.DenseQuery(context.Background(), text)
	terms := retrieval.Terms(text)
	return slices.Equal(b.Embed(text), referenceEmbed(terms, nil)) &&
		slices.Equal(q, referenceEmbed(terms, retrieval.Expansions(text, terms)))
}

var embedSamples = []string{
	"Le taux de chômage à Casablanca", "khdma dyal fermli f tanja", "مطور برمجيات في الرباط",
	"Soudeur TIG qualifié (H/F) — Tanger Med, CDI, 6000-8000 DH", "ab", "", "?!", "l'été \xe2\x82 caf\xc3",
	"Opérateur call center francophone: ANAPEC, débutant accepté, bac+2, Rabat-Salé",
}

func TestBuiltinSameAsReference(t *testing.T) {
	for _, s := range embedSamples {
		if !sameBits(s) {
			t.Errorf("%q embeds differently from the reference", s)
		}
	}
	f, err := os.Open("../testdata/queries.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if !sameBits(sc.Text()) {
			t.Errorf("%q embeds differently from the reference", sc.Text())
		}
	}
}

func FuzzBuiltinSameAsReference(f *testing.F) {
	for _, s := range embedSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !sameBits(s) {
			t.Errorf("%q embeds differently from the reference", s)
		}
	})
}
