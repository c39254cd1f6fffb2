package postgres_test

import (
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// freezer is a TCP proxy to the test server that can stop answering, as a
// server stopped with SIGSTOP does: its connections stay open and accept
// bytes, and nothing comes back; new connections are accepted by the
// kernel and never served.
type freezer struct {
	ln       net.Listener
	target   string
	freezeMu sync.Once
	closeMu  sync.Once
	frozen   chan struct{} // closed by freeze
	done     chan struct{} // closed when the test ends: releases every wait
	mu       sync.Mutex
	conns    []net.Conn
}

// newFreezer starts a proxy to target (host:port), stopped when the test
// ends.
func newFreezer(t *testing.T, target string) *freezer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &freezer{ln: ln, target: target, frozen: make(chan struct{}), done: make(chan struct{})}
	go f.accept()
	t.Cleanup(f.close)
	return f
}

func (f *freezer) freeze() { f.freezeMu.Do(func() { close(f.frozen) }) }

// close stops the proxy and closes every connection through it, which
// ends the client's waits; a pool closing waits for those first.
func (f *freezer) close() {
	f.closeMu.Do(func() {
		close(f.done)
		f.ln.Close()
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, c := range f.conns {
			c.Close()
		}
	})
}

func (f *freezer) track(c net.Conn) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.conns = append(f.conns, c)
}

func (f *freezer) accept() {
	for {
		client, err := f.ln.Accept()
		if err != nil {
			return
		}
		f.track(client)
		if f.isFrozen() {
			continue // held open, never answered
		}
		server, err := net.Dial("tcp", f.target)
		if err != nil {
			client.Close()
			continue
		}
		f.track(server)
		go f.pipe(server, client)
		go f.pipe(client, server)
	}
}

func (f *freezer) isFrozen() bool {
	select {
	case <-f.frozen:
		return true
	default:
		return false
	}
}

// pipe copies src to dst until either closes; once frozen, it withholds
// what it reads until the test ends.
func (f *freezer) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 && f.isFrozen() {
			<-f.done
			return
		}
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			dst.Close()
			return
		}
	}
}

// through returns dsn with its host and port replaced by the proxy's.
func (f *freezer) through(t *testing.T, dsn string) string {
	t.Helper()
	host, port, _ := net.SplitHostPort(f.ln.Addr().String())
	if !strings.Contains(dsn, "://") {
		return dsn + " host=" + host + " port=" + port // later keys win
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	u.Host = f.ln.Addr().String()
	return u.String()
}

// serverAddr is the host:port of dsn's server.
func serverAddr(t *testing.T, dsn string) string {
	t.Helper()
	if !strings.Contains(dsn, "://") {
		t.Skip("the freezing proxy needs a postgres:// test DSN")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = "5432"
	}
	return net.JoinHostPort(host, port)
}
