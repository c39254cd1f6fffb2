package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/ckan"
	"github.com/marsad/marsad/ingest/collect/web"
	"github.com/marsad/marsad/ingest/xlsx"
)

// importTimeout bounds one request to a portal, download included: the
// largest tables are a few megabytes, portals are slow.
const importTimeout = 5 * time.Minute

const importUsage = "usage: marsad import ckan --portal URL --organization NAME --mapping FILE [--json]"

// importSummary is the JSON line `marsad import ckan --json` ends with:
// the rows' counts as `ingest --json` gives them (read = loaded +
// duplicates, no row being quarantined: a bad row refuses its table),
// and the resources of the organisation's datasets, each loaded (Files),
// refused (Refused) or skipped (not mapped, or of a format not read).
type importSummary struct {
	ingestSummary
	Resources        int `json:"resources"`
	ResourcesLoaded  int `json:"resources_loaded"`
	ResourcesRefused int `json:"resources_refused"`
	ResourcesSkipped int `json:"resources_skipped"`
}

// add counts one resource's outcome, its error on stderr.
func (s *importSummary) add(r ingest.ResourceImport, stderr io.Writer) {
	s.Resources++
	switch {
	case r.Skipped != "":
		s.ResourcesSkipped++
	case r.Err != nil:
		s.ResourcesRefused++
		s.Refused = append(s.Refused, r.Resource.Page)
		fmt.Fprintf(stderr, "marsad: import: refused %s (%s): %v\n", r.Resource.Page, r.Resource.URL, r.Err)
	default:
		s.ResourcesLoaded++
		s.ingestSummary.add(ingestSummary{
			Summary: ingest.Summary{Read: r.Load.Read + r.Duplicates, Loaded: r.Load.Inserted + r.Load.Updated,
				Duplicates: r.Load.Unchanged + r.Duplicates, Updated: r.Load.Updated, Files: []string{r.Resource.Page}},
			Inserted: r.Load.Inserted, Changes: r.Load.Changes,
		})
	}
}

func importCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "ckan" {
		return errors.New("import: " + importUsage)
	}
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	portal := fs.String("portal", "", "the CKAN portal's address, with any language prefix (https://data.gov.ma/data/fr)")
	org := fs.String("organization", "", "the publishing organisation's name on the portal (hcp)")
	mapping := fs.String("mapping", "", "the file mapping each table's columns to indicator fields (README: Importing official tables)")
	asJSON := fs.Bool("json", false, "end with one JSON summary line")
	cfg, _, err := parseConfig(fs, args[1:], getenv)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if *portal == "" || *org == "" || *mapping == "" {
		return errors.New("import: " + importUsage)
	}
	maps, err := readMappings(*mapping)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	client, err := ckan.New(*portal, &http.Client{Timeout: importTimeout}, web.UserAgent(buildVersion(), cfg.CollectContact))
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	a, err := newApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.close()
	imp := ingest.PortalImport{Portal: client, Mappings: maps, Store: a.indicators,
		Readers: map[string]ingest.TableReader{"CSV": ingest.CSVTableReader, "XLSX": xlsx.ReadTable}}
	sum := importSummary{ingestSummary: ingestSummary{Summary: ingest.Summary{Files: []string{}}}}
	seen := map[string]bool{}
	runErr := imp.Run(ctx, *org, func(r ingest.ResourceImport) {
		seen[r.Dataset.Name] = true
		sum.add(r, stderr)
	})
	for _, m := range maps {
		if runErr == nil && !seen[m.Dataset] { // a renamed or withdrawn dataset: the operator should know
			fmt.Fprintf(stderr, "marsad: import: the mapping names dataset %q, which %q does not publish on %s (or it has no resources)\n", m.Dataset, *org, *portal)
		}
	}
	reportImport(stdout, stderr, sum, *asJSON)
	switch {
	case runErr != nil:
		return fmt.Errorf("import: %w", runErr)
	case sum.ResourcesRefused > 0:
		return fmt.Errorf("import: %d of %d mapped resources refused: %s", sum.ResourcesRefused, sum.ResourcesRefused+sum.ResourcesLoaded, strings.Join(sum.Refused, ", "))
	case sum.ResourcesLoaded == 0:
		return fmt.Errorf("import: no resource of %q on %s matched the mapping (%d resources, %d skipped)", *org, *portal, sum.Resources, sum.ResourcesSkipped)
	}
	return nil
}

func readMappings(path string) ([]ingest.TableMapping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ingest.ReadTableMappings(f, path)
}

func reportImport(stdout, stderr io.Writer, sum importSummary, asJSON bool) {
	if !asJSON {
		fmt.Fprintf(stdout, "resources %d: loaded %d, refused %d, skipped %d\n",
			sum.Resources, sum.ResourcesLoaded, sum.ResourcesRefused, sum.ResourcesSkipped)
		report(stdout, stderr, sum.ingestSummary, false)
		return
	}
	report(io.Discard, stderr, sum.ingestSummary, false) // corrections on stderr
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(sum)
}
