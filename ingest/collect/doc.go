// Package collect gathers job ads from the web and hands them to the
// ingestion pipeline, the way an operator's export is ingested: the same
// dedup across sites, occupation, skills, region and quarantine.
//
// A Source is one address: a sitemap (or sitemap index) or a listing page
// whose ad pages carry schema.org JobPosting markup, an RSS or Atom feed,
// or a CSV / JSON export. A Collector reads it through a Fetcher (the
// HTTP side, politeness included: collect/web), parses what comes back
// with the ParseFuncs of collect/markup (HTML) and collect/feed (XML),
// and ingests the ads of one source as one input. Between runs it keeps
// each page's validators (ETag, Last-Modified, sitemap lastmod) in a
// State, so that only new or changed pages are fetched again.
//
// A page that cannot be fetched is reported and left out; a source whose
// run fails (its own address unreachable, the pipeline failing, the run
// cancelled) stores nothing it collected and keeps the validators it had,
// so the next run fetches the same pages again.
package collect
