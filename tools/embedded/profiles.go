package embedded

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/marsad/marsad/internal/atomicfile"
	"github.com/marsad/marsad/tools"
)

// PutProfiles implements tools.ProfileStore. The new set is written to disk
// before it is made visible.
func (s *JobMarket) PutProfiles(ctx context.Context, ps []tools.Profile) (tools.AddSummary, error) {
	for i, p := range ps {
		if err := tools.ValidateProfile(p); err != nil {
			return tools.AddSummary{}, fmt.Errorf("profile %d (%s): %w", i+1, p.Code, err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var sum tools.AddSummary
	next := make(map[string]tools.Profile, len(s.profiles)+len(ps))
	for k, p := range s.profiles {
		next[k] = p
	}
	for _, p := range ps {
		old, ok := next[p.ID]
		switch {
		case !ok:
			sum.Inserted++
		case sameProfile(old, p):
			sum.Existing++
			continue
		default:
			sum.Updated++
		}
		next[p.ID] = p
	}
	if sum.Inserted+sum.Updated == 0 {
		return sum, nil
	}
	if err := ctx.Err(); err != nil {
		return tools.AddSummary{}, err
	}
	if s.dir != "" {
		if err := writeProfiles(filepath.Join(s.dir, profilesFile), next); err != nil {
			return tools.AddSummary{}, fmt.Errorf("persist profiles: %w", err)
		}
	}
	s.profiles, s.sorted = next, nil
	return sum, nil
}

// Profiles implements tools.ProfileStore. The sorted slice is made once
// per change of the profiles and shared until the next.
func (s *JobMarket) Profiles(ctx context.Context) ([]tools.Profile, error) {
	s.mu.RLock()
	out := s.sorted
	s.mu.RUnlock()
	if out != nil {
		return out, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sorted == nil {
		s.sorted = make([]tools.Profile, 0, len(s.profiles))
		for _, p := range s.profiles {
			s.sorted = append(s.sorted, p)
		}
		slices.SortFunc(s.sorted, byCodeThenID)
	}
	return s.sorted, nil
}

// readProfiles returns the profiles stored at path, none when the file
// does not exist.
func readProfiles(path string) ([]tools.Profile, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var ps []tools.Profile
	if err := json.Unmarshal(b, &ps); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, ErrCorrupt, err)
	}
	return ps, nil
}

// writeProfiles writes ps sorted by code to a temporary file in path's
// folder, syncs it and renames it over path.
func writeProfiles(path string, ps map[string]tools.Profile) error {
	list := make([]tools.Profile, 0, len(ps))
	for _, p := range ps {
		list = append(list, p)
	}
	slices.SortFunc(list, byCodeThenID)
	b, err := json.MarshalIndent(list, "", " ")
	if err != nil {
		return err
	}
	return atomicfile.Replace(path, ".profiles-*.tmp", func(f io.Writer) error {
		_, err := f.Write(b)
		return err
	})
}

func byCodeThenID(a, b tools.Profile) int {
	return cmp.Or(strings.Compare(a.Code, b.Code), strings.Compare(a.ID, b.ID))
}

// sameProfile compares two profiles as stored: by their JSON, so that a
// nil and an empty list are equal.
func sameProfile(a, b tools.Profile) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}
