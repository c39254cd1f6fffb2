package collect

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

// store ingests the run's ads as one input named by the source's
// address, then each export as its own input named by its address.
func (r *run) store(ctx context.Context) error {
	if len(r.ads) > 0 {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		for _, a := range r.ads {
			if err := enc.Encode(flatten(a)); err != nil {
				return fmt.Errorf("write a collected ad: %w", err)
			}
		}
		sum, err := r.c.cfg.Ingest(ctx, r.src.Address, &b, r.at)
		if err != nil {
			return err
		}
		r.rep.Summary.Add(sum)
	}
	for _, e := range r.exports {
		body, err := exportLines(e.Body)
		if err != nil {
			return fmt.Errorf("%s: %w", e.URL, err)
		}
		sum, err := r.c.cfg.Ingest(ctx, e.URL, bytes.NewReader(body), e.At)
		if err != nil {
			return err
		}
		r.rep.Summary.Add(sum)
	}
	return nil
}

// flatten unwraps the members of a JobPosting that schema.org allows as
// lists of one thing and sites write as such (jobLocation: [{…}],
// hiringOrganization: [{…}]): the first element is read, the others are
// kept as written under member_more.
func flatten(a Record) Record {
	for k, v := range a {
		list, ok := v.([]any)
		if !ok || len(list) == 0 {
			continue
		}
		if first, ok := list[0].(map[string]any); ok {
			a[k] = first
			if len(list) > 1 {
				more, _ := json.Marshal(list[1:])
				a[k+"_more"] = string(more)
			}
		}
	}
	return a
}

// exportLines turns a JSON export (an array of ads, or an object with a
// member holding that array, as APIs answer) into JSON Lines; CSV and
// JSON Lines are returned as they are.
func exportLines(body []byte) ([]byte, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(body, []byte("\ufeff")))
	if !(bytes.HasPrefix(trimmed, []byte("[")) || bytes.HasPrefix(trimmed, []byte("{"))) || !isOneValue(trimmed) {
		return body, nil
	}
	var v any
	if err := json.Unmarshal(trimmed, &v); err != nil {
		return nil, fmt.Errorf("a JSON export that cannot be read: %v", err)
	}
	var list []any
	switch x := v.(type) {
	case []any:
		list = x
	case map[string]any:
		if l, ok := listMember(x); ok {
			list = l
		} else {
			list = []any{x}
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, e := range list {
		if err := enc.Encode(e); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

// isOneValue reports whether b is a single JSON value (not JSON Lines of
// one object a line).
func isOneValue(b []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(b))
	var v json.RawMessage
	if dec.Decode(&v) != nil {
		return false
	}
	return !dec.More()
}

// listMember returns the first member of obj (in key order of the usual
// names, then any) that is a list of objects.
func listMember(obj map[string]any) ([]any, bool) {
	for _, k := range []string{"data", "items", "results", "offres", "offers", "jobs", "ads", "annonces", "hits"} {
		for name, v := range obj {
			if l, ok := v.([]any); ok && strings.EqualFold(name, k) {
				return l, true
			}
		}
	}
	for _, v := range obj {
		if l, ok := v.([]any); ok && len(l) > 0 {
			if _, isObj := l[0].(map[string]any); isObj {
				return l, true
			}
		}
	}
	return nil, false
}
