// Package ckan is an ingest.Portal on a CKAN portal's action API (API
// version 3), such as data.gov.ma where HCP publishes its tables.
package ckan

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Errors of the portal, wrapped with the action or address and the cause.
var (
	// ErrAction: an action answered {"success": false, …}, an HTTP error
	// status, or something other than CKAN's JSON envelope.
	ErrAction = errors.New("CKAN action failed")
	// ErrDownload: a resource's file could not be downloaded.
	ErrDownload = errors.New("CKAN resource download failed")
)

// maxAnswerBytes bounds one action's answer: a page of package_search
// with its resources is some hundred kilobytes.
const maxAnswerBytes = 32 << 20

// Client speaks to one portal. Its zero value is not usable: see New.
type Client struct {
	base      *url.URL // the portal, its action API under base/api/3/action
	http      *http.Client
	userAgent string
	// PageSize is the rows asked of each package_search page.
	PageSize int
}

// New returns a client of the portal at portal (its address with any
// language prefix, "https://data.gov.ma/data/fr"), sending userAgent with
// every request through hc.
func New(portal string, hc *http.Client, userAgent string) (*Client, error) {
	u, err := url.Parse(strings.TrimRight(portal, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("portal %q: want an http or https address", portal)
	}
	return &Client{base: u, http: hc, userAgent: userAgent, PageSize: 100}, nil
}

// Name is the portal's host, written as reported_by.
func (c *Client) Name() string { return c.base.Host }

// envelope is every action's answer.
type envelope struct {
	Success *bool           `json:"success"`
	Result  json.RawMessage `json:"result"`
	Error   json.RawMessage `json:"error"`
}

// action calls the action named name with params and decodes its result
// into out.
func (c *Client) action(ctx context.Context, name string, params url.Values, out any) error {
	u := c.base.JoinPath("api", "3", "action", name)
	u.RawQuery = params.Encode()
	resp, err := c.get(ctx, u.String())
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrAction, name, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes))
	if err != nil {
		return fmt.Errorf("%w: %s on %s: %v", ErrAction, name, c.base, err)
	}
	var env envelope
	if json.Unmarshal(body, &env) != nil || env.Success == nil {
		return fmt.Errorf("%w: %s on %s: HTTP %d, not a CKAN answer: %q", ErrAction, name, c.base, resp.StatusCode, clip(string(body)))
	}
	if !*env.Success {
		return fmt.Errorf("%w: %s on %s: HTTP %d: %s", ErrAction, name, c.base, resp.StatusCode, actionError(env.Error))
	}
	if err := json.Unmarshal(env.Result, out); err != nil {
		return fmt.Errorf("%w: %s on %s: unexpected result: %v", ErrAction, name, c.base, err)
	}
	return nil
}

// actionError reads CKAN's error object: {"__type": "Not Found Error",
// "message": "…"}, or field errors {"__type": …, "id": ["…"]}.
func actionError(raw json.RawMessage) string {
	var e struct {
		Type    string `json:"__type"`
		Message string `json:"message"`
	}
	if json.Unmarshal(raw, &e) != nil || (e.Type == "" && e.Message == "") {
		return clip(string(raw))
	}
	if e.Message == "" {
		return e.Type + " " + clip(string(raw))
	}
	return strings.TrimSpace(e.Type + ": " + e.Message)
}

// get sends a GET with the client's User-Agent.
func (c *Client) get(ctx context.Context, address string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.userAgent)
	return c.http.Do(req)
}

// clip shortens a text quoted in an error.
func clip(s string) string {
	const n = 200
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) { // never half a character
		cut--
	}
	return s[:cut] + "…"
}
