package main

import (
	"testing"

	"github.com/marsad/marsad/retrieval/qdrant/qdranttest"
)

// A Qdrant that refuses mid-run (every call Unavailable, as one restarting
// or overloaded does): /readyz names it, the questions on official figures,
// which no search serves, still get their figures, and a question for the
// documents gets an answer or an error in its language; once Qdrant
// answers again, so do the documents.
func TestServeWithAQdrantThatRefuses(t *testing.T) {
	q, err := qdranttest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	base := startServerEnv(t, env(t, "MARSAD_QDRANT_URL", q.Addr(), "MARSAD_TURN_TIMEOUT", faultTurnTimeout.String()))
	const note = "Que dit la note sur le chômage des jeunes ?"
	if r := postChat(t, base, note); r.err != "" {
		t.Fatalf("before the fault: %+v", r)
	}
	q.Refuse(true)
	readyUntil(t, base, "qdrant")
	wantHealthy(t, base)
	conn := dialWS(t, base)
	for _, question := range faultQuestions {
		for how, r := range map[string]reply{"POST /api/chat": postChat(t, base, question), "websocket": askWS(t, conn, question)} {
			wantFigure(t, how+" with Qdrant refusing", r)
			wantInLanguage(t, how+" with Qdrant refusing", question, r)
		}
	}
	r := postChat(t, base, note)
	t.Logf("note during the fault: %+v", r)
	wantInLanguage(t, "a question for the documents with Qdrant refusing", note, r)
	q.Refuse(false)
	readyUntil(t, base)
	if r := postChat(t, base, note); r.err != "" {
		t.Errorf("after the fault: %+v", r)
	}
}
