package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/tools/match"
)

// MatchArgs are the arguments of match_profile: the person's profile as
// free text or a pasted CV (required), a region overriding the one the
// profile names, the number of occupations (1..MaxMatchLimit, 0 for
// match.DefaultLimit) and the language of the names in the result ("" for
// the profile's own).
type MatchArgs struct {
	Profile string `json:"profile"`
	Region  string `json:"region,omitempty"`
	Limit   int    `json:"limit,omitempty"`
	Lang    string `json:"lang,omitempty"`
}

// MaxProfileChars bounds a profile: a two-page CV is about 5,000
// characters; beyond 8,000 a text is no profile but a document, and the
// reading of it (clause by clause, with the classifier) grows with it.
const MaxProfileChars = 8000

// MaxMatchLimit is the most occupations match_profile returns.
const MaxMatchLimit = 10

// MatchResult is the Data of a match_profile result: what was read in
// the profile (Person), the region the ads are counted in (the one the
// profile names, or the region argument; "" for the whole country), the
// closest occupations, best first, and the ads the counts were made on:
// Ads in the country, RegionAds in Region, the months they cover and
// their sites. Profiles is the number of occupation profiles matched
// against.
type MatchResult struct {
	Person    match.Person     `json:"person"`
	Region    string           `json:"region,omitempty"`
	Matches   []MatchCandidate `json:"matches"`
	Profiles  int              `json:"profiles"`
	Ads       int              `json:"ads_total"`
	RegionAds int              `json:"region_ads_total"`
	From      string           `json:"from,omitempty"`
	To        string           `json:"to,omitempty"`
	Sites     []SiteCount      `json:"sites"`
}

// MatchCandidate is one occupation ranked for the profile (Rank 1 is the
// best), as the engine explains it (match.Candidate). Its region_ads are
// its ads in the result's Region (in the country when Region is ""), its
// ads those in the country; ads_known is false only when no ad is loaded.
type MatchCandidate struct {
	Rank int `json:"rank"`
	match.Candidate
}

// MatchTool is match_profile: the occupations that fit a person, from a
// description of themselves or a pasted CV. It keeps one match.Matcher
// for the store's current profile set (built on first use, about a
// quarter of a second, and again when the profiles change); use it by
// pointer.
type MatchTool struct {
	Store JobMarketStore
	cache matcherCache
}

// Name implements Tool.
func (*MatchTool) Name() string { return NameMatchProfile }

// Description implements Tool.
func (*MatchTool) Description() string {
	return "Occupations (ISCO-08) that fit a person, from a description of themselves or a pasted CV in any language " +
		"(diploma, field, skills, experience, city, wishes): each with a score in [0,1], the skills in common and missing, " +
		"the trainings that close the gap and the current job ads in the person's region, plus what was read of the profile. " +
		"Use for 'j'ai un bac+2 en comptabilité, quel métier pour moi ?', 'voici mon CV', 'chno tnasbni', 'what jobs fit me'."
}

// Schema implements Tool.
func (*MatchTool) Schema() map[string]any {
	return objectSchema(map[string]any{
		"profile": map[string]any{"type": "string", "maxLength": MaxProfileChars,
			"description": "the person's own words or CV, as written: diploma, field of study, skills, years of experience, past jobs, city, the job wished"},
		"region": map[string]any{"type": "string", "description": "region code or place name overriding the one the profile names, for the ads counted; MA: whole country"},
		"limit":  limitSchema(match.DefaultLimit, MaxMatchLimit),
		"lang":   map[string]any{"type": "string", "enum": matchLangs, "description": "language of the names in the result, default the profile's"},
	}, "profile")
}

// matchLangs are the languages a match result may be named in.
var matchLangs = []string{"fr", "ar", "ary", "ary-Latn", "en"}

