package chatbench

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestKindOf(t *testing.T) {
	for _, tc := range []struct {
		frame string
		want  frameKind
	}{
		{`{"type":"done","turn":{"answer":"12,8 %"}}`, frameDone},
		{`{"type":"error","message":"trop de requêtes"}`, frameError},
		{`{"type":"token","text":"done"}`, frameOther},
		{`{"type":"tool_result","call":{"name":"error"}}`, frameOther},
		{`{"type":"doneish"}`, frameOther},
		// Not in Marsad's shape: decoded whole.
		{`{"turn":{},"type":"done"}`, frameDone},
		{` {"type":"error"}`, frameError},
		{`{"type":"d\u006fne"}`, frameDone},
		{`{"type":"done`, frameOther},
		{`not json`, frameOther},
		{``, frameOther},
	} {
		if got := kindOf([]byte(tc.frame)); got != tc.want {
			t.Errorf("kindOf(%s) = %d, want %d", tc.frame, got, tc.want)
		}
	}
}

// FuzzKindOf checks that reading the type at the head of a frame agrees
// with decoding the frame whole, for every valid JSON frame.
func FuzzKindOf(f *testing.F) {
	for _, s := range []string{`{"type":"done","turn":{}}`, `{"type":"error","message":"x"}`,
		`{"type":"token","text":"\"done\""}`, `{"type":"er\"ror"}`, `{"type":"done","type":"token"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, frame string) {
		var ev struct {
			Type string `json:"type"`
		}
		if json.Unmarshal([]byte(frame), &ev) != nil {
			return // the head is trusted only on frames as Marsad writes them
		}
		if bytes.Count([]byte(frame), []byte(`"type"`)) > 1 {
			return // a repeated key: encoding/json keeps the last, the head the first
		}
		if got, want := kindOf([]byte(frame)), kindNamed(ev.Type); got != want {
			t.Errorf("kindOf(%s) = %d, decoded type %q is %d", frame, got, ev.Type, want)
		}
	})
}

// A request frame is what WriteJSON would send for the question.
func TestRequestFrameIsWriteJSON(t *testing.T) {
	for _, q := range append(Questions[:len(Questions):len(Questions)], `un "autre" <question>`) {
		var want bytes.Buffer
		if err := json.NewEncoder(&want).Encode(request{Message: q}); err != nil {
			t.Fatal(err)
		}
		got, err := requestFrame(q)
		if err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("requestFrame(%q) = %q, %v; want %q", q, got, err, want.Bytes())
		}
	}
}
