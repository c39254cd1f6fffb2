package offline

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// streamText's tokens give back the answer, each ending a line or, on a
// long line, after a space once tokenBytes are gathered.
func TestStreamTextCutsLinesAndLongLinesAtSpaces(t *testing.T) {
	text := "Métiers les plus demandés dans la région Casablanca-Settat (Casablanca) :\n\n" +
		"1. Opérateur de production / Ouvrier d'usine : 7 offres (5 % des offres)\n" +
		"2. مطور برمجيات : 6 عروض\nNature : statistique officielle."
	var tokens []string
	if err := streamText(text, func(ev assistant.Event) error {
		if ev.Type != assistant.EventToken || ev.Text == "" {
			t.Fatalf("event %+v, want a token with text", ev)
		}
		tokens = append(tokens, ev.Text)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(tokens, ""); got != text {
		t.Fatalf("tokens join to %q, want %q", got, text)
	}
	for i, tok := range tokens {
		if nl := strings.IndexByte(tok, '\n'); nl >= 0 && nl != len(tok)-1 {
			t.Errorf("token %d %q holds a line's end before its own", i, tok)
		}
		if i == len(tokens)-1 || strings.HasSuffix(tok, "\n") {
			continue
		}
		if !strings.HasSuffix(tok, " ") || len(tok) < tokenBytes {
			t.Errorf("token %d %q: cut inside a line, it must end after a space and hold %d bytes or more", i, tok, tokenBytes)
		}
	}
	if words := len(strings.Fields(text)); len(tokens) >= words/2 {
		t.Errorf("%d tokens for %d words: streamed a word at a time", len(tokens), words)
	}
}
