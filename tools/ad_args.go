package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// scopeArgs are the arguments every job-market tool shares: where, in which
// sector and when.
type scopeArgs struct {
	Region string `json:"region,omitempty"`
	Sector string `json:"sector,omitempty"`
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
}

func scopeSchema(props map[string]any) map[string]any {
	props["region"] = map[string]any{"type": "string", "description": "region code MA-01..MA-12, or a region, province or city name in any language (mapped to its region); empty or MA: whole country"}
	props["sector"] = map[string]any{"type": "string", "description": "HCP sector: services, industry, construction or agriculture (a name in any language such as BTP or الفلاحة is mapped to it)"}
	props["from"] = map[string]any{"type": "string", "description": "first period, inclusive: 2025, 2025-Q1 or 2025-03 (ads are counted by posting month)"}
	props["to"] = map[string]any{"type": "string", "description": "last period, inclusive"}
	return props
}

func limitSchema(def, max int) map[string]any {
	return map[string]any{"type": "integer", "minimum": 1, "maximum": max, "description": fmt.Sprintf("number of rows, default %d", def)}
}

func langSchema() map[string]any {
	return map[string]any{"type": "string", "enum": []string{"fr", "ar", "en"}, "description": "language of the names in the result, default fr"}
}

// beginAdCall is the start every job-market tool's Call shares: decode raw
// into args, check the language that lang reads from them, and read the
// store's allow-lists. Argument errors wrap ErrBadArgs; a store error is
// named after the tool.
func beginAdCall(ctx context.Context, s JobMarketStore, tool string, raw json.RawMessage, args any, lang func() string) (adContext, error) {
	if err := decodeArgs(raw, args); err != nil {
		return adContext{}, err
	}
	if err := checkLang(lang()); err != nil {
		return adContext{}, err
	}
	dc, err := loadAdContext(ctx, s)
	if err != nil {
		return adContext{}, fmt.Errorf("%s: %w", tool, err)
	}
	return dc, nil
}

// adContext is what validation needs from the store, read once per call.
type adContext struct {
	cat      AdCatalog
	profiles ProfileSet
}

func loadAdContext(ctx context.Context, s JobMarketStore) (adContext, error) {
	cat, err := s.Catalog(ctx)
	if err != nil {
		return adContext{}, err
	}
	ps, err := s.Profiles(ctx)
	if err != nil {
		return adContext{}, err
	}
	return adContext{cat: cat, profiles: ProfileSetOf(ps)}, nil
}

// query validates a and returns the matching AdCountQuery. An unknown
// region, sector or period is an ArgError listing what exists.
func (a scopeArgs) query(dc adContext) (AdCountQuery, error) {
	var q AdCountQuery
	region, ok := ResolveRegion(a.Region)
	if !ok {
		return q, &ArgError{Field: "region", Value: a.Region, Valid: regionChoices()}
	}
	q.Region = region
	if a.Sector != "" {
		if q.Sector, ok = resolveSector(a.Sector, dc.cat.Sectors); !ok {
			return q, &ArgError{Field: "sector", Value: a.Sector, Valid: union(dc.cat.Sectors, lexiconValues(lang.KindSector))}
		}
	}
	for field, p := range map[string]string{"from": a.From, "to": a.To} {
		if p != "" && !ValidPeriod(p) {
			return q, &ArgError{Field: field, Value: p, Valid: dc.cat.Months}
		}
	}
	q.From, q.To = MonthBounds(a.From, a.To)
	return q, nil
}

// clampLimit returns n within [1, max], def when n is 0.
func clampLimit(n, def, max int) int {
	switch {
	case n <= 0:
		return def
	case n > max:
		return max
	}
	return n
}

// adCountCitations returns one job_ads_count citation per source site of
// a scope: the counts were made on the deduplicated ads of that site over
// the scope's months.
func adCountCitations(s Scope) []Citation {
	period := s.From
	if s.To != s.From {
		period = s.From + "/" + s.To
	}
	out := make([]Citation, 0, len(s.Sites))
	for _, sc := range s.Sites {
		site, url, demo := sc.Site, "", DemoHost(sc.Site)
		if site == "" {
			site = "unknown source"
		} else if strings.Contains(site, ".") && !strings.ContainsAny(site, " /") && !demo {
			url = "https://" + site
		}
		out = append(out, Citation{
			ID: "job_ads:" + site + ":" + period, Kind: KindAdCount, Publisher: site,
			Title:  fmt.Sprintf("%d deduplicated job ads collected from %s", sc.Ads, site),
			Period: period, URL: url, Ads: sc.Ads, Demo: demo,
		})
	}
	return out
}

// share returns part/total as a percentage rounded to one decimal.
func share(part, total int) float64 {
	if total == 0 {
		return 0
	}
	return math.Round(float64(part)*1000/float64(total)) / 10
}

// adAvailability says what exists when an ad count matched nothing.
type adAvailability struct {
	Months  []string `json:"months,omitempty"`
	Regions []string `json:"regions,omitempty"`
	Sectors []string `json:"sectors,omitempty"`
}

func availableAds(cat AdCatalog) *adAvailability {
	return &adAvailability{Months: cat.Months, Regions: cat.Regions, Sectors: cat.Sectors}
}
