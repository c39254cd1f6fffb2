package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestHelpListsEveryFlagAndExitsZero(t *testing.T) {
	for _, cmd := range []string{"serve", "ask", "ingest", "eval", "collect"} {
		for _, arg := range []string{"--help", "-h"} {
			t.Run(cmd+arg, func(t *testing.T) {
				var out, errOut bytes.Buffer
				getenv := env(t, "MARSAD_ADMIN_TOKEN", "s3cret-token", "MARSAD_LOG_LEVEL", "debug")
				if err := run(context.Background(), []string{cmd, arg}, getenv, strings.NewReader(""), &out, &errOut); err != nil {
					t.Fatalf("marsad %s %s: %v", cmd, arg, err)
				}
				got := out.String()
				if !strings.HasPrefix(got, "usage: marsad "+cmd) {
					t.Errorf("help does not start with the usage line:\n%s", got)
				}
				for _, s := range settings {
					if !strings.Contains(got, "--"+s.name+"\n") || !strings.Contains(got, "["+envName(s.name)+"]") {
						t.Errorf("help lacks --%s with its variable %s", s.name, envName(s.name))
					}
				}
				if !strings.Contains(got, `[MARSAD_LOG_LEVEL] (default "debug")`) {
					t.Errorf("help does not show the value the environment set")
				}
				if strings.Contains(got, "s3cret-token") {
					t.Errorf("help prints the admin token")
				}
			})
		}
	}
}

func TestVersionPrintsTheStampedVersion(t *testing.T) {
	old := version
	version = "1.4.2"
	t.Cleanup(func() { version = old })
	var out bytes.Buffer
	if err := run(context.Background(), []string{"version"}, env(t), strings.NewReader(""), &out, &out); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "marsad 1.4.2\n" {
		t.Errorf("version printed %q", got)
	}
}

func TestHealthChecksTheServerAtItsAddress(t *testing.T) {
	base := startServer(t) // http://127.0.0.1:PORT
	port := base[strings.LastIndex(base, ":")+1:]
	var out bytes.Buffer
	if err := run(context.Background(), []string{"health", "--addr", "0.0.0.0:" + port}, env(t), strings.NewReader(""), &out, &out); err != nil {
		t.Fatalf("health of a running server: %v", err)
	}
	if !strings.Contains(out.String(), `"ok"`) {
		t.Errorf("health printed %q", out.String())
	}
	if err := run(context.Background(), []string{"health", "--addr", "127.0.0.1:1"}, env(t), strings.NewReader(""), &out, &out); err == nil {
		t.Errorf("health of a closed port succeeded")
	}
}
