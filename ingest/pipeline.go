package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

// MemoryLimit is the soft limit of the Go heap marsad runs under unless
// GOMEMLIMIT says otherwise (cmd/marsad sets it; the ingestion benchmarks
// run under it too). Without it the collector lets the heap grow to twice
// what is live before collecting: 1M ads ingested into the embedded store
// peaked at 1,086 MiB resident; under it, 809 MiB, at the same speed. A
// store far past 1M ads in the embedded stores needs a larger GOMEMLIMIT.
const MemoryLimit = 800 << 20

// Indexer adds documents to the retrieval index (retrieval.Index.Add):
// it replaces documents with the same ID.
type Indexer func(ctx context.Context, docs []retrieval.Document) error

// Options configure a Pipeline. The zero value works: no files kept, run
// time as reference date, one worker per CPU.
type Options struct {
	// DataDir holds the quarantine (QuarantineFile) and the ingestion
	// state (StateFile); "" keeps neither (quarantined records are only
	// counted, and every input is read whole every time).
	DataDir string
	// Ledger, when set, keeps the state and the quarantine instead of
	// DataDir, for replicas that share them (PostgreSQL).
	Ledger Ledger
	// Now is the clock: the reference date of relative posting dates
	// ("il y a 3 jours") when an input has none of its own; nil is
	// time.Now.
	Now func() time.Time
	// Workers normalise records in parallel (default GOMAXPROCS);
	// BatchSize records go to a worker and to the store at a time
	// (default 512).
	Workers   int
	BatchSize int
	// CheckpointEvery is how many records pass between two checkpoints of
	// an input's progress (default 8192): an interrupted run resumes
	// after the last one.
	CheckpointEvery int
	// MinSimilarity is the near-duplicate threshold (default
	// DefaultMinSimilarity); a negative value turns near-duplicate
	// detection off (identical content is still a duplicate).
	MinSimilarity float64
	// Classify, when not nil, places ads in occupations instead of the
	// thesaurus of retrieval/occupation extended with the store's
	// profiles (a test injects faults with it).
	Classify ClassifyFunc
	// Embedder embeds each new job ad (not the duplicates) from its
	// vectorText into Ad.Vector, quantised by retrieval.QuantizeInt8, so
	// that SearchAds can rank by need; nil leaves ads without vector.
	// Embedding runs on Workers goroutines beside normalisation.
	Embedder retrieval.Embedder
	// Index receives notes and profiles as documents; nil leaves them out
	// of retrieval (IngestNotes then fails with ErrNoIndex).
	Index Indexer
	// Force reads again an input whose content was already ingested
	// whole (its records then count as duplicates).
	Force bool
	// Publisher names the source of profiles and notes that name none.
	Publisher string
	// Progress, when set, is told where each job-ad input stands after
	// every batch (see Progress); it must return quickly.
	Progress func(Progress)
}

// Errors of a pipeline.
var (
	// ErrNoIndex is returned by IngestNotes when no Index was configured.
	ErrNoIndex = errors.New("no document index to store notes in")
	// ErrUnknownKind is returned for an input whose kind cannot be told.
	ErrUnknownKind = errors.New("cannot tell what the input holds")
)

// Store is what ingestion writes to and reads back: the job ads (to add
// them and find near-duplicates) and the occupation profiles (to store
// them and classify ads by them).
type Store interface {
	tools.AdStore
	tools.ProfileStore
}

// Pipeline loads job ads, occupation profiles and notes into a Store and
// the retrieval index. Its methods may be called from several
// goroutines; ingestions run one at a time, and job-ad ingestions into a
// tools.SharedAdStore one at a time across the processes sharing it
// (see holdAds).
type Pipeline struct {
	store Store
	opts  Options
	quar  *quarantine
	state *state

	mu         sync.Mutex // one ingestion at a time; guards what follows
	classifier *Classifier
	dedup      *deduper // nil until the first ads are ingested
	// seen is the position in a tools.SharedAdStore of the last stored ad
	// dedup holds (tools.HeldAds.FingerprintsAfter).
	seen int64
}

