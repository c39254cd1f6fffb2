package ckan

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/ingest"
)

// ckanPackage is the part of a CKAN package (dataset) Marsad reads.
type ckanPackage struct {
	Name         string `json:"name"`
	Title        string `json:"title"`
	Organization *struct {
		Name  string `json:"name"`
		Title string `json:"title"`
	} `json:"organization"`
	Resources []ckanResource `json:"resources"`
}

type ckanResource struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	URL          string `json:"url"`
	Format       string `json:"format"`
	LastModified string `json:"last_modified"`
	Created      string `json:"created"`
}

// Datasets lists the organisation's datasets with package_search
// (fq=organization:org, sorted by name so that pages do not shift, paged
// by PageSize with rows and start), then reads each with package_show.
func (c *Client) Datasets(ctx context.Context, org string) ([]ingest.Dataset, error) {
	names, err := c.datasetNames(ctx, org)
	if err != nil {
		return nil, err
	}
	sets := make([]ingest.Dataset, 0, len(names))
	for _, n := range names {
		var p ckanPackage
		if err := c.action(ctx, "package_show", url.Values{"id": {n}}, &p); err != nil {
			return nil, fmt.Errorf("dataset %q: %w", n, err)
		}
		sets = append(sets, c.dataset(p))
	}
	return sets, nil
}

// datasetNames pages through package_search.
func (c *Client) datasetNames(ctx context.Context, org string) ([]string, error) {
	var names []string
	for start := 0; ; {
		var page struct {
			Count   int           `json:"count"`
			Results []ckanPackage `json:"results"`
		}
		q := url.Values{"fq": {"organization:" + org}, "rows": {strconv.Itoa(c.PageSize)},
			"start": {strconv.Itoa(start)}, "sort": {"name asc"}}
		if err := c.action(ctx, "package_search", q, &page); err != nil {
			return nil, fmt.Errorf("organisation %q: %w", org, err)
		}
		for _, p := range page.Results {
			names = append(names, p.Name)
		}
		start += len(page.Results)
		if len(page.Results) == 0 || start >= page.Count {
			return names, nil
		}
	}
}

// dataset converts a package, its resources' addresses resolved.
func (c *Client) dataset(p ckanPackage) ingest.Dataset {
	d := ingest.Dataset{Name: p.Name, Title: p.Title}
	if p.Organization != nil {
		d.Organization = p.Organization.Title
	}
	for _, r := range p.Resources {
		addr := r.URL
		if u, err := c.base.Parse(r.URL); err == nil {
			addr = u.String()
		}
		modified := r.LastModified
		if modified == "" {
			modified = r.Created
		}
		d.Resources = append(d.Resources, ingest.Resource{
			ID: r.ID, Name: r.Name, Format: format(r.Format, addr), URL: addr,
			Page:         c.base.JoinPath("dataset", p.Name, "resource", r.ID).String(),
			LastModified: timestamp(modified),
		})
	}
	return d
}

// format is CKAN's free-text format ("csv", ".xlsx", "text/csv") as a
// short upper-case name, or the address's extension when it is empty.
func format(f, address string) string {
	f = strings.TrimSpace(f)
	if _, sub, ok := strings.Cut(f, "/"); ok { // a media type
		switch {
		case strings.Contains(sub, "csv"):
			f = "csv"
		case strings.Contains(sub, "spreadsheetml"):
			f = "xlsx"
		case strings.Contains(sub, "ms-excel"):
			f = "xls"
		default:
			f = sub
		}
	}
	if f == "" {
		if u, err := url.Parse(address); err == nil {
			f = path.Ext(u.Path)
		}
	}
	return strings.ToUpper(strings.TrimPrefix(f, "."))
}

// timestamp reads CKAN's times ("2024-05-03T10:00:00.123456", UTC
// without a zone); zero when absent or unreadable.
func timestamp(s string) time.Time {
	for _, layout := range []string{"2006-01-02T15:04:05.999999", time.RFC3339Nano, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// Open downloads r's file.
func (c *Client) Open(ctx context.Context, r ingest.Resource) (io.ReadCloser, error) {
	resp, err := c.get(ctx, r.URL)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDownload, r.URL, err)
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("%w: %s: HTTP %d", ErrDownload, r.URL, resp.StatusCode)
	}
	return resp.Body, nil
}
