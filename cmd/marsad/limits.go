package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/marsad/marsad/web"
)

// limits are the bounds of the chat server's clients (web.Limits).
func (c config) limits() (web.Limits, error) {
	l := web.Limits{AllowedHosts: []string{"localhost"}, TrustedProxies: splitList(c.TrustedProxies)}
	if hosts := splitList(c.AllowedHosts); len(hosts) == 1 && hosts[0] == "*" {
		l.AllowedHosts = nil // any
	} else {
		l.AllowedHosts = append(l.AllowedHosts, hosts...)
	}
	if err := web.CheckProxies(l.TrustedProxies); err != nil {
		return l, fmt.Errorf("MARSAD_TRUSTED_PROXIES: %w", err)
	}
	for _, n := range []struct {
		env, value string
		into       *int
	}{
		{"MARSAD_TURNS_PER_IP", c.TurnsPerIP, &l.IPTurns.PerMinute},
		{"MARSAD_TURNS_PER_SESSION", c.TurnsPerSession, &l.SessionTurns.PerMinute},
		{"MARSAD_WEBSOCKETS_PER_IP", c.WebsocketsPerIP, &l.SocketsPerIP},
		{"MARSAD_WEBSOCKETS", c.WebsocketsInAll, &l.Sockets},
	} {
		v, err := strconv.Atoi(strings.TrimSpace(n.value))
		if err != nil || v < 0 {
			return l, fmt.Errorf("%s=%q: want a whole number, 0 for no bound", n.env, n.value)
		}
		*n.into = v
	}
	l.IPTurns.Burst = max(1, l.IPTurns.PerMinute/3)
	l.SessionTurns.Burst = max(1, l.SessionTurns.PerMinute/3)
	return l, nil
}

// splitList reads a comma-separated list, dropping empty entries.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
