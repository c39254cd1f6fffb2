package postgres

import (
	"strconv"
	"testing"

	"github.com/marsad/marsad/tools"
)

// Two payloads whose dictionaries differ in one word each decode their
// own words, however often read and in whatever order: the cache is
// addressed by the dictionary's bytes.
func TestSeriesDictionariesAreKeptByTheirBytes(t *testing.T) {
	payload := func(url string) []byte {
		return encodeSeries([]entry{{"2024", int32(tools.PeriodStart("2024")), 1, "percent", "HCP", "", url, "", ""}})
	}
	lo, hi := tools.PeriodBounds("", "")
	for range 3 {
		for _, url := range []string{"https://a/1", "https://a/2"} {
			got, err := decodeSeries(nil, payload(url), tools.Observation{}, lo, hi, "")
			if err != nil || len(got) != 1 || got[0].SourceURL != url {
				t.Fatalf("payload citing %s decoded as %+v, %v", url, got, err)
			}
		}
	}
}

// A cache filled past its bytes starts again empty and keeps what it is
// given next; a dictionary larger than a sixteenth of it is not kept.
func TestDictCacheStartsAgainWhenFull(t *testing.T) {
	c := dictCache{max: 256}
	for i := range 30 {
		c.put("dictionary "+strconv.Itoa(i), []string{strconv.Itoa(i)})
		if c.bytes > c.max {
			t.Fatalf("after %d dictionaries the cache holds %d bytes, more than its %d", i+1, c.bytes, c.max)
		}
	}
	if w, ok := c.get([]byte("dictionary 29")); !ok || w[0] != "29" {
		t.Errorf("the last dictionary put: %v, %v", w, ok)
	}
	if _, ok := c.get([]byte("dictionary 0")); ok {
		t.Error("the first dictionary is still kept after the cache filled")
	}
	c.put("a dictionary longer than a sixteenth", []string{"x"})
	if _, ok := c.get([]byte("a dictionary longer than a sixteenth")); ok {
		t.Error("a dictionary larger than a sixteenth of the cache was kept")
	}
}
