package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/marsad/marsad/tools"
)

// maxTableBytes bounds a downloaded table: the largest labour tables of
// HCP weigh a few megabytes, and a spreadsheet is read whole.
const maxTableBytes = 64 << 20

// TableReader reads a downloaded table of one format, named name in
// errors, where m says its header (and sheet) is.
type TableReader func(r io.Reader, name string, m TableMapping) (Table, error)

// CSVTableReader is the TableReader of CSV resources.
func CSVTableReader(r io.Reader, name string, m TableMapping) (Table, error) {
	return ReadCSVTable(r, name, m.HeaderRow)
}

// PortalImport imports a publisher's tables from a portal into an
// indicator store, each mapped resource whole or not at all.
type PortalImport struct {
	Portal   Portal
	Mappings []TableMapping
	// Readers reads each format imported ("CSV", "XLSX"); a resource of
	// another format is skipped.
	Readers map[string]TableReader
	Store   tools.IndicatorStore
}

// ResourceImport is what became of one resource.
type ResourceImport struct {
	Dataset  Dataset
	Resource Resource
	// Skipped says why the resource was not read (no mapping names it,
	// or its format is not imported and the mapping takes every resource
	// of the dataset); it is then the only field set. A resource a
	// mapping names by name or id in a format not imported is an Err.
	Skipped string
	// Duplicates counts the rows that repeated a cell of the same table.
	Duplicates int
	Load       tools.LoadSummary
	// Err is why nothing of the resource was stored: a download, a
	// reading or a row error (a *RowError naming the resource, the row
	// and the field), or the store's.
	Err error
}

// Run lists the datasets of the organisation org and imports each
// resource a mapping names, in the portal's order, calling emit once per
// resource of every dataset. A resource that fails is reported in its
// ResourceImport and the others go on; Run fails only when the listing
// fails or ctx is done. Importing the same tables twice stores nothing
// the second time (the store counts them as unchanged).
func (p PortalImport) Run(ctx context.Context, org string, emit func(ResourceImport)) error {
	sets, err := p.Portal.Datasets(ctx, org)
	if err != nil {
		return err
	}
	for _, d := range sets {
		for _, r := range d.Resources {
			if err := ctx.Err(); err != nil {
				return err
			}
			emit(p.resource(ctx, d, r))
		}
	}
	return nil
}

// resource imports one resource of d.
func (p PortalImport) resource(ctx context.Context, d Dataset, r Resource) ResourceImport {
	out := ResourceImport{Dataset: d, Resource: r}
	i := slices.IndexFunc(p.Mappings, func(m TableMapping) bool { return m.Matches(d.Name, r.ID, r.Name) })
	read := p.Readers[r.Format]
	switch {
	case i < 0:
		out.Skipped = "no mapping names it"
		return out
	case read == nil && p.Mappings[i].Resource != "": // named, so expected
		out.Err = fmt.Errorf("%s: %w: the mapping names it, but its format %q is not imported (only %s)", resourceName(d, r), ErrBadFile, r.Format, strings.Join(slices.Sorted(maps.Keys(p.Readers)), ", "))
		return out
	case read == nil:
		out.Skipped = fmt.Sprintf("format %q is not imported (only %s)", r.Format, strings.Join(slices.Sorted(maps.Keys(p.Readers)), ", "))
		return out
	}
	f, err := p.table(ctx, d, r, p.Mappings[i], read)
	if err != nil {
		out.Err = err
		return out
	}
	out.Duplicates = f.Duplicates
	out.Load, out.Err = p.Store.Load(ctx, f.Observations)
	if out.Err != nil {
		out.Err = fmt.Errorf("%s: %w", resourceName(d, r), out.Err)
	}
	return out
}

// table downloads r and maps it.
func (p PortalImport) table(ctx context.Context, d Dataset, r Resource, m TableMapping, read TableReader) (IndicatorFile, error) {
	name := resourceName(d, r)
	body, err := p.Portal.Open(ctx, r)
	if err != nil {
		return IndicatorFile{}, fmt.Errorf("%s: %w", name, err)
	}
	defer body.Close()
	data, err := io.ReadAll(io.LimitReader(body, maxTableBytes+1))
	switch {
	case err != nil:
		return IndicatorFile{}, fmt.Errorf("%s: download %s: %w", name, r.URL, err)
	case len(data) > maxTableBytes:
		return IndicatorFile{}, fmt.Errorf("%s: %w: %s is larger than %d MiB", name, ErrBadFile, r.URL, maxTableBytes>>20)
	}
	t, err := read(bytes.NewReader(data), name, m)
	if err != nil {
		return IndicatorFile{}, err
	}
	return MapTable(t, m, TableSource{Publisher: d.Organization, ReportedBy: p.Portal.Name(), SourceURL: r.Page})
}

// resourceName names a resource in errors: dataset/resource.
func resourceName(d Dataset, r Resource) string {
	n := r.Name
	if n == "" {
		n = r.ID
	}
	return d.Name + "/" + n
}
