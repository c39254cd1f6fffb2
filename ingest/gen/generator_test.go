package gen

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func mustAds(t testing.TB, seed int64, n int, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Ads(seed, n, &buf, format); err != nil {
		t.Fatalf("Ads(%d, %d, %s): %v", seed, n, format, err)
	}
	return buf.Bytes()
}

func TestAdsDeterministic(t *testing.T) {
	for _, f := range []string{FormatCSV, FormatJSONL} {
		a, b := mustAds(t, 42, 500, f), mustAds(t, 42, 500, f)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: same seed gave different bytes", f)
		}
		if c := mustAds(t, 43, 500, f); bytes.Equal(a, c) {
			t.Errorf("%s: seeds 42 and 43 gave the same bytes", f)
		}
	}
}

func TestAdsCSVRows(t *testing.T) {
	const n = 1500
	r := csv.NewReader(bytes.NewReader(mustAds(t, 7, n, FormatCSV)))
	rows, err := r.ReadAll() // also checks every row has the header's field count
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if len(rows) != n+1 {
		t.Fatalf("got %d rows, want header + %d", len(rows), n)
	}
	head := strings.Join(rows[0], ",")
	if head != "id,title,employer,city,region,sector,contract,salary,education,experience,description,skills,posted,source_site,url" {
		t.Fatalf("header = %q", head)
	}
	for i, row := range rows[1:] {
		if row[1] == "" && row[10] == "" {
			t.Errorf("row %d (%s) has neither title nor description", i+1, row[0])
		}
	}
}

func TestAdsJSONLines(t *testing.T) {
	const n = 1500
	sc := bufio.NewScanner(bytes.NewReader(mustAds(t, 7, n, FormatJSONL)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	lines, ids := 0, map[string]bool{}
	for sc.Scan() {
		var rec struct {
			ID, Title, Description string
			Skills                 []string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("line %d does not parse: %v", lines+1, err)
		}
		if rec.ID == "" || ids[rec.ID] {
			t.Fatalf("line %d: missing or repeated id %q", lines+1, rec.ID)
		}
		ids[rec.ID] = true
		if rec.Title == "" && rec.Description == "" {
			t.Errorf("line %d has neither title nor description", lines+1)
		}
		lines++
	}
	if lines != n {
		t.Fatalf("got %d lines, want %d", lines, n)
	}
}

func TestAdsZero(t *testing.T) {
	if got := mustAds(t, 1, 0, FormatJSONL); len(got) != 0 {
		t.Errorf("jsonl with n=0 wrote %q", got)
	}
	if got := string(mustAds(t, 1, 0, FormatCSV)); strings.Count(got, "\n") != 1 {
		t.Errorf("csv with n=0 wrote %q, want the header only", got)
	}
}

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after -= len(p); w.after < 0 {
		return 0, io.ErrShortWrite
	}
	return len(p), nil
}

func TestAdsErrors(t *testing.T) {
	if err := Ads(1, 10, io.Discard, "xml"); !errors.Is(err, ErrFormat) {
		t.Errorf("format xml: err = %v, want ErrFormat", err)
	}
	if err := Ads(1, -1, io.Discard, FormatCSV); !errors.Is(err, ErrCount) {
		t.Errorf("n=-1: err = %v, want ErrCount", err)
	}
	if err := Ads(1, 2000, &failWriter{after: 100 << 10}, FormatJSONL); !errors.Is(err, io.ErrShortWrite) {
		t.Errorf("failing writer: err = %v, want io.ErrShortWrite", err)
	}
}

func TestAdsIterMatchesAds(t *testing.T) {
	const n = 300
	var ids []string
	for a := range AdsIter(9, n) {
		ids = append(ids, a.ID)
	}
	rows, err := csv.NewReader(bytes.NewReader(mustAds(t, 9, n, FormatCSV))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows[1:] {
		if row[0] != ids[i] {
			t.Fatalf("ad %d: Ads wrote id %s, AdsIter yielded %s", i, row[0], ids[i])
		}
	}
	k := 0
	for range AdsIter(9, n) {
		if k++; k == 10 {
			break // stopping early must not panic
		}
	}
}

// TestNearDuplicates checks the rate of reposts and that a repost stays
// close to its source while unrelated ads do not.
func TestNearDuplicates(t *testing.T) {
	const n = 10000
	byID := map[string]Ad{}
	dups, simDup, simOther, others := 0, 0.0, 0.0, 0
	var prev Ad
	for a := range AdsIter(11, n) {
		byID[a.ID] = a
		if a.DupOf != "" {
			src, ok := byID[a.DupOf]
			if !ok {
				t.Fatalf("%s reposts unknown %s", a.ID, a.DupOf)
			}
			if src.Occupation != a.Occupation || src.ISCO != a.ISCO {
				t.Fatalf("%s changed occupation of %s", a.ID, src.ID)
			}
			dups++
			simDup += jaccard(src.Description, a.Description)
		} else if prev.ID != "" && len(byID)%10 == 0 {
			simOther += jaccard(prev.Description, a.Description)
			others++
		}
		prev = a
	}
	rate := float64(dups) / n
	if rate < DupRate-0.01 || rate > DupRate+0.01 {
		t.Errorf("near-duplicate rate = %.4f, want %.2f ± 0.01", rate, DupRate)
	}
	t.Logf("rate %.4f dup %.2f other %.2f", rate, simDup/float64(dups), simOther/float64(others))
	if m := simDup / float64(dups); m < 0.6 {
		t.Errorf("mean word overlap of reposts = %.2f, want ≥ 0.6", m)
	}
	if m := simOther / float64(others); m > 0.3 {
		t.Errorf("mean word overlap of consecutive unrelated ads = %.2f, want ≤ 0.3", m)
	}
}

// jaccard is the word-set overlap of two texts.
func jaccard(a, b string) float64 {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(stripTags(s))) {
			m[w] = true
		}
		return m
	}
	x, y := set(a), set(b)
	inter := 0
	for w := range x {
		if y[w] {
			inter++
		}
	}
	union := len(x) + len(y) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

func BenchmarkAds(b *testing.B) {
	for _, f := range []string{FormatCSV, FormatJSONL} {
		for _, n := range []int{1000, 10000} {
			b.Run(fmt.Sprintf("%s/%d", f, n), func(b *testing.B) {
				var cw countWriter
				cw.w = io.Discard
				for b.Loop() {
					if err := Ads(1, n, &cw, f); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "ads/s")
			})
		}
	}
}
