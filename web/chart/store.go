package chart

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// URLPrefix starts every chart's address; the web server serves
// GET URLPrefix+name from the Store.
const URLPrefix = "/charts/"

// Errors of Store.Read.
var (
	// ErrBadName is returned for a name that is not "<64 hex digits>.svg".
	ErrBadName = errors.New("chart name is not <sha256 hex>.svg")
	// ErrNotFound is returned for a well-formed name that no chart has.
	ErrNotFound = errors.New("no such chart")
)

// Store keeps chart pictures in a folder, each named by the SHA-256 of
// its bytes: the same picture is stored once, and a name always gives the
// same bytes, so it may be cached forever.
type Store struct {
	dir string
}

// OpenStore returns a Store in dir, creating the folder if needed.
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("chart store: %w", err)
	}
	return &Store{dir: dir}, nil
}

// Put stores svg under its content's name unless a file has it already,
// and returns its address (URLPrefix + name). It writes a temporary file
// and renames it, so a reader never sees half a picture.
func (s *Store) Put(svg []byte) (string, error) {
	sum := sha256.Sum256(svg)
	name := hex.EncodeToString(sum[:]) + ".svg"
	path := filepath.Join(s.dir, name)
	if _, err := os.Stat(path); err == nil {
		return URLPrefix + name, nil
	}
	tmp, err := os.CreateTemp(s.dir, ".chart-*.tmp")
	if err != nil {
		return "", fmt.Errorf("chart store: %w", err)
	}
	_, werr := tmp.Write(svg)
	perr := tmp.Chmod(0o644) // CreateTemp makes it private; a picture is public
	cerr := tmp.Close()
	if err := errors.Join(werr, perr, cerr); err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("chart store: write %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("chart store: %w", err)
	}
	return URLPrefix + name, nil
}

// Read returns the picture named name ("<sha256 hex>.svg"): ErrBadName
// for any other name (so no name reaches outside the folder), ErrNotFound
// when no such picture is stored.
func (s *Store) Read(name string) ([]byte, error) {
	if !ValidName(name) {
		return nil, ErrBadName
	}
	b, err := os.ReadFile(filepath.Join(s.dir, name))
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("chart store: %w", err)
	}
	return b, nil
}

// ValidName reports whether name is 64 lower-case hex digits and ".svg".
func ValidName(name string) bool {
	hexPart, ok := strings.CutSuffix(name, ".svg")
	if !ok || len(hexPart) != sha256.Size*2 {
		return false
	}
	for i := 0; i < len(hexPart); i++ {
		c := hexPart[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
