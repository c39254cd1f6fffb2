package ingest

import (
	"context"
	"io"
	"time"
)

// Dataset is a publisher's dataset on an open-data portal (a CKAN
// package): a title and the files it offers.
type Dataset struct {
	// Name is the portal's identifier (slug) of the dataset.
	Name  string
	Title string
	// Organization is the title of the organisation that publishes it
	// ("Haut-Commissariat au Plan").
	Organization string
	Resources    []Resource
}

// Resource is one file of a dataset.
type Resource struct {
	ID   string
	Name string
	// Format is upper case and short ("CSV", "XLSX", "PDF"), guessed from
	// URL's extension when the portal gives none.
	Format string
	// URL is where the file is downloaded from (on the portal or at the
	// publisher's).
	URL string
	// Page is the resource's own address on the portal, the one cited.
	Page         string
	LastModified time.Time
}

// Portal is an open-data portal seen from Marsad: the datasets of a
// publisher, and their files.
type Portal interface {
	// Name names the portal where a figure was read (its host,
	// "data.gov.ma"), written as reported_by.
	Name() string
	// Datasets returns every dataset of the organisation named org (its
	// identifier on the portal), with their resources, in the portal's
	// order; an organisation with none gives none and no error. Any page
	// of the listing that fails fails the call.
	Datasets(ctx context.Context, org string) ([]Dataset, error)
	// Open downloads a resource's file; the caller closes it. An answer
	// other than 200 OK is an error naming the address and the status.
	Open(ctx context.Context, r Resource) (io.ReadCloser, error)
}
