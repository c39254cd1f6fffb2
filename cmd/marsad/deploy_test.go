package main

import (
	"os"
	"regexp"
	"testing"
)

// The compose file of deploy/ can only be run where images can be pulled;
// what can be checked here is that it sets only variables marsad reads,
// and the ones a production run needs.
func TestComposeFileUsesRealSettings(t *testing.T) {
	b, err := os.ReadFile("../../deploy/docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, s := range settings {
		known[envName(s.name)] = true
	}
	set := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^\s+(MARSAD_[A-Z_]+):`).FindAllStringSubmatch(string(b), -1) {
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
