package collect_test

import (
	"context"
	"strings"
	"testing"
)

// CSV and JSON exports at an address go through the pipeline as files
// do (French headers mapped, a record without text quarantined); fetched
// again unchanged, they answer 304 and add nothing.
func TestExportsAtAnAddress(t *testing.T) {
	w := newWorld(t)
	const host = "data.anapec.test"
	w.sites.put(host+"/export/offres.csv", "text/csv; charset=utf-8", "ref;intitule;entreprise;ville;contrat\n"+
		"A-1;Agent de saisie;Call Maroc;Fès;CDD\nA-2;;;Meknès;\nA-3;Cuisinier;Riad Salam;Marrakech;CDI\n")
	w.sites.put(host+"/api/offres.json", "application/json", `{"total":2,"offres":[
 {"id":"J-1","titre":"Électricien bâtiment","societe":"Batiself","ville":"Agadir","lien":"http://data.anapec.test/offres/J-1"},
 {"id":"J-2","titre":"Conducteur d'engins","societe":"Travaux du Sud","ville":"Laâyoune","lien":"http://data.anapec.test/offres/J-2"}]}`)
	addrs := []string{"http://" + host + "/export/offres.csv", "http://" + host + "/api/offres.json"}
	rep, err := w.collect(context.Background(), t, addrs...)
	if err != nil {
		t.Fatal(err)
	}
	checkBalance(t, "exports", rep.Summary)
	if rep.Loaded != 4 || rep.Quarantined != 1 || rep.Mapped["intitule"] != "title" || len(rep.Files) != 2 || rep.Files[0] != addrs[0] {
		t.Errorf("exports: loaded %d, quarantined %d, mapped %v, files %v; want 4, 1, intitule read as title, the two addresses",
			rep.Loaded, rep.Quarantined, rep.Mapped, rep.Files)
	}
	ads := w.ads(t)
	e := ads["http://"+host+"/offres/J-1"]
	if e.Region != "MA-09" || e.Meta["file"] != addrs[1] || e.Meta["collected_at"] == "" {
		t.Errorf("JSON export ad: %+v", e)
	}
	rep, err = w.collect(context.Background(), t, addrs...)
	if err != nil || rep.Read != 0 || rep.NotModified != 2 {
		t.Errorf("unchanged exports: read %d, not modified %d, %v; want 0, 2", rep.Read, rep.NotModified, err)
	}
	if !strings.Contains(w.sites.lastAgent(), "Marsad") {
		t.Errorf("User-Agent %q", w.sites.lastAgent())
	}
}
