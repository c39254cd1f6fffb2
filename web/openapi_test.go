package web

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/marsad/marsad/assistant"
)

// mustOpenAPI loads and validates the document the server serves.
func mustOpenAPI(t *testing.T) *openapi3.T {
	t.Helper()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openAPI)
	if err != nil {
		t.Fatalf("load openapi.json: %v", err)
	}
	if err := doc.Validate(loader.Context); err != nil {
		t.Fatalf("openapi.json is not a valid OpenAPI 3 document: %v", err)
	}
	return doc
}

// ginParam is a gin path parameter, :name or *name.
var ginParam = regexp.MustCompile(`[:*]([A-Za-z_]+)`)

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	doc := mustOpenAPI(t)
	var registered, documented []string
	for _, r := range New(Config{}, scripted(), nil).engine.Routes() {
		registered = append(registered, r.Method+" "+ginParam.ReplaceAllString(r.Path, "{$1}"))
	}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented = append(documented, method+" "+path)
		}
	}
	slices.Sort(registered)
	slices.Sort(documented)
	for _, r := range registered {
		if !slices.Contains(documented, r) {
			t.Errorf("route %s is not documented", r)
		}
	}
	for _, d := range documented {
		if !slices.Contains(registered, d) {
			t.Errorf("%s is documented but not served", d)
		}
	}
}

// openAPICheck validates requests sent to a running server, and their
// answers, against the document.
type openAPICheck struct {
	t      *testing.T
	router routers.Router
	base   string
}

// do sends req (a path relative to the server), checks that the document
// allows it (when want is 2xx: a request sent to be refused need not be
// allowed), that the answer has status want and matches the document,
// and returns the answer's body.
func (o openAPICheck) do(method, path, contentType string, body []byte, header http.Header, want int) []byte {
	t := o.t
	t.Helper()
	req, err := http.NewRequest(method, o.base+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	route, params, err := o.router.FindRoute(req)
	if err != nil {
		t.Fatalf("%s %s: not in the document: %v", method, path, err)
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
	ctx := context.Background()
	if err := openapi3filter.ValidateRequest(ctx, in); err != nil && want/100 == 2 {
		t.Errorf("%s %s: request does not match the document: %v", method, path, err)
	}
	req.Body = io.NopCloser(bytes.NewReader(body))
	resp, got := mustDo(t, req)
	if resp.StatusCode != want {
		t.Fatalf("%s %s: status %d, want %d: %s", method, path, resp.StatusCode, want, got)
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.StatusCode,
		Header: resp.Header, Body: io.NopCloser(bytes.NewReader(got)),
		Options: &openapi3filter.Options{IncludeResponseStatus: true}}
	if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
		t.Errorf("%s %s: answer %d does not match the document: %v", method, path, resp.StatusCode, err)
	}
	return got
}

func init() {
	// the page and the Markdown export are text: read them as such
	openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("text/markdown", openapi3filter.PlainBodyDecoder)
}

func TestOpenAPIMatchesAnswers(t *testing.T) {
	doc := mustOpenAPI(t)
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := observedSeed(t)
	o := openAPICheck{t: t, router: router, base: ts.URL}
	const js = "application/json"

	o.do("GET", "/healthz", "", nil, nil, 200)
	o.do("GET", "/readyz", "", nil, nil, 200)
	o.do("GET", "/openapi.json", "", nil, nil, 200)
	o.do("GET", "/v1/models", "", nil, nil, 200)
	o.do("GET", "/api/sources?lang=fr", "", nil, nil, 200)
	o.do("GET", "/", "", nil, nil, 200)
	o.do("GET", "/static/app.js", "", nil, nil, 200)
	o.do("GET", "/static/nothing.js", "", nil, nil, 404)

	body := o.do("POST", "/api/chat", js, mustJSON(t, assistant.Request{Message: "Quel était le taux de chômage des femmes en 2024 ?"}), nil, 200)
	var turn assistant.Turn
	mustDecode(t, body, &turn)
	o.do("POST", "/api/chat", js, []byte(`{"message":""}`), nil, 400)
	o.do("GET", "/api/sessions/"+turn.SessionID, "", nil, nil, 200)
	o.do("GET", "/api/sessions/"+turn.SessionID+"/export?lang=fr", "", nil, nil, 200)
	o.do("GET", "/api/sessions/aaaaaaaaaaaaaaaaaaaaaaaa", "", nil, nil, 404)
	o.do("POST", "/api/feedback", js, []byte(`{"session_id":"`+turn.SessionID+`","turn":0,"rating":"up"}`), nil, 200)
	o.do("POST", "/api/feedback", js, []byte(`{"session_id":"`+turn.SessionID+`","turn":0,"rating":"meh"}`), nil, 400)
	o.do("POST", "/v1/chat/completions", js, []byte(`{"model":"marsad","messages":[{"role":"user","content":"Taux de chômage en 2024 ?"}]}`), nil, 200)
	o.do("POST", "/api/ingest?kind=ads", "text/csv", []byte("title\nInfirmier\n"), http.Header{"Authorization": {"Bearer x"}}, 503)
	o.do("GET", "/charts/nothing.svg", "", nil, nil, 404)
	metrics := o.do("GET", "/metrics", "", nil, nil, 200)
	if !strings.Contains(string(metrics), `route="/api/chat"`) {
		t.Errorf("/metrics lacks the chat route")
	}
}
