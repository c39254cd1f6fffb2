// Package ckantest serves a CKAN portal's action API in process
// (package_search with fq, rows and start; package_show; resource
// downloads), for the tests of the CKAN client, the importer and the
// command.
package ckantest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Portal is a CKAN portal on an httptest server; its datasets are set
// before the first request.
type Portal struct {
	*httptest.Server
	Datasets []Dataset

	mu       sync.Mutex
	fail     map[string]failure // action name -> forced answer
	requests []string
	agents   []string
}

// Dataset is a package of the portal.
type Dataset struct {
	Name, Title   string
	Org, OrgTitle string
	Resources     []Resource
	// Withdrawn: listed by package_search, not found by package_show (a
	// dataset deleted between the two calls).
	Withdrawn bool
}

// Resource is a file of a dataset; Status other than 0 is answered
// instead of Body.
type Resource struct {
	ID, Name, Format, File string
	Body                   []byte
	Status                 int
	LastModified           string
}

type failure struct {
	status int
	body   string
}

// New starts an empty portal, closed when t ends.
func New(t testing.TB) *Portal {
	p := &Portal{fail: map[string]failure{}}
	p.Server = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(p.Close)
	return p
}

// Fail makes the action named action answer status with body from now on.
func (p *Portal) Fail(action string, status int, body string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fail[action] = failure{status, body}
}

// Requests returns the paths and queries asked so far.
func (p *Portal) Requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.requests)
}

// Agents returns the User-Agents of the requests so far.
func (p *Portal) Agents() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.agents)
}

// ResourcePage is the portal's page of a resource, its source_url.
func (p *Portal) ResourcePage(dataset, id string) string {
	return p.URL + "/dataset/" + dataset + "/resource/" + id
}

func (p *Portal) serve(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.requests = append(p.requests, r.URL.RequestURI())
	p.agents = append(p.agents, r.UserAgent())
	p.mu.Unlock()
	if action, ok := strings.CutPrefix(r.URL.Path, "/api/3/action/"); ok {
		p.action(w, r, action)
		return
	}
	for _, d := range p.Datasets {
		for _, res := range d.Resources {
			if r.URL.Path != p.download(d, res) {
				continue
			}
			if res.Status != 0 {
				http.Error(w, http.StatusText(res.Status), res.Status)
				return
			}
			_, _ = w.Write(res.Body)
			return
		}
	}
	http.NotFound(w, r)
}

// download is a resource's download path, as CKAN's file store names it.
func (p *Portal) download(d Dataset, r Resource) string {
	return "/dataset/" + d.Name + "/resource/" + r.ID + "/download/" + r.File
}

func (p *Portal) action(w http.ResponseWriter, r *http.Request, action string) {
	p.mu.Lock()
	f, failed := p.fail[action]
	p.mu.Unlock()
	q := r.URL.Query()
	switch {
	case failed:
		w.WriteHeader(f.status)
		_, _ = fmt.Fprint(w, f.body)
	case action == "package_search":
		p.search(w, q.Get("fq"), q.Get("rows"), q.Get("start"))
	case action == "package_show":
		i := slices.IndexFunc(p.Datasets, func(d Dataset) bool { return d.Name == q.Get("id") && !d.Withdrawn })
		if i < 0 {
			answer(w, http.StatusNotFound, map[string]any{"success": false,
				"error": map[string]string{"__type": "Not Found Error", "message": "Not found"}})
			return
		}
		answer(w, http.StatusOK, map[string]any{"success": true, "result": p.pkg(p.Datasets[i])})
	default:
		answer(w, http.StatusBadRequest, map[string]any{"success": false,
			"error": map[string]string{"__type": "Bad request", "message": "Action name not known: " + action}})
	}
}

// search answers package_search: the datasets of the organisation fq
// names, sorted by name, rows of them from start.
func (p *Portal) search(w http.ResponseWriter, fq, rowsText, startText string) {
	org, ok := strings.CutPrefix(fq, "organization:")
	rows, err1 := strconv.Atoi(rowsText)
	start, err2 := strconv.Atoi(startText)
	if !ok || err1 != nil || err2 != nil {
		answer(w, http.StatusConflict, map[string]any{"success": false,
			"error": map[string]any{"__type": "Validation Error", "fq": []string{"want organization:NAME, rows and start"}}})
		return
	}
	var hits []Dataset
	for _, d := range p.Datasets {
		if d.Org == org {
			hits = append(hits, d)
		}
	}
	slices.SortFunc(hits, func(a, b Dataset) int { return strings.Compare(a.Name, b.Name) })
	page := []map[string]any{}
	for i := start; i < len(hits) && i < start+rows; i++ {
		page = append(page, p.pkg(hits[i]))
	}
	answer(w, http.StatusOK, map[string]any{"success": true, "result": map[string]any{"count": len(hits), "results": page}})
}

// pkg is a dataset as CKAN answers it.
func (p *Portal) pkg(d Dataset) map[string]any {
	var res []map[string]any
	for _, r := range d.Resources {
		res = append(res, map[string]any{"id": r.ID, "name": r.Name, "format": r.Format,
			"url": p.URL + p.download(d, r), "last_modified": r.LastModified, "package_id": d.Name})
	}
	return map[string]any{"name": d.Name, "title": d.Title, "resources": res,
		"organization": map[string]string{"name": d.Org, "title": d.OrgTitle}}
}

func answer(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
