package chatbench

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/websocket"
)

// ceiling is a bare gin + websocket server that answers each recorded
// question with the frames Marsad sent for it, one write each, doing
// nothing else: what the machine, the network stack, gin and gorilla cost
// for the same frames, which no chat server can beat.
type ceiling struct {
	*httptest.Server
	URL string // ws://HOST:PORT/ws
}

// unknownQuestion is the frame answered to a question that was not
// recorded.
var unknownQuestion = []byte(`{"type":"error","message":"question not recorded"}`)

func startCeiling(frames map[string][][]byte) *ceiling {
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	engine := gin.New()
	engine.GET("/ws", func(c *gin.Context) {
		conn, err := upgrader.Upgrade(c.Writer, c.Request, nil)
		if err != nil {
			return // the upgrader has answered the client
		}
		defer conn.Close()
		replay(conn, frames)
	})
	srv := httptest.NewServer(engine)
	return &ceiling{Server: srv, URL: "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws"}
}

// replay answers each request read on conn with its recorded frames until
// the client goes away.
func replay(conn *websocket.Conn, frames map[string][][]byte) {
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var req request
		answer, ok := [][]byte(nil), false
		if json.Unmarshal(msg, &req) == nil {
			answer, ok = frames[req.Message]
		}
		if !ok {
			answer = [][]byte{unknownQuestion}
		}
		for _, f := range answer {
			if err := conn.WriteMessage(websocket.TextMessage, f); err != nil {
				return
			}
		}
	}
}
