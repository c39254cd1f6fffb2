package retrieval_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/retrieval"
)

// seedDir is the demo corpus written by the ingest folder.
const seedDir = "../ingest/seed"

// readNotes reads the Markdown notes of dir: a front matter of "key: value"
// lines between "---" lines, then the body.
func readNotes(t testing.TB, dir string) []retrieval.Document {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(files) == 0 {
		t.Skipf("no notes in %s (%v)", dir, err)
	}
	var docs []retrieval.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		front, body := splitFrontMatter(string(b))
		docs = append(docs, retrieval.Document{
			ID: front["id"], Kind: retrieval.KindNote, Lang: front["lang"], Title: front["title"], Text: body,
			Region: front["region"], Publisher: front["publisher"], URL: front["url"],
			Meta: map[string]string{"period": front["period"]},
		})
	}
	return docs
}

func splitFrontMatter(s string) (map[string]string, string) {
	front := map[string]string{}
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return front, s
	}
	head, body, _ := strings.Cut(rest, "\n---\n")
	for _, line := range strings.Split(head, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v, _, _ = strings.Cut(v, " #")
		front[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return front, body
}

// profile is the part of an occupation profile the quality test indexes.
type profile struct {
	ID          string            `json:"id"`
	ISCO        string            `json:"isco"`
	Names       map[string]string `json:"names"`
	Description map[string]string `json:"description"`
	Skills      []string          `json:"skills"`
	Trainings   []struct {
		Name string `json:"name"`
	} `json:"trainings"`
}

// readProfiles returns one French document per profile: name, description,
// skills and trainings. Arabic texts and the Darija aliases are left out on
// purpose, so that a query in another language must cross languages.
func readProfiles(t testing.TB, path string) []retrieval.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no profiles: %v", err)
	}
	var ps []profile
	if err := json.Unmarshal(b, &ps); err != nil {
		t.Fatal(err)
	}
	docs := make([]retrieval.Document, len(ps))
	for i, p := range ps {
		var tr []string
		for _, x := range p.Trainings {
			tr = append(tr, x.Name)
		}
		text := p.Description["fr"] + "\n\nCompétences : " + strings.Join(p.Skills, ", ") + ".\n\nFormations : " + strings.Join(tr, " ; ") + "."
		docs[i] = retrieval.Document{ID: "profile-" + p.ID, Kind: retrieval.KindProfile, Lang: "fr",
			Title: p.Names["fr"], Text: text, Occupation: p.ISCO, Region: "MA"}
	}
	return docs
}

// labelled is one query of testdata/queries.jsonl.
type labelled struct {
	ID            string   `json:"id"`
	Query         string   `json:"query"`
	Lang          string   `json:"lang"`
	Relevant      []string `json:"relevant"`
	CrossLanguage bool     `json:"cross_language"`
}

func readQueries(t *testing.T, path string) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []labelled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q labelled
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatalf("%s: %v in %s", path, err, line)
		}
		qs = append(qs, q)
	}
	return qs
}
