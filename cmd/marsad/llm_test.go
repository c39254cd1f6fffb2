package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/langchain/chattest"
)

func askJSON(t *testing.T, getenv func(string) string, question string) assistant.Turn {
	t.Helper()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"ask", "--json", question}, getenv, strings.NewReader(""), &out, io.Discard); err != nil {
		t.Fatalf("ask: %v", err)
	}
	var turn assistant.Turn
	if err := json.Unmarshal(out.Bytes(), &turn); err != nil {
		t.Fatalf("ask --json printed %q: %v", out.String(), err)
	}
	return turn
}

func TestAskWithOpenAIProvider(t *testing.T) {
	srv := chattest.NewServer(t,
		chattest.CallTool("indicator_series", `{"indicator":"unemployment_rate","sex":"female","from":"2024","to":"2024"}`),
		chattest.Say("Selon le HCP (statistique officielle), le taux de chômage des femmes était de 19,4 % en 2024."))
	turn := askJSON(t, env(t, "MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", srv.URL+"/v1", "MARSAD_LLM_MODEL", "scripted"),
		"Quel était le taux de chômage des femmes en 2024 ?")
	if !strings.HasPrefix(turn.Answer, "Selon le HCP (statistique officielle)") {
		t.Errorf("answer = %q, want the model's", turn.Answer)
	}
	if len(turn.ToolCalls) != 1 || turn.ToolCalls[0].Name != "indicator_series" || len(turn.Citations) == 0 || turn.Lang != "fr" {
		t.Errorf("turn = %+v, want one indicator_series call with citations, in French", turn)
	}
}

func TestAskFallsBackWhenTheModelInventsAFigure(t *testing.T) {
	srv := chattest.NewServer(t, chattest.Say("Le taux de chômage des femmes était de 22 % en 2024."))
	turn := askJSON(t, env(t, "MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", srv.URL+"/v1", "MARSAD_LLM_MODEL", "scripted"),
		"Quel était le taux de chômage des femmes en 2024 ?")
	if strings.Contains(turn.Answer, "22") || !strings.Contains(turn.Answer, "19,4") {
		t.Errorf("answer = %q, want the offline planner's 19,4 and not the invented 22", turn.Answer)
	}
}

func TestLLMProviderIsChecked(t *testing.T) {
	cases := []struct {
		env  []string
		want string
	}{
		{[]string{"MARSAD_LLM_PROVIDER", "mistral"}, "want openai, ollama"},
		{[]string{"MARSAD_LLM_PROVIDER", "ollama", "MARSAD_LLM_MODEL", "qwen2.5"}, "MARSAD_LLM_BASE_URL"},
		{[]string{"MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", "http://127.0.0.1:1/v1"}, "MARSAD_LLM_MODEL"},
	}
	for _, c := range cases {
		err := run(context.Background(), []string{"ask", "chomage"}, env(t, c.env...), strings.NewReader(""), io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: err = %v, want it to mention %q", c.env, err, c.want)
		}
	}
}
