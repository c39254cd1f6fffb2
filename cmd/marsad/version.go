package main

import "runtime/debug"

// version is set at build time with -ldflags "-X main.version=…" (the
// Docker build passes its VERSION argument).
var version = ""

// buildVersion is the stamped version; an unstamped build (go build,
// go run) reports "dev" and the commit Go recorded, when it recorded one.
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return "dev-" + rev
}
