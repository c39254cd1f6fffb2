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
	buf  *[]byte // from batchBuffers while a batch holds bytes
}

// batchBuffers hold the bytes of the batches being gathered, each taken
// by a batch's first write and put back once it is sent: a connection
// that kept its own grew it anew, a turn of ten kilobytes taking five
// copies, which was 3 % of the server's CPU under `marsad bench chat`
// (500 connections of five turns), and held it while idle.
var batchBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// maxBatchBuffer is the largest buffer put back in batchBuffers; a
// larger one, left by an unusually long turn, is dropped.
const maxBatchBuffer = 64 << 10

func (c *batchConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.open {
		if c.buf == nil {
			c.buf = batchBuffers.Get().(*[]byte)
		}
		*c.buf = append(*c.buf, p...)
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
	buf := c.buf
	if buf == nil {
		return nil
	}
	c.buf = nil
	var err error
	if len(*buf) > 0 {
		_ = c.Conn.SetWriteDeadline(deadline)
		_, err = c.Conn.Write(*buf)
	}
	if cap(*buf) <= maxBatchBuffer {
		*buf = (*buf)[:0]
		batchBuffers.Put(buf)
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
