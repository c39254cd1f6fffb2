package collect_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// sites serves, from one in-process server, the pages of two job boards
// shaped like Moroccan ones: www.emploi.test (listing pages with
// pagination, as emploi.ma) and www.rekrute.test (a sitemap index and an
// RSS feed, as rekrute.com). The test client dials the server whatever
// the host, so that ads carry their site's name.
type sites struct {
	srv *httptest.Server

	mu      sync.Mutex
	pages   map[string]page // by host + path and query
	tooMany map[string]int  // answers of 429 still to give, by key
	failing map[string]bool // answer 500 always
	slow    map[string]bool // answer when the request is given up
	hits    map[string]int  // requests by key
	agents  map[string]bool // User-Agents seen
	agent   string          // the last User-Agent
	notMod  int             // 304 answers given
	onSlow  func()          // called when a slow page is asked for
}

type page struct {
	body, contentType string
}

func newSites(t *testing.T) *sites {
	s := &sites{pages: map[string]page{}, tooMany: map[string]int{}, failing: map[string]bool{}, slow: map[string]bool{},
		hits: map[string]int{}, agents: map[string]bool{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	s.build()
	return s
}

// client dials the test server for every host.
func (s *sites) client() *http.Client {
	addr := s.srv.Listener.Addr().String()
	tr := &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}}
	return &http.Client{Transport: tr}
}

func (s *sites) serve(w http.ResponseWriter, r *http.Request) {
	host, _, _ := strings.Cut(r.Host, ":")
	key := host + r.URL.RequestURI()
	s.mu.Lock()
	s.hits[key]++
	s.agents[r.UserAgent()] = true
	s.agent = r.UserAgent()
	p, ok := s.pages[key]
	tooMany, failing, slow, onSlow := s.tooMany[key], s.failing[key], s.slow[key], s.onSlow
	if tooMany > 0 {
		s.tooMany[key]--
	}
	s.mu.Unlock()
	switch {
	case tooMany > 0:
		w.Header().Set("Retry-After", "7")
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	case failing:
		http.Error(w, "database error", http.StatusInternalServerError)
		return
	case slow:
		if onSlow != nil {
			onSlow()
		}
		<-r.Context().Done()
		return
	case !ok:
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256([]byte(p.body))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	if r.Header.Get("If-None-Match") == etag {
		s.mu.Lock()
		s.notMod++
		s.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", p.contentType)
	fmt.Fprint(w, p.body)
}

func (s *sites) put(key, contentType, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[key] = page{body: body, contentType: contentType}
}

func (s *sites) hitsOf(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[key]
}

// posting is the JobPosting of an ad page.
type posting struct {
	Title, Description, Employer, City, Posted, Contract string
	SalaryMin, SalaryMax                                 int
}

func (p posting) jsonLD() string {
	obj := map[string]any{
		"@context": "https://schema.org", "@type": "JobPosting",
		"title": p.Title, "description": p.Description, "datePosted": p.Posted, "employmentType": p.Contract,
		"hiringOrganization": map[string]any{"@type": "Organization", "name": p.Employer},
		"jobLocation": []any{map[string]any{"@type": "Place", "address": map[string]any{
			"@type": "PostalAddress", "addressLocality": p.City, "addressCountry": "MA"}}},
	}
	if p.SalaryMin > 0 {
		obj["baseSalary"] = map[string]any{"@type": "MonetaryAmount", "currency": "MAD",
			"value": map[string]any{"@type": "QuantitativeValue", "minValue": p.SalaryMin, "maxValue": p.SalaryMax, "unitText": "MONTH"}}
	}
	b, _ := json.MarshalIndent(obj, "", "  ")
	return string(b)
}

// adPage is an ad page as the boards write them: the posting in JSON-LD
// in the head, the same text in the body, and links to other offers.
func adPage(p posting) string {
	return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>` + p.Title + ` | Offres d'emploi</title>
<script type="application/ld+json">` + p.jsonLD() + `</script></head>
<body><nav><a href="/">Accueil</a> <a href="/recherche-jobs-maroc">Offres</a></nav>
<div class="job-ad"><h1>` + p.Title + `</h1><div class="company">` + p.Employer + `</div>
<div class="job-description">` + p.Description + `</div></div>
<aside><h3>Offres similaires</h3><a href="/offre-emploi-maroc/autre-offre-9999999">Autre offre</a>
<a href="/offre-emploi-maroc/autre-offre-9999999" class="next">Offre suivante</a></aside></body></html>`
}

// The ads of the two boards. comptable is on both.
var (
	comptable = posting{Title: "Comptable confirmé", Employer: "Fiduciaire Bennani", City: "Casablanca", Posted: "2026-11-06", Contract: "CDI",
		Description: "<p>Fiduciaire à Casablanca recrute un comptable confirmé : tenue de la comptabilité générale, déclarations fiscales (TVA, IS) et bilans annuels.</p><ul><li>Bac+3 en comptabilité</li><li>3 ans d'expérience</li></ul>",
		SalaryMin:   7000, SalaryMax: 9000}
	soudeur = posting{Title: "Soudeur TIG", Employer: "Atlas Métal", City: "Kénitra", Posted: "2026-11-10", Contract: "CDD",
		Description: "Atlas Métal recrute des soudeurs TIG et MIG pour la fabrication de structures métalliques en atelier. Lecture de plans exigée.",
		SalaryMin:   6000, SalaryMax: 6000}
	technicien = posting{Title: "Technicien de maintenance industrielle", Employer: "Sotrama", City: "Tanger", Posted: "2026-11-12", Contract: "CDI",
		Description: "Maintenance préventive et curative des lignes de production automobile, zone franche de Tanger. Électricité, automatismes, mécanique."}
)

const (
	emploi  = "www.emploi.test"
	rekrute = "www.rekrute.test"

	listing1 = "/recherche-jobs-maroc"
	listing2 = "/recherche-jobs-maroc?page=1"

	adComptableE  = "/offre-emploi-maroc/comptable-confirme-casablanca-8234567"
	adTechnicien  = "/offre-emploi-maroc/technicien-maintenance-tanger-8234572" // 429 twice, then the page
	adMicrodata   = "/offre-emploi-maroc/infirmier-polyvalent-rabat-8234570"
	adPlain       = "/offre-emploi-maroc/chauffeur-livreur-tanger-8234571"
	adFailing     = "/offre-emploi-maroc/commercial-terrain-agadir-8234573" // 500 always
	adSlow        = "/offre-emploi-maroc/developpeur-web-casablanca-8234574"
	adForbidden   = "/prive/offre-emploi-confidentielle-8234999"
	adComptableR  = "/offre-emploi-comptable-confirme-recrutement-fiduciaire-bennani-casablanca-165432.html"
	adSoudeurR    = "/offre-emploi-soudeur-tig-recrutement-atlas-metal-kenitra-165433.html"
	rekruteFeed   = "/rss/offres.xml"
	rekruteIndex  = "/sitemap.xml"
	rekruteOffers = "/sitemap-offres.xml"
)

func (s *sites) build() {
	html := "text/html; charset=utf-8"
	s.put(emploi+"/robots.txt", "text/plain", "User-agent: *\nDisallow: /prive/\n\nUser-agent: BadBot\nDisallow: /\n")
	s.put(emploi+listing1, html, `<!DOCTYPE html><html><head><title>Offres d'emploi au Maroc</title></head><body>
<nav><a href="/">Accueil</a> <a href="/a-propos">À propos</a> <a href="/contact">Contact</a> <a href="https://www.facebook.com/sharer.php?u=https://www.emploi.test/offre-emploi-maroc/x-1234567">Partager</a></nav>
<div class="search-results">
 <div class="job-description-wrapper"><h5><a href="`+adComptableE+`" title="Comptable confirmé">Comptable confirmé</a></h5>
  <p class="job-recruiter"><b>06.11.2026</b> | <a href="/recruteur/fiduciaire-bennani">Fiduciaire Bennani</a></p></div>
 <div class="job-description-wrapper"><h5><a href="`+adTechnicien+`">Technicien de maintenance industrielle</a></h5></div>
 <div class="job-description-wrapper"><h5><a href="`+adForbidden+`">Offre confidentielle</a></h5></div>
</div>
<ul class="pager"><li class="pager-current">1</li><li><a href="`+listing2+`" title="Aller à la page 2">2</a></li>
<li class="pager-next"><a href="`+listing2+`">suivant ›</a></li></ul></body></html>`)
	s.put(emploi+listing2, html, `<!DOCTYPE html><html><body>
<div class="search-results">
 <h5><a href="`+adMicrodata+`">Infirmier polyvalent</a></h5>
 <h5><a href="`+adPlain+`">Chauffeur livreur</a></h5>
 <h5><a href="`+adFailing+`">Commercial terrain</a></h5>
 <h5><a href="`+adSlow+`">Développeur web</a></h5>
</div>
<ul class="pager"><li class="pager-previous"><a href="/recherche-jobs-maroc">‹ précédent</a></li><li class="pager-current">2</li></ul></body></html>`)
	s.put(emploi+adComptableE, html, adPage(comptable))
	s.put(emploi+adTechnicien, html, adPage(technicien))
	s.tooMany[emploi+adTechnicien] = 2
	s.failing[emploi+adFailing] = true
	s.slow[emploi+adSlow] = true
	s.put(emploi+adMicrodata, html, `<!DOCTYPE html><html><body>
<div itemscope itemtype="https://schema.org/JobPosting">
 <h1 itemprop="title">Infirmier polyvalent</h1>
 <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Clinique Al Amal</span></div>
 <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
  <span itemprop="addressLocality">Rabat</span></div></div>
 <meta itemprop="datePosted" content="2026-11-08"><span itemprop="employmentType">CDI</span>
 <div itemprop="description"><p>Clinique privée à Rabat recrute un infirmier polyvalent diplômé d'État pour son service de soins.</p><p>Travail en équipe, gardes.</p></div>
</div></body></html>`)
	s.put(emploi+adPlain, html, `<!DOCTYPE html><html><body><h1>Chauffeur livreur - Tanger</h1>
<p>Société de distribution recrute un chauffeur livreur permis C à Tanger.</p></body></html>`)

	s.put(rekrute+"/robots.txt", "text/plain", "User-agent: *\nAllow: /\nSitemap: https://www.rekrute.test/sitemap.xml\n")
	s.put(rekrute+rekruteIndex, "application/xml", `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <sitemap><loc>http://www.rekrute.test/sitemap-offres.xml</loc><lastmod>2026-11-10</lastmod></sitemap>
</sitemapindex>`)
	s.putOffersSitemap("2026-11-10")
	s.put(rekrute+adComptableR, html, adPage(comptable))
	s.put(rekrute+adSoudeurR, html, adPage(soudeur))
	s.put(rekrute+rekruteFeed, "application/rss+xml; charset=utf-8", `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>ReKrute.test - Offres d'emploi</title><link>http://www.rekrute.test/</link>
<item><title>Responsable RH - Tanger</title><link>http://www.rekrute.test/offre-emploi-responsable-rh-recrutement-tanger-165440.html</link>
 <description><![CDATA[<p>Groupe industriel recrute un responsable des ressources humaines à Tanger : paie, recrutement, relations sociales. Bac+5 exigé.</p>]]></description>
 <pubDate>Mon, 09 Nov 2026 09:00:00 +0000</pubDate><category>Ressources humaines</category></item>
<item><title>Agent de centre d'appels francophone</title><link>http://www.rekrute.test/offre-emploi-agent-centre-appels-recrutement-rabat-165441.html</link>
 <description>Centre d'appels à Rabat recrute des téléconseillers francophones, débutants acceptés, formation assurée.</description>
 <pubDate>Tue, 10 Nov 2026 10:30:00 +0000</pubDate></item>
</channel></rss>`)
}

// putOffersSitemap writes rekrute's sitemap of offers, the soudeur ad
// modified on lastmod.
func (s *sites) putOffersSitemap(lastmod string) {
	s.put(rekrute+rekruteOffers, "application/xml", `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <url><loc>http://www.rekrute.test`+adComptableR+`</loc><lastmod>2026-11-06</lastmod></url>
 <url><loc>http://www.rekrute.test`+adSoudeurR+`</loc><lastmod>`+lastmod+`</lastmod></url>
 <url><loc>http://www.rekrute.test/a-propos.html</loc></url>
</urlset>`)
}

func (s *sites) lastAgent() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.agent
}
