package collect

import (
	"context"
	"net/url"
	"slices"
)

// maxSitemapDepth bounds the nesting of sitemap indexes followed.
const maxSitemapDepth = 2

// listing reads a listing page and its further pages, up to the source's
// max_pages: the ads it carries itself, and the ad pages it links to.
func (r *run) listing(ctx context.Context, address string, page Page) {
	for n := 1; ; n++ {
		r.ads = append(r.ads, page.Ads...)
		r.follow(ctx, address, page.Links, page.Next)
		next := r.unvisited(address, page.Next)
		if next == "" || ctx.Err() != nil {
			return
		}
		if n >= r.src.maxPages() {
			r.rep.PagesSkipped = append(r.rep.PagesSkipped, Note{URL: next, Reason: reasonMaxPages})
			return
		}
		_, p, err := r.get(ctx, next, "", true)
		if err != nil || p.Kind != PageHTML {
			return
		}
		address, page = next, p
	}
}

// sitemap reads a sitemap, or the sitemaps of an index (up to max_pages
// of them, maxSitemapDepth deep), and the ad pages they list.
func (r *run) sitemap(ctx context.Context, address string, page Page, depth int) {
	r.follow(ctx, address, page.Links, nil)
	for i, sm := range page.Next {
		if ctx.Err() != nil || depth >= maxSitemapDepth || r.visited[sm] || !sameSite(sm, address) {
			continue
		}
		if i >= r.src.maxPages() {
			r.rep.PagesSkipped = append(r.rep.PagesSkipped, Note{URL: sm, Reason: reasonMaxPages})
			return
		}
		if _, p, err := r.get(ctx, sm, "", true); err == nil && p.Kind == PageSitemap {
			r.sitemap(ctx, sm, p, depth+1)
		}
	}
}

// unvisited returns the first of next on address's site not fetched yet.
func (r *run) unvisited(address string, next []string) string {
	for _, n := range next {
		if !r.visited[n] && sameSite(n, address) {
			return n
		}
	}
	return ""
}

// follow fetches the ad pages among links (on address's site, matching
// the source's ad_links, not one of the listing's pages): those a
// sitemap says unchanged since the last run are not asked for; the others
// are asked for with their validators.
func (r *run) follow(ctx context.Context, address string, links []Link, pages []string) {
	for _, l := range links {
		if ctx.Err() != nil {
			return
		}
		if r.visited[l.URL] || slices.Contains(pages, l.URL) || !sameSite(l.URL, address) || !r.adRe.MatchString(pathOf(l.URL)) {
			continue
		}
		if prev, ok := r.known[l.URL]; ok && l.Lastmod != "" && prev.Lastmod == l.Lastmod {
			r.visited[l.URL] = true
			r.rep.Unchanged++
			r.pages[l.URL] = prev
			continue
		}
		if r.adPages >= r.src.maxAds() {
			r.rep.PagesSkipped = append(r.rep.PagesSkipped, Note{URL: l.URL, Reason: reasonMaxAds})
			return
		}
		r.adPages++
		r.adPage(ctx, l)
	}
}

// adPage fetches one ad page and keeps its JobPosting records.
func (r *run) adPage(ctx context.Context, l Link) {
	resp, page, err := r.get(ctx, l.URL, l.Lastmod, false)
	switch {
	case err != nil || resp.NotModified:
	case page.Kind != PageHTML:
		r.rep.PagesSkipped = append(r.rep.PagesSkipped, Note{URL: l.URL, Reason: reasonNotHTML})
	case len(page.Ads) == 0:
		r.rep.PagesSkipped = append(r.rep.PagesSkipped, Note{URL: l.URL, Reason: reasonNoMarkup})
	default:
		r.ads = append(r.ads, page.Ads...)
	}
}

// pathOf is the path and query of an address, what ad_links is matched
// against (a host such as www.emploi.ma would match the offer words).
func pathOf(address string) string {
	u, err := url.Parse(address)
	if err != nil {
		return address
	}
	return u.RequestURI()
}
