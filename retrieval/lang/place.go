package lang

import "strings"

// Place is a Moroccan place in the gazetteer.
type Place struct {
	// Code is the ISO 3166-2:MA code of the country ("MA"), a region
	// ("MA-06") or a province or prefecture ("MA-CAS"), "MA-SUD" for HCP's
	// grouping of the three southern regions, and for a city a lower-case
	// ASCII slug of its French name ("casablanca", "ksar-el-kebir").
	Code string
	// Name is the French display name ("Casablanca", "Fès", "Casablanca-Settat").
	Name string
	// Kind is "country", "group", "region", "province" or "city".
	Kind string
	// Region is the ISO code of the region the place lies in; for a region,
	// itself; for MA and MA-SUD, their own code.
	Region string
}

// PlaceMatch is a place found in text.
type PlaceMatch struct {
	Place   Place
	Surface string // the words as written in the input
}

// FindPlaces returns the places named in text, in order of appearance, the
// longest name winning at each position ("Casablanca-Settat" is the region,
// not the city), without overlaps. Names that are also common words (Safi,
// Salé, الجديدة "the new", jdida) count only after a place preposition, with
// a place proclitic (بالجديدة, fsafi) or capitalised. It returns nil when
// nothing matches.
func FindPlaces(text string) []PlaceMatch { return placeMatches(prepare(text)) }

func placeMatches(tw *textWords) []PlaceMatch {
	hits := gazetteer.index.find(tw)
	if len(hits) == 0 {
		return nil
	}
	out := make([]PlaceMatch, len(hits))
	for i, h := range hits {
		out[i] = PlaceMatch{Place: gazetteer.places[h.e.item], Surface: tw.surface(h)}
	}
	return out
}

// surface returns the input text covered by h.
func (tw *textWords) surface(h hit) string {
	return tw.text[tw.spans[h.from].start:tw.spans[h.to-1].end]
}

// LookupPlace returns the place one name designates, in any spelling or
// script ("Casa", "كازا", "dar lbida"), or a code ("MA-06", "ma-sud",
// "MA-CAS", "casablanca"). Leading words such as "région de", "ville de",
// "جهة", "مدينة", "jihat" are ignored. The name must be a place as a whole:
// "emploi à Rabat" is not found. It reports false when nothing matches.
func LookupPlace(name string) (Place, bool) {
	if p, ok := gazetteer.byCode[strings.ToUpper(strings.TrimSpace(name))]; ok {
		return p, true
	}
	if p, ok := gazetteer.byCode[strings.ToLower(strings.TrimSpace(name))]; ok {
		return p, true
	}
	tw := prepare(name)
	tw.whole = true
	for first := 0; first < len(tw.spans); first++ {
		h, ok := gazetteer.index.longestAt(tw, first)
		if ok && h.to == len(tw.spans) && h.e.flags&block == 0 {
			return gazetteer.places[h.e.item], true
		}
		if !placeFillers[tw.spans[first].norm] {
			break
		}
	}
	return Place{}, false
}

// placeFillers are words that may precede a place name in LookupPlace.
var placeFillers = setOf("region", "regions", "la", "le", "l", "de", "du", "d", "ville", "province", "prefecture",
	"city", "of", "the", "province", "jiha", "jihat", "mdinat", "mdina", "جهه", "جهة", "مدينه", "مدينة", "اقليم",
	"عماله", "عمالة", "ولايه", "ولاية")

// RegionName returns the display name of MA, MA-SUD or a region in the
// language and script of t ("Casablanca-Settat", "الدار البيضاء - سطات",
// "Casa-Settat"). An unknown code is returned unchanged; an unknown tag
// gives the French name.
func RegionName(code string, t Tag) string {
	names, ok := regionNames[strings.ToUpper(code)]
	if !ok {
		return code
	}
	switch t {
	case Arabic, Darija:
		return names[1]
	case Arabizi:
		return names[2]
	case English:
		return names[3]
	}
	return names[0]
}

// Places returns every place of the gazetteer: the country, the group, the
// twelve regions, then provinces and cities.
func Places() []Place {
	return append([]Place(nil), gazetteer.places...)
}

// PlaceNames returns the known names of the place with this code, in every
// language and script (for query expansion), or nil for an unknown code.
func PlaceNames(code string) []string {
	return append([]string(nil), gazetteer.names[code]...)
}
