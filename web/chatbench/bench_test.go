package chatbench

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/websocket"
)

// target starts a chat server whose answer to each request is given by
// answer (frames, or nil to hang up), and returns its HOST:PORT.
func target(t *testing.T, answer func(n int64, msg []byte) [][]byte) string {
	t.Helper()
	gin.SetMode(gin.ReleaseMode)
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	var asked atomic.Int64
	engine := gin.New()
	engine.GET("/ws", func(c *gin.Context) {
		conn, err := upgrader.Upgrade(c.Writer, c.Request, nil)
		if err != nil {
			return
		}
		defer conn.Close()
		for {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				return
			}
			frames := answer(asked.Add(1), msg)
			if frames == nil {
				return
			}
			for _, f := range frames {
				if conn.WriteMessage(websocket.TextMessage, f) != nil {
					return
				}
			}
		}
	})
	srv := httptest.NewServer(engine)
	t.Cleanup(srv.Close)
	return strings.TrimPrefix(srv.URL, "http://")
}

func answered(int64, []byte) [][]byte {
	return [][]byte{[]byte(`{"type":"token","text":"12,8 %"}`), []byte(`{"type":"done","turn":{"answer":"12,8 %"}}`)}
}

func TestRunMeasuresEveryAnswerAndTheCeiling(t *testing.T) {
	r, err := Run(context.Background(), Options{Addr: target(t, answered), Sessions: 6, Questions: 4})
	if err != nil {
		t.Fatal(err)
	}
	if r.Sessions != 6 || r.Answers != 24 || r.Errors != 0 || r.CeilingError != 0 {
		t.Fatalf("report %+v, want 6 sessions, 24 answers, no error on either side", r)
	}
	if r.P50 <= 0 || r.P99 < r.P50 || r.CeilingP50 <= 0 || r.CeilingP99 < r.CeilingP50 {
		t.Errorf("latencies %+v: want p50 > 0 and p99 ≥ p50 on both sides", r)
	}
}

// Under load, an error event fails its question and a connection that
// breaks fails the questions still to ask; neither stops the run.
func TestRunCountsErrorEventsAndBrokenSessions(t *testing.T) {
	recorded := int64(len(Questions))
	addr := target(t, func(n int64, msg []byte) [][]byte {
		switch {
		case n <= recorded:
			return answered(n, msg)
		case strings.Contains(string(msg), "2024"): // one question in five
			return [][]byte{[]byte(`{"type":"error","message":"trop de requêtes"}`)}
		case strings.Contains(string(msg), "Casablanca"):
			return nil // hang up
		}
		return answered(n, msg)
	})
	r, err := Run(context.Background(), Options{Addr: addr, Sessions: len(Questions), Questions: 2})
	if err != nil {
		t.Fatal(err)
	}
	// Session i asks Questions[i] then Questions[i+1]: the two 2024
	// questions and the Casablanca one fail where they are asked, and the
	// session that hangs up after its first question loses its second.
	want := 0
	for i := range Questions {
		for k := range 2 {
			q := Questions[(i+k)%len(Questions)]
			switch {
			case strings.Contains(q, "2024"):
				want++
			case strings.Contains(q, "Casablanca"):
				want += 2 - k
			}
			if strings.Contains(q, "Casablanca") {
				break
			}
		}
	}
	if r.Errors != want || r.Answers+r.Errors != 2*len(Questions) || r.CeilingError != 0 {
		t.Fatalf("report %+v, want %d errors, answers + errors = %d, and none on the ceiling", r, want, 2*len(Questions))
	}
}

func TestRunRefusesWhatItCannotMeasure(t *testing.T) {
	for name, o := range map[string]Options{
		"no address":  {Sessions: 1, Questions: 1},
		"no port":     {Addr: "localhost", Sessions: 1, Questions: 1},
		"no session":  {Addr: "127.0.0.1:1", Questions: 1},
		"no question": {Addr: "127.0.0.1:1", Sessions: 1},
	} {
		if _, err := Run(context.Background(), o); !errors.Is(err, ErrOptions) {
			t.Errorf("%s: err = %v, want ErrOptions", name, err)
		}
	}
	// A server that cannot answer once is not measured under load.
	addr := target(t, func(int64, []byte) [][]byte {
		return [][]byte{[]byte(`{"type":"error","message":"base indisponible"}`)}
	})
	if _, err := Run(context.Background(), Options{Addr: addr, Sessions: 2, Questions: 1}); err == nil || !strings.Contains(err.Error(), "base indisponible") {
		t.Errorf("err = %v, want the server's error event named", err)
	}
}
