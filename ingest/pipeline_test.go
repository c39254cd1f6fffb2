package ingest_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

func checkBalance(t *testing.T, what string, s ingest.Summary) {
	t.Helper()
	if s.Read != s.Loaded+s.Duplicates+s.Quarantined {
		t.Errorf("%s: read %d != loaded %d + duplicates %d + quarantined %d", what, s.Read, s.Loaded, s.Duplicates, s.Quarantined)
	}
}

func TestSeedAdsBalanceAndQuarantine(t *testing.T) {
	dir := t.TempDir()
	s := mustJobMarket(t, filepath.Join(dir, "demand"))
	p := mustPipeline(t, s, ingest.Options{DataDir: dir})
	ingestSeedProfiles(t, p)
	sum := ingestSeedAds(t, p)
	checkBalance(t, "seed ads", sum)
	if sum.Read != 526 || sum.Quarantined != 10 {
		t.Errorf("seed ads: read %d, quarantined %d; want 526 (484 generated + 32 posts good, 10 bad) and 10", sum.Read, sum.Quarantined)
	}
	if sum.Loaded < 487 || sum.Loaded > 497 {
		t.Errorf("seed ads: loaded %d, want about 492 originals", sum.Loaded)
	}
	t.Logf("seed ads: %+v", sum)

	got, err := ingest.ReadQuarantine(filepath.Join(dir, ingest.QuarantineFile))
	if err != nil {
		t.Fatal(err)
	}
	var where []string
	for _, e := range got {
		if e.Reason == "" || e.File == "" {
			t.Errorf("quarantine entry without reason or file: %+v", e)
		}
		where = append(where, e.File+":"+strconv.Itoa(e.Line))
	}
	var want []string
	for _, row := range readTSV(t, "BAD.tsv") {
		want = append(want, row[0]+":"+row[1])
	}
	slices.Sort(where)
	slices.Sort(want)
	if d := cmp.Diff(want, where); d != "" {
		t.Errorf("quarantined records (-BAD.tsv +quarantine):\n%s", d)
	}
}

func TestSeedColumnsReported(t *testing.T) {
	_, sum := seededStore(t)
	for col, field := range map[string]string{"titre": "title", "entreprise": "employer", "ville": "city", "poste": "title",
		"societe": "employer", "lieu": "city", "company": "employer", "location": "city", "intitule": "title",
		"date_publication": "posted", "lien": "url", "mots_cles": "skills", "competences": "skills", "scraped_at": "seen"} {
		if sum.Mapped[col] != field {
			t.Errorf("column %q mapped to %q, want %q", col, sum.Mapped[col], field)
		}
	}
	for _, col := range []string{"nb_postes", "nombre_postes", "agence"} {
		if !slices.Contains(sum.UnknownColumns, col) {
			t.Errorf("unknown columns %v lack %q", sum.UnknownColumns, col)
		}
	}
}

func TestSeedAdsUnknownColumnsKept(t *testing.T) {
	s, _ := seededStore(t)
	kept := 0
	for _, ad := range storedBySourceID(t, s) {
		if ad.Meta["nb_postes"] != "" || ad.Meta["agence"] != "" {
			kept++
		}
		if ad.Meta["file"] == "" || ad.Meta["line"] == "" {
			t.Fatalf("ad %s has no file:line in Meta: %v", ad.ID, ad.Meta)
		}
	}
	if kept == 0 {
		t.Error("no stored ad kept an unknown column in Meta")
	}
}

func TestRerunSkipsUnchangedFilesAndForceFindsDuplicates(t *testing.T) {
	dir := t.TempDir()
	paths := copySeedAds(t, t.TempDir())
	run := func(force bool) ingest.Summary {
		s := mustJobMarket(t, filepath.Join(dir, "demand"))
		defer s.Close()
		p := mustPipeline(t, s, ingest.Options{DataDir: dir, Force: force})
		var total ingest.Summary
		for _, path := range paths {
			sum, err := p.IngestFile(context.Background(), "ads", path)
			if err != nil {
				t.Fatal(err)
			}
			total.Add(sum)
		}
		return total
	}
	first := run(false)
	checkBalance(t, "first run", first)
	if first.Loaded == 0 || len(first.Skipped) != 0 {
		t.Fatalf("first run = %+v", first)
	}
	second := run(false)
	if second.Read != 0 || len(second.Skipped) != len(paths) {
		t.Errorf("second run = read %d, skipped %v; want every unchanged file skipped", second.Read, second.Skipped)
	}
	forced := run(true)
	checkBalance(t, "forced run", forced)
	if forced.Loaded != 0 || forced.Duplicates != first.Loaded+first.Duplicates || forced.Quarantined != first.Quarantined {
		t.Errorf("forced re-run = loaded %d, duplicates %d, quarantined %d; want 0, %d, %d",
			forced.Loaded, forced.Duplicates, forced.Quarantined, first.Loaded+first.Duplicates, first.Quarantined)
	}
}

