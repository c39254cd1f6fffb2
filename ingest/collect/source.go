package collect

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ErrBadSources wraps every error of a sources file.
var ErrBadSources = errors.New("bad sources file")

// Source is one address to collect from. Kind is told from what the
// address answers (an XML sitemap or feed, an HTML page, a CSV or JSON
// export) unless given.
type Source struct {
	// Address is the http(s) address of the sitemap, feed, listing page
	// or export.
	Address string `yaml:"address" json:"address"`
	// AdLinks, when set, is a regular expression an ad page's path and
	// query must match for it to be fetched from a listing page or a
	// sitemap; unset, ad pages are told by DefaultAdLinks.
	AdLinks string `yaml:"ad_links,omitempty" json:"ad_links,omitempty"`
	// MaxPages bounds the listing pages followed (pagination) and the
	// sitemaps of an index; 0 is DefaultMaxPages.
	MaxPages int `yaml:"max_pages,omitempty" json:"max_pages,omitempty"`
	// MaxAds bounds the ad pages fetched in one run; 0 is DefaultMaxAds.
	MaxAds int `yaml:"max_ads,omitempty" json:"max_ads,omitempty"`
}

// Defaults of a Source.
const (
	DefaultMaxPages = 20
	DefaultMaxAds   = 500
)

// DefaultAdLinks tells an ad page's path from a listing's other links
// when a source gives no AdLinks: a path naming an offer (offre, emploi,
// job, annonce, poste, recrutement, وظيفة) and carrying a number of three
// digits or more, the ad's reference, as the Moroccan job boards write
// them (/offre-emploi-maroc/comptable-casablanca-8234567,
// /offre-emploi-soudeur-recrutement-atlas-165432.html).
var DefaultAdLinks = regexp.MustCompile(`(?i)(offre|emploi|job|annonce|poste|recrut|vacanc|وظيف).*\d{3,}|\d{3,}.*(offre|emploi|job|annonce|poste|recrut|vacanc|وظيف)`)

// adLinks returns the expression of the source's ad pages.
func (s Source) adLinks() (*regexp.Regexp, error) {
	if s.AdLinks == "" {
		return DefaultAdLinks, nil
	}
	re, err := regexp.Compile(s.AdLinks)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: ad_links: %v", ErrBadSources, s.Address, err)
	}
	return re, nil
}

func (s Source) maxPages() int { return orDefault(s.MaxPages, DefaultMaxPages) }
func (s Source) maxAds() int   { return orDefault(s.MaxAds, DefaultMaxAds) }

func orDefault(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// Check reports what is wrong with a source: an address that is not an
// absolute http(s) address, an ad_links that does not compile.
func (s Source) Check() error {
	u, err := url.Parse(s.Address)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%w: %q is not an http(s) address", ErrBadSources, s.Address)
	}
	_, err = s.adLinks()
	return err
}

// sourcesFile is the shape of a sources file.
type sourcesFile struct {
	Sources []Source `yaml:"sources"`
}

// ReadSources reads a sources file, YAML or JSON (a JSON document is
// YAML), named name in errors:
//
//	sources:
//	  - address: https://www.emploi.example/sitemap.xml
//	  - address: https://jobs.example/offres?page=1
//	    ad_links: /offre/\d+
//	    max_pages: 10
//	  - address: https://www.rekrute.example/rss
//
// It fails with ErrBadSources on an unknown key, a source without an
// http(s) address, or a file without sources.
func ReadSources(r io.Reader, name string) ([]Source, error) {
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	var f sourcesFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadSources, name, err)
	}
	if len(f.Sources) == 0 {
		return nil, fmt.Errorf("%w: %s lists no sources (want a list under \"sources:\", each with an address)", ErrBadSources, name)
	}
	for i, s := range f.Sources {
		f.Sources[i].Address = strings.TrimSpace(s.Address)
		if err := f.Sources[i].Check(); err != nil {
			return nil, fmt.Errorf("%s: source %d: %w", name, i+1, err)
		}
	}
	return f.Sources, nil
}
