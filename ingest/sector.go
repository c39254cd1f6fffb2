package ingest

import (
	"github.com/marsad/marsad/retrieval/lang"
)

// Ads are counted by the four sectors of HCP's labour-force survey
// (services, industry, construction, agriculture), so that demand from
// ads and official employment figures speak of the same sectors. The
// sector as the ad wrote it stays in Meta["sector_raw"].

// sectorWords name, in lang.Normalize form, the sectors of job sites that
// belong to industry, construction or agriculture; any other named
// sector is services.
var sectorWords = []struct {
	sector  string
	phrases phrases
}{
	{"construction", words("btp", "batiment", "genie civil", "travaux publics", "construction", "gros oeuvre", "second oeuvre", "البناء", "الأشغال العمومية")},
	{"agriculture", words("agriculture", "agricole", "peche", "peche maritime", "elevage", "arboriculture", "maraichage", "foret", "الفلاحة", "الصيد البحري")},
	{"industry", words("industrie", "industriel", "industrielle", "automobile", "equipementier", "equipementier automobile", "cablage", "aeronautique",
		"agroalimentaire", "agro alimentaire", "textile", "confection", "habillement", "conserverie", "usine", "production", "mines", "chimie",
		"plasturgie", "metallurgie", "energie", "electricite energie", "maintenance industrielle", "fmcg", "pharmaceutique", "الصناعة", "النسيج")},
}

// sectorOf returns the HCP sector an ad's sector text names: the lexicon's
// sector, else one named by sectorWords, else services for any other
// named sector; "" for no text.
func sectorOf(text string) string {
	if text == "" {
		return ""
	}
	if s := conceptOf(text, lang.KindSector); s != "" {
		return s
	}
	norm := lang.Normalize(text)
	for _, sw := range sectorWords {
		if hasAny(norm, sw.phrases) {
			return sw.sector
		}
	}
	return "services"
}

// sectorOfOccupation returns the HCP sector most ads of an ISCO-08 unit
// group belong to, for ads that name no sector: farm and fishery work is
// agriculture, building trades and site supervision construction, craft
// and machine work industry, the rest services; "" for no code.
func sectorOfOccupation(code string) string {
	switch {
	case code == "":
		return ""
	case code[0] == '6' || code == "9211" || code == "9212" || code == "9216" || code == "3142":
		return "agriculture"
	case code[:2] == "71" || code == "9312" || code == "9313" || code == "7411" || code == "3112" || code == "3123" || code == "2142" || code == "8342" || code == "8343":
		return "construction"
	case code[:2] == "72" || code[:2] == "73" || code[:2] == "74" || code[:2] == "75" || code[:2] == "81" || code[:2] == "82" ||
		code == "9321" || code == "9329" || code == "3122" || code == "3115" || code == "2141" || code == "2144" || code == "7233":
		return "industry"
	}
	return "services"
}
