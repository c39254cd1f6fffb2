package gen

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func mustCorpus(t *testing.T) map[string][]byte {
	t.Helper()
	files, err := SeedCorpus()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		out[f.Name] = f.Data
	}
	return out
}

func TestSeedCorpusDeterministic(t *testing.T) {
	a, b := mustCorpus(t), mustCorpus(t)
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

// TestSeedCorpusUpToDate fails when ingest/seed/ads was not regenerated
// after a change of the phrase banks: run `go generate ./ingest/gen`.
func TestSeedCorpusUpToDate(t *testing.T) {
	for name, data := range mustCorpus(t) {
		disk, err := os.ReadFile(filepath.Join(seedDir, "ads", name))
		if err != nil {
			t.Errorf("%v (run go generate ./ingest/gen)", err)
			continue
		}
		if !bytes.Equal(disk, data) {
			t.Errorf("ads/%s is stale: run go generate ./ingest/gen", name)
		}
	}
}

// record is one parsed record of a seed file; bad is set when it must go to
// quarantine (unparsable, or neither title nor description).
type record struct {
	file, id, title, description, city, posted string
	line                                       int
	bad                                        bool
}

var titleKeys = []string{"title", "titre", "poste", "intitule"}

func parseSeedFile(t *testing.T, name string, data []byte) []record {
	t.Helper()
	if strings.HasSuffix(name, ".csv") {
		return parseCSV(t, name, data)
	}
	var out []record
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var m map[string]any
		r := record{file: name, line: n}
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			r.bad = true
			out = append(out, r)
			continue
		}
		str := func(k string) string { s, _ := m[k].(string); return s }
		r.id, r.description, r.posted = str("id"), str("description"), str("posted")+str("date")
		r.city = str("location") + str("ville")
		for _, k := range titleKeys {
			r.title += str(k)
		}
		r.bad = strings.TrimSpace(r.title) == "" && strings.TrimSpace(r.description) == ""
		out = append(out, r)
	}
	return out
}

func parseCSV(t *testing.T, name string, data []byte) []record {
	t.Helper()
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		t.Fatalf("%s: header: %v", name, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	var out []record
	for {
		row, err := cr.Read()
		if err != nil {
			break
		}
		line, _ := cr.FieldPos(0)
		r := record{file: name, line: line, id: row[0]}
		if len(row) != len(head) {
			r.bad = true
			out = append(out, r)
			continue
		}
		for _, k := range titleKeys {
			if i, ok := col[k]; ok {
				r.title = row[i]
			}
		}
		r.description = row[col["description"]]
		for _, k := range []string{"ville", "lieu"} {
			if i, ok := col[k]; ok {
				r.city = row[i]
			}
		}
		for _, k := range []string{"date", "date_publication"} {
			if i, ok := col[k]; ok {
				r.posted = row[i]
			}
		}
		r.bad = strings.TrimSpace(r.title) == "" && strings.TrimSpace(r.description) == ""
		out = append(out, r)
	}
	return out
}

func readTSV(t *testing.T, data []byte, cols int) [][]string {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var out [][]string
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != cols {
			t.Fatalf("TSV line %q: want %d columns", l, cols)
		}
		out = append(out, f)
	}
	return out
}

func TestSeedAds(t *testing.T) {
	corpus := mustCorpus(t)
	var recs []record
	for _, sf := range siteFiles {
		recs = append(recs, parseSeedFile(t, sf.name, corpus[sf.name])...)
	}
	byID, bad := map[string]record{}, map[string]bool{}
	for _, r := range recs {
		if r.bad {
			bad[fmt.Sprintf("%s:%d", r.file, r.line)] = true
			continue
		}
		if _, dup := byID[r.id]; dup || r.id == "" {
			t.Errorf("missing or repeated id %q", r.id)
		}
		byID[r.id] = r
	}

	listed := map[string]bool{}
	for _, f := range readTSV(t, corpus["BAD.tsv"], 3) {
		listed[f[0]+":"+f[1]] = true
	}
	if fmt.Sprint(sortedKeys(bad)) != fmt.Sprint(sortedKeys(listed)) {
		t.Errorf("bad records found %v, BAD.tsv lists %v", sortedKeys(bad), sortedKeys(listed))
	}
	if len(bad) < 8 || len(bad) > 12 {
		t.Errorf("%d bad records, want about 10", len(bad))
	}

	labels := readTSV(t, corpus["LABELS.tsv"], 2)
	codes := map[string]bool{}
	for _, l := range labels {
		if _, ok := byID[l[0]]; !ok {
			t.Errorf("LABELS.tsv: %s is not a good ad", l[0])
		}
		codes[l[1]] = true
	}
	if len(labels) != len(byID) || len(byID) < 420 {
		t.Errorf("%d good ads, %d labels: want ≥ 420, all labelled", len(byID), len(labels))
	}
	if len(codes) < 40 {
		t.Errorf("%d distinct ISCO codes in LABELS.tsv, want ≥ 40", len(codes))
	}
	checkDuplicates(t, readTSV(t, corpus["DUPLICATES.tsv"], 2), byID)
	checkVariety(t, byID)
}

