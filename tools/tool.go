// Package tools holds the typed, read-only tools the assistant may call and
// the indicator domain they read. A tool validates its arguments against
// allow-lists taken from the store, never builds SQL from model text, and
// returns a Result whose every figure carries its citation.
package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"
)

// Tool is one callable capability. Implementations are safe for concurrent
// use. Call returns an error wrapping ErrBadArgs when the arguments are
// invalid (unknown value, wrong type, missing field); any other error is a
// failure of the backend.
type Tool interface {
	Name() string
	// Description tells the model when to use the tool, in English.
	Description() string
	// Schema is the JSON Schema (draft 2020-12 subset understood by
	// OpenAI-style function calling) of the arguments object.
	Schema() map[string]any
	Call(ctx context.Context, args json.RawMessage) (Result, error)
}

// Kind says what a figure is, so that an answer never states a projection
// or an ad count as an official statistic.
type Kind string

const (
	KindOfficial   Kind = "official_statistic"
	KindAdCount    Kind = "job_ads_count"
	KindDocument   Kind = "document"
	KindProjection Kind = "projection"
)

// Citation is the source of a figure or a passage. The publisher comes
// first; ReportedBy names the relay (a press site) when URL is the
// relay's page rather than the publisher's own.
type Citation struct {
	ID         string `json:"id"`
	Kind       Kind   `json:"kind"`
	Publisher  string `json:"publisher"`
	ReportedBy string `json:"reported_by,omitempty"`
	Title      string `json:"title,omitempty"`
	// Period is the first period the source supports; Supports lists
	// them all (see MergeCitations).
	Period string `json:"period,omitempty"`
	URL    string `json:"url,omitempty"`
	// RelayURL is the relay's page (ReportedBy's) when URL is the
	// publisher's own: the figure was read on both.
	RelayURL string `json:"relay_url,omitempty"`
	// Supports lists the periods of the figures this source backs, each
	// once, in the order they were cited.
	Supports []string `json:"supports,omitempty"`
	// Ads is the number of job ads counted from this source (Kind
	// job_ads_count).
	Ads int `json:"ads,omitempty"`
	// Demo marks demonstration data written for Marsad (its demo job
	// ads, notes and occupation sheets), never to be read as real.
	Demo bool `json:"demo,omitempty"`

	// The fields below are words for a reader, in the answer's language,
	// set on a turn's citations by the assistant (see
	// assistant.LabelCitations); tools leave them empty.

	// Label is the source as one line, publisher first: "HCP, rapporté
	// par LNT", "« Titre » — Marsad", "fiche de référence de Marsad".
	Label string `json:"label,omitempty"`
	// SupportsLabel words Supports: "2017–2023, T3 2024".
	SupportsLabel string `json:"supports_label,omitempty"`
	// DemoLabel says Demo in words ("données de démonstration").
	DemoLabel string `json:"demo_label,omitempty"`
	// DisplayURL is URL as a reader reads it: percent-escapes of
	// non-ASCII text decoded (Arabic addresses), the scheme and a
	// leading "www." dropped. URL stays the link's target.
	DisplayURL string `json:"display_url,omitempty"`
}

// Result is what a tool returns. Data is tool-specific (see each tool's
// result type) and is what the model reads, serialised as JSON. Citations
// lists every source behind Data, without duplicates.
type Result struct {
	Tool      string     `json:"tool"`
	Data      any        `json:"data"`
	Citations []Citation `json:"citations"`
}

// Kit is the set of tools offered in a conversation, by name.
type Kit struct {
	byName  map[string]Tool
	observe CallObserver // WithObserver; nil tells no one
}

// CallObserver is told of every call of a kit once it returns: the
// tool's name ("" for a name the kit does not have, so that a model's
// invention never becomes a metric label), how long it took, and its
// error (nil, one wrapping ErrBadArgs, or a backend's). It is called
// from the caller's goroutine and must not block.
type CallObserver func(tool string, took time.Duration, err error)

// WithObserver returns a kit of the same tools whose calls are told to
// f; k itself is unchanged.
func (k *Kit) WithObserver(f CallObserver) *Kit {
	return &Kit{byName: k.byName, observe: f}
}

// NewKit returns a kit of the given tools. It panics on a duplicate name,
// which is a wiring mistake.
func NewKit(ts ...Tool) *Kit {
	k := &Kit{byName: make(map[string]Tool, len(ts))}
	for _, t := range ts {
		if _, dup := k.byName[t.Name()]; dup {
			panic("tools: duplicate tool " + t.Name())
		}
		k.byName[t.Name()] = t
	}
	return k
}

// Get returns the named tool, or false.
func (k *Kit) Get(name string) (Tool, bool) {
	t, ok := k.byName[name]
	return t, ok
}

// Tools returns the tools sorted by name.
func (k *Kit) Tools() []Tool {
	out := make([]Tool, 0, len(k.byName))
	for _, t := range k.byName {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out
}

// Call runs the named tool. An unknown name is an ErrBadArgs error that
// lists the tools that exist.
func (k *Kit) Call(ctx context.Context, name string, args json.RawMessage) (Result, error) {
	start := time.Now()
	t, ok := k.byName[name]
	if !ok {
		names := make([]string, 0, len(k.byName))
		for n := range k.byName {
			names = append(names, n)
		}
		err := &ArgError{Field: "tool", Value: name, Valid: sortedCopy(names)}
		if k.observe != nil {
			k.observe("", time.Since(start), err)
		}
		return Result{}, err
	}
	res, err := t.Call(ctx, args)
	if k.observe != nil {
		k.observe(name, time.Since(start), err)
	}
	return res, err
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

// dedupCitations keeps the first citation of each ID, in order.
func dedupCitations(cs []Citation) []Citation {
	seen := make(map[string]bool, len(cs))
	out := make([]Citation, 0, len(cs))
	for _, c := range cs {
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		out = append(out, c)
	}
	return out
}

func decodeArgs(raw json.RawMessage, v any) error {
	if len(raw) == 0 {
		raw = json.RawMessage("{}")
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%w: arguments are not a valid JSON object: %v", ErrBadArgs, err)
	}
	return nil
}

// DataAs returns the Data of r as a T: as it is when the tool returned it
// in this process, or decoded again when it went through JSON (a session
// store gives back maps, slices and float64s). The error names the tool
// when the data is of another shape.
func DataAs[T any](r Result) (T, error) {
	if d, ok := r.Data.(T); ok {
		return d, nil
	}
	var d T
	raw, err := json.Marshal(r.Data)
	if err == nil {
		err = json.Unmarshal(raw, &d)
	}
	if err != nil {
		return d, fmt.Errorf("%s: data of %T is not a %T: %w", r.Tool, r.Data, d, err)
	}
	return d, nil
}
