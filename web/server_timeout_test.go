package web

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
)

// serveWith runs srv.Serve on a loopback port until the test ends and
// returns its address.
func serveWith(t *testing.T, srv *Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return ln.Addr().String()
}

// slowRequest sends a request's head at once, then its body one byte a
// second, and returns the response received before the body ends, or an
// error.
func slowRequest(addr, head, body string) (*http.Response, time.Duration, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, 0, err
	}
	defer conn.Close()
	if _, err := fmt.Fprintf(conn, "%s\r\nHost: %s\r\nContent-Length: %d\r\n\r\n", head, addr, len(body)); err != nil {
		return nil, 0, err
	}
	start := time.Now()
	answered := make(chan *http.Response, 1)
	go func() {
		defer close(answered)
		if resp, err := http.ReadResponse(bufio.NewReader(conn), nil); err == nil {
			resp.Body.Close()
			answered <- resp
		}
	}()
	for i := 0; i < len(body); i++ {
		if _, err := conn.Write([]byte{body[i]}); err != nil {
			return nil, time.Since(start), fmt.Errorf("after %d bytes: %w", i, err)
		}
		select {
		case resp, ok := <-answered:
			if !ok {
				return nil, time.Since(start), fmt.Errorf("connection closed after %d bytes without a response", i+1)
			}
			return resp, time.Since(start), nil
		case <-time.After(time.Second):
		}
	}
	return nil, time.Since(start), fmt.Errorf("the whole body (%d bytes) was read", len(body))
}

func TestServeCutsASlowBody(t *testing.T) {
	const readTimeout = 1500 * time.Millisecond
	srv := New(Config{}, scripted(), testLogger(t))
	srv.readTimeout = readTimeout
	addr := serveWith(t, srv)
	resp, took, err := slowRequest(addr, "POST /api/chat HTTP/1.1\r\nContent-Type: application/json",
		`{"message":"Quel est le taux de chômage ?"}`)
	if err != nil {
		t.Fatalf("%v in %v, want a 408 response after %v", err, took, readTimeout)
	}
	if resp.StatusCode != http.StatusRequestTimeout || took > readTimeout+time.Second {
		t.Errorf("status %d after %v, want 408 after %v", resp.StatusCode, took, readTimeout)
	}
}

func TestServeGivesAnUploadItsOwnReadTimeout(t *testing.T) {
	var got upload
	srv := New(Config{AdminToken: "s3cret", Ingest: recordingIngest(&got)}, scripted(), testLogger(t))
	srv.readTimeout = 500 * time.Millisecond
	addr := serveWith(t, srv)
	resp, took, err := slowRequest(addr, "POST /api/ingest?kind=ads&name=a.csv HTTP/1.1\r\nAuthorization: Bearer s3cret", "ab")
	if err != nil || resp.StatusCode != http.StatusOK || got.body != "ab" {
		t.Errorf("upload over %v: response %v, error %v, ingested %q; want it whole", took, resp, err, got.body)
	}
}

func TestServeKeepsAWebsocketPastTheReadTimeout(t *testing.T) {
	const readTimeout = 300 * time.Millisecond
	srv := New(Config{}, scripted(), testLogger(t))
	srv.readTimeout = readTimeout
	addr := serveWith(t, srv)
	conn, _, err := websocket.DefaultDialer.Dial("ws://"+addr+"/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	time.Sleep(3 * readTimeout)
	mustSend(t, conn, assistant.Request{Message: "q"})
	if evs := readTurn(t, conn); evs[len(evs)-1].Type != assistant.EventDone {
		t.Errorf("turn ended with %+v", evs[len(evs)-1])
	}
}
