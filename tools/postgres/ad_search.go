package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/needrank"
)

// defaultAdLimit is SearchAds' limit when the query sets none.
const defaultAdLimit = 20

// newestFirst orders ads as tools.AdStore.SearchAds says: by Day
// descending (” last, since it sorts lowest), then ID; job_ads_newest
// and job_ads_occupation_newest hold this order.
const newestFirst = ` ORDER BY day DESC, id`

// adConditions returns the conditions of q on job_ads.
func adConditions(q tools.AdQuery) *where {
	w := &where{}
	w.cellConditions(q.Occupations, q.Region, q.Sector, q.From, q.To)
	if q.Contract != "" {
		w.add("contract = " + w.arg(q.Contract))
	}
	if len(q.Skills) > 0 {
		w.add("skills @> " + w.arg(q.Skills) + "::text[]")
	}
	var words []string
	for _, word := range q.Words {
		for _, t := range lang.Tokens(word) {
			words = append(words, " "+t)
		}
	}
	if len(words) > 0 {
		// Every word begins a word of words (see the column).
		w.add("NOT EXISTS (SELECT FROM unnest(" + w.arg(words) + "::text[]) AS t (w) WHERE strpos(words, t.w) = 0)")
	}
	return w
}

// SearchAds implements tools.AdStore. Without a need, the filters
// and the order run in SQL. With q.Need, the tools.NeedWindow newest
// matching ads are ranked in the process's mirror of job_ads (adMirror,
// brought up to the table first; the filters on skills or words run in
// SQL, which returns the window's seqs), with tools/needrank as the
// embedded store ranks, and the best q.Limit are then read whole.
func (s *Store) SearchAds(ctx context.Context, q tools.AdQuery) ([]tools.Ad, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultAdLimit
	}
	w := adConditions(q)
	if len(q.Need) == 0 {
		sql := `SELECT ad, signature, vector FROM job_ads` + w.sql() + newestFirst + ` LIMIT ` + strconv.Itoa(limit)
		ads, err := s.readAds(ctx, sql, w.args...)
		if err != nil {
			return nil, fmt.Errorf("search ads: %w", err)
		}
		return ads, nil
	}
	ads, err := s.searchByNeed(ctx, q, w, limit)
	if err != nil {
		return nil, fmt.Errorf("search ads: %w", err)
	}
	return ads, nil
}

// searchByNeed returns the limit best of the NeedWindow newest ads
// matching q (w its conditions): most similar to q.Need first, ties
// newest first, ads without a vector last, newest first. It ranks in the
// mirror as it is, then reads the ads found in the statement that checks
// the mirror was up to the table (nothing past its last seq, the total
// it expects): one round trip. Only when the table changed since, or
// the window needs SQL (skills or words), is the mirror brought up to
// the table first and the ads read after.
func (s *Store) searchByNeed(ctx context.Context, q tools.AdQuery, w *where, limit int) ([]tools.Ad, error) {
	m := &s.needAds
	inSQL := len(q.Skills) > 0 || len(q.Words) > 0
	if !inSQL {
		ids, at, err := m.rank(q, nil, limit)
		if err != nil {
			return nil, err
		}
		if at.checked {
			ads, current, err := s.readIfCurrent(ctx, ids, at)
			if err != nil || current {
				return ads, err
			}
		}
	}
	var seqs []int64
	if inSQL {
		// Before the refresh, so that the mirror holds every ad listed.
		var err error
		if seqs, err = windowSeqs(ctx, s.pool, w); err != nil {
			return nil, err
		}
	}
	if err := m.refresh(ctx, s.pool); err != nil {
		return nil, err
	}
	ids, _, err := m.rank(q, seqs, limit)
	if err != nil {
		return nil, err
	}
	ads, err := s.readAds(ctx, `SELECT ad, signature, vector FROM job_ads WHERE id = ANY($1::text[])`, ids)
	if err != nil {
		return nil, err
	}
	return inOrder(ads, ids), nil
}

