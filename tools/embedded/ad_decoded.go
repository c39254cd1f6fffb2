package embedded

import (
	"bytes"
	"maps"
	"slices"
	"sync"

	"github.com/marsad/marsad/tools"
)

// decodedAdsMax bounds the ads decodedAds keeps: about 2.5 KB each (the
// line's text and its vector), 640 KB in all.
const decodedAdsMax = 256

// decodedAds keeps the ads SearchAds returned, decoded, by the offset of
// their line in the log. A search returns the newest ads that match, the
// ones the next searches of the same occupation or place return again,
// and decoding a line (2 KB of JSON, most of it the vector in base64,
// read from the file) was two thirds of a job-ad search's CPU. An offset
// names one line for the log's life: the log is only appended to, and
// cut back only over a write that failed, which no ad refers to. Full,
// it is emptied whole.
type decodedAds struct {
	mu  sync.Mutex
	ads map[int64]tools.Ad
}

// read returns the ad whose line is at [off, off+size) of log, decoded
// once: a copy that shares no slice, map or pointer with the one kept,
// so that a caller may change it.
func (d *decodedAds) read(log *adLog, off int64, size uint32) (tools.Ad, error) {
	d.mu.Lock()
	ad, ok := d.ads[off]
	d.mu.Unlock()
	if ok {
		return cloneAd(ad), nil
	}
	ad, err := log.read(off, size)
	if err != nil {
		return tools.Ad{}, err
	}
	d.mu.Lock()
	if d.ads == nil || len(d.ads) >= decodedAdsMax {
		d.ads = make(map[int64]tools.Ad, decodedAdsMax)
	}
	d.ads[off] = ad
	d.mu.Unlock()
	return cloneAd(ad), nil
}

// cloneAd returns a copy of a with its own slices, map and pointer.
func cloneAd(a tools.Ad) tools.Ad {
	a.Skills = slices.Clone(a.Skills)
	a.Signature = bytes.Clone(a.Signature)
	a.Vector = bytes.Clone(a.Vector)
	a.Meta = maps.Clone(a.Meta)
	if a.ExperienceMin != nil {
		n := *a.ExperienceMin
		a.ExperienceMin = &n
	}
	return a
}
