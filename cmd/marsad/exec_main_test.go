package main

import (
	"os"
	"runtime/pprof"
)

// execMainEnv, set in a child's environment, makes the test binary run
// main (the marsad binary itself) instead of the tests: the start-up
// bench times a real process, its own heap and page cache included.
const execMainEnv = "MARSAD_TEST_EXEC_MAIN"

// execMain runs main when the test binary was started with execMainEnv
// set, and reports whether it did. MARSAD_TEST_CPUPROFILE=path writes the
// process's CPU profile there, from its start until main returns.
func execMain() bool {
	if os.Getenv(execMainEnv) == "" {
		return false
	}
	if p := os.Getenv("MARSAD_TEST_CPUPROFILE"); p != "" {
		if f, err := os.Create(p); err == nil && pprof.StartCPUProfile(f) == nil {
			defer f.Close()
			defer pprof.StopCPUProfile()
		}
	}
	main()
	return true
}
