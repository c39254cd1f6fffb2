package tools

import (
	"context"
	"strings"
)

// AdSalaries sums up the salaries stated by the job ads of one occupation:
// the figure a job seeker asks for, counted on ads rather than taken from
// the profile's indicative range. Amounts are in MAD per month, as
// ingestion reads them (a daily or hourly pay is counted over a month:
// Converted of the ads were).
type AdSalaries struct {
	Ads       int     `json:"ads"` // ads stating a salary among those read
	Min       float64 `json:"min_mad_month"`
	Max       float64 `json:"max_mad_month"`
	From      string  `json:"from"`           // month of the oldest of those ads
	To        string  `json:"to"`             // month of the newest
	Region    string  `json:"region"`         // where they were counted; "" for the whole country
	Converted int     `json:"converted"`      // ads paying by the day or hour, counted over a month
	SMIGAds   int     `json:"smig_ads"`       // ads that offer the legal minimum wage (SMIG)
	SMIG      float64 `json:"smig,omitempty"` // the SMIG as those ads were read, MAD per month
	Scanned   int     `json:"scanned_ads"`    // ads of the occupation read, newest first (at most salaryScan)
}

// salaryScan is how many of the newest ads of an occupation salaries are
// read from: enough for a range, bounded for an occupation with 100,000
// ads.
const salaryScan = 500

// adSalaries reads the salaries of the newest ads matching q (at most
// salaryScan). When the region of q has none that states one, the whole
// country is read instead and Region says so. It returns nil when no ad
// states a salary.
func adSalaries(ctx context.Context, s JobMarketStore, q AdCountQuery) (*AdSalaries, error) {
	sal, err := salariesIn(ctx, s, q)
	if err != nil || sal != nil || q.Region == "" {
		return sal, err
	}
	q.Region = ""
	return salariesIn(ctx, s, q)
}

func salariesIn(ctx context.Context, s JobMarketStore, q AdCountQuery) (*AdSalaries, error) {
	ads, err := s.SearchAds(ctx, AdQuery{Occupations: q.Occupations, Region: q.Region, Sector: q.Sector, From: q.From, To: q.To,
		Skills: skillsOf(q), Limit: salaryScan})
	if err != nil {
		return nil, err
	}
	sal := AdSalaries{Region: q.Region, Scanned: len(ads)}
	for _, ad := range ads {
		sal.add(ad)
	}
	if sal.Ads == 0 {
		return nil, nil
	}
	return &sal, nil
}

func skillsOf(q AdCountQuery) []string {
	if q.Skill == "" {
		return nil
	}
	return []string{q.Skill}
}

// add counts ad when it states a salary; ads come newest first.
func (s *AdSalaries) add(ad Ad) {
	lo, hi := ad.SalaryMin, ad.SalaryMax
	if lo == 0 {
		lo = hi
	}
	if hi == 0 {
		hi = lo
	}
	if lo <= 0 {
		return
	}
	if s.Ads == 0 || lo < s.Min {
		s.Min = lo
	}
	if hi > s.Max {
		s.Max = hi
	}
	s.Ads++
	if month := monthOf(ad.Day()); month != "" {
		if s.To == "" {
			s.To = month
		}
		s.From = month
	}
	switch {
	case ad.SalaryNote == "smig":
		s.SMIGAds++
		s.SMIG = ad.SalaryMin
	case strings.Contains(ad.SalaryNote, "*"): // "daily*26", "hourly*191"
		s.Converted++
	}
}

// monthOf returns the YYYY-MM of a YYYY-MM-DD date, "" for anything else.
func monthOf(day string) string {
	if len(day) < 7 || day[4] != '-' {
		return ""
	}
	return day[:7]
}