// NewPipeline returns a pipeline storing into store, with the options'
// defaults filled in. It reads the store's profiles for classification.
func NewPipeline(ctx context.Context, store Store, opts Options) (*Pipeline, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 512
	}
	if opts.CheckpointEvery <= 0 {
		opts.CheckpointEvery = 8192
	}
	if opts.MinSimilarity == 0 {
		opts.MinSimilarity = DefaultMinSimilarity
	}
	st, err := openState(opts.DataDir, opts.Ledger)
	if err != nil {
		return nil, fmt.Errorf("ingest state: %w", err)
	}
	p := &Pipeline{store: store, opts: opts, quar: newQuarantine(opts.DataDir, opts.Ledger, opts.Now), state: st}
	if err := p.reloadProfiles(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

// Warm builds now what the first ingestion of ads would: the classifier's
// thesaurus, which the tools also resolve a question's occupation with
// (occupation.WithNames keeps one per set of profile names). A server
// calls it once it listens, so that neither waits for it.
func (p *Pipeline) Warm() {
	p.mu.Lock()
	c := p.classifier
	p.mu.Unlock()
	c.Warm()
}

// reloadProfiles rebuilds the classifier with the store's profiles.
func (p *Pipeline) reloadProfiles(ctx context.Context) error {
	ps, err := p.store.Profiles(ctx)
	if err != nil {
		return fmt.Errorf("read profiles: %w", err)
	}
	p.classifier = NewClassifier(ps, p.opts.Classify)
	return nil
}

// IngestFile ingests the file at path as kind ("ads", "profiles",
// "notes"; "" tells it from the content, see Sniff). The file's
// modification time is the reference date of its relative dates. A file
// whose content was ingested whole before is skipped (listed in
// Summary.Skipped) unless Options.Force; one whose ingestion was
// interrupted resumes after its last committed record. Indicator files
// are not this package's pipeline: they go through ReadIndicators.
func (p *Pipeline) IngestFile(ctx context.Context, kind, path string) (Summary, error) {
	return p.IngestFileAs(ctx, kind, path, path)
}

// IngestFileAs is IngestFile recording the input under name in the
// summary, the quarantine and the state: an upload spooled to a temporary
// file keeps the name it was sent with, and is recognised by its content
// like any file.
func (p *Pipeline) IngestFileAs(ctx context.Context, kind, path, name string) (Summary, error) {
	hash, err := fileSHA256(path)
	if err != nil {
		return Summary{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return Summary{}, err
	}
	defer f.Close()
	ref, size := p.opts.Now(), int64(0)
	if fi, err := f.Stat(); err == nil {
		ref, size = fi.ModTime(), fi.Size()
	}
	cr := &countingReader{r: f}
	return p.ingest(ctx, job{kind: kind, name: name, r: cr, hash: hash, ref: ref, size: size, counted: cr})
}

// Ingest reads one input named name (used in the quarantine and the
// state) as kind, "" to tell it from the content. The run time is the
// reference date of relative dates; the input is always read whole.
func (p *Pipeline) Ingest(ctx context.Context, kind, name string, r io.Reader) (Summary, error) {
	return p.ingest(ctx, job{kind: kind, name: name, r: r, ref: p.opts.Now()})
}

// job is one input to ingest; hash is "" when the content is not known
// in advance (then nothing is skipped or resumed).
type job struct {
	kind, name, hash string
	r                io.Reader
	head             []byte // the first bytes of r, for sniffing
	ref              time.Time
	skip             int             // records already committed by an interrupted run
	size             int64           // bytes of the input, 0 when unknown
	counted          *countingReader // counts the bytes read, nil when not counted
	fetched          time.Time       // when the input was fetched from the web (IngestFetched), zero otherwise
}

func (p *Pipeline) ingest(ctx context.Context, j job) (Summary, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	br, head, kind, enc, err := sniffReader(j.r, j.kind)
	if err != nil {
		return Summary{}, fmt.Errorf("%s: %w", j.name, err)
	}
	j.r, j.head, j.kind = br, head, kind
	if skipped, err := p.resume(ctx, &j); err != nil || skipped {
		return Summary{Files: []string{}, Skipped: []string{j.name}}, err
	}
	var sum Summary
	switch kind {
	case KindAds:
		sum, err = p.ingestAds(ctx, j)
	case KindProfiles:
		sum, err = p.ingestProfiles(ctx, j)
	case KindNotes:
		sum, err = p.ingestNotes(ctx, j)
	default:
		return Summary{}, fmt.Errorf("%s: %w: %q is not ads, profiles or notes", j.name, ErrUnknownKind, kind)
	}
	if enc != EncodingUTF8 {
		sum.Encodings = map[string]string{j.name: enc}
	}
	return sum, err
}

// resume reads j's checkpoint: true when j was ingested whole before
// (and is not to be read again), else j.skip is set to the records a run
// already committed.
func (p *Pipeline) resume(ctx context.Context, j *job) (bool, error) {
	if j.hash == "" || p.opts.Force {
		return false, nil
	}
	fs, ok, err := p.state.get(ctx, j.hash)
	if err != nil {
		return false, fmt.Errorf("%s: ingest state: %w", j.name, err)
	}
	if ok && fs.Done {
		return true, nil
	}
	if ok {
		j.skip = fs.Records
	}
	return false, nil
}

// done records that j was read whole with summary s.
func (p *Pipeline) done(ctx context.Context, j job, s Summary) error {
	if j.hash == "" {
		return nil
	}
	return p.state.put(ctx, j.hash, Checkpoint{Name: j.name, Kind: j.kind, Records: j.skip + s.Read, Done: true, Summary: s})
}

// fileSHA256 returns the hex SHA-256 of a file's content.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