// inOrder sorts ads as ids lists them.
func inOrder(ads []tools.Ad, ids []string) []tools.Ad {
	pos := make(map[string]int, len(ids))
	for i, id := range ids {
		pos[id] = i
	}
	slices.SortFunc(ads, func(a, b tools.Ad) int { return pos[a.ID] - pos[b.ID] })
	return ads
}

// mirrorState is what a search saw of the mirror: the last seq it held,
// and the number demand_totals then holds (the live ads and the drift).
type mirrorState struct {
	lastSeq, total int64
	checked        bool // a refresh ran
}

// readIfCurrent reads the ads of ids in one statement with what tells
// whether the mirror at was the table in the statement's snapshot: no ad
// past its last seq, and the total it expects (an ad removed lowers it,
// one added shows past the last seq). When it was not, current is
// false and the ads are not returned.
func (s *Store) readIfCurrent(ctx context.Context, ids []string, at mirrorState) (ads []tools.Ad, current bool, err error) {
	rows, err := s.pool.Query(ctx, `SELECT t.ads, EXISTS (SELECT FROM job_ads WHERE seq > $1), a.ad, a.signature, a.vector
FROM demand_totals AS t LEFT JOIN job_ads AS a ON a.id = ANY($2::text[])`, at.lastSeq, ids)
	if err != nil {
		return nil, false, err
	}
	ads = []tools.Ad{}
	var total int64
	var newer bool
	var js, sig, vec []byte
	_, err = pgx.ForEachRow(rows, []any{&total, &newer, &js, &sig, &vec}, func() error {
		if newer || total != at.total || js == nil {
			return nil
		}
		ad, err := decodeAd(js, sig, vec)
		ads = append(ads, ad)
		return err
	})
	if err != nil || newer || total != at.total {
		return nil, false, err
	}
	return inOrder(ads, ids), true, nil
}

// rank returns the IDs of the limit best of the window of q in the
// mirror (the NeedWindow newest matching ads, or those of seqs, newest
// first, when not nil), and what the mirror was.
func (m *adMirror) rank(q tools.AdQuery, seqs []int64, limit int) ([]string, mirrorState, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	at := mirrorState{lastSeq: m.lastSeq, total: int64(m.live()) + m.drift, checked: m.checked}
	var cands []int32
	if seqs != nil {
		for _, seq := range seqs {
			if p := m.main.slotOf(seq); p >= 0 {
				cands = append(cands, p)
			} else if p := m.recent.slotOf(seq); p >= 0 {
				cands = append(cands, ^p)
			} // else removed since
		}
	} else {
		cands = m.window(m.vals.filter(q), tools.NeedWindow)
	}
	win := &mirrorWindow{main: m.main, recent: m.recent, cands: cands, need: q.Need}
	ks, err := needrank.Rank(win, q.Need, limit)
	if err != nil {
		return nil, at, err
	}
	ids := make([]string, len(ks))
	for j, k := range ks {
		s, p := win.at(k)
		ids[j] = string(s.id(p))
	}
	return ids, at, nil
}

// windowSeqs returns the seqs of the NeedWindow newest ads matching w,
// newest first; never nil.
func windowSeqs(ctx context.Context, q querier, w *where) ([]int64, error) {
	rows, err := q.Query(ctx, `SELECT seq FROM job_ads`+w.sql()+newestFirst+` LIMIT `+strconv.Itoa(tools.NeedWindow), w.args...)
	if err != nil {
		return nil, err
	}
	seqs := []int64{}
	var seq int64
	_, err = pgx.ForEachRow(rows, []any{&seq}, func() error {
		seqs = append(seqs, seq)
		return nil
	})
	return seqs, err
}

// mirrorWindow is a need search's window of mirrored ads, for needrank:
// candidate k is position cands[k] of main, or ^cands[k] of recent when
// negative. The caller holds the mirror's read lock.
type mirrorWindow struct {
	main, recent *mirrorSeg
	cands        []int32
	need         []float32
}

