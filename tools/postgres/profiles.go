package postgres

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
)

// PutProfiles implements tools.ProfileStore. The profiles are validated,
// then, in one transaction under an advisory lock, each is compared with
// the stored version by its JSON (as encoding/json writes it, so a nil and
// an empty list are equal) and inserted or replaced. A profile repeated in
// ps is compared with the one before it in ps, as if put one by one.
func (s *Store) PutProfiles(ctx context.Context, ps []tools.Profile) (tools.AddSummary, error) {
	docs := make([][]byte, len(ps))
	ids := make([]string, len(ps))
	for i, p := range ps {
		if err := tools.ValidateProfile(p); err != nil {
			return tools.AddSummary{}, fmt.Errorf("profile %d (%s): %w", i+1, p.Code, err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			return tools.AddSummary{}, fmt.Errorf("profile %d (%s): %w", i+1, p.Code, err)
		}
		docs[i], ids[i] = b, pgText(p.ID)
	}
	var sum tools.AddSummary
	err := writeTx(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, lockSQL, lockProfiles); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		stored, err := storedProfiles(ctx, tx, ids)
		if err != nil {
			return err
		}
		var b pgx.Batch
		for i, p := range ps {
			old, ok := stored[ids[i]]
			switch {
			case !ok:
				sum.Inserted++
			case bytes.Equal(old, docs[i]):
				sum.Existing++
				continue
			default:
				sum.Updated++
			}
			stored[ids[i]] = docs[i]
			b.Queue(`INSERT INTO occupation_profiles (id, code, profile) VALUES ($1, $2, $3)
				ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, profile = EXCLUDED.profile`, ids[i], pgText(p.Code), docs[i])
		}
		if b.Len() == 0 {
			return nil
		}
		b.Queue(`UPDATE profile_catalog SET version = version + 1`)
		return tx.SendBatch(ctx, &b).Close()
	})
	if err != nil {
		return tools.AddSummary{}, fmt.Errorf("put profiles: %w", err)
	}
	return sum, nil
}

// storedProfiles returns the stored JSON of the profiles with these IDs.
func storedProfiles(ctx context.Context, tx pgx.Tx, ids []string) (map[string][]byte, error) {
	rows, err := tx.Query(ctx, `SELECT id, profile::text FROM occupation_profiles WHERE id = ANY($1::text[])`, ids)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	var id string
	var doc []byte
	_, err = pgx.ForEachRow(rows, []any{&id, &doc}, func() error {
		out[id] = bytes.Clone(doc)
		return nil
	})
	return out, err
}

// Profiles implements tools.ProfileStore. It reads the profiles' version
// (one row) and rereads the profiles only when a PutProfiles, from this
// store or another replica, has changed them since; the slice is shared
// until then.
func (s *Store) Profiles(ctx context.Context) ([]tools.Profile, error) {
	var version int64
	if err := s.pool.QueryRow(ctx, `SELECT version FROM profile_catalog`).Scan(&version); err != nil {
		return nil, fmt.Errorf("profiles: %w", err)
	}
	s.mu.Lock()
	if s.profiles != nil && s.profilesVersion == version {
		ps := s.profiles
		s.mu.Unlock()
		return ps, nil
	}
	s.mu.Unlock()
	ps, version, err := s.readProfiles(ctx)
	if err != nil {
		return nil, fmt.Errorf("profiles: %w", err)
	}
	s.mu.Lock()
	if s.profiles == nil || version >= s.profilesVersion {
		s.profiles, s.profilesVersion = ps, version
	}
	s.mu.Unlock()
	return ps, nil
}

// readProfiles reads every profile and their version in one snapshot.
func (s *Store) readProfiles(ctx context.Context) ([]tools.Profile, int64, error) {
	out := []tools.Profile{}
	var version int64
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT version FROM profile_catalog`).Scan(&version); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT profile::text FROM occupation_profiles ORDER BY code, id`)
		if err != nil {
			return err
		}
		var doc []byte
		_, err = pgx.ForEachRow(rows, []any{&doc}, func() error {
			var p tools.Profile
			if err := json.Unmarshal(doc, &p); err != nil {
				return fmt.Errorf("stored profile: %w", err)
			}
			out = append(out, p)
			return nil
		})
		return err
	})
	return out, version, err
}
