package ingest

import "context"

// Checkpoint is how far the ingestion of one input content went.
type Checkpoint struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Records counts the records read and committed (stored or
	// quarantined); Done is set when the input was read to its end.
	Records int     `json:"records"`
	Done    bool    `json:"done"`
	Summary Summary `json:"summary"`
}

// Ledger keeps what ingestion remembers between runs, for replicas that
// share it (ingest/postgres.Ledger): each input's checkpoint, by the
// SHA-256 of its content, and the quarantined records. Without one
// (Options.Ledger nil) they are files of Options.DataDir. Implementations
// are safe for concurrent use; a method that returns without error has
// made what it wrote durable.
type Ledger interface {
	// Checkpoint returns the checkpoint of the content hash, and false
	// when none was saved.
	Checkpoint(ctx context.Context, hash string) (Checkpoint, bool, error)
	// SaveCheckpoint replaces the checkpoint of hash.
	SaveCheckpoint(ctx context.Context, hash string, c Checkpoint) error
	// Quarantine appends entries, each with its At set.
	Quarantine(ctx context.Context, entries []QuarantineEntry) error
	// Where names the quarantine for Summary.Quarantine
	// ("postgres:ingest_quarantine").
	Where() string
}
