package ingest

import "fmt"

// StoppedError is the error of a job-ad input whose ingestion stopped
// midway: the store failed (a full disk, a database gone), the input
// could not be read on, or the context ended. The new ads stored before
// the stop are kept (the store made them durable); the records since the
// last checkpoint are read again by a re-run, their stored ads then
// counted as duplicates, so that no ad is lost or counted twice.
type StoppedError struct {
	Name string // the input
	// Stored is the number of new ads of the input this run stored.
	Stored int
	// Resume is the number of records of the input a re-run skips (those
	// before the last checkpoint, of this run or an earlier one); -1 when
	// the input was read from a stream, which a re-run reads whole.
	Resume int
	Err    error
}

func (e *StoppedError) Error() string {
	rerun := fmt.Sprintf("a re-run resumes after record %d", e.Resume)
	if e.Resume < 0 {
		rerun = "a re-run reads the input again"
	}
	return fmt.Sprintf("%s: stopped after storing %d new ads, which are kept (%s and counts those stored since as duplicates): %v",
		e.Name, e.Stored, rerun, e.Err)
}

// Unwrap returns the cause: the store's error, the reader's, the context's.
func (e *StoppedError) Unwrap() error { return e.Err }
