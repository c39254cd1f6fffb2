package ingest_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/ingest"
)

// jsonLine writes one JSON Lines record.
func jsonLine(t *testing.T, rec map[string]any) string {
	t.Helper()
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

func TestLongFieldsAreCutAndGarbageQuarantined(t *testing.T) {
	longDesc := strings.Repeat("<p>مطلوب لحام ذو خبرة في طنجة، Soudeur TIG confirmé.</p>\n", 20_000) // about 1.2 MB
	longTitle := strings.Repeat("لحام ", 200)                                                        // 1,000 runes
	skills := make([]any, 1000)
	for i := range skills {
		skills[i] = "compétence " + strings.Repeat("x", i%7)
	}
	skills[500] = "Anglais"
	in := jsonLine(t, map[string]any{"id": "long-1", "title": "Soudeur TIG", "city": "Tanger", "description": longDesc,
		"skills": skills, "notes_internes": strings.Repeat("z", 10_000)}) +
		jsonLine(t, map[string]any{"id": "long-2", "title": longTitle, "city": "Rabat", "description": "Soudure."}) +
		jsonLine(t, map[string]any{"id": "garbage-3", "title": "Comptable", "employer": strings.Repeat("Société ", 1000), "description": "x"})
	s := mustJobMarket(t, "")
	sum, err := mustPipeline(t, s, ingest.Options{}).Ingest(context.Background(), "ads", "long.jsonl", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != 2 || sum.Quarantined != 1 {
		t.Fatalf("summary = %+v; want the two long ads loaded and the 8 kB employer quarantined", sum)
	}
	ads := storedBySourceID(t, s)
	long := ads["long-1"]
	if n := len(long.Description); n > 20_000 || n < 19_000 || !utf8.ValidString(long.Description) {
		t.Errorf("1.2 MB description stored as %d bytes (valid UTF-8: %v); want cut to about 20,000 on a rune boundary", n, utf8.ValidString(long.Description))
	}
	if !strings.Contains(long.Meta["truncated"], "description") {
		t.Errorf("meta truncated = %q, want it to name the description", long.Meta["truncated"])
	}
	if v := long.Meta["notes_internes"]; len(v) > 500 {
		t.Errorf("an unknown column of 10,000 bytes is kept as %d bytes, want at most 500", len(v))
	}
	if contains(long.Skills, "english") {
		t.Errorf("skills %v: the 501st item of a list read; want the list read up to its 100th", long.Skills)
	}
	title := ads["long-2"]
	if n := utf8.RuneCountInString(title.Title); n > 300 || !strings.Contains(title.Meta["truncated"], "title") {
		t.Errorf("title of 1,000 runes stored with %d (truncated %q); want at most 300, noted", n, title.Meta["truncated"])
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
