package collect

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// Reasons a page is skipped.
const (
	reasonNoMarkup = "no schema.org JobPosting markup (JSON-LD or microdata) on the page"
	reasonNotHTML  = "not an HTML page"
	reasonMaxPages = "max_pages reached: the listing's further pages are left for a later run or a higher max_pages"
	reasonMaxAds   = "max_ads reached: the remaining ad pages are left for a later run or a higher max_ads"
)

// run is the collection of one source.
type run struct {
	c       *Collector
	src     Source
	adRe    *regexp.Regexp
	at      time.Time
	rep     Report
	known   map[string]PageState // states kept by earlier runs
	pages   map[string]PageState // states to record once the run is stored
	visited map[string]bool
	ads     []Record   // from ad pages, listing pages and feeds
	exports []Response // CSV / JSON exports, ingested as they are
	adPages int        // ad pages asked for
}

// walk fetches the source's address and what it leads to. It fails only
// when the address itself cannot be fetched or read.
func (r *run) walk(ctx context.Context) error {
	root := r.src.Address
	resp, page, err := r.get(ctx, root, "", true)
	if err != nil {
		return err
	}
	switch page.Kind {
	case PageExport:
		if !resp.NotModified {
			r.exports = append(r.exports, resp)
		}
	case PageFeed:
		r.ads = append(r.ads, page.Ads...)
	case PageSitemap:
		r.sitemap(ctx, root, page, 0)
	case PageHTML:
		r.listing(ctx, root, page)
	default:
		if !resp.NotModified {
			return fmt.Errorf("cannot tell what the address holds (%q): want a sitemap, an RSS/Atom feed, an HTML page or a CSV/JSON export", resp.ContentType)
		}
	}
	return nil
}

// get fetches address (lastmod is its sitemap's, "" when none), parses
// it, and records its state for the end of the run, with its links when
// it is an index (a listing page or a sitemap, not an ad page). A page
// that is not modified is read again from its state (its links, no
// ads). The error,
// also noted in the report, says why the page is missing.
func (r *run) get(ctx context.Context, address, lastmod string, index bool) (Response, Page, error) {
	r.visited[address] = true
	prev, known := r.known[address]
	req := Request{URL: address}
	if known {
		req.ETag, req.LastModified = prev.ETag, prev.LastModified
	}
	resp, err := r.c.cfg.Fetcher.Fetch(ctx, req)
	if errors.Is(err, ErrForbidden) {
		r.rep.PagesSkipped = append(r.rep.PagesSkipped, Note{URL: address, Reason: ErrForbidden.Error()})
		return resp, Page{}, err
	}
	if err != nil {
		r.rep.PagesFailed = append(r.rep.PagesFailed, Note{URL: address, Reason: err.Error()})
		return resp, Page{}, err
	}
	if resp.NotModified {
		r.rep.NotModified++
		prev.Lastmod = lastmod
		r.pages[address] = prev
		return resp, Page{Kind: prev.Kind, Links: prev.Links, Next: prev.Next}, nil
	}
	r.rep.Pages++
	page, err := r.parse(resp)
	if err != nil {
		r.rep.PagesFailed = append(r.rep.PagesFailed, Note{URL: address, Reason: err.Error()})
		return resp, Page{}, err
	}
	st := PageState{ETag: resp.ETag, LastModified: resp.LastModified, Lastmod: lastmod, Fetched: resp.At}
	if index {
		st.Kind, st.Links, st.Next = page.Kind, page.Links, page.Next
	}
	r.pages[address] = st
	return resp, page, nil
}

func (r *run) parse(resp Response) (Page, error) {
	var page Page
	var err error
	switch kind := kindOf(resp.ContentType, resp.Body); kind {
	case PageHTML:
		page, err = r.c.cfg.HTML(resp)
	case PageSitemap, PageFeed:
		page, err = r.c.cfg.XML(resp)
	case PageExport:
		return Page{Kind: PageExport}, nil
	default:
		return Page{}, nil
	}
	if err != nil {
		return Page{}, err
	}
	stamp(page.Ads, resp)
	return page, nil
}

// stamp gives every record its page's address when it has none of its
// own (the page's, when the page holds one ad; a page of several keeps
// it as found_on, so that they do not read as one ad) and the time it
// was fetched.
func stamp(ads []Record, resp Response) {
	for _, a := range ads {
		if u, ok := a["url"].(string); !ok || !isWebAddress(u) {
			delete(a, "url")
			if len(ads) == 1 {
				a["url"] = resp.URL
			} else {
				a["found_on"] = resp.URL
			}
		}
		a["seen"] = resp.At.UTC().Format(time.RFC3339)
	}
}

func isWebAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// sameSite reports whether two addresses are on one host, "www." aside.
func sameSite(a, b string) bool {
	ua, err1 := url.Parse(a)
	ub, err2 := url.Parse(b)
	if err1 != nil || err2 != nil {
		return false
	}
	host := func(u *url.URL) string { return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") }
	return host(ua) == host(ub)
}
