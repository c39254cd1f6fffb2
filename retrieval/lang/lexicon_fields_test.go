package lang

import (
	"slices"
	"testing"
)

func TestFieldsOfStudy(t *testing.T) {
	for text, want := range map[string][]string{
		"التسيير": {"gestion des entreprises"},
		"الاقتصاد والتدبير، مسلك المحاسبة": {"sciences économiques", "gestion des entreprises", "comptabilité"},
		"bac+2 f lmo7asaba": {"comptabilité"},
		"English studies":   {"études anglaises"},
		"الفلاحة تخصص تربية المواشي":     {"agriculture agronomie", "élevage"},
		"gestion hôtelière":              {"gestion hôtelière"},
		"l'informatique":                 {"informatique"},
		"Je cherche un travail à Agadir": nil,
		"droit public":                   {"droit"},
		"it is a nice day":               nil,
	} {
		if got := FieldsOfStudy(text); !slices.Equal(got, want) {
			t.Errorf("FieldsOfStudy(%q) = %q, want %q", text, got, want)
		}
	}
}
