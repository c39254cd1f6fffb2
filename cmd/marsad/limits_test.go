package main

import (
	"flag"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/web"
)

func mustLimits(t *testing.T, extra ...string) (web.Limits, error) {
	t.Helper()
	cfg, _, err := parseConfig(flag.NewFlagSet("serve", flag.ContinueOnError), nil, env(t, extra...))
	if err != nil {
		t.Fatal(err)
	}
	return cfg.limits()
}

func TestLimitsDefaultToLoopbackHostsNoProxyAndWebDefaults(t *testing.T) {
	l, err := mustLimits(t)
	if err != nil {
		t.Fatal(err)
	}
	d := web.DefaultLimits()
	if !slices.Equal(l.AllowedHosts, []string{"localhost"}) || l.TrustedProxies != nil ||
		l.IPTurns != d.IPTurns || l.SessionTurns != d.SessionTurns || l.SocketsPerIP != d.SocketsPerIP || l.Sockets != d.Sockets {
		t.Errorf("default limits %+v, want loopback only, no proxy and %+v", l, d)
	}
}

func TestLimitsReadTheirVariables(t *testing.T) {
	l, err := mustLimits(t, "MARSAD_ALLOWED_HOSTS", "marsad.example.org, www.marsad.example.org",
		"MARSAD_TRUSTED_PROXIES", "10.0.0.0/8,192.168.1.2", "MARSAD_TURNS_PER_IP", "0", "MARSAD_TURNS_PER_SESSION", "30")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(l.AllowedHosts, []string{"localhost", "marsad.example.org", "www.marsad.example.org"}) ||
		!slices.Equal(l.TrustedProxies, []string{"10.0.0.0/8", "192.168.1.2"}) ||
		l.IPTurns.PerMinute != 0 || l.SessionTurns != (web.Rate{PerMinute: 30, Burst: 10}) {
		t.Errorf("limits %+v", l)
	}
	if l, _ := mustLimits(t, "MARSAD_ALLOWED_HOSTS", "*"); l.AllowedHosts != nil {
		t.Errorf("MARSAD_ALLOWED_HOSTS=* gives %v, want any host", l.AllowedHosts)
	}
}

func TestLimitsRefuseBadValuesNamingThem(t *testing.T) {
	for _, c := range [][2]string{
		{"MARSAD_TRUSTED_PROXIES", "proxy.local"},
		{"MARSAD_TURNS_PER_IP", "-1"},
		{"MARSAD_WEBSOCKETS", "many"},
	} {
		_, err := mustLimits(t, c[0], c[1])
		if err == nil || !strings.Contains(err.Error(), c[0]) || !strings.Contains(err.Error(), c[1]) {
			t.Errorf("%s=%s: %v, want an error naming both", c[0], c[1], err)
		}
	}
}

func TestServeRefusesAHostItWasNotGiven(t *testing.T) {
	base := startServerEnv(t, env(t, "MARSAD_ALLOWED_HOSTS", "marsad.example.org"))
	for host, want := range map[string]int{"marsad.example.org": http.StatusOK, "attacker.example": http.StatusMisdirectedRequest} {
		req, _ := http.NewRequest(http.MethodGet, base+"/healthz", nil)
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("Host %s: %d, want %d", host, resp.StatusCode, want)
		}
	}
}
