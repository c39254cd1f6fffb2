// Package seed bundles the data Marsad ships with: the official figures
// (HCP labour-force survey, as published or reported with their addresses)
// and, later, the demo corpus of job ads, occupation profiles and notes.
//
// The files are facts with their sources; they load at start in the embedded
// default and may be re-ingested into PostgreSQL with `marsad ingest`.
package seed

import "embed"

// FS holds the bundled files under indicators/ (long-format CSVs with the
// header of DESIGN.md).
//
//go:embed indicators
var FS embed.FS
