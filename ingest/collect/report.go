package collect

import "github.com/marsad/marsad/ingest"

// Note says why a page was skipped or failed.
type Note struct {
	URL    string `json:"url"`
	Reason string `json:"reason"`
}

// Report is what a collection did: the ingestion's counts (Read = Loaded
// + Duplicates + Quarantined, as for `marsad ingest`) and the pages'.
type Report struct {
	ingest.Summary
	// Pages counts the pages fetched with a body; NotModified those the
	// site answered 304 (unchanged since the last run); Unchanged the
	// sitemap entries not asked for because their lastmod is the one of
	// the last run.
	Pages       int `json:"pages"`
	NotModified int `json:"not_modified"`
	Unchanged   int `json:"unchanged"`
	// PagesSkipped are pages left out on purpose (robots.txt, no
	// JobPosting markup, a bound reached); PagesFailed pages that could
	// not be fetched or read: their ads are missing from this run, and
	// the next run asks for them again.
	PagesSkipped []Note `json:"pages_skipped,omitempty"`
	PagesFailed  []Note `json:"pages_failed,omitempty"`
}

// Add adds o to r.
func (r *Report) Add(o Report) {
	r.Summary.Add(o.Summary)
	r.Pages += o.Pages
	r.NotModified += o.NotModified
	r.Unchanged += o.Unchanged
	r.PagesSkipped = append(r.PagesSkipped, o.PagesSkipped...)
	r.PagesFailed = append(r.PagesFailed, o.PagesFailed...)
}
