package lang

import (
	"sort"
	"strings"
)

// gazetteerTables is the built gazetteer.
type gazetteerTables struct {
	places []Place
	byCode map[string]Place
	names  map[string][]string // code → names as written in the tables
	index  *phraseIndex
}

var gazetteer = buildGazetteer()

func buildGazetteer() *gazetteerTables {
	g := &gazetteerTables{byCode: map[string]Place{}, names: map[string][]string{}, index: newPhraseIndex()}
	for _, a := range areaDefs {
		name := regionNames[a.code][0]
		g.addPlace(Place{Code: a.code, Name: name, Kind: a.kind, Region: a.code}, a.names)
	}
	provinceIdx := g.addProvinces()
	for _, c := range cityDefs {
		names := splitList(c.names)
		g.addPlace(Place{Code: c.slug, Name: stripMarkers(names[0]), Kind: "city", Region: c.region}, c.names)
		if i, ok := provinceIdx[c.province]; ok {
			g.addProvinceForms(i, names)
		}
	}
	g.index.finish()
	return g
}

// addPlace registers p and its names ("|"-separated, with markers).
func (g *gazetteerTables) addPlace(p Place, names string) int {
	i := len(g.places)
	g.places = append(g.places, p)
	g.byCode[p.Code] = p
	for _, n := range splitList(names) {
		g.index.add(n, i)
		if !strings.HasPrefix(n, "!") {
			g.names[p.Code] = append(g.names[p.Code], stripMarkers(n))
		}
	}
	return i
}

// addProvinces registers every province under its own name when it has one,
// and returns the index of each province's place.
func (g *gazetteerTables) addProvinces() map[string]int {
	codes := make([]string, 0, len(provinceNames))
	for c := range provinceNames {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	idx := make(map[string]int, len(codes))
	for _, c := range codes {
		pn := provinceNames[c]
		idx[c] = g.addPlace(Place{Code: c, Name: pn[0], Kind: "province", Region: pn[1]}, provinceOwnNames[c])
	}
	return idx
}

// addProvinceForms registers "province de X", "إقليم X"… for the town names
// of a province's chief town and other towns.
func (g *gazetteerTables) addProvinceForms(i int, townNames []string) {
	code := g.places[i].Code
	for _, n := range townNames {
		n = stripMarkers(n)
		for _, p := range provincePrefixes {
			form := p + " " + n
			g.index.add(form, i)
			g.names[code] = append(g.names[code], form)
		}
	}
}
