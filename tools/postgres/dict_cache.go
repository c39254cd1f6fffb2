package postgres

import "sync"

// seriesDicts keeps the dictionaries of the series payloads read lately,
// by their bytes: many series share one (the same units, publishers and
// source pages), and a read that finds its dictionary here allocates
// neither its words nor their bytes, about a seventh of what
// indicator_series allocated a call at 1M rows (whose collections made the
// tail of its latencies). The cache is addressed by content, so that a
// payload rewritten with other words finds other bytes, never stale words.
var seriesDicts = dictCache{max: 1 << 20}

// dictCache maps a dictionary's bytes to its words, up to max bytes of
// dictionaries; when full it starts again empty, so that the dictionaries
// read since are the ones it keeps.
type dictCache struct {
	mu    sync.RWMutex
	words map[string][]string
	bytes int
	max   int
}

// get returns the words of the dictionary whose bytes are raw, if kept.
func (c *dictCache) get(raw []byte) ([]string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	w, ok := c.words[string(raw)]
	return w, ok
}

// put keeps words as the dictionary of raw (a string the words are cut
// from: no copy), unless raw alone exceeds the cache.
func (c *dictCache) put(raw string, words []string) {
	if len(raw) > c.max/16 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.words == nil || c.bytes+len(raw) > c.max {
		c.words, c.bytes = map[string][]string{}, 0
	}
	if _, ok := c.words[raw]; !ok {
		c.words[raw] = words
		c.bytes += len(raw)
	}
}
