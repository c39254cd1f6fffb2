package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

// DocumentQuery is a search over statistical notes, occupation profiles
// and ads by meaning. Kinds, Region and Occupation restrict it when set;
// Limit is the number of documents wanted (at most one hit each).
type DocumentQuery struct {
	Text       string
	Kinds      []string // note, profile, ad
	Region     string
	Occupation string
	Limit      int
}

// DocumentHit is one document found, with its best passage.
type DocumentHit struct {
	DocID      string  `json:"doc_id"`
	Kind       string  `json:"kind"`
	Title      string  `json:"title"`
	Passage    string  `json:"passage"`
	Lang       string  `json:"lang,omitempty"`
	Region     string  `json:"region,omitempty"`
	Occupation string  `json:"occupation,omitempty"`
	Date       string  `json:"date,omitempty"` // YYYY-MM-DD
	Publisher  string  `json:"publisher"`
	URL        string  `json:"url,omitempty"`
	Score      float64 `json:"score"`
	// Demo marks demonstration data (a demo note or ad).
	Demo bool `json:"demo,omitempty"`
}

// DocumentSearcher finds documents by meaning. SearchDocuments returns up
// to q.Limit hits, best first, one per document; none and a nil error
// when nothing matches. A blank q.Text is the caller's mistake.
type DocumentSearcher interface {
	SearchDocuments(ctx context.Context, q DocumentQuery) ([]DocumentHit, error)
}

// DocumentKinds are the kinds search_documents can restrict to.
var DocumentKinds = []string{"note", "profile", "ad"}

// DocumentsArgs are the arguments of search_documents.
type DocumentsArgs struct {
	Query      string `json:"query"`
	Kind       string `json:"kind,omitempty"`
	Region     string `json:"region,omitempty"`
	Occupation string `json:"occupation,omitempty"`
	Limit      int    `json:"limit,omitempty"`
}

// DocumentsResult is the Data of a search_documents result.
type DocumentsResult struct {
	Query string        `json:"query"`
	Hits  []DocumentHit `json:"hits"`
}

// DocumentsTool is search_documents: statistical notes and occupation
// texts found by meaning, across languages.
type DocumentsTool struct {
	Searcher DocumentSearcher
	// Profiles, when set, resolves occupation names; nil accepts ISCO
	// codes and the lexicon's names only.
	Profiles func(ctx context.Context) ([]Profile, error)
}

// Name implements Tool.
func (DocumentsTool) Name() string { return NameSearchDocuments }

// Description implements Tool.
func (DocumentsTool) Description() string {
	return "Searches statistical notes (HCP, ANAPEC, ministries), occupation profiles and job ads by meaning, in any language " +
		"(a Darija question finds a French note). Returns passages with their title, publisher, date and address. " +
		"Use for explanations and context ('why is youth unemployment high', 'what does the HCP note say about women'), not for figures a table tool gives."
}

// Schema implements Tool.
func (DocumentsTool) Schema() map[string]any {
	return objectSchema(map[string]any{
		"query":      map[string]any{"type": "string", "description": "what to look for, in the user's words"},
		"kind":       map[string]any{"type": "string", "enum": DocumentKinds, "description": "restrict to notes, profiles or ads"},
		"region":     map[string]any{"type": "string", "description": "region code or place name"},
		"occupation": map[string]any{"type": "string", "description": "occupation name or ISCO-08 code"},
		"limit":      limitSchema(5, 20),
	}, "query")
}

// Call implements Tool.
func (t DocumentsTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a DocumentsArgs
	if err := decodeArgs(raw, &a); err != nil {
		return Result{}, err
	}
	q, err := t.query(ctx, a)
	if err != nil {
		return Result{}, err
	}
	hits, err := t.Searcher.SearchDocuments(ctx, q)
	if err != nil {
		return Result{}, fmt.Errorf("search_documents: %w", err)
	}
	res := DocumentsResult{Query: a.Query, Hits: append([]DocumentHit{}, hits...)}
	cites := make([]Citation, 0, len(hits))
	for _, h := range hits {
		cites = append(cites, Citation{ID: h.DocID, Kind: KindDocument, Publisher: h.Publisher, Title: h.Title, Period: h.Date, URL: h.URL,
			Demo: h.Demo || DemoPublisher(h.Publisher) || DemoAddress(h.URL)})
	}
	return Result{Tool: t.Name(), Data: res, Citations: dedupCitations(cites)}, nil
}

func (t DocumentsTool) query(ctx context.Context, a DocumentsArgs) (DocumentQuery, error) {
	q := DocumentQuery{Text: strings.TrimSpace(a.Query), Limit: clampLimit(a.Limit, 5, 20)}
	if q.Text == "" {
		return q, fmt.Errorf("%w: query is required", ErrBadArgs)
	}
	if a.Kind != "" {
		if !oneOf(a.Kind, DocumentKinds) {
			return q, &ArgError{Field: "kind", Value: a.Kind, Valid: DocumentKinds}
		}
		q.Kinds = []string{a.Kind}
	}
	var ok bool
	if q.Region, ok = ResolveRegion(a.Region); !ok {
		return q, &ArgError{Field: "region", Value: a.Region, Valid: regionChoices()}
	}
	if a.Occupation == "" {
		return q, nil
	}
	var dc adContext
	if t.Profiles != nil {
		ps, err := t.Profiles(ctx)
		if err != nil {
			return q, fmt.Errorf("search_documents: %w", err)
		}
		dc.profiles = ProfileSetOf(ps)
	}
	code, _, err := resolveOccupationArg(a.Occupation, dc)
	q.Occupation = code
	return q, err
}