// Call implements Tool. Argument errors wrap ErrBadArgs and name the
// field: an empty or too long profile, a limit out of 1..MaxMatchLimit,
// an unknown region (an ArgError listing the regions) or language.
func (t *MatchTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a MatchArgs
	if err := decodeArgs(raw, &a); err != nil {
		return Result{}, err
	}
	opts, err := a.options()
	if err != nil {
		return Result{}, err
	}
	m, ps, err := t.cache.matcher(ctx, t.Store)
	if err != nil {
		return Result{}, fmt.Errorf("match_profile: %w", err)
	}
	mr, err := m.Match(a.Profile, opts)
	if err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrBadArgs, err)
	}
	res := MatchResult{Person: mr.Person, Region: mr.Region, Matches: make([]MatchCandidate, len(mr.Matches)), Profiles: len(ps.all)}
	if a.Region != "" && opts.Region == "" { // "MA": the whole country, whatever the profile names
		res.Region = ""
	}
	for i, c := range mr.Matches {
		res.Matches[i] = MatchCandidate{Rank: i + 1, Candidate: c}
	}
	scope, err := t.countAds(ctx, &res)
	if err != nil {
		return Result{}, fmt.Errorf("match_profile: %w", err)
	}
	return Result{Tool: NameMatchProfile, Data: res, Citations: dedupCitations(append(ps.citations(mr.Matches), adCountCitations(scope)...))}, nil
}

// options validates a and returns the engine's options.
func (a MatchArgs) options() (match.Options, error) {
	switch n := utf8.RuneCountInString(a.Profile); {
	case strings.TrimSpace(a.Profile) == "":
		return match.Options{}, fmt.Errorf("%w: profile is required: the person's diploma, field, skills, experience, city or the job wished, or a CV", ErrBadArgs)
	case n > MaxProfileChars:
		return match.Options{}, fmt.Errorf("%w: profile has %d characters, at most %d are read: keep the diploma, experience and skills", ErrBadArgs, n, MaxProfileChars)
	}
	if a.Limit < 0 || a.Limit > MaxMatchLimit {
		return match.Options{}, fmt.Errorf("%w: limit %d is out of range: want 1 to %d (0 or none: %d)", ErrBadArgs, a.Limit, MaxMatchLimit, match.DefaultLimit)
	}
	if a.Lang != "" && !slices.Contains(matchLangs, a.Lang) {
		return match.Options{}, &ArgError{Field: "lang", Value: a.Lang, Valid: matchLangs}
	}
	region, ok := ResolveRegion(a.Region)
	if !ok {
		return match.Options{}, &ArgError{Field: "region", Value: a.Region, Valid: regionChoices()}
	}
	return match.Options{Limit: a.Limit, Lang: a.Lang, Region: region}, nil
}

// countAds fills the candidates' ads in the result's region and in the
// country, counted now on the stored ads (two counts, whatever the
// number of candidates), and returns the scope of the country's count,
// which the citations name. The counts are made per call rather than
// kept in the cached Matcher, so that ads added since are counted.
func (t *MatchTool) countAds(ctx context.Context, res *MatchResult) (Scope, error) {
	country, err := t.Store.TopOccupations(ctx, AdCountQuery{}, 0)
	if err != nil {
		return Scope{}, err
	}
	inRegion := country
	if res.Region != "" {
		if inRegion, err = t.Store.TopOccupations(ctx, AdCountQuery{Region: res.Region}, 0); err != nil {
			return Scope{}, err
		}
	}
	byCode := func(rk Ranking) map[string]int {
		m := make(map[string]int, len(rk.Rows))
		for _, c := range rk.Rows {
			m[c.Key] = c.Ads
		}
		return m
	}
	all, here := byCode(country), byCode(inRegion)
	for i := range res.Matches {
		c := &res.Matches[i]
		c.Ads, c.RegionAds, c.AdsKnown = all[c.Code], here[c.Code], country.Scope.Ads > 0
	}
	res.Ads, res.RegionAds = country.Scope.Ads, inRegion.Scope.Ads
	res.From, res.To, res.Sites = country.Scope.From, country.Scope.To, country.Scope.Sites
	if res.Sites == nil {
		res.Sites = []SiteCount{}
	}
	return country.Scope, nil
}
