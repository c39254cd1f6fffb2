package ingest

import (
	"io"
	"sync/atomic"
)

// Progress is where the ingestion of one input stands: records read so
// far, and bytes read of the input's total size (Total 0 when the size is
// unknown, as for an upload). Options.Progress receives one after each
// batch of records is sorted, from the pipeline's single committing
// goroutine.
type Progress struct {
	File    string `json:"file"`
	Records int    `json:"records"`
	Bytes   int64  `json:"bytes"`
	Total   int64  `json:"total,omitempty"`
	// Duplicates and Quarantined count the records read so far that were
	// found duplicates or quarantined while sorting; the store may find
	// more duplicates, which the final Summary counts.
	Duplicates  int `json:"duplicates"`
	Quarantined int `json:"quarantined"`
}

// countingReader counts the bytes read through it; the committing
// goroutine reads the count while the reading goroutine adds to it.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// report sends the committer's progress to Options.Progress, if any.
func (c *committer) report() {
	f := c.p.opts.Progress
	if f == nil {
		return
	}
	pr := Progress{File: c.j.name, Records: c.j.skip + c.sum.Read, Total: c.j.size,
		Duplicates: c.sum.Duplicates, Quarantined: c.sum.Quarantined}
	if c.j.counted != nil {
		pr.Bytes = c.j.counted.n.Load()
	}
	f(pr)
}
