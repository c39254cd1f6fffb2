package main

import (
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/marsad/marsad/assistant/langchain/chattest"
	"github.com/marsad/marsad/retrieval/qdrant"
)

// compose is the part of deploy/docker-compose.yml the tests read.
type compose struct {
	Services map[string]struct {
		Image       string            `yaml:"image"`
		Environment map[string]string `yaml:"environment"`
		Healthcheck *struct {
			Test []string `yaml:"test"`
		} `yaml:"healthcheck"`
		StopGracePeriod string `yaml:"stop_grace_period"`
	} `yaml:"services"`
}

func readCompose(t *testing.T) (compose, string) {
	t.Helper()
	b, err := os.ReadFile("../../deploy/docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c compose
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatalf("deploy/docker-compose.yml: %v", err)
	}
	return c, string(b)
}

// The compose file of deploy/ can only be run where images can be pulled;
// what can be checked here is that it sets only variables marsad reads,
// and the ones a production run needs.
func TestComposeFileUsesRealSettings(t *testing.T) {
	_, text := readCompose(t)
	known := map[string]bool{}
	for _, s := range settings {
		known[envName(s.name)] = true
	}
	set := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^\s+(MARSAD_[A-Z_]+):`).FindAllStringSubmatch(text, -1) {
		if !known[m[1]] {
			t.Errorf("deploy/docker-compose.yml sets %s, which marsad does not read", m[1])
		}
		set[m[1]] = true
	}
	for _, need := range []string{"MARSAD_DATABASE_URL", "MARSAD_QDRANT_URL", "MARSAD_LLM_PROVIDER", "MARSAD_LLM_BASE_URL",
		"MARSAD_LLM_MODEL", "MARSAD_EMBEDDER", "MARSAD_EMBED_MODEL", "MARSAD_ADMIN_TOKEN"} {
		if !set[need] {
			t.Errorf("deploy/docker-compose.yml does not set %s", need)
		}
	}
}

// Every service has a health check (marsad waits on them), marsad gets
// more time to stop than its own graceful shutdown takes, and the Qdrant
// image is one the store accepts.
func TestComposeServicesAreCheckedAndStopGracefully(t *testing.T) {
	c, _ := readCompose(t)
	for name, s := range c.Services {
		if s.Healthcheck == nil || len(s.Healthcheck.Test) == 0 {
			t.Errorf("service %s has no health check", name)
		}
	}
	// web's shutdown lets turns finish and closes websockets within 15 s.
	if d, err := time.ParseDuration(c.Services["marsad"].StopGracePeriod); err != nil || d <= 15*time.Second {
		t.Errorf("marsad stop_grace_period %q, want more than web's 15 s shutdown", c.Services["marsad"].StopGracePeriod)
	}
	tag := c.Services["qdrant"].Image[strings.LastIndex(c.Services["qdrant"].Image, ":")+1:]
	if err := qdrant.CheckVersion(tag); err != nil {
		t.Errorf("qdrant image %s: %v", c.Services["qdrant"].Image, err)
	}
}

// Ollama truncates a prompt longer than its context silently: the context
// set must hold marsad's first request twice over (a turn with tool
// results grows), measured here on the request the LLM planner sends.
func TestOllamaContextHoldsMarsadsRequests(t *testing.T) {
	srv := chattest.NewServer(t, chattest.Say("D'après le HCP, voici ce que je sais."))
	askJSON(t, env(t, "MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", srv.URL+"/v1", "MARSAD_LLM_MODEL", "scripted"),
		"Quel était le taux de chômage des femmes en 2024 ?")
	body, err := json.Marshal(srv.Request(0))
	if err != nil {
		t.Fatal(err)
	}
	first := countTokens(string(body))
	c, _ := readCompose(t)
	ctxLen, err := strconv.Atoi(c.Services["ollama"].Environment["OLLAMA_CONTEXT_LENGTH"])
	if err != nil || ctxLen < 2*first {
		t.Errorf("OLLAMA_CONTEXT_LENGTH = %q, want at least twice the first request's %d tokens", c.Services["ollama"].Environment["OLLAMA_CONTEXT_LENGTH"], first)
	}
	if got := c.Services["marsad"].Environment["MARSAD_LLM_CONTEXT"]; got != strconv.Itoa(ctxLen) {
		t.Errorf("marsad's MARSAD_LLM_CONTEXT = %q, want Ollama's context %d: marsad fits its prompts to it", got, ctxLen)
	}
	t.Logf("first request to the model: %d tokens", first)
}
