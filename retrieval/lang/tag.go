package lang

// Tag is a BCP 47 language tag for one of the five languages Marsad detects.
type Tag string

// The five languages (and scripts) Marsad answers in.
const (
	French  Tag = "fr"       // French, Latin script
	Arabic  Tag = "ar"       // Modern Standard Arabic, Arabic script
	Darija  Tag = "ary"      // Moroccan Arabic, Arabic script
	Arabizi Tag = "ary-Latn" // Moroccan Arabic, Latin script with digits (3, 7, 9…)
	English Tag = "en"       // English, Latin script
)

// Tags lists the five tags in a stable order.
var Tags = []Tag{French, Arabic, Darija, Arabizi, English}

// RTL reports whether text in t is written right to left (ar and ary).
func (t Tag) RTL() bool { return t == Arabic || t == Darija }

// Valid reports whether t is one of the five tags.
func (t Tag) Valid() bool {
	switch t {
	case French, Arabic, Darija, Arabizi, English:
		return true
	}
	return false
}
