package ingest

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"
)

// TestTheEmployerReachesTheClassifier: a ministry's director is placed
// with senior officials (1112) because the ad names the ministry as its
// employer, both when an ad is stored (normalise) and when an export is
// checked (ClassifyAds); the same title at a firm is not.
func TestTheEmployerReachesTheClassifier(t *testing.T) {
	in := `{"id":"m-1","titre":"Directeur de la Pêche Maritime","entreprise":"Ministère de l'Agriculture, de la Pêche Maritime et du Développement Rural","ville":"Rabat"}
{"id":"m-2","titre":"Directeur de la Pêche Maritime","entreprise":"Atlas Fisheries SARL","ville":"Agadir"}
`
	want := map[string]bool{"m-1": true, "m-2": false}
	inOrder := []bool{true, false}
	n := &normaliser{classifier: mustClassifier(), ref: time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC), file: "t"}
	rd, err := newAdReader(strings.NewReader(in), "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		r, err := rd.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := n.normalise(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if senior := got.ad.Occupation == "1112"; senior != inOrder[i] {
			t.Errorf("stored ad %d: occupation %q, want a senior official: %v", i+1, got.ad.Occupation, inOrder[i])
		}
	}
	p := &Pipeline{classifier: mustClassifier()}
	err = p.ClassifyAds(context.Background(), strings.NewReader(in), func(c Classified) error {
		if senior := c.ISCO == "1112"; senior != want[c.ID] {
			t.Errorf("classified %s: %q, want a senior official: %v", c.ID, c.ISCO, want[c.ID])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
