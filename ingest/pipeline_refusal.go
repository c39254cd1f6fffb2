package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"slices"

	"github.com/marsad/marsad/tools"
)

// refusal is an ad of a run that the store refused, and why.
type refusal struct {
	at     int // index of the ad in the run
	reason string
}

// add stores a run of new ads in order and returns what the store did and
// the ads it refused, which are not stored. A store refuses a whole run
// for one ad it cannot keep, storing none of it, with an error wrapping
// tools.ErrBadData (tools.AdStore.AddAds): the ads tools.ValidateAd
// refuses are then set aside and the rest offered again; a run the store
// still refuses (a rule of its own, such as PostgreSQL's about NUL bytes)
// is halved until each refused ad is alone, about 2·log2(len(ads)) calls
// for each. Any other error is the store failing, not an ad: it is
// returned, and stops the run. A refused ad stays in the run's dedup
// index (the committer sorted it before the store saw it): a later copy
// of it counts as a duplicate, which the store would refuse as well.
func (s *storer) add(ctx context.Context, ads []tools.Ad) (tools.AddSummary, []refusal, error) {
	sum, err := s.adds(ctx, ads)
	if !errors.Is(err, tools.ErrBadData) {
		return sum, nil, err
	}
	at := make([]int, len(ads))
	for i := range at {
		at[i] = i
	}
	var refused []refusal
	for i, ad := range ads {
		if verr := tools.ValidateAd(ad); verr != nil {
			refused = append(refused, refusal{at: i, reason: verr.Error()})
			at[i] = -1
		}
	}
	if len(refused) == 0 {
		return s.halve(ctx, ads, at, err)
	}
	sum, more, err := s.addAt(ctx, ads, slices.DeleteFunc(at, func(i int) bool { return i < 0 }))
	return sum, append(refused, more...), err
}

// addAt stores the ads of ads at the indexes at (ascending), halving the
// run while the store refuses it.
func (s *storer) addAt(ctx context.Context, ads []tools.Ad, at []int) (tools.AddSummary, []refusal, error) {
	if len(at) == 0 {
		return tools.AddSummary{}, nil, nil
	}
	run := make([]tools.Ad, len(at))
	for j, i := range at {
		run[j] = ads[i]
	}
	sum, err := s.adds(ctx, run)
	if !errors.Is(err, tools.ErrBadData) {
		return sum, nil, err
	}
	return s.halve(ctx, ads, at, err)
}

// halve stores the two halves of a run the store refused with err; an ad
// alone is the one refused, err the reason.
func (s *storer) halve(ctx context.Context, ads []tools.Ad, at []int, err error) (tools.AddSummary, []refusal, error) {
	if len(at) == 1 {
		return tools.AddSummary{}, []refusal{{at: at[0], reason: err.Error()}}, nil
	}
	a, ra, err := s.addAt(ctx, ads, at[:len(at)/2])
	if err != nil {
		return a, ra, err
	}
	b, rb, err := s.addAt(ctx, ads, at[len(at)/2:])
	a.Inserted, a.Existing, a.Updated = a.Inserted+b.Inserted, a.Existing+b.Existing, a.Updated+b.Updated
	return a, append(ra, rb...), err
}

// quarantineRefused sends the refused ads of sj to the quarantine. Raw is
// the ad as it was offered to the store (the reason is about it, not
// about the record as read), without its vector and signature; Line
// finds the record in the input.
func (s *storer) quarantineRefused(sj *storeJob, refused []refusal) {
	for _, r := range refused {
		ad := sj.ads[r.at]
		ad.Vector, ad.Signature = nil, nil
		raw, _ := json.Marshal(ad) // a refused ad may not encode (a NaN salary): the reason says why
		s.p.quar.add(QuarantineEntry{File: s.j.name, Line: sj.lines[r.at], Reason: "refused by the store: " + r.reason,
			Raw: string(raw), SHA256: s.j.hash})
	}
	s.sum.Quarantined += len(refused)
}
