package tools

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestMemoryAdHistoryKeepsNoRowString checks that the history's cells
// share one copy of each month, code and region, none of them the rows'
// own strings, and still answer as the rows say.
func TestMemoryAdHistoryKeepsNoRowString(t *testing.T) {
	line := "2024-01,2221,MA-06;2024-02,2221,MA-06;2024-02,2221,MA-01"
	var rows []MonthlyAdCount
	for i, rec := range strings.Split(line, ";") {
		f := strings.Split(rec, ",")
		rows = append(rows, MonthlyAdCount{Month: f[0], Occupation: f[1], Region: f[2], Ads: i + 1})
	}
	h, err := NewMemoryAdHistory(rows, line[:4], true)
	if err != nil {
		t.Fatal(err)
	}
	within := func(s string) bool {
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(line)))
		return p >= lo && p < lo+uintptr(len(line))
	}
	byValue := map[string]*byte{}
	for k := range h.cells {
		for _, s := range []string{k.month, k.occupation, k.region} {
			if within(s) {
				t.Errorf("cell key %q points into the rows' text", s)
			}
			if p, ok := byValue[s]; ok && p != unsafe.StringData(s) {
				t.Errorf("two copies of %q", s)
			}
			byValue[s] = unsafe.StringData(s)
		}
	}
	if within(h.About().Source) {
		t.Error("the source points into the rows' text")
	}
	from, counts, err := h.MonthlyAds(context.Background(), "2221", "")
	if err != nil || from != "2024-01" || !slices.Equal(counts, []float64{1, 5}) {
		t.Errorf("MonthlyAds = %q, %v, %v; want 2024-01, [1 5]", from, counts, err)
	}
}