// failingStore fails AddAds after a number of successful calls, as a
// crash in the middle of a file would.
type failingStore struct {
	tools.JobMarketStore
	calls, failAfter int
}

var errCrash = errors.New("simulated crash")

func (f *failingStore) AddAds(ctx context.Context, ads []tools.Ad) (tools.AddSummary, error) {
	if f.calls++; f.calls > f.failAfter {
		return tools.AddSummary{}, errCrash
	}
	return f.JobMarketStore.AddAds(ctx, ads)
}

func TestInterruptedRunResumes(t *testing.T) {
	dir := t.TempDir()
	path := copySeedAds(t, t.TempDir())[0] // site_a.csv: 2932 lines, 173 records
	opts := ingest.Options{DataDir: dir, BatchSize: 16, Workers: 2, CheckpointEvery: 32}
	store := mustJobMarket(t, filepath.Join(dir, "demand"))
	broken := &failingStore{JobMarketStore: store, failAfter: 2}
	if _, err := mustPipeline(t, broken, opts).IngestFile(context.Background(), "ads", path); !errors.Is(err, errCrash) {
		t.Fatalf("interrupted run: err = %v, want the crash", err)
	}
	storedBefore := store.Len()
	resumed, err := mustPipeline(t, store, opts).IngestFile(context.Background(), "ads", path)
	if err != nil {
		t.Fatal(err)
	}
	checkBalance(t, "resumed run", resumed)
	if len(resumed.Resumed) != 1 || resumed.Read >= 173-32 || resumed.Read == 0 {
		t.Errorf("second run = read %d, resumed %v; want it to resume after the checkpoints of the first", resumed.Read, resumed.Resumed)
	}
	clean := mustJobMarket(t, "")
	want, err := mustPipeline(t, clean, ingest.Options{}).IngestFile(context.Background(), "ads", path)
	if err != nil {
		t.Fatal(err)
	}
	if store.Len() != clean.Len() || resumed.Loaded+storedBefore != clean.Len() {
		t.Errorf("after resume the store has %d ads (%d before + %d loaded), a clean run %d (%+v)",
			store.Len(), storedBefore, resumed.Loaded, clean.Len(), want)
	}
	if storedBefore == 0 {
		t.Error("the interrupted run stored nothing: the test does not exercise a resume")
	}
}

func TestSummaryBalanceOnMessyInput(t *testing.T) {
	in := "titre,ville,description,salaire\n" +
		"Soudeur,Tanger,Soudure TIG,6000-8000 DH\n" +
		",,,\n" +
		"Soudeur,TANGER,Soudure TIG,6000-8000 DH\n" +
		"Maçon,Ville-Inconnue-XYZ,Chantier,SMIG\n" +
		"\"broken,Rabat,x,y\n"
	s := mustJobMarket(t, "")
	sum, err := mustPipeline(t, s, ingest.Options{}).Ingest(context.Background(), "ads", "messy.csv", stringsReader(in))
	if err != nil {
		t.Fatal(err)
	}
	checkBalance(t, "messy", sum)
	want := ingest.Summary{Read: 5, Loaded: 2, Duplicates: 1, Quarantined: 2, Unplaced: 1}
	if sum.Read != want.Read || sum.Loaded != want.Loaded || sum.Duplicates != want.Duplicates || sum.Quarantined != want.Quarantined || sum.Unplaced != want.Unplaced {
		t.Errorf("summary = %+v, want counts %+v", sum, want)
	}
	ads, _ := s.SearchAds(context.Background(), tools.AdQuery{Words: []string{"macon"}})
	if len(ads) != 1 || ads[0].City != "Ville-Inconnue-XYZ" || ads[0].Region != "" || ads[0].SalaryMin != ingest.SMIG {
		t.Errorf("unplaced ad = %+v; want city kept as written, no region, SMIG salary", ads)
	}
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }
