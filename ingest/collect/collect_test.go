package collect_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// One run over a listing with pagination, a sitemap index and a feed
// stores each ad once (the ad both boards carry too), reads JSON-LD and
// microdata, and reports the pages it left out and why.
func TestCollectListingSitemapAndFeed(t *testing.T) {
	w := newWorld(t)
	rep, err := w.collect(context.Background(), t, allSources...)
	if err != nil {
		t.Fatal(err)
	}
	checkBalance(t, "first run", rep.Summary)
	// comptable (emploi, then rekrute: a duplicate), technicien (after two
	// 429), infirmier (microdata), soudeur, and the feed's two items.
	if rep.Loaded != 6 || rep.Duplicates != 1 || rep.Quarantined != 0 {
		t.Errorf("loaded %d, duplicates %d, quarantined %d; want 6, 1, 0", rep.Loaded, rep.Duplicates, rep.Quarantined)
	}
	skipped, failed := reasons(rep.PagesSkipped), reasons(rep.PagesFailed)
	if r := skipped["http://"+emploi+adForbidden]; !strings.Contains(r, "robots.txt") {
		t.Errorf("the page robots.txt forbids: skipped for %q, want robots.txt", r)
	}
	if r := skipped["http://"+emploi+adPlain]; !strings.Contains(r, "JobPosting") {
		t.Errorf("the page without markup: skipped for %q, want no JobPosting", r)
	}
	if r := failed["http://"+emploi+adFailing]; !strings.Contains(r, "500") || !strings.Contains(r, "3 tries") {
		t.Errorf("the page answering 500: failed for %q, want HTTP 500 after 3 tries", r)
	}
	if r := failed["http://"+emploi+adSlow]; !strings.Contains(r, "deadline exceeded") {
		t.Errorf("the slow page: failed for %q, want the request's deadline", r)
	}
	if len(skipped) != 2 || len(failed) != 2 {
		t.Errorf("skipped %v, failed %v; want 2 of each", skipped, failed)
	}
	for _, key := range []string{emploi + adForbidden, emploi + "/a-propos", emploi + "/recruteur/fiduciaire-bennani",
		emploi + "/offre-emploi-maroc/autre-offre-9999999", rekrute + "/a-propos.html"} {
		if n := w.sites.hitsOf(key); n != 0 {
			t.Errorf("%s was asked for %d times; it is not an ad page of a listing, or robots.txt forbids it", key, n)
		}
	}
	if n := w.sites.hitsOf(emploi + adTechnicien); n != 3 {
		t.Errorf("the ad answering 429 twice was asked for %d times, want 3", n)
	}
	if n := w.countSleeps(7 * time.Second); n != 2 {
		t.Errorf("%d waits of Retry-After's 7s, want 2 (sleeps %v)", n, w.sleeps)
	}
	for ua := range w.sites.agents {
		if !strings.HasPrefix(ua, "Marsad/") || !strings.Contains(ua, contact) {
			t.Errorf("User-Agent %q does not name Marsad and the contact", ua)
		}
	}
	checkStored(t, w)
}

// checkStored checks what the first run stored.
func checkStored(t *testing.T, w *world) {
	t.Helper()
	ads := w.ads(t)
	if len(ads) != 6 {
		t.Fatalf("%d ads stored, want 6", len(ads))
	}
	for u, a := range ads {
		if !strings.HasPrefix(u, "http://www.") || a.Seen == "" || a.Meta["collected_at"] == "" {
			t.Errorf("ad %q: url %q, seen %q, collected_at %q; want its address and when it was collected", a.Title, u, a.Seen, a.Meta["collected_at"])
		}
		if _, err := time.Parse(time.RFC3339, a.Meta["collected_at"]); err != nil {
			t.Errorf("ad %q: collected_at %q is not a time", a.Title, a.Meta["collected_at"])
		}
	}
	c := ads["http://"+emploi+adComptableE]
	if c.Region != "MA-06" || c.Employer != "Fiduciaire Bennani" || c.SalaryMin != 7000 || c.Contract != "cdi" || c.Occupation != "2411" || !slices.Contains(c.Skills, "accounting") || c.SourceSite != "emploi.test" {
		t.Errorf("comptable (JSON-LD): %+v", c)
	}
	if tech := ads["http://"+emploi+adTechnicien]; !slices.Contains(tech.Skills, "maintenance") || tech.Region != "MA-01" {
		t.Errorf("technicien (after two 429): skills %v, region %q", tech.Skills, tech.Region)
	}
	if _, twice := ads["http://"+rekrute+adComptableR]; twice {
		t.Error("the comptable ad of both boards is stored twice")
	}
	i := ads["http://"+emploi+adMicrodata]
	if i.Title != "Infirmier polyvalent" || i.City != "Rabat" || i.Region != "MA-04" || i.Employer != "Clinique Al Amal" || i.Posted != "2026-11-08" {
		t.Errorf("infirmier (microdata): %+v", i)
	}
	rh := ads["http://"+rekrute+"/offre-emploi-responsable-rh-recrutement-tanger-165440.html"]
	if rh.Region != "MA-01" || rh.Posted != "2026-11-09" || strings.Contains(rh.Description, "<p>") {
		t.Errorf("feed item: %+v", rh)
	}
}

func (w *world) countSleeps(d time.Duration) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for _, s := range w.sleeps {
		if s == d {
			n++
		}
	}
	return n
}

// A second run asks only for what changed: unchanged pages answer 304 or
// are not asked for (their sitemap lastmod is the same); an ad edited at
// its source replaces its earlier version instead of adding one.
func TestSecondRunFetchesOnlyWhatChanged(t *testing.T) {
	w := newWorld(t)
	w.timeout = 200 * time.Millisecond
	if _, err := w.collect(context.Background(), t, allSources...); err != nil {
		t.Fatal(err)
	}
	rep, err := w.collect(context.Background(), t, allSources...)
	if err != nil {
		t.Fatal(err)
	}
	checkBalance(t, "second run", rep.Summary)
	// 304: both listing pages, their four ad pages read before (the plain
	// one included), the sitemap index and sitemap, the feed.
	if rep.Loaded != 0 || rep.Pages != 0 || rep.Unchanged != 2 || rep.NotModified != 9 {
		t.Errorf("unchanged sites: loaded %d, pages fetched %d, unchanged %d, not modified %d; want 0, 0, 2, 9",
			rep.Loaded, rep.Pages, rep.Unchanged, rep.NotModified)
	}
	if n := w.sites.hitsOf(rekrute + adSoudeurR); n != 1 {
		t.Errorf("an ad the sitemap says unchanged was asked for %d times, want once", n)
	}
	edited := soudeur
	edited.SalaryMin, edited.SalaryMax = 6500, 7000
	w.sites.put(rekrute+adSoudeurR, "text/html", adPage(edited))
	w.sites.putOffersSitemap("2026-11-20")
	tech := technicien
	tech.Description += " Poste basé à Tanger Automotive City."
	w.sites.put(emploi+adTechnicien, "text/html", adPage(tech))

	rep, err = w.collect(context.Background(), t, allSources...)
	if err != nil {
		t.Fatal(err)
	}
	checkBalance(t, "third run", rep.Summary)
	if rep.Loaded != 2 || rep.Updated != 2 {
		t.Errorf("two ads edited: loaded %d, updated %d; want 2, 2", rep.Loaded, rep.Updated)
	}
	ads := w.ads(t)
	if len(ads) != 6 || ads["http://"+rekrute+adSoudeurR].SalaryMin != 6500 || !strings.Contains(ads["http://"+emploi+adTechnicien].Description, "Automotive City") {
		t.Errorf("after the edits: %d ads, soudeur salary %v; want 6 ads, 6500 and the new description", len(ads), ads["http://"+rekrute+adSoudeurR].SalaryMin)
	}
}

// A run stopped midway stores nothing and keeps no validator: the next
// run fetches every page again and stores what the stopped one found.
func TestStoppedRunStoresNothing(t *testing.T) {
	w := newWorld(t)
	ctx, cancel := context.WithCancel(context.Background())
	w.sites.onSlow = cancel // the slow page is the listing's last
	w.timeout = time.Minute
	_, err := w.collect(ctx, t, allSources[0])
	if err == nil || !strings.Contains(err.Error(), "nothing stored") {
		t.Fatalf("stopped run: %v, want an error saying nothing was stored", err)
	}
	if n := len(w.ads(t)); n != 0 {
		t.Errorf("a stopped run stored %d ads", n)
	}
	if _, err := os.Stat(w.statePath()); !os.IsNotExist(err) {
		t.Errorf("a stopped run wrote the state: %v", err)
	}
	w.sites.onSlow = nil
	w.timeout = 200 * time.Millisecond
	rep, err := w.collect(context.Background(), t, allSources[0])
	if err != nil {
		t.Fatal(err)
	}
	if rep.Loaded != 3 || rep.NotModified != 0 {
		t.Errorf("the run after: loaded %d, not modified %d; want 3 (comptable, technicien, infirmier), 0", rep.Loaded, rep.NotModified)
	}
}
