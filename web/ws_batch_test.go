package web

import (
	"io"
	"net"
	"testing"
	"time"
)

// countingConn counts the writes that reach a real connection.
type countingConn struct {
	net.Conn
	writes int
}

func (c *countingConn) Write(p []byte) (int, error) {
	c.writes++
	return c.Conn.Write(p)
}

// A batch with nothing written to it writes nothing.
func TestBatchConnEmptyBatchWritesNothing(t *testing.T) {
	server, client := net.Pipe()
	defer client.Close()
	under := &countingConn{Conn: server}
	c := &batchConn{Conn: under}
	defer c.Close()
	c.begin()
	if err := c.flush(time.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if under.writes != 0 {
		t.Errorf("%d writes for an empty batch", under.writes)
	}
}

// A batch keeps what is written to it and sends it in one write, in
// order; outside a batch, writes go straight through.
func TestBatchConnWritesABatchAtOnce(t *testing.T) {
	server, client := net.Pipe()
	defer client.Close()
	under := &countingConn{Conn: server}
	c := &batchConn{Conn: under}
	defer c.Close()
	got := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(client)
		got <- string(b)
	}()
	c.begin()
	for _, s := range []string{"un ", "deux ", "trois "} {
		if n, err := c.Write([]byte(s)); err != nil || n != len(s) {
			t.Fatalf("write %q in a batch: %d, %v", s, n, err)
		}
	}
	if under.writes != 0 {
		t.Fatalf("%d writes reached the connection before the batch was flushed", under.writes)
	}
	if err := c.flush(time.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if c.buf != nil {
		t.Error("the connection kept its batch's buffer once flushed")
	}
	if _, err := c.Write([]byte("quatre")); err != nil {
		t.Fatal(err)
	}
	if under.writes != 2 {
		t.Errorf("%d writes for a batch of three and one write outside, want 2", under.writes)
	}
	c.Close()
	if s := <-got; s != "un deux trois quatre" {
		t.Errorf("read %q", s)
	}
}
