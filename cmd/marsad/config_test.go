package main

import (
	"flag"
	"strings"
	"testing"
	"time"
)

// configFrom parses the configuration of serve with args.
func configFrom(t *testing.T, getenv func(string) string, args ...string) config {
	t.Helper()
	cfg, _, err := parseConfig(flag.NewFlagSet("serve", flag.ContinueOnError), args, getenv)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestSessionAndTurnSettings(t *testing.T) {
	cfg := configFrom(t, env(t))
	limits, err := cfg.sessionLimits()
	if err != nil || limits.Bytes != 64<<20 || limits.Idle != 2*time.Hour {
		t.Errorf("default session limits = %+v (err %v), want 64 MiB and 2h", limits, err)
	}
	if d, err := cfg.turnTimeout(); err != nil || d != 30*time.Second {
		t.Errorf("default turn timeout = %v (err %v), want 30s", d, err)
	}
	cfg = configFrom(t, env(t, "MARSAD_SESSION_MEMORY", "512 KiB", "MARSAD_SESSION_IDLE", "45m", "MARSAD_TURN_TIMEOUT", "2m"),
		"--session-memory", "1GiB")
	limits, err = cfg.sessionLimits()
	if err != nil || limits.Bytes != 1<<30 || limits.Idle != 45*time.Minute {
		t.Errorf("session limits = %+v (err %v), want 1 GiB and 45m", limits, err)
	}
	if d, _ := cfg.turnTimeout(); d != 2*time.Minute {
		t.Errorf("turn timeout = %v, want 2m", d)
	}
}

func TestBadSessionAndTurnSettingsAreRefused(t *testing.T) {
	for _, c := range [][2]string{
		{"MARSAD_SESSION_MEMORY", "64M"}, {"MARSAD_SESSION_MEMORY", "lots"}, {"MARSAD_SESSION_MEMORY", "512KiB"},
		{"MARSAD_SESSION_MEMORY", "-1GiB"}, {"MARSAD_SESSION_MEMORY", "99999999999GiB"},
		{"MARSAD_SESSION_IDLE", "2"}, {"MARSAD_SESSION_IDLE", "-1h"},
		{"MARSAD_TURN_TIMEOUT", "0s"}, {"MARSAD_TURN_TIMEOUT", "soon"},
	} {
		err := configFrom(t, env(t, c[0], c[1])).check()
		if err == nil || !strings.Contains(err.Error(), c[0]+"=") || !strings.Contains(err.Error(), "want") {
			t.Errorf("%s=%s: err = %v, want one naming the variable and what it takes", c[0], c[1], err)
		}
	}
}

func TestParseBytes(t *testing.T) {
	for in, want := range map[string]int64{"64MiB": 64 << 20, "512 KiB": 512 << 10, "1GiB": 1 << 30, "1048576": 1 << 20, "10B": 10} {
		if got, err := parseBytes(in); err != nil || got != want {
			t.Errorf("parseBytes(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}

// MARSAD_LLM_CONTEXT is a window of at least 2048 tokens; anything else
// is refused at start, naming the variable.
func TestLLMContextIsChecked(t *testing.T) {
	for _, v := range []string{"lots", "512", "-1"} {
		err := configFrom(t, env(t, "MARSAD_LLM_CONTEXT", v)).check()
		if err == nil || !strings.Contains(err.Error(), "MARSAD_LLM_CONTEXT=") {
			t.Errorf("MARSAD_LLM_CONTEXT=%s: err = %v, want one naming the variable", v, err)
		}
	}
	if err := configFrom(t, env(t, "MARSAD_LLM_CONTEXT", "8192")).check(); err != nil {
		t.Errorf("MARSAD_LLM_CONTEXT=8192: %v", err)
	}
}
