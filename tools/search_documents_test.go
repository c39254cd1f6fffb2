package tools_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
)

// fakeSearcher records the query and answers fixed hits.
type fakeSearcher struct {
	got  tools.DocumentQuery
	hits []tools.DocumentHit
}

func (f *fakeSearcher) SearchDocuments(ctx context.Context, q tools.DocumentQuery) ([]tools.DocumentHit, error) {
	f.got = q
	return f.hits, nil
}

func TestSearchDocuments(t *testing.T) {
	f := &fakeSearcher{hits: []tools.DocumentHit{{DocID: "note-jeunes", Kind: "note", Title: "Chômage des jeunes", Passage: "…",
		Publisher: "Marsad", Date: "2024-01-01", Score: 0.5}}}
	tool := tools.DocumentsTool{Searcher: f}
	res, err := call(t, tool, `{"query":"bitala dyal chabab","kind":"note","region":"Oujda","occupation":"infirmier","limit":3}`)
	if err != nil {
		t.Fatal(err)
	}
	want := tools.DocumentQuery{Text: "bitala dyal chabab", Kinds: []string{"note"}, Region: "MA-02", Occupation: "2221", Limit: 3}
	if d := cmp.Diff(want, f.got); d != "" {
		t.Errorf("query (-want +got):\n%s", d)
	}
	if len(res.Citations) != 1 || res.Citations[0].ID != "note-jeunes" || res.Citations[0].Kind != tools.KindDocument {
		t.Errorf("citations = %+v", res.Citations)
	}
	_, err = call(t, tool, `{"query":"x","kind":"video"}`)
	var ae *tools.ArgError
	if !errors.As(err, &ae) || ae.Field != "kind" {
		t.Errorf("unknown kind: err = %v", err)
	}
}

// A query is required, and the error names it; a bad region is named too.
func TestSearchDocumentsRefusesBadArguments(t *testing.T) {
	tool := tools.DocumentsTool{Searcher: &fakeSearcher{}}
	_, err := call(t, tool, `{"query":"  "}`)
	if !errors.Is(err, tools.ErrBadArgs) || !strings.Contains(err.Error(), "query") {
		t.Errorf("empty query: err = %v, want ErrBadArgs naming query", err)
	}
	_, err = call(t, tool, `{"query":"chômage","region":"Atlantis"}`)
	wantArgError(t, err, "region")
}
