package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
)

// execMainEnv, set in a child's environment, makes the test binary run
// main (the marsad binary itself) instead of the tests: the start-up
// bench times a real process, its own heap and page cache included. Set
// to "floor", it runs bareServer instead.
const execMainEnv = "MARSAD_TEST_EXEC_MAIN"

// execMain runs main when the test binary was started with execMainEnv
// set, and reports whether it did. MARSAD_TEST_CPUPROFILE=path writes the
// process's CPU profile there, from its start until main returns.
func execMain() bool {
	mode := os.Getenv(execMainEnv)
	if mode == "" {
		return false
	}
	if p := os.Getenv("MARSAD_TEST_CPUPROFILE"); p != "" {
		if f, err := os.Create(p); err == nil && pprof.StartCPUProfile(f) == nil {
			defer f.Close()
			defer pprof.StopCPUProfile()
		}
	}
	if mode == "floor" {
		bareServer()
		return true
	}
	main()
	return true
}

// bareServer is the floor of a start in the same binary: the process
// starts (the Go runtime and every package's initialisation, Marsad's
// lexicons included), listens on 127.0.0.1:0, says so as serve does, and
// answers 200 to every request until SIGTERM, opening no store.
func bareServer() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("{}")) })}
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	fmt.Printf("Marsad is ready: http://%s\n", ln.Addr())
	srv.Serve(ln)
}
