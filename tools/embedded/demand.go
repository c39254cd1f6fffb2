package embedded

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/marsad/marsad/tools"
)

var _ tools.DemandStore = (*Demand)(nil)

// File names of the demand store inside its folder.
const (
	adsFile      = "ads.jsonl"
	profilesFile = "profiles.json"
)

// Demand is the embedded tools.DemandStore: ads in an append-only JSON
// Lines log under its folder, a compact record per ad and the demand
// aggregates in memory (about 100 bytes an ad beside its title), and
// profiles in one file replaced by write-then-rename. One process at a
// time may open a folder. Create it with OpenDemand.
type Demand struct {
	dir string

	mu       sync.RWMutex
	log      *adLog
	ix       *index
	profiles map[string]tools.Profile
}

// OpenDemand opens the demand store kept in folder dir (created if
// needed), loading what an earlier process stored; an empty dir keeps
// everything in memory. It fails with ErrCorrupt when a file is damaged
// beyond a torn last line.
func OpenDemand(dir string) (*Demand, error) {
	s := &Demand{dir: dir, ix: newIndex(), profiles: map[string]tools.Profile{}}
	logPath := ""
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open demand store: %w", err)
		}
		logPath = filepath.Join(dir, adsFile)
		ps, err := readProfiles(filepath.Join(dir, profilesFile))
		if err != nil {
			return nil, fmt.Errorf("open demand store: %w", err)
		}
		for _, p := range ps {
			s.profiles[p.ID] = p
		}
	}
	l, err := openAdLog(logPath, func(ad tools.Ad, off int64, size int) error {
		if s.ix.has(ad.ID) {
			return nil // a batch written twice by a crashed retry: keep the first
		}
		return s.ix.add(ad, off, size)
	})
	if err != nil {
		return nil, fmt.Errorf("open demand store: %w", err)
	}
	s.log = l
	return s, nil
}

// Close releases the log file.
func (s *Demand) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.log.close()
}

// Len returns the number of ads stored.
func (s *Demand) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.ix.refs)
}

// AddAds implements tools.DemandStore.
func (s *Demand) AddAds(ctx context.Context, ads []tools.Ad) (tools.AddSummary, error) {
	var sum tools.AddSummary
	for i, ad := range ads {
		if err := tools.ValidateAd(ad); err != nil {
			return tools.AddSummary{}, fmt.Errorf("ad %d (%s): %w", i+1, ad.ID, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var buf bytes.Buffer
	var fresh []tools.Ad
	var sizes []int
	seen := make(map[string]bool, len(ads))
	for _, ad := range ads {
		if s.ix.has(ad.ID) || seen[ad.ID] {
			sum.Existing++
			continue
		}
		seen[ad.ID] = true
		n := buf.Len()
		if err := json.NewEncoder(&buf).Encode(ad); err != nil {
			return tools.AddSummary{}, fmt.Errorf("add ads: %w", err)
		}
		fresh, sizes = append(fresh, ad), append(sizes, buf.Len()-n)
	}
	if len(fresh) == 0 {
		return sum, nil
	}
	off, err := s.log.append(buf.Bytes())
	if err != nil {
		return tools.AddSummary{}, fmt.Errorf("add ads: %w", err)
	}
	for i, ad := range fresh {
		if err := s.ix.add(ad, off, sizes[i]); err != nil {
			return sum, fmt.Errorf("add ads: %w", err)
		}
		off += int64(sizes[i])
		sum.Inserted++
	}
	return sum, nil
}

// Fingerprints implements tools.DemandStore. It reads the log: about a
// second per hundred thousand ads.
func (s *Demand) Fingerprints(ctx context.Context, fn func(tools.AdFingerprint) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for i, r := range s.ix.refs {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var f tools.AdFingerprint
		if err := s.log.decode(r.off, r.size, &f); err != nil {
			return fmt.Errorf("fingerprints: %w", err)
		}
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// Catalog implements tools.DemandStore.
func (s *Demand) Catalog(ctx context.Context) (tools.DemandCatalog, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	regions := map[uint8]bool{}
	for k := range s.ix.ads {
		regions[k.region] = true
	}
	c := tools.DemandCatalog{Ads: len(s.ix.refs), Occupations: s.ix.occ.values(), Sectors: s.ix.sector.values(),
		Skills: s.ix.skill.values(), Contracts: s.ix.contract.values(), Sites: s.ix.site.values(), Months: s.ix.month.values()}
	for _, r := range tools.Regions {
		if regions[regionNumber(r)] {
			c.Regions = append(c.Regions, r)
		}
	}
	return c, nil
}
