package ingest

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// placed is where an ad is: the city as Marsad names it, its province code
// when the ad names a province, and its region code; from says which
// field told it ("city", "region", "title", "description").
type placed struct {
	city, province, region string
	from                   string
}

// descriptionPlaceSpan is how much of a description is searched for the
// place of an ad that has no city field: where ads say where the job is.
const descriptionPlaceSpan = 600

// placeAd resolves an ad's place: the city field in any spelling or
// script ("CASA", "Casablanca, Maroc", "الدار البيضاء"), else the region
// field, else, for an ad without a city field, the first city named in
// its title, then in the start of its description. A city the gazetteer
// does not know is kept as written with no region.
func placeAd(city, region, title, description string) placed {
	city = oneLine(city)
	if p, ok := findPlace(city); ok {
		p.from = "city"
		return p
	}
	if p, ok := findPlace(oneLine(region)); ok {
		p.city, p.from = city, "region"
		return p
	}
	if city == "" {
		for _, f := range []struct{ from, text string }{{"title", title}, {"description", prefix(description, descriptionPlaceSpan)}} {
			if p, ok := findCity(f.text); ok {
				p.from = f.from
				return p
			}
		}
	}
	return placed{city: city}
}

// findCity returns the first city or province named in running text.
func findCity(s string) (placed, bool) {
	for _, m := range lang.FindPlaces(s) {
		if pl, ok := fromPlace(m.Place); ok && pl.city != "" {
			return pl, true
		}
	}
	return placed{}, false
}

// findPlace returns the first city, province or region named in s (the
// whole of s first, then the places found in it).
func findPlace(s string) (placed, bool) {
	if strings.TrimSpace(s) == "" {
		return placed{}, false
	}
	if p, ok := lang.LookupPlace(s); ok {
		if pl, ok := fromPlace(p); ok {
			return pl, true
		}
	}
	for _, m := range lang.FindPlaces(s) {
		if pl, ok := fromPlace(m.Place); ok {
			return pl, true
		}
	}
	return placed{}, false
}

func fromPlace(p lang.Place) (placed, bool) {
	if !isRegion(p.Region) {
		return placed{}, false
	}
	switch p.Kind {
	case "city":
		return placed{city: p.Name, region: p.Region}, true
	case "province":
		return placed{city: p.Name, province: p.Code, region: p.Region}, true
	case "region":
		return placed{region: p.Region}, true
	}
	return placed{}, false
}

func isRegion(code string) bool {
	for _, r := range tools.Regions {
		if r == code {
			return true
		}
	}
	return false
}
