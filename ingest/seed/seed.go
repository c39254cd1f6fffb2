// Package seed bundles the data Marsad ships with: the official figures
// (HCP labour-force survey, as published or reported with their addresses)
// and the demo corpus of job ads, occupation profiles and notes.
//
// The files are facts with their sources; they load at start in the embedded
// default and may be re-ingested into PostgreSQL with `marsad ingest`.
package seed

import "embed"

// FS holds the bundled files: indicators/ (long-format CSVs with the
// header of DESIGN.md), ads/ (demo job-ad exports of four sites and a file
// of social-media posts, with their duplicate, label and bad-record keys,
// *.tsv), profiles/ (occupation profiles)
// notes/ (demo analytical notes) and ad_history/ (demo monthly counts of
// job ads by occupation and region, read by forecast_demand). README.md
// says what is demo data.
//
//go:embed indicators ads profiles notes ad_history README.md
var FS embed.FS
