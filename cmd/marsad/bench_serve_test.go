//go:build unix

package main

import (
	"bytes"
	"io"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/web/chatbench"
)

// BenchmarkServeTurn is one turn of `marsad bench chat` through a real
// `marsad serve` in this process (offline planner, embedded stores, limits
// off, info logs): a websocket asks the bench's questions in turn and
// reads each answer's frames up to its done event. Besides allocs/op it
// reports the process's CPU time a turn (cpu-µs/turn, server and client,
// from getrusage) and the frames and bytes a turn: measures that hold
// whatever else the machine runs, where ns/op does not. Profile the chat
// path with -cpuprofile.
func BenchmarkServeTurn(b *testing.B) {
	noLimits := env(b, "MARSAD_TURNS_PER_IP", "0", "MARSAD_TURNS_PER_SESSION", "0",
		"MARSAD_WEBSOCKETS_PER_IP", "0", "MARSAD_WEBSOCKETS", "0", "MARSAD_LOG_LEVEL", "info")
	base := startServerOut(b, noLimits, io.Discard)
	conn, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(base, "http")+"/ws", nil)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	done := []byte(`{"type":"done"`)
	frames, size, i := 0, 0, 0
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		q := chatbench.Questions[i%len(chatbench.Questions)]
		i++
		if err := conn.WriteJSON(map[string]string{"message": q}); err != nil {
			b.Fatal(err)
		}
		conn.SetReadDeadline(time.Now().Add(30 * time.Second))
		for {
			_, frame, err := conn.ReadMessage()
			if err != nil {
				b.Fatalf("%q: %v", q, err)
			}
			frames++
			size += len(frame)
			if bytes.HasPrefix(frame, []byte(`{"type":"error"`)) {
				b.Fatalf("%q: %s", q, frame)
			}
			if bytes.HasPrefix(frame, done) {
				break
			}
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N), "cpu-µs/turn")
	b.ReportMetric(float64(frames)/float64(b.N), "frames/turn")
	b.ReportMetric(float64(size)/float64(b.N), "B-sent/turn")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
