package tools

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestMemoryAdHistoryKeepsNoRowString checks that the history keeps no
// string of the rows, that its cells' keys hold no pointer, and that it
// still answers as the rows say.
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
	var kept []string
	for c := range h.first {
		kept = append(kept, c)
	}
	for c := range h.occupations {
		kept = append(kept, c)
	}
	for c := range h.regions {
		kept = append(kept, c)
	}
	for _, c := range append(kept, h.codes...) {
		if within(c) {
			t.Errorf("code %q points into the rows' text", c)
		}
	}
	for i := range reflect.TypeFor[historyKey]().NumField() {
		if f := reflect.TypeFor[historyKey]().Field(i); f.Type.Kind() != reflect.Int32 {
			t.Errorf("historyKey.%s is a %s: the cells' keys must hold no pointer", f.Name, f.Type)
		}
	}
	if within(h.About().Source) {
		t.Error("the source points into the rows' text")
	}
	from, counts, err := h.MonthlyAds(context.Background(), "2221", "")
	if err != nil || from != "2024-01" || !slices.Equal(counts, []float64{1, 5}) {
		t.Errorf("MonthlyAds = %q, %v, %v; want 2024-01, [1 5]", from, counts, err)
	}
	from, counts, err = h.MonthlyAds(context.Background(), "2221", "MA-01")
	if err != nil || from != "2024-01" || !slices.Equal(counts, []float64{0, 3}) {
		t.Errorf("MonthlyAds in MA-01 = %q, %v, %v; want 2024-01, [0 3]", from, counts, err)
	}
	for _, q := range [][2]string{{"2221", "MA-99"}, {"9999", ""}} {
		if from, counts, err := h.MonthlyAds(context.Background(), q[0], q[1]); from != "" || counts != nil || err != nil {
			t.Errorf("MonthlyAds(%q, %q) = %q, %v, %v; want nothing", q[0], q[1], from, counts, err)
		}
	}
}
