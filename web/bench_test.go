package web

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
)

// BenchmarkSocketTurn measures one websocket turn of 200 token events and
// a done event, over loopback, client included, and reports the frames
// the client reads per turn (the tokens are gathered into few frames).
func BenchmarkSocketTurn(b *testing.B) {
	const tokens = 200
	chat := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		for range tokens {
			if err := emit(assistant.Event{Type: assistant.EventToken, Text: "البطالة 13,3 % "}); err != nil {
				return assistant.Turn{}, err
			}
		}
		turn := assistant.Turn{Lang: "ar", Answer: strings.Repeat("البطالة 13,3 % ", tokens)}
		return turn, emit(assistant.Event{Type: assistant.EventDone, Turn: &turn})
	})
	ts := httptest.NewServer(New(Config{}, chat, nil).Handler())
	defer ts.Close()
	conn, _, err := websocket.DefaultDialer.Dial(wsURL(ts), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	b.ReportAllocs()
	frames := 0
	for b.Loop() {
		if err := conn.WriteJSON(assistant.Request{Message: "q"}); err != nil {
			b.Fatal(err)
		}
		for {
			var ev assistant.Event
			if err := conn.ReadJSON(&ev); err != nil {
				b.Fatal(err)
			}
			frames++
			if ev.Type == assistant.EventDone {
				break
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*(tokens+1)), "ns/event")
	b.ReportMetric(float64(frames)/float64(b.N), "frames/turn")
}

func BenchmarkDirection(b *testing.B) {
	text := "2024 - " + strings.Repeat("معدل البطالة حسب HCP ", 10)
	for b.Loop() {
		if Direction(text) != "rtl" {
			b.Fatal("wrong direction")
		}
	}
}