// at returns the segment and position of candidate k.
func (w *mirrorWindow) at(k int) (*mirrorSeg, int32) {
	if c := w.cands[k]; c < 0 {
		return w.recent, ^c
	}
	return w.main, w.cands[k]
}

func (w *mirrorWindow) Len() int { return len(w.cands) }

func (w *mirrorWindow) Row(k int, _ []byte) ([]byte, error) {
	s, p := w.at(k)
	if s.vec[p] != vecRow || s.stride != len(w.need)+4 {
		return nil, nil
	}
	return s.row(p), nil
}

// Other scores a vector of another length than the rows', or a row of
// another dimension than the need's (0, as retrieval.DotInt8 does).
func (w *mirrorWindow) Other(k int) (bool, float32, error) {
	s, p := w.at(k)
	switch s.vec[p] {
	case vecNone:
		return false, 0, nil
	case vecRow:
		return true, 0, nil
	}
	return true, retrieval.DotInt8(w.need, s.other[p]), nil
}

// readAds runs sql, which selects ad, signature and vector, and decodes
// each row; never nil.
func (s *Store) readAds(ctx context.Context, sql string, args ...any) ([]tools.Ad, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	ads := []tools.Ad{}
	var js, sig, vec []byte
	_, err = pgx.ForEachRow(rows, []any{&js, &sig, &vec}, func() error {
		ad, err := decodeAd(js, sig, vec)
		ads = append(ads, ad)
		return err
	})
	return ads, err
}

// decodeAd decodes a stored ad with its signature and vector, which it
// copies (a scan reuses its buffers for the next row).
func decodeAd(js, sig, vec []byte) (tools.Ad, error) {
	var ad tools.Ad
	if err := json.Unmarshal(js, &ad); err != nil {
		return ad, fmt.Errorf("stored ad: %w", err)
	}
	ad.Signature, ad.Vector = orNil(slices.Clone(sig)), orNil(slices.Clone(vec))
	return ad, nil
}

// Fingerprints implements tools.AdStore: one query in insertion
// order (job_ads.seq), streamed, so memory stays flat at any size. It
// holds a pooled connection while fn runs. The version of an ad stored
// before migration 0005 is unknown (NULL): it is computed here from the
// stored ad, which is read for those rows only.
func (s *Store) Fingerprints(ctx context.Context, fn func(tools.AdFingerprint) error) error {
	_, err := fingerprintsAfter(ctx, s.pool, 0, fn)
	return err
}

// fingerprintsAfter calls fn for the stored ads whose seq is past after, in
// seq order, and returns the last seq read (after when none).
func fingerprintsAfter(ctx context.Context, q querier, after int64, fn func(tools.AdFingerprint) error) (int64, error) {
	rows, err := q.Query(ctx, `SELECT seq, id, region, city, employer, signature, source_key, coalesce(version, ''),
		CASE WHEN version IS NULL THEN ad END FROM job_ads WHERE seq > $1 ORDER BY seq`, after)
	if err != nil {
		return after, fmt.Errorf("fingerprints: %w", err)
	}
	last := after
	var f tools.AdFingerprint
	var sig, key, ad []byte
	_, err = pgx.ForEachRow(rows, []any{&last, &f.ID, &f.Region, &f.City, &f.Employer, &sig, &key, &f.Version, &ad}, func() error {
		f.Signature, f.SourceKey = orNil(slices.Clone(sig)), string(key)
		if f.Version == "" {
			var err error
			if f.Version, err = storedVersion(f.ID, ad); err != nil {
				return err
			}
		}
		return fn(f)
	})
	if err != nil {
		return after, err // fn's error as it is (the tools.AdStore contract); the rows' through Unavailable
	}
	return last, nil
}

// WarmNeedSearch loads the mirror of job_ads that need search ranks in,
// so that the first need search after a start does not (at a million ads
// it reads about 400 MB: seconds). Searches refresh it anyway.
func (s *Store) WarmNeedSearch(ctx context.Context) error {
	return s.needAds.refresh(ctx, s.pool)
}
