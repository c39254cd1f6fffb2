package ingest

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	ref := time.Date(2025, 5, 20, 15, 4, 0, 0, time.UTC)
	cases := []struct{ in, want string }{
		{"2024-05-03", "2024-05-03"},
		{"2024-05-03T09:14:00Z", "2024-05-03"},
		{"03/05/2024", "2024-05-03"},
		{"2025/04/20", "2025-04-20"},
		{"2025.04.20", "2025-04-20"},
		{"03-05-2024", "2024-05-03"},
		{"Publié le 03/05/2024", "2024-05-03"},
		{"3 mai 2024", "2024-05-03"},
		{"05 mai 2025", "2025-05-05"},
		{"1er mars 2025", "2025-03-01"},
		{"03 ماي 2024", "2024-05-03"},
		{"12 شتنبر 2024", "2024-09-12"},
		{"May 3, 2024", "2024-05-03"},
		{"il y a 3 jours", "2025-05-17"},
		{"Il y a 2 semaines", "2025-05-06"},
		{"il y a 1 mois", "2025-04-20"},
		{"Aujourd'hui", "2025-05-20"},
		{"Hier", "2025-05-19"},
		{"قبل يومين", "2025-05-18"},
		{"قبل 5 أيام", "2025-05-15"},
		{"قبل أسبوع", "2025-05-13"},
		{"قبل شهر", "2025-04-20"},
		{"أمس", "2025-05-19"},
		{"اليوم", "2025-05-20"},
		{"2 weeks ago", "2025-05-06"},
		{"il y a 5 heures", "2025-05-20"},
	}
	for _, c := range cases {
		got, ok := parseDate(c.in, ref)
		if !ok || got.Format(time.DateOnly) != c.want {
			t.Errorf("parseDate(%q) = %v, %v; want %s", c.in, got.Format(time.DateOnly), ok, c.want)
		}
	}
	for _, bad := range []string{"", "bientôt", "31/02/2024", "2026-01-01", "1999-12-31", "13/13/2024", "à convenir",
		"il y a 99999999999999999999 jours", // past int64: not "today"
		"il y a 614891469123651721 mois",    // 30 times it wraps int64 to 14 days
	} {
		if got, ok := parseDate(bad, ref); ok {
			t.Errorf("parseDate(%q) = %v, want no date", bad, got)
		}
	}
}
