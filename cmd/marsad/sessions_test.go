package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// chat posts one message of a session to a server and returns its turn.
func chat(t *testing.T, base, session, msg string) assistant.Turn {
	t.Helper()
	body, _ := json.Marshal(assistant.Request{Message: msg, SessionID: session})
	res, err := http.Post(base+"/api/chat", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var turn assistant.Turn
	if err := json.NewDecoder(res.Body).Decode(&turn); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("POST /api/chat %q: status %d, %v", msg, res.StatusCode, err)
	}
	return turn
}

func seriesArgs(t *testing.T, turn assistant.Turn) tools.SeriesArgs {
	t.Helper()
	var args tools.SeriesArgs
	if len(turn.ToolCalls) != 1 || json.Unmarshal(turn.ToolCalls[0].Arguments, &args) != nil {
		t.Fatalf("turn for %q calls %+v, want one indicator call", turn.Question, turn.ToolCalls)
	}
	return args
}

// With MARSAD_DATABASE_URL, conversations live in PostgreSQL: two
// servers on one database (each with its own data folder, as replicas
// behind a load balancer) answer the messages of one session in turn, each
// follow-up completed from the turns the other server answered. They
// share a Qdrant: replicas with embedded vectors are refused together.
func TestServersOnOneDatabaseShareConversations(t *testing.T) {
	dsn, qdrant := pgtest.NewSchema(t), startQdrant(t)
	serverA := startServerEnv(t, env(t, "MARSAD_DATABASE_URL", dsn, "MARSAD_QDRANT_URL", qdrant))
	serverB := startServerEnv(t, env(t, "MARSAD_DATABASE_URL", dsn, "MARSAD_QDRANT_URL", qdrant))
	session := assistant.NewSessionID()

	first := chat(t, serverA, session, "Taux de chômage des femmes en 2024")
	if !strings.Contains(first.Answer, "19,4") || first.SessionID != session {
		t.Fatalf("A's first answer (session %s): %q", first.SessionID, first.Answer)
	}
	second := chat(t, serverB, session, "et les hommes ?")
	if args := seriesArgs(t, second); args.Indicator != "unemployment_rate" || args.Sex != "male" {
		t.Fatalf("B's follow-up: args %+v, want men's unemployment from A's turn", args)
	}
	third := chat(t, serverA, session, "et à Tanger ?")
	if args := seriesArgs(t, third); args.Indicator != "unemployment_rate" || args.Geo != "MA-01" || args.Sex != "male" {
		t.Errorf("A's second follow-up: args %+v, want men's unemployment in MA-01 from B's turn", args)
	}

	// the same follow-up in a new session has nothing to complete it from
	if alone := chat(t, serverB, assistant.NewSessionID(), "et les hommes ?"); len(alone.ToolCalls) != 0 {
		t.Errorf("a follow-up without history calls %+v", alone.ToolCalls)
	}
	if n := pgtest.QueryInt(t, dsn, "SELECT count(*) FROM chat_turns WHERE session_id = $1", session); n != 3 {
		t.Errorf("chat_turns holds %d turns of the session, want 3", n)
	}
}
