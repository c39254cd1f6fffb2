package collect_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest/collect"
)

func TestReadSources(t *testing.T) {
	yaml := `sources:
  - address: https://www.emploi.example/sitemap.xml
  - address: https://jobs.example/offres?page=1
    ad_links: /offre/\d+
    max_pages: 10
    max_ads: 200
`
	srcs, err := collect.ReadSources(strings.NewReader(yaml), "sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 2 || srcs[1].AdLinks != `/offre/\d+` || srcs[1].MaxPages != 10 || srcs[1].MaxAds != 200 {
		t.Errorf("YAML: %+v", srcs)
	}
	srcs, err = collect.ReadSources(strings.NewReader(`{"sources":[{"address":"https://www.rekrute.example/rss"}]}`), "sources.json")
	if err != nil || len(srcs) != 1 || srcs[0].Address != "https://www.rekrute.example/rss" {
		t.Errorf("JSON: %+v, %v", srcs, err)
	}
	for name, bad := range map[string]string{
		"unknown key":    "sources:\n  - address: https://a.example/\n    adlinks: x\n",
		"no sources":     "sources: []\n",
		"not an address": "sources:\n  - address: emploi.ma/offres\n",
		"ftp":            "sources:\n  - address: ftp://a.example/ads.csv\n",
		"bad ad_links":   "sources:\n  - address: https://a.example/\n    ad_links: \"(offre\"\n",
	} {
		_, err := collect.ReadSources(strings.NewReader(bad), "sources.yaml")
		if !errors.Is(err, collect.ErrBadSources) || !strings.Contains(err.Error(), "sources.yaml") {
			t.Errorf("%s: %v, want ErrBadSources naming the file", name, err)
		}
	}
}

// The paths of ads on emploi.ma, rekrute.com, marocannonces.com,
// dreamjob.ma and anapec.org read as ads; listings and other pages not.
func TestDefaultAdLinks(t *testing.T) {
	for p, want := range map[string]bool{
		"/offre-emploi-maroc/comptable-confirme-casablanca-8234567":                   true,
		"/offre-emploi-ingenieur-qualite-recrutement-yazaki-tanger-165432.html":       true,
		"/categorie/309/Emploi/Offres-emploi/annonce/9876543/Commercial-terrain.html": true,
		"/emploi/technicien-de-maintenance-12345/":                                    true,
		"/sigec-app-rv/fr/entreprises/bloc_offre_ajax/offre/123456":                   true,
		"/recherche-jobs-maroc?page=2":                                                false,
		"/a-propos":                                                                   false,
		"/offres-emploi/page/2":                                                       false,
		"/recruteur/fiduciaire-bennani":                                               false,
	} {
		if got := collect.DefaultAdLinks.MatchString(p); got != want {
			t.Errorf("%s: ad page %v, want %v", p, got, want)
		}
	}
}
