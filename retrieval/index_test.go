package retrieval_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/embed"
	"github.com/marsad/marsad/retrieval/embedded"
)

var ctx = context.Background()

func mustIndex(t *testing.T, opts ...retrieval.Option) *retrieval.Index {
	t.Helper()
	s, err := embedded.Open("", embed.BuiltinDim)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ix, err := retrieval.NewIndex(s, embed.NewBuiltin(), opts...)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func mustAdd(t *testing.T, ix *retrieval.Index, docs ...retrieval.Document) {
	t.Helper()
	if err := ix.Add(ctx, docs); err != nil {
		t.Fatalf("Add: %v", err)
	}
}

func mustSearch(t *testing.T, ix *retrieval.Index, q string, f retrieval.Filter, k int) []string {
	t.Helper()
	hits, err := ix.Search(ctx, q, f, k)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.Chunk.DocID)
	}
	return ids
}

func count(t *testing.T, ix *retrieval.Index) int {
	n, err := ix.Store().Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

var corpus = []retrieval.Document{
	{ID: "note-chomage-casa", Kind: retrieval.KindNote, Lang: "fr", Title: "Le chômage dans la région de Casablanca-Settat",
		Text:   "Selon le HCP, le taux de chômage dans la région de Casablanca-Settat a atteint 15,1 % en 2024, au-dessus de la moyenne nationale.",
		Region: "MA-06", Date: time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC), Publisher: "HCP"},
	{ID: "note-activite", Kind: retrieval.KindNote, Lang: "fr", Title: "Le taux d'activité recule",
		Text:   "Le taux d'activité des femmes reste faible, autour de 19 %, et recule en milieu rural.",
		Region: "MA", Date: time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC), Publisher: "HCP"},
	{ID: "profil-infirmier", Kind: retrieval.KindProfile, Lang: "fr", Title: "Infirmier polyvalent",
		Text: "L'infirmier polyvalent assure les soins, les prélèvements et le suivi des patients à l'hôpital.", Occupation: "2221"},
	{ID: "ad-dev-rabat", Kind: retrieval.KindAd, Lang: "fr", Title: "Développeur Java",
		Text: "Société à Rabat recrute un développeur Java confirmé, CDI, 3 ans d'expérience.", Region: "MA-04", Occupation: "2512",
		Date: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)},
	{ID: "ar-note-bitala", Kind: retrieval.KindNote, Lang: "ar", Title: "البطالة في صفوف الشباب",
		Text: "ارتفع معدل البطالة في صفوف الشباب البالغين من 15 إلى 24 سنة حسب المندوبية السامية للتخطيط.", Region: "MA"},
}

func TestIndexCrossLanguage(t *testing.T) {
	ix := mustIndex(t)
	mustAdd(t, ix, corpus...)
	for _, tc := range []struct {
		query string
		want  string
	}{
		{"ch7al dyal lbitala f casa?", "note-chomage-casa"},
		{"شحال البطالة فكازا", "note-chomage-casa"},
		{"fermli chno kaydir?", "profil-infirmier"},
		{"ما هي مهام الممرض", "profil-infirmier"},
		{"chômage des jeunes", "ar-note-bitala"},
	} {
		got := mustSearch(t, ix, tc.query, retrieval.Filter{}, 2)
		if len(got) == 0 || !contains(got, tc.want) {
			t.Errorf("Search(%q) = %v, want %s in the top 2", tc.query, got, tc.want)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestIndexFilterAndOneHitPerDocument(t *testing.T) {
	long := retrieval.Document{ID: "long", Kind: retrieval.KindNote, Lang: "fr", Title: "Chômage",
		Text: strings.Repeat("Le chômage progresse dans les villes et recule dans les campagnes. ", 60)}
	ix := mustIndex(t)
	mustAdd(t, ix, append(corpus, long)...)
	if n := count(t, ix); n <= len(corpus)+1 {
		t.Fatalf("long document not chunked: %d chunks", n)
	}
	got := mustSearch(t, ix, "chômage", retrieval.Filter{}, 10)
	seen := map[string]bool{}
	for _, id := range got {
		if seen[id] {
			t.Fatalf("document %s twice in %v", id, got)
		}
		seen[id] = true
	}
	got = mustSearch(t, ix, "chômage", retrieval.Filter{Kinds: []string{retrieval.KindNote}, Regions: []string{"MA-06"}}, 10)
	if len(got) != 1 || got[0] != "note-chomage-casa" {
		t.Fatalf("filtered search = %v", got)
	}
}

func TestIndexReAddReplacesChunks(t *testing.T) {
	doc := retrieval.Document{ID: "d", Kind: retrieval.KindNote, Title: "Emploi",
		Text: strings.Repeat("Les créations d'emplois ralentissent dans le BTP. ", 80)}
	ix := mustIndex(t)
	mustAdd(t, ix, doc)
	before := count(t, ix)
	mustAdd(t, ix, doc)
	if n := count(t, ix); n != before {
		t.Fatalf("re-adding the same document: %d chunks, was %d", n, before)
	}
	doc.Text = "Texte court sur l'agriculture."
	mustAdd(t, ix, doc)
	if n := count(t, ix); n != 1 {
		t.Fatalf("shorter document left %d chunks", n)
	}
	if got := mustSearch(t, ix, "agriculture", retrieval.Filter{}, 5); len(got) != 1 {
		t.Fatalf("new text not found: %v", got)
	}
}

func TestIndexErrors(t *testing.T) {
	ix := mustIndex(t)
	if err := ix.Add(ctx, []retrieval.Document{{Text: "sans id"}}); !errors.Is(err, retrieval.ErrInvalid) {
		t.Errorf("Add without id: %v", err)
	}
	if _, err := ix.Search(ctx, "  ", retrieval.Filter{}, 5); !errors.Is(err, retrieval.ErrInvalid) {
		t.Errorf("blank query: %v", err)
	}
	s, _ := embedded.Open("", 16)
	defer s.Close()
	if _, err := retrieval.NewIndex(s, embed.NewBuiltin()); !errors.Is(err, retrieval.ErrDimension) {
		t.Errorf("NewIndex with mismatched dimensions: %v", err)
	}
}
