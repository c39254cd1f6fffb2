package embedded

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/marsad/marsad/tools"
)

var _ tools.JobMarketStore = (*JobMarket)(nil)

// File names of the job-market store inside its folder.
const (
	adsFile      = "ads.jsonl"
	profilesFile = "profiles.json"
)

// JobMarket is the embedded tools.JobMarketStore: ads in an append-only JSON
// Lines log under its folder, their vectors also in a side file of fixed
// rows (vectors.bin, see vectorStore) and, for need searches to read them
// in order, in a copy by recency (vectors.recent, see recentRows), a
// compact record per ad and the ad counts in memory (about 100 bytes an
// ad beside its title; no vector; 32 more bytes and a map entry's
// overhead for an ad with a source key, to find the ad a later version
// replaces), and profiles in one file replaced by write-then-rename. A
// replaced ad keeps its place in the log, its position and its vector
// row, marked gone. One process at a time may open a folder. Create it
// with OpenJobMarket.
type JobMarket struct {
	dir string

	mu       sync.RWMutex
	log      *adLog
	vec      *vectorStore
	ix       *index
	profiles map[string]tools.Profile
	// sorted is what Profiles returns, shared until the profiles change
	// (nil then).
	sorted []tools.Profile
	// snapshotAt is how much of the log the last snapshot covers (see
	// ad_snapshot.go).
	snapshotAt int64
	// catalog is what Catalog returns until ads are added (nil then): it
	// walks every aggregate and sorts every field's values, once a job-ad
	// tool call (3 % of a chat turn's CPU on the seed, growing with the
	// ads). Made under the read lock, cleared under the write lock.
	catalog atomic.Pointer[tools.AdCatalog]
	// decoded are the ads SearchAds returned, decoded once (its own
	// lock: searches run under the read lock).
	decoded decodedAds
	// recent is the copy of the side file's rows by recency in use (nil:
	// none), written anew by a goroutine of its own (rewriting, counted
	// by rewrites) when recentDue; none is tried before recentRetry ads
	// after a copy failed. Close sets closing under the write lock, stops
	// the goroutine and waits for it.
	recent      *recentRows
	rewriting   atomic.Bool
	rewrites    sync.WaitGroup
	closing     atomic.Bool
	recentMin   int
	recentRetry int
}

// OpenJobMarket opens the job-market store kept in folder dir (created if
// needed), loading what an earlier process stored; an empty dir keeps
// everything in memory. It fails with ErrCorrupt when a file is damaged
// beyond a torn last line.
func OpenJobMarket(dir string) (*JobMarket, error) {
	s := &JobMarket{dir: dir, ix: newIndex(), profiles: map[string]tools.Profile{}, recentMin: recentMinRewrite}
	logPath, vecPath := "", ""
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open demand store: %w", err)
		}
		logPath, vecPath = filepath.Join(dir, adsFile), filepath.Join(dir, vectorsFile)
		ps, err := readProfiles(filepath.Join(dir, profilesFile))
		if err != nil {
			return nil, fmt.Errorf("open demand store: %w", err)
		}
		for _, p := range ps {
			s.profiles[p.ID] = p
		}
	}
	s.vec = newVectorStore(vecPath)
	lastRow, lastVec := -1, []byte(nil)
	if dir != "" {
		if snap, ok := readSnapshotFile(dir, logPath); ok {
			s.ix, s.snapshotAt = snap.ix, snap.covered
			s.vec.stride, s.vec.samples = snap.stride, snap.samples
			lastRow, lastVec = snap.lastRow, snap.lastVec
		}
	}
	l, err := openAdLog(logPath, s.snapshotAt, func(rec logRecord, off int64, size int) error {
		if rec.Replaces != "" {
			s.ix.replace(rec.Replaces)
		}
		if rec.ID == "" || s.ix.has(rec.ID) {
			return nil // a removal alone, or a batch written twice by a crashed retry: keep the first
		}
		row, k := len(s.ix.refs), s.vec.kind(rec.Vector)
		s.vec.replayed(row, rec.Vector, k)
		if k == vecInRow {
			lastRow, lastVec = row, rec.Vector
		}
		return s.ix.add(rec.Ad, off, size, k, sourceOf(rec.Ad))
	})
	if err != nil {
		return nil, fmt.Errorf("open demand store: %w", err)
	}
	s.log = l
	if err := s.vec.open(s.ix.refs, lastRow, lastVec, l); err != nil {
		return nil, errors.Join(fmt.Errorf("open demand store: vectors: %w", err), s.vec.close(), l.close())
	}
	s.vec.remap()
	if dir != "" {
		if s.recent = s.openRecent(); s.recent != nil {
			s.ix.rec.opened(s.recent.list, s.recent.upTo)
			s.recent.list = nil
		}
	}
	return s, nil
}

