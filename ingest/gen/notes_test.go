package gen

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// figures maps each source_url of the bundled indicator CSV to the absolute
// values of its rows.
func figures(t *testing.T) map[string][]float64 {
	t.Helper()
	f, err := os.Open(filepath.Join(seedDir, "indicators", "hcp_labour_figures.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	out := map[string][]float64{}
	for _, r := range rows[1:] {
		v, err := strconv.ParseFloat(r[col["value"]], 64)
		if err != nil {
			t.Fatalf("indicator value %q: %v", r[col["value"]], err)
		}
		u := r[col["source_url"]]
		out[u] = append(out[u], math.Abs(v))
	}
	return out
}

// splitNote returns the front matter fields and the body of a note.
func splitNote(t *testing.T, name, text string) (map[string]string, string) {
	t.Helper()
	rest, ok := strings.CutPrefix(text, "---\n")
	fm, body, ok2 := strings.Cut(rest, "\n---\n")
	if !ok || !ok2 {
		t.Fatalf("%s: no front matter between --- lines", name)
	}
	meta := map[string]string{}
	for _, line := range strings.Split(fm, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("%s: bad front matter line %q", name, line)
		}
		meta[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return meta, body
}

var (
	urlRe = regexp.MustCompile(`https?://[^\s)]+`)
	// numbers that state a figure: decimals, grouped thousands, a number
	// followed by % / في المائة / ألف / آلاف. Plain integers (years, ages)
	// are not figures.
	figureRe = regexp.MustCompile(`(\d{1,3}(?:[  ]\d{3})+|\d+[.,]\d+|\d+)(\s*(?:%|في المائة|ألف|آلاف))?`)
)

// lineFigures returns the figures stated on one line.
func lineFigures(line string) []float64 {
	var out []float64
	for _, m := range figureRe.FindAllStringSubmatch(line, -1) {
		num, suf := m[1], strings.TrimSpace(m[2])
		grouped := strings.ContainsAny(num, "  ")
		decimal := strings.ContainsAny(num, ".,")
		if !grouped && !decimal && suf == "" {
			continue
		}
		clean := strings.NewReplacer(" ", "", " ", "", " ", "", ",", ".").Replace(num)
		v, err := strconv.ParseFloat(clean, 64)
		if err != nil {
			continue
		}
		if suf == "ألف" || suf == "آلاف" {
			v *= 1000
		}
		out = append(out, v)
	}
	return out
}

func TestNotes(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(seedDir, "notes", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 15 {
		t.Fatalf("%d notes, want ≥ 15", len(paths))
	}
	figs := figures(t)
	regions := map[string]bool{"MA": true, "MA-SUD": true}
	for code := range regionNames {
		regions[code] = true
	}
	langs, ids := map[string]int{}, map[string]bool{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		meta, body := splitNote(t, name, string(data))
		for _, k := range []string{"id", "title", "lang", "publisher", "period", "region", "url", "kind"} {
			if _, ok := meta[k]; !ok {
				t.Errorf("%s: front matter lacks %s", name, k)
			}
		}
		if ids[meta["id"]] {
			t.Errorf("%s: repeated id %s", name, meta["id"])
		}
		ids[meta["id"]] = true
		langs[meta["lang"]]++
		if (meta["lang"] != "fr" && meta["lang"] != "ar") || !regions[meta["region"]] || meta["kind"] != "note" ||
			!strings.Contains(meta["publisher"], "démonstration") {
			t.Errorf("%s: bad lang, region, kind or publisher: %v", name, meta)
		}
		if w := len(strings.Fields(body)); w < 300 || w > 700 {
			t.Errorf("%s: %d words, want 300-700", name, w)
		}
		checkFigures(t, name, body, figs)
	}
	if langs["ar"] < len(paths)/3 {
		t.Errorf("only %d Arabic notes of %d", langs["ar"], len(paths))
	}
}

// checkFigures requires every figure of a line to be the value of a row of
// the indicator CSV whose source_url is cited on that line.
func checkFigures(t *testing.T, name, body string, figs map[string][]float64) {
	t.Helper()
	for i, line := range strings.Split(body, "\n") {
		var vals []float64
		for _, u := range urlRe.FindAllString(line, -1) {
			u = strings.TrimRight(u, ".,،;")
			known, ok := figs[u]
			if !ok {
				t.Errorf("%s:%d: source %s is not in the indicator CSV", name, i+1, u)
			}
			vals = append(vals, known...)
		}
		for _, v := range lineFigures(urlRe.ReplaceAllString(line, "")) {
			if !containsValue(vals, v) {
				t.Errorf("%s:%d: figure %v has no matching source on its line", name, i+1, v)
			}
		}
	}
}

func containsValue(vals []float64, v float64) bool {
	for _, x := range vals {
		if math.Abs(x-v) < 1e-9 {
			return true
		}
	}
	return false
}

func TestLineFigures(t *testing.T) {
	tests := []struct {
		line string
		want []float64
	}{
		{"le taux atteint 36,7 % en 2024 chez les 15-24 ans", []float64{36.7}},
		{"soit 1 638 000 chômeurs", []float64{1638000}},
		{"فقد القطاع 137 ألف منصب سنة 2024", []float64{137000}},
		{"206 آلاف منصب و19,4 في المائة", []float64{206000, 19.4}},
		{"en 2030, 12 régions", nil},
	}
	for _, tt := range tests {
		got := lineFigures(tt.line)
		if len(got) != len(tt.want) {
			t.Errorf("lineFigures(%q) = %v, want %v", tt.line, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("lineFigures(%q) = %v, want %v", tt.line, got, tt.want)
			}
		}
	}
}
