package tools

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/marsad/marsad/retrieval"
)

// LoadedSource is one source of the data the stores hold: a publisher of
// indicator figures, a job site of ads, or the author of occupation
// sheets, with how much of the data came from it. It is what a page's
// footer lists as "sources loaded", so that it never claims a source
// whose data is not there.
type LoadedSource struct {
	// Kind is official_statistic (figures, of their Publisher),
	// job_ads_count (ads of a site, its Publisher), reference_sheet
	// (Marsad's own sheets) or document (sheets of another publisher).
	Kind      Kind   `json:"kind"`
	Publisher string `json:"publisher"`
	Figures   int    `json:"figures,omitempty"` // indicator figures
	Ads       int    `json:"ads,omitempty"`     // deduplicated job ads
	Sheets    int    `json:"sheets,omitempty"`  // occupation sheets
	Notes     int    `json:"notes,omitempty"`   // analytical notes
	URL       string `json:"url,omitempty"`     // the site of real ads
	Demo      bool   `json:"demo,omitempty"`
}

// NotePublishers counts the stored documents of a kind by publisher
// (retrieval.Store does).
type NotePublishers interface {
	Publishers(ctx context.Context, kind string) (map[string]int, error)
}

// LoadedSources lists the sources of what the stores hold: the
// publishers of the indicator figures (reading every series once:
// milliseconds on the seed, to be cached by callers on large stores), the
// sites of the job ads, the authors of the occupation sheets and the
// publishers of the notes; market and notes may be nil. Sources come by
// kind (figures, ads, sheets, notes), then by decreasing count, then by
// name.
func LoadedSources(ctx context.Context, ind IndicatorStore, market JobMarketStore, notes NotePublishers) ([]LoadedSource, error) {
	out, err := figureSources(ctx, ind)
	if err != nil {
		return nil, err
	}
	if market != nil {
		if out, err = appendMarketSources(ctx, out, market); err != nil {
			return nil, err
		}
	}
	if notes == nil {
		return out, nil
	}
	ns, err := noteSources(ctx, notes)
	if err != nil {
		return nil, err
	}
	return append(out, ns...), nil
}

// appendMarketSources appends the job sites of the ads and the authors of
// the occupation sheets.
func appendMarketSources(ctx context.Context, out []LoadedSource, market JobMarketStore) ([]LoadedSource, error) {
	rk, err := market.TopOccupations(ctx, AdCountQuery{}, 1)
	if err != nil {
		return nil, fmt.Errorf("sources of the job ads: %w", err)
	}
	var sites []LoadedSource
	for _, sc := range rk.Scope.Sites {
		c := adCountCitations(Scope{Sites: []SiteCount{sc}})[0]
		sites = append(sites, LoadedSource{Kind: KindAdCount, Publisher: c.Publisher, Ads: sc.Ads, URL: c.URL, Demo: c.Demo})
	}
	sortSources(sites, func(s LoadedSource) int { return s.Ads })
	ps, err := market.Profiles(ctx)
	if err != nil {
		return nil, fmt.Errorf("sources of the occupation sheets: %w", err)
	}
	return append(append(out, sites...), sheetSources(ps)...), nil
}

func figureSources(ctx context.Context, ind IndicatorStore) ([]LoadedSource, error) {
	dims, err := ind.Dimensions(ctx)
	if err != nil {
		return nil, fmt.Errorf("sources of the figures: %w", err)
	}
	type key struct {
		kind Kind
		pub  string
	}
	count := map[key]int{}
	for _, indicator := range dims.Indicators {
		cells, err := ind.Cells(ctx, indicator)
		if err != nil {
			return nil, fmt.Errorf("sources of the figures: %w", err)
		}
		for _, c := range cells {
			obs, err := ind.Series(ctx, SeriesQuery{Indicator: indicator, Cell: c})
			if err != nil {
				return nil, fmt.Errorf("sources of the figures: %w", err)
			}
			for _, o := range obs {
				count[key{o.Citation().Kind, o.Publisher}]++
			}
		}
	}
	out := make([]LoadedSource, 0, len(count))
	for k, n := range count {
		out = append(out, LoadedSource{Kind: k.kind, Publisher: k.pub, Figures: n})
	}
	sortSources(out, func(s LoadedSource) int { return s.Figures })
	return out, nil
}

// sheetSources groups sheets by the source their citation names.
func sheetSources(ps []Profile) []LoadedSource {
	type key struct {
		kind Kind
		pub  string
		demo bool
	}
	count := map[key]int{}
	for _, p := range ps {
		c := p.Citation()
		count[key{c.Kind, c.Publisher, c.Demo}]++
	}
	out := make([]LoadedSource, 0, len(count))
	for k, n := range count {
		out = append(out, LoadedSource{Kind: k.kind, Publisher: k.pub, Sheets: n, Demo: k.demo})
	}
	sortSources(out, func(s LoadedSource) int { return s.Sheets })
	return out
}

// noteSources lists the publishers of the notes, demo ones marked.
func noteSources(ctx context.Context, notes NotePublishers) ([]LoadedSource, error) {
	count, err := notes.Publishers(ctx, retrieval.KindNote)
	if err != nil {
		return nil, fmt.Errorf("sources of the notes: %w", err)
	}
	out := make([]LoadedSource, 0, len(count))
	for pub, n := range count {
		out = append(out, LoadedSource{Kind: KindDocument, Publisher: pub, Notes: n, Demo: DemoPublisher(pub)})
	}
	sortSources(out, func(s LoadedSource) int { return s.Notes })
	return out, nil
}

func sortSources(s []LoadedSource, n func(LoadedSource) int) {
	slices.SortFunc(s, func(a, b LoadedSource) int {
		return cmp.Or(cmp.Compare(n(b), n(a)), strings.Compare(a.Publisher, b.Publisher), cmp.Compare(string(a.Kind), string(b.Kind)))
	})
}
