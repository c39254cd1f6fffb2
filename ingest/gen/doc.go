// Package gen produces realistic, reproducible Moroccan job ads for Marsad.
//
// Two uses:
//
//   - SeedCorpus builds the bundled demo corpus under ingest/seed/ads: four
//     files imitating exports of different job sites (their own column names,
//     languages, date formats and HTML habits), with planted cross-site
//     reposts, bad records and the keys used by the evaluations
//     (DUPLICATES.tsv, BAD.tsv, LABELS.tsv). `go generate` rewrites it.
//   - Ads and AdsIter stream any number of ads for volume tests, in constant
//     memory, with near-duplicates at a known rate.
//
// Everything is deterministic: the same seed gives the same bytes. The text is
// assembled from hand-written phrase banks (occupations, employers, cities,
// sections in French, Modern Standard Arabic and Darija) with varied structure
// and the messiness of scraped web text. It is demo data: the employers are
// invented and no real company posted these ads.
package gen

//go:generate go run ./cmd/genseed -out ../seed/ads
