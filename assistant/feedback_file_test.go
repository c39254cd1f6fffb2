package assistant_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/feedbacktest"
)

func mustOpenFeedback(t *testing.T, path string) *assistant.FileFeedback {
	t.Helper()
	s, err := assistant.OpenFileFeedback(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestFileFeedback(t *testing.T) {
	t.Run("file", func(t *testing.T) {
		feedbacktest.TestFeedback(t, func(t *testing.T) assistant.FeedbackStore {
			return mustOpenFeedback(t, filepath.Join(t.TempDir(), "feedback.jsonl"))
		})
	})
	t.Run("memory", func(t *testing.T) {
		feedbacktest.TestFeedback(t, func(t *testing.T) assistant.FeedbackStore { return mustOpenFeedback(t, "") })
	})
}

func TestFileFeedbackReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.jsonl")
	s := mustOpenFeedback(t, path)
	now := time.Now().UTC()
	f1 := assistant.Feedback{SessionID: "s", Turn: 0, Rating: "up", Time: now}
	f2 := assistant.Feedback{SessionID: "s", Turn: 0, Rating: "down", Comment: "non", Time: now}
	feedbacktest.MustPut(t, s, f1, f2)
	s.Close()
	got := feedbacktest.MustList(t, mustOpenFeedback(t, path), "s")
	if len(got) != 1 || got[0].Rating != "down" || got[0].Comment != "non" {
		t.Errorf("after reopening: %+v, want the later rating only", got)
	}
}

func TestFileFeedbackTornLastLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.jsonl")
	good := `{"session_id":"s","turn":0,"rating":"up","time":"2026-12-06T17:00:00Z"}` + "\n"
	if err := os.WriteFile(path, []byte(good+`{"session_id":"s","turn":1,"rat`), 0o600); err != nil {
		t.Fatal(err)
	}
	s := mustOpenFeedback(t, path)
	feedbacktest.MustPut(t, s, assistant.Feedback{SessionID: "s", Turn: 2, Rating: "down", Time: time.Now().UTC()})
	s.Close()
	got := feedbacktest.MustList(t, mustOpenFeedback(t, path), "s")
	if len(got) != 2 || got[0].Turn != 0 || got[1].Turn != 2 {
		t.Errorf("after a torn line and a put: %+v, want turns 0 and 2", got)
	}
}

func TestFileFeedbackRefusesADamagedLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.jsonl")
	if err := os.WriteFile(path, []byte("not json\n{}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := assistant.OpenFileFeedback(path)
	if err == nil || !strings.Contains(err.Error(), "feedback.jsonl:1") {
		t.Errorf("OpenFileFeedback of a damaged file: %v, want an error naming its line 1", err)
	}
}

func TestFeedbackCheckNamesTheField(t *testing.T) {
	ok := assistant.Feedback{SessionID: "abc", Turn: 0, Rating: "up", Comment: "bien\nmerci"}
	if err := ok.Check(); err != nil {
		t.Fatalf("Check of a good feedback: %v", err)
	}
	bad := map[string]assistant.Feedback{
		"session_id": {SessionID: "a b", Rating: "up"},
		"turn":       {SessionID: "abc", Turn: -1, Rating: "up"},
		"rating":     {SessionID: "abc", Rating: "meh"},
		"comment":    {SessionID: "abc", Rating: "up", Comment: strings.Repeat("é", assistant.MaxCommentRunes+1)},
	}
	bad["comment\x00"] = assistant.Feedback{SessionID: "abc", Rating: "down", Comment: "a\x00b"}
	for field, f := range bad {
		err := f.Check()
		fe, isField := err.(*assistant.FieldError)
		if !isField || fe.Field != strings.TrimSuffix(field, "\x00") {
			t.Errorf("Check(%+v) = %v, want an error on %s", f, err, field)
		}
	}
}
