package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/marsad/marsad/web/chatbench"
)

// `marsad bench chat --json` loads a running server's websocket in the
// five languages and ends with its report, beside the ceiling's.
func TestBenchChatMeasuresAServerAndItsCeiling(t *testing.T) {
	// one address asks for every session, faster than anyone types
	noLimits := env(t, "MARSAD_TURNS_PER_IP", "0", "MARSAD_TURNS_PER_SESSION", "0", "MARSAD_WEBSOCKETS_PER_IP", "0")
	addr := strings.TrimPrefix(startServerEnv(t, noLimits), "http://")
	var out bytes.Buffer
	err := run(context.Background(), []string{"bench", "chat", "--addr", addr, "--sessions", "3", "--questions", "4", "--json"},
		env(t), strings.NewReader(""), &out, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var r chatbench.Report
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &r); err != nil {
		t.Fatalf("last line %q: %v", lines[len(lines)-1], err)
	}
	if r.Sessions != 3 || r.Answers != 12 || r.Errors != 0 || r.P99 <= 0 || r.CeilingP99 <= 0 || r.CeilingError != 0 {
		t.Fatalf("report %+v: want 3 sessions, 12 answers, no error, latencies on both sides", r)
	}
}

func TestBenchNamesWhatItNeeds(t *testing.T) {
	for _, args := range [][]string{{"bench"}, {"bench", "chat", "--sessions", "0"}, {"bench", "chat", "extra"}} {
		err := run(context.Background(), args, env(t), strings.NewReader(""), io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), "bench") {
			t.Errorf("%v: err = %v, want a bench error", args, err)
		}
	}
}
