package web

import (
	"context"
	"net/http"
	"testing"

	"github.com/marsad/marsad/tools"
)

func TestSourcesListsWhatIsLoadedInTheLanguageAsked(t *testing.T) {
	calls := 0
	list := func(context.Context) ([]tools.LoadedSource, error) {
		calls++
		return []tools.LoadedSource{
			{Kind: tools.KindOfficial, Publisher: "HCP", Figures: 1071},
			{Kind: tools.KindAdCount, Publisher: "emploi-maroc.example", Ads: 180, Demo: true},
			{Kind: tools.KindReference, Publisher: "Marsad", Sheets: 90, Demo: true},
			{Kind: tools.KindDocument, Publisher: "Marsad (note de démonstration)", Notes: 1, Demo: true},
		}, nil
	}
	ts := newTestServer(t, Config{Sources: list}, scripted())
	var got struct{ Sources []LoadedSource }
	_, b := mustGet(t, ts.URL+"/api/sources?lang=fr")
	mustDecode(t, b, &got)
	want := []string{"HCP — 1071 chiffres officiels", "emploi-maroc.example — 180 offres d'emploi dédoublonnées",
		"fiche de référence de Marsad — 90 fiches métiers", "Marsad (note de démonstration) — 1 note d'analyse"}
	if len(got.Sources) != 4 {
		t.Fatalf("sources %s", b)
	}
	for i, w := range want {
		if got.Sources[i].Label != w {
			t.Errorf("source %d label %q, want %q", i, got.Sources[i].Label, w)
		}
	}
	if got.Sources[0].DemoLabel != "" || got.Sources[1].DemoLabel != "données de démonstration" || got.Sources[0].Figures != 1071 {
		t.Errorf("sources %+v", got.Sources)
	}
	_, b = mustGet(t, ts.URL+"/api/sources?lang=ar")
	mustDecode(t, b, &got)
	if got.Sources[1].DemoLabel != "بيانات تجريبية" {
		t.Errorf("Arabic demo label %q", got.Sources[1].DemoLabel)
	}
	if calls != 1 {
		t.Errorf("the list was read %d times in a minute, want once", calls)
	}
	none := newTestServer(t, Config{}, scripted())
	resp, b := mustGet(t, none.URL+"/api/sources")
	if resp.StatusCode != http.StatusOK || string(b) != `{"sources":[]}` {
		t.Errorf("without Config.Sources: %d %s, want an empty list", resp.StatusCode, b)
	}
}