func checkDuplicates(t *testing.T, pairs [][]string, byID map[string]record) {
	t.Helper()
	if rate := float64(len(pairs)) / float64(len(byID)); rate < 0.04 || rate > 0.06 {
		t.Errorf("%d duplicate pairs for %d ads: rate %.3f, want about 0.05", len(pairs), len(byID), rate)
	}
	for _, p := range pairs {
		a, okA := byID[p[0]]
		b, okB := byID[p[1]]
		if !okA || !okB || a.file == b.file {
			t.Errorf("pair %v: want two good ads of different files", p)
			continue
		}
		if j := jaccard(a.description, b.description); j < 0.5 {
			t.Errorf("pair %v: word overlap %.2f, want ≥ 0.5", p, j)
		}
	}
}

// checkVariety looks for the messiness real exports have.
func checkVariety(t *testing.T, byID map[string]record) {
	t.Helper()
	var all strings.Builder
	casa, dates := map[string]bool{}, map[string]bool{}
	datePatterns := map[string]*regexp.Regexp{
		"iso": regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`), "dmy": regexp.MustCompile(`^\d{2}/\d{2}/\d{4}$`),
		"relative": regexp.MustCompile(`(?i)^(il y a|hier|aujourd|قبل|اليوم|أمس)`), "month": regexp.MustCompile(`^\d{1,2} \p{L}+ \d{4}$`),
	}
	for _, r := range byID {
		all.WriteString(r.description + "\n")
		if strings.Contains(strings.ToLower(r.city), "casa") || strings.Contains(r.city, "البيضاء") || r.city == "كازا" {
			casa[r.city] = true
		}
		for k, re := range datePatterns {
			if re.MatchString(r.posted) {
				dates[k] = true
			}
		}
	}
	text := all.String()
	for _, want := range []string{"<p>", "<li>", "&amp;", "…", "[email protected]", "الخلصة", "Bac+2", "DH"} {
		if !strings.Contains(text, want) {
			t.Errorf("no description contains %q", want)
		}
	}
	if len(casa) < 4 {
		t.Errorf("Casablanca written %d ways (%v), want ≥ 4", len(casa), sortedKeys(casa))
	}
	if len(dates) < len(datePatterns) {
		t.Errorf("date styles found %v, want all of %d", sortedKeys(dates), len(datePatterns))
	}
}

// TestSeedGroundTruth checks the corpus mix with the generator's own truth.
func TestSeedGroundTruth(t *testing.T) {
	files, _ := seedSlots()
	langs, regions, n := map[string]int{}, map[string]bool{}, 0
	for _, f := range files {
		for _, s := range f {
			if s.bad == nil {
				langs[s.ad.Lang]++
				regions[s.ad.RegionCode] = true
				n++
			}
		}
	}
	for code := range regionNames {
		if !regions[code] {
			t.Errorf("no ad in region %s", code)
		}
	}
	share := func(l string) float64 { return float64(langs[l]) / float64(n) }
	if fr, ar, mx := share("fr"), share("ar"), share("mixed"); fr < 0.62 || fr > 0.78 || ar < 0.14 || ar > 0.26 || mx < 0.06 || mx > 0.14 {
		t.Errorf("language mix fr %.2f ar %.2f mixed %.2f, want about 0.70/0.20/0.10", fr, ar, mx)
	}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}
