package ckan_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/ckan"
	"github.com/marsad/marsad/ingest/ckan/ckantest"
)

const agent = "Marsad/test (+https://observatoire.example/contact)"

func mustClient(t *testing.T, p *ckantest.Portal) *ckan.Client {
	t.Helper()
	c, err := ckan.New(p.URL+"/", p.Client(), agent)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDatasetsPagesThroughTheOrganisation(t *testing.T) {
	p := ckantest.New(t)
	for i := range 5 {
		p.Datasets = append(p.Datasets, ckantest.Dataset{Name: fmt.Sprintf("set-%d", 5-i), Org: "hcp", OrgTitle: "Haut-Commissariat au Plan",
			Resources: []ckantest.Resource{{ID: fmt.Sprintf("r%d", i), Name: "table", Format: ".csv", File: "t.csv", LastModified: "2024-05-03T10:20:30.123456"}}})
	}
	p.Datasets = append(p.Datasets, ckantest.Dataset{Name: "other", Org: "anapec"})
	c := mustClient(t, p)
	c.PageSize = 2
	sets, err := c.Datasets(context.Background(), "hcp")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range sets {
		names = append(names, d.Name)
	}
	if got := strings.Join(names, " "); got != "set-1 set-2 set-3 set-4 set-5" {
		t.Errorf("datasets %s, want the five of hcp by name", got)
	}
	searches := 0
	for _, r := range p.Requests() {
		if strings.Contains(r, "package_search") {
			searches++
		}
	}
	if searches != 3 {
		t.Errorf("%d package_search pages for 5 datasets by 2, want 3: %v", searches, p.Requests())
	}
	r := sets[0].Resources[0]
	want := ingest.Resource{ID: "r4", Name: "table", Format: "CSV", URL: p.URL + "/dataset/set-1/resource/r4/download/t.csv",
		Page: p.URL + "/dataset/set-1/resource/r4", LastModified: time.Date(2024, 5, 3, 10, 20, 30, 123456000, time.UTC)}
	if r != want {
		t.Errorf("resource\n got %+v\nwant %+v", r, want)
	}
	if sets[0].Organization != "Haut-Commissariat au Plan" || c.Name() != strings.TrimPrefix(p.URL, "http://") {
		t.Errorf("organisation %q, portal name %q", sets[0].Organization, c.Name())
	}
	for _, a := range p.Agents() {
		if a != agent {
			t.Fatalf("User-Agent %q, want %q", a, agent)
		}
	}
}

func TestDatasetsOfAnOrganisationWithNone(t *testing.T) {
	sets, err := mustClient(t, ckantest.New(t)).Datasets(context.Background(), "nobody")
	if err != nil || len(sets) != 0 {
		t.Errorf("got %v, %v; want none and no error", sets, err)
	}
}

func TestActionFailures(t *testing.T) {
	cases := []struct {
		name, action string
		status       int
		body, want   string
	}{
		{"error envelope", "package_show", http.StatusForbidden,
			`{"success": false, "error": {"__type": "Authorization Error", "message": "Access denied"}}`, "HTTP 403: Authorization Error: Access denied"},
		{"field errors", "package_search", http.StatusConflict,
			`{"success": false, "error": {"__type": "Validation Error", "rows": ["Must be a natural number"]}}`, `Validation Error {"__type"`},
		{"server error page", "package_search", http.StatusInternalServerError,
			`<html><body>Internal Server Error</body></html>`, "HTTP 500, not a CKAN answer"},
		{"success without result", "package_show", http.StatusOK, `{"success": true, "result": "dataset"}`, "unexpected result"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := ckantest.NewHCP(t)
			p.Fail(tc.action, tc.status, tc.body)
			_, err := mustClient(t, p).Datasets(context.Background(), "hcp")
			if !errors.Is(err, ckan.ErrAction) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.action) {
				t.Errorf("error %v, want ErrAction naming %s and %q", err, tc.action, tc.want)
			}
		})
	}
}

func TestShowOfAMissingDatasetFailsTheListing(t *testing.T) {
	p := ckantest.NewHCP(t)
	p.Datasets = append(p.Datasets, ckantest.Dataset{Name: "gone", Org: "hcp", Withdrawn: true})
	_, err := mustClient(t, p).Datasets(context.Background(), "hcp")
	if !errors.Is(err, ckan.ErrAction) || !strings.Contains(err.Error(), `dataset "gone"`) || !strings.Contains(err.Error(), "HTTP 404: Not Found Error: Not found") {
		t.Errorf("error %v, want ErrAction naming the dataset and CKAN's message", err)
	}
}

func TestOpen(t *testing.T) {
	p := ckantest.NewHCP(t)
	c := mustClient(t, p)
	sets, err := c.Datasets(context.Background(), "hcp")
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]ingest.Resource{}
	for _, d := range sets {
		for _, r := range d.Resources {
			byID[r.ID] = r
		}
	}
	body, err := c.Open(context.Background(), byID["r-diplome"])
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(body)
	body.Close()
	if !strings.HasPrefix(string(data), "Diplôme,Taux") {
		t.Errorf("downloaded %q", data)
	}
	_, err = c.Open(context.Background(), byID["r-secteur"])
	if !errors.Is(err, ckan.ErrDownload) || !strings.Contains(err.Error(), "HTTP 404") || !strings.Contains(err.Error(), "secteur.csv") {
		t.Errorf("404 download: %v, want ErrDownload naming the address and the status", err)
	}
}

func TestFormats(t *testing.T) {
	p := ckantest.NewHCP(t)
	sets, err := mustClient(t, p).Datasets(context.Background(), "hcp")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range sets {
		for _, r := range d.Resources {
			got[r.ID] = r.Format
		}
	}
	want := map[string]string{"r-milieu": "CSV", "r-note": "PDF", "r-region": "CSV", "r-activite": "XLSX", "r-diplome": "CSV", "r-secteur": "CSV"}
	for id, f := range want {
		if got[id] != f {
			t.Errorf("%s: format %q, want %q", id, got[id], f)
		}
	}
}

func TestNewRefusesANonHTTPPortal(t *testing.T) {
	for _, portal := range []string{"", "data.gov.ma", "ftp://data.gov.ma"} {
		if _, err := ckan.New(portal, http.DefaultClient, agent); err == nil {
			t.Errorf("New(%q) accepted", portal)
		}
	}
}

func TestALongErrorPageIsClippedOnACharacter(t *testing.T) {
	p := ckantest.NewHCP(t)
	p.Fail("package_search", http.StatusBadGateway, "x"+strings.Repeat("خطأ", 200)) // byte 200 falls inside a letter
	_, err := mustClient(t, p).Datasets(context.Background(), "hcp")
	if err == nil || strings.Contains(err.Error(), `\x`) || !strings.Contains(err.Error(), "…") || len(err.Error()) > 600 {
		t.Errorf("error %q, want the page clipped whole characters", err)
	}
}
