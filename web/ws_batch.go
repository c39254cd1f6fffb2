package web

import (
	"bufio"
	"net"
	"net/http"
	"sync"
	"time"
)

// batchConn is the connection under a websocket. While a batch is open,
// what is written to it (the frames of a turn, and any pong or close frame
// written meanwhile) is kept, and written by flush in one system call: a
// turn of the offline planner, six to sixteen frames, leaves in one
// segment instead of one write each, which was 6 % of a turn's CPU under
// `marsad bench chat`. Outside a batch, writes go straight through.
type batchConn struct {
	net.Conn
	mu   sync.Mutex
	open bool
	buf  []byte
}

// maxBatchBuffer is the largest buffer a connection keeps between
// batches; a larger one, left by an unusually long turn, is dropped.
const maxBatchBuffer = 64 << 10

func (c *batchConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.open {
		c.buf = append(c.buf, p...)
		return len(p), nil
	}
	return c.Conn.Write(p)
}

// begin opens a batch; a nil connection has none.
func (c *batchConn) begin() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.open = true
	c.mu.Unlock()
}

// flush writes what the batch kept, within deadline, and closes it.
func (c *batchConn) flush(deadline time.Time) error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.open = false
	if len(c.buf) == 0 {
		return nil
	}
	_ = c.Conn.SetWriteDeadline(deadline)
	_, err := c.Conn.Write(c.buf)
	if cap(c.buf) > maxBatchBuffer {
		c.buf = nil
	} else {
		c.buf = c.buf[:0]
	}
	return err
}

// batchHijacker hands the websocket upgrade the hijacked connection
// wrapped in a batchConn, kept in conn.
type batchHijacker struct {
	http.ResponseWriter
	conn *batchConn
}

func (h *batchHijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	hj, ok := h.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, http.ErrNotSupported
	}
	nc, brw, err := hj.Hijack()
	if err != nil {
		return nil, nil, err
	}
	h.conn = &batchConn{Conn: nc}
	return h.conn, brw, nil
}
