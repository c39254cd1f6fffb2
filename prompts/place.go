package prompts

import "github.com/marsad/marsad/retrieval/lang"

// PlacePhrase words "in <place>" for a geo code in language l, with the
// answers' templates: the country for "" and "MA", HCP's group of the
// southern regions for "MA-SUD", else the region's name.
func PlacePhrase(l, geo string) string {
	var s string
	switch geo {
	case "", "MA":
		s, _ = Render("place.country", l, nil)
	case "MA-SUD":
		s, _ = Render("place.south", l, nil)
	default:
		s, _ = Render("place.region", l, lang.RegionName(geo, lang.Tag(l)))
	}
	return s
}