// Close stops the writing of a copy by recency, writes a snapshot of the
// index when the log grew since the last one, and releases the files.
func (s *JobMarket) Close() error {
	s.mu.Lock()
	s.closing.Store(true)
	s.mu.Unlock()
	s.rewrites.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.snapshot(1)
	err := errors.Join(s.log.close(), s.vec.close(), s.recent.close())
	s.recent = nil
	return err
}

// Len returns the number of ads stored (replaced ones left out).
func (s *JobMarket) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.ix.live
}

// AddAds implements tools.AdStore. A replacement is logged as the
// new ad naming the ID it replaces (see adLog).
func (s *JobMarket) AddAds(ctx context.Context, ads []tools.Ad) (tools.AddSummary, error) {
	for i, ad := range ads {
		if err := tools.ValidateAd(ad); err != nil {
			return tools.AddSummary{}, fmt.Errorf("ad %d (%s): %w", i+1, ad.ID, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return tools.AddSummary{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.catalog.Store(nil)
	b := newBatch(s.ix, len(ads))
	for _, ad := range ads {
		b.plan(ad)
	}
	if len(b.ops) == 0 {
		return b.sum, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	sizes := make([]int, len(b.ops))
	var vecs [][]byte
	var kinds []uint8
	for i, op := range b.ops {
		n := buf.Len()
		var err error
		if op.store {
			err = enc.Encode(logRecord{Ad: op.ad, Replaces: op.replaces})
			vecs, kinds = append(vecs, op.ad.Vector), append(kinds, s.vec.kind(op.ad.Vector))
		} else {
			err = enc.Encode(removal{Replaces: op.replaces})
		}
		if err != nil { // only an ad's value can fail to encode (a NaN salary)
			return tools.AddSummary{}, fmt.Errorf("add ads: ad %s: %w: %w", op.ad.ID, tools.ErrBadData, err)
		}
		sizes[i] = buf.Len() - n
	}
	// The rows first: every ad of the log must have its row on disk.
	if err := s.vec.append(vecs, kinds); err != nil {
		return tools.AddSummary{}, fmt.Errorf("add ads: vectors: %w", err)
	}
	off, err := s.log.append(buf.Bytes())
	if err != nil {
		return tools.AddSummary{}, fmt.Errorf("add ads: %w", err)
	}
	for i, op := range b.ops {
		if op.replaces != "" {
			s.ix.replace(op.replaces)
		}
		if op.store {
			if err := s.ix.add(op.ad, off, sizes[i], kinds[0], op.src); err != nil {
				return b.sum, fmt.Errorf("add ads: %w", err)
			}
			kinds = kinds[1:]
			s.vec.commit(1)
		}
		off += int64(sizes[i])
	}
	s.vec.remap()
	s.snapshot(snapshotEvery)
	if s.recentDue(4) {
		s.startRecent()
	}
	return b.sum, nil
}

// Fingerprints implements tools.AdStore. It reads the log: about a
// second per hundred thousand ads.
func (s *JobMarket) Fingerprints(ctx context.Context, fn func(tools.AdFingerprint) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for i, r := range s.ix.refs {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if r.gone {
			continue
		}
		f, err := s.ix.fingerprint(i, s.log)
		if err != nil {
			return fmt.Errorf("fingerprints: %w", err)
		}
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// Catalog implements tools.AdCounter. Its slices are shared by every
// call until ads are added (AdCounter.Catalog: read, never written),
// where a copy a call cost each job-ad tool call 1.5 KB on the seed,
// growing with the ads.
func (s *JobMarket) Catalog(ctx context.Context) (tools.AdCatalog, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	c := s.catalog.Load()
	if c == nil {
		c = s.makeCatalog()
		s.catalog.Store(c) // no writer runs while the read lock is held
	}
	return *c, nil
}

// makeCatalog reads the catalogue off the index; s.mu is held.
func (s *JobMarket) makeCatalog() *tools.AdCatalog {
	regions := map[uint8]bool{}
	for k := range s.ix.ads {
		regions[k.region] = true
	}
	c := tools.AdCatalog{Ads: s.ix.live, Occupations: s.ix.occ.values(), Sectors: s.ix.sector.values(),
		Skills: s.ix.skill.values(), Contracts: s.ix.contract.values(), Sites: s.ix.site.values(), Months: s.ix.month.values()}
	for _, r := range tools.Regions {
		if regions[regionNumber(r)] {
			c.Regions = append(c.Regions, r)
		}
	}
	// Clipped: a caller appending to a shared slice gets a copy rather
	// than writing into the array another call reads.
	for _, f := range []*[]string{&c.Occupations, &c.Regions, &c.Sectors, &c.Skills, &c.Contracts, &c.Sites, &c.Months} {
		*f = slices.Clip(*f)
	}
	return &c
}
