package assistant

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
)

// Sessions stores the turns of conversations. Implementations are safe for
// concurrent use, keep at least the last TurnsKept turns of each session,
// and give back turns equal as JSON to those appended (a store that
// serialises turns gives each tool result's Data back as decoded JSON,
// maps, slices and float64s, rather than as the tool's Go type).
// assistant/sessionstest checks these rules on an implementation.
type Sessions interface {
	// Load returns the last n turns of session id, oldest first: fewer
	// when the session holds fewer, none (and no error) for an unknown
	// session or n <= 0.
	Load(ctx context.Context, id string, n int) ([]Turn, error)
	// Append adds a turn to session id, creating it if needed. Turns
	// appended concurrently to one session are all kept, each once.
	Append(ctx context.Context, id string, t Turn) error
	// History returns every turn session id still keeps, oldest first,
	// and first, the 0-based index in the session of the first of them:
	// the number of older turns the store no longer keeps. Indices stay
	// the same as turns are appended and dropped, so that a client can
	// name a turn (feedback) by its index. An unknown session gives no
	// turns, first 0 and no error.
	History(ctx context.Context, id string) (first int, turns []Turn, err error)
}

// TurnsKept is how many of its last turns a session keeps at least; the
// Assistant gives a planner fewer.
const TurnsKept = 20

// NewSessionID returns a random session id.
func NewSessionID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand never fails on supported platforms
	return hex.EncodeToString(b[:])
}

// sessionIDRule says, in an error, what ValidSessionID accepts.
var sessionIDRule = fmt.Sprintf("want 1 to %d characters, each a letter A-Z a-z, a digit or one of - _ . : in the id", MaxSessionIDLen)

// MaxSessionIDLen is the longest session id ValidSessionID accepts.
const MaxSessionIDLen = 128

// ValidSessionID reports whether id may name a session: 1 to
// MaxSessionIDLen characters, each an ASCII letter or digit, '-', '_',
// '.' or ':'. That takes NewSessionID's ids, UUIDs and the ids clients
// usually make ("chatcmpl-…", "user:42"), and keeps out what a store or a
// log line could choke on: NUL and control characters, spaces, quotes,
// slashes, and ids too long to index.
func ValidSessionID(id string) bool {
	if len(id) == 0 || len(id) > MaxSessionIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		if !sessionIDByte(id[i]) {
			return false
		}
	}
	return true
}

func sessionIDByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return c == '-' || c == '_' || c == '.' || c == ':'
}
