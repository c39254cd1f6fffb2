package ingest_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/seed"
	"github.com/marsad/marsad/retrieval"
)

func TestReadProfilesJSONLinesAndErrors(t *testing.T) {
	in := `[
 {"id": "soudeur", "isco": "7212", "names": {"fr": "Soudeur", "ar": "لحام"},
  "skills": ["Soudure TIG", "Lecture de plans"], "skills_ar": ["اللحام", "قراءة التصاميم"],
  "trainings": [{"name": "TS Soudage", "kind": "vocational", "provider": "OFPPT"}]},
 {"id": "sans-code", "names": {"fr": "Sans code"}},
 {"id": "mauvaise-formation", "isco": "2221", "names": {"fr": "Infirmier"},
  "trainings": [{"name": "Licence", "kind": "stage"}]}
]`
	recs, err := ingest.ReadProfiles(strings.NewReader(in), "p.json", "Test")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("read %d profiles, want 3", len(recs))
	}
	if r := recs[0]; r.Err != nil || r.Line != 2 || r.Profile.Code != "7212" || r.Profile.Publisher != "Test" ||
		strings.Join(r.Profile.SkillIDs, ",") != "welding" {
		t.Errorf("profile 1 = line %d %+v, err %v", r.Line, r.Profile, r.Err)
	}
	if r := recs[1]; r.Err == nil || r.Line != 5 {
		t.Errorf("profile without code: line %d, err %v; want an error at line 5", r.Line, r.Err)
	}
	if r := recs[2]; r.Err == nil || r.Line != 6 || !strings.Contains(r.Err.Error(), "kind") {
		t.Errorf("profile with a bad training kind: line %d, err %v", r.Line, r.Err)
	}
	if _, err := ingest.ReadProfiles(strings.NewReader("{not json"), "p.json", "Test"); !errors.Is(err, ingest.ErrBadFile) {
		t.Errorf("broken file: err = %v, want ErrBadFile", err)
	}
}

func TestReadProfilesYAML(t *testing.T) {
	in := "- id: macon\n  isco: \"7112\"\n  names: {fr: Maçon, ar: بناء}\n  aliases: [bennay]\n- id: x\n  isco: \"9\"\n  names: {fr: X}\n"
	recs, err := ingest.ReadProfiles(strings.NewReader(in), "p.yaml", "Test")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].Err != nil || recs[0].Profile.Aliases[0] != "bennay" || recs[1].Err == nil || recs[1].Line != 5 {
		t.Fatalf("YAML profiles = %+v", recs)
	}
}

func TestReadNote(t *testing.T) {
	md := "---\nid: note-jeunes\ntitle: \"Chômage des jeunes\"\nlang: fr\npublisher: \"Marsad\"\nperiod: \"2024-Q3\"\nregion: MA\n---\n# Titre\n\nLe chômage des jeunes...\n"
	n, err := ingest.ReadNote(strings.NewReader(md), "notes/jeunes.md", "X")
	if err != nil {
		t.Fatal(err)
	}
	if n.ID != "note-jeunes" || n.Title != "Chômage des jeunes" || n.Publisher != "Marsad" || n.Region != "MA" ||
		!n.Date.Equal(time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)) || !strings.HasPrefix(n.Text, "# Titre") {
		t.Errorf("markdown note = %+v", n)
	}
	html := "<html><head><title>Emploi &amp; régions</title></head><body><h1>Emploi</h1><p>Le marché du travail à Tanger.</p></body></html>"
	n, err = ingest.ReadNote(strings.NewReader(html), "emploi-regions.html", "Observatoire")
	if err != nil {
		t.Fatal(err)
	}
	if n.ID != "note-emploi-regions" || n.Title != "Emploi & régions" || strings.Contains(n.Text, "<") || n.Publisher != "Observatoire" || n.Lang != "fr" {
		t.Errorf("HTML note = %+v", n)
	}
	n, err = ingest.ReadNote(strings.NewReader("ارتفع معدل البطالة في المدن خلال سنة 2024 حسب المندوبية السامية للتخطيط."), "ar.txt", "X")
	if err != nil || n.Lang != "ar" || n.ID != "note-ar" {
		t.Errorf("plain Arabic note = %+v, %v", n, err)
	}
	if _, err := ingest.ReadNote(strings.NewReader("---\nid: x\n---\n  \n"), "empty.md", "X"); !errors.Is(err, ingest.ErrBadFile) {
		t.Errorf("empty note: err = %v, want ErrBadFile", err)
	}
}

// recordingIndex is an Indexer that keeps what it is given.
type recordingIndex struct{ docs []retrieval.Document }

func (r *recordingIndex) add(ctx context.Context, docs []retrieval.Document) error {
	r.docs = append(r.docs, docs...)
	return nil
}

func TestIngestSeedNotesAndProfilesIntoIndex(t *testing.T) {
	dir := t.TempDir()
	ix := &recordingIndex{}
	store := mustJobMarket(t, filepath.Join(dir, "demand"))
	p := mustPipeline(t, store, ingest.Options{DataDir: dir, Index: ix.add, Publisher: "Marsad (démonstration)"})
	sum := ingestSeedProfiles(t, p)
	checkBalance(t, "profiles", sum)
	if sum.Read != 90 || sum.Loaded != 90 || sum.Quarantined != 0 {
		t.Errorf("profiles summary = %+v, want 90 read and loaded", sum)
	}
	again := ingestSeedProfiles(t, p)
	if again.Loaded != 0 || again.Duplicates != 90 {
		t.Errorf("profiles again = %+v, want all 90 duplicates", again)
	}
	names, err := seedNoteNames()
	if err != nil {
		t.Fatal(err)
	}
	before := len(ix.docs)
	for _, name := range names {
		f, _ := seed.FS.Open(name)
		s, err := p.Ingest(context.Background(), "", filepath.Base(name), f)
		f.Close()
		if err != nil || s.Loaded != 1 {
			t.Fatalf("%s: %+v, %v", name, s, err)
		}
	}
	notes := ix.docs[before:]
	if len(notes) != len(names) || notes[0].Kind != retrieval.KindNote || notes[0].Publisher == "" || notes[0].Title == "" {
		t.Fatalf("indexed notes = %d (want %d), first %+v", len(notes), len(names), notes[0])
	}
	for _, d := range ix.docs[:before] {
		if d.Kind != retrieval.KindProfile || d.Occupation == "" || d.ID == "" {
			t.Fatalf("profile document %+v", d)
		}
	}
}

func TestNotesNeedAnIndex(t *testing.T) {
	p := mustPipeline(t, mustJobMarket(t, ""), ingest.Options{})
	_, err := p.Ingest(context.Background(), "notes", "n.md", strings.NewReader("# Note\n\ntexte"))
	if !errors.Is(err, ingest.ErrNoIndex) {
		t.Fatalf("err = %v, want ErrNoIndex", err)
	}
}

func seedNoteNames() ([]string, error) {
	entries, err := seed.FS.ReadDir("notes")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		out = append(out, "notes/"+e.Name())
	}
	return out, nil
}
