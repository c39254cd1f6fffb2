package offline

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// jsonSessions keeps turns as a store that serialises them does
// (assistant/postgres): each appended turn is read back from its JSON, so
// that tool results' Data come back as maps, slices and float64s.
type jsonSessions struct{ assistant.Sessions }

func (s jsonSessions) Append(ctx context.Context, id string, t assistant.Turn) error {
	raw, err := json.Marshal(t)
	if err != nil {
		return err
	}
	var back assistant.Turn
	if err := json.Unmarshal(raw, &back); err != nil {
		return err
	}
	return s.Sessions.Append(ctx, id, back)
}

// TestConversations scores assistant/testdata/conversations.jsonl with
// marsad eval's scorer, over the seed corpus, each conversation in one
// session whose turns go through JSON, and reports per language how many
// conversations are right to their last turn. It fails on any wrong
// turn.
func TestConversations(t *testing.T) {
	f, err := os.Open("../testdata/conversations.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := assistant.ReadCases(f, "conversations.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	a := assistant.New(seededPlanner(t), assistant.WithSessions(jsonSessions{assistant.NewMemorySessions(assistant.MemoryLimits{})}))
	report, err := assistant.Evaluate(context.Background(), a.Chat, cases)
	if err != nil {
		t.Fatal(err)
	}
	wrong := map[string]bool{}
	for _, fl := range report.Failures {
		id, _, _ := strings.Cut(fl.ID, "#")
		wrong[id] = true
		t.Errorf("%s: %s: want %s, got %s\n%s", fl.ID, fl.Check, fl.Want, fl.Got, fl.Answer)
	}
	right, total := map[string]int{}, map[string]int{}
	for _, c := range cases {
		l := c.Turns[0].Expect.Lang
		total[l]++
		if !wrong[c.ID] {
			right[l]++
		}
	}
	for _, l := range []string{"fr", "ar", "ary", "ary-Latn", "en"} {
		t.Logf("%-8s %d/%d conversations right to the last turn", l, right[l], total[l])
	}
}
