package tools

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/marsad/marsad/tools/match"
)

// matchCatalogue converts occupation profiles into the engine's
// catalogue, one match.Occupation per profile (see the tools/match
// README). It carries no ad counts: match_profile counts ads per call.
func matchCatalogue(ps []Profile) match.Catalogue {
	c := match.Catalogue{Occupations: make([]match.Occupation, 0, len(ps))}
	for _, p := range ps {
		o := match.Occupation{Code: p.Code, ID: p.ID, Names: p.Titles, Aliases: p.Aliases, Sector: p.Sector,
			Skills: p.Skills, SkillsAR: p.SkillsAR, Education: p.Education, Descriptions: p.Descriptions}
		for _, tr := range p.Trainings {
			o.Trainings = append(o.Trainings, match.Training{Name: tr.Name, Kind: tr.Kind, Provider: tr.Provider,
				Level: tr.Level, Duration: tr.Duration, Access: tr.Access, Skills: tr.Skills})
		}
		c.Occupations = append(c.Occupations, o)
	}
	return c
}

// profileFingerprint is a hash of a profile set: equal sets (same
// profiles in the same order, which Profiles sorts) give the same one.
func profileFingerprint(ps []Profile) (string, error) {
	h := sha256.New()
	if err := json.NewEncoder(h).Encode(ps); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)[:12]), nil
}

// matchedProfiles is the profile set a Matcher was built on.
type matchedProfiles struct {
	all  []Profile
	byID map[string]Profile
}

// citations returns the citations of the profiles behind the candidates,
// in their order (candidates without a profile have none).
func (mp matchedProfiles) citations(cs []match.Candidate) []Citation {
	var out []Citation
	for _, c := range cs {
		if p, ok := mp.byID[c.ProfileID]; ok {
			out = append(out, p.Citation())
		}
	}
	return out
}

// matcherCache keeps the Matcher of the latest profile set. Its zero
// value is empty; it is safe for concurrent use.
type matcherCache struct {
	mu          sync.Mutex
	fingerprint string
	m           *match.Matcher
	profiles    matchedProfiles
}

// matcher returns the Matcher of the store's current profiles, building
// it when they changed since the last call (or on the first). Calls wait
// for a build under way rather than building twice.
func (c *matcherCache) matcher(ctx context.Context, s ProfileStore) (*match.Matcher, matchedProfiles, error) {
	ps, err := s.Profiles(ctx)
	if err != nil {
		return nil, matchedProfiles{}, err
	}
	c.mu.Lock()
	if c.m != nil && sameSlice(c.profiles.all, ps) { // the store's shared slice: unchanged
		defer c.mu.Unlock()
		return c.m, c.profiles, nil
	}
	c.mu.Unlock()
	fp, err := profileFingerprint(ps)
	if err != nil {
		return nil, matchedProfiles{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m != nil && c.fingerprint == fp {
		return c.m, c.profiles, nil
	}
	m, err := match.New(matchCatalogue(ps))
	if err != nil {
		return nil, matchedProfiles{}, fmt.Errorf("occupation profiles: %w", err)
	}
	byID := make(map[string]Profile, len(ps))
	for _, p := range ps {
		byID[p.ID] = p
	}
	c.fingerprint, c.m, c.profiles = fp, m, matchedProfiles{all: ps, byID: byID}
	return m, c.profiles, nil
}
