package ingest

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// placed is where an ad is: the city as Marsad names it, its province code
// when the ad names a province, and its region code.
type placed struct {
	city, province, region string
	known                  bool // the gazetteer knew the place
}

// placeAd resolves an ad's place: the city field in any spelling or
// script ("CASA", "Casablanca, Maroc", "الدار البيضاء"), else the region
// field, else a place named in the title. A city the gazetteer does not
// know is kept as written with no region.
func placeAd(city, region, title string) placed {
	city = oneLine(city)
	if p, ok := findPlace(city); ok {
		return p
	}
	if p, ok := findPlace(oneLine(region)); ok {
		p.city = city
		return p
	}
	if city == "" {
		if p, ok := findPlace(title); ok && p.city != "" {
			return p
		}
	}
	return placed{city: city}
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
		return placed{city: p.Name, region: p.Region, known: true}, true
	case "province":
		return placed{city: p.Name, province: p.Code, region: p.Region, known: true}, true
	case "region":
		return placed{region: p.Region, known: true}, true
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
