package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"testing"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
)

func TestServeShutsDownGracefully(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	chat := newBlocking()
	srv := New(Config{Version: "v"}, chat, testLogger(t))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln) }()

	base := "http://" + ln.Addr().String()
	if resp, _ := mustGet(t, base+"/healthz"); resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz status %d", resp.StatusCode)
	}
	conn, _, err := websocket.DefaultDialer.Dial("ws://"+ln.Addr().String()+"/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	mustSend(t, conn, assistant.Request{Message: "q"})
	mustRead(t, conn) // the token
	waitFor(t, chat.started, "the turn to start")

	cancel()
	if cause := waitFor(t, chat.ended, "the turn to be cancelled"); !errors.Is(cause, errShuttingDown) {
		t.Errorf("turn cancelled with %v, want %v", cause, errShuttingDown)
	}
	_, _, err = conn.ReadMessage()
	if !websocket.IsCloseError(err, websocket.CloseGoingAway) {
		t.Errorf("socket ended with %v, want a going-away close frame", err)
	}
	if err := waitFor(t, served, "Serve to return"); err != nil {
		t.Errorf("Serve: %v", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestServeReportsListenerFailure(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	if err := New(Config{}, scripted(), nil).Serve(context.Background(), ln); err == nil {
		t.Error("Serve on a closed listener returned nil")
	}
}
