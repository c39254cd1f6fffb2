package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
)

// blocker is a planner that answers only when its context ends.
type blocker struct{}

func (blocker) Run(ctx context.Context, _ []assistant.Turn, _ lang.Reading, _ assistant.Emit) (assistant.Turn, error) {
	<-ctx.Done()
	return assistant.Turn{}, ctx.Err()
}

// A turn past its deadline is a gateway timeout with a message for the
// user, not an internal error.
func TestChatPastTheTurnTimeoutIsAGatewayTimeout(t *testing.T) {
	ts := newTestServer(t, Config{}, assistant.New(blocker{}, assistant.WithTurnTimeout(50*time.Millisecond)))
	resp, body := mustPost(t, ts.URL+"/api/chat", "application/json", []byte(`{"message":"chomage 2024"}`), nil)
	if resp.StatusCode != http.StatusGatewayTimeout || !strings.Contains(string(body), "turn_timeout") {
		t.Fatalf("status %d %s, want 504 turn_timeout", resp.StatusCode, body)
	}
	if !strings.Contains(string(body), "trop de temps") {
		t.Errorf("body %s does not tell the user the answer took too long", body)
	}
}
