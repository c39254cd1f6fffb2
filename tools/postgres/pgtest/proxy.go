package pgtest

import (
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// Proxy relays TCP connections to the test server and fails the way a
// server does, for the tests of what Marsad does then:
//
//   - Freeze: as a server stopped with SIGSTOP, its connections stay open
//     and take bytes, and nothing comes back; new connections are accepted
//     and not served. Thaw passes everything held, as SIGCONT does.
//   - Stop: as a server shut down, every connection is closed and new ones
//     are refused (the port is closed). Start accepts again on the same
//     address.
//
// The proxy is closed when the test ends: every connection is closed and
// every wait released.
type Proxy struct {
	dsn    string // the test server's
	target string // its host:port
	addr   string // the proxy's host:port, kept across Stop and Start

	mu      sync.Mutex
	lis     net.Listener // nil while stopped
	conns   map[net.Conn]bool
	thawed  chan struct{} // closed while the proxy passes bytes; open while frozen
	done    chan struct{} // closed by Close
	closing sync.Once
}

// NewProxy starts a proxy to the server of dsn (a postgres:// URL; a test
// given a key=value DSN is skipped), closed when the test ends.
func NewProxy(tb testing.TB, dsn string) *Proxy {
	tb.Helper()
	target := serverAddr(tb, dsn)
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	thawed := make(chan struct{})
	close(thawed)
	p := &Proxy{dsn: dsn, target: target, addr: lis.Addr().String(), conns: map[net.Conn]bool{},
		thawed: thawed, done: make(chan struct{})}
	p.serve(lis)
	tb.Cleanup(p.Close)
	return p
}

// DSN is the test server's DSN with its host and port replaced by the
// proxy's.
func (p *Proxy) DSN() string {
	u, _ := url.Parse(p.dsn) // parsed by NewProxy already
	u.Host = p.addr
	return u.String()
}

// Addr is the proxy's host:port.
func (p *Proxy) Addr() string { return p.addr }

// Freeze stops passing bytes, both ways, on every connection, open or to
// come, until Thaw.
func (p *Proxy) Freeze() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.isThawed() {
		p.thawed = make(chan struct{})
	}
}

// Thaw passes bytes again, those held first.
func (p *Proxy) Thaw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.isThawed() {
		close(p.thawed)
	}
}

// Stop closes the proxy's port and every connection through it: a client
// reading or writing gets an error, a client connecting is refused.
func (p *Proxy) Stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.lis != nil {
		p.lis.Close()
		p.lis = nil
	}
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

// Start accepts connections again, on the address the proxy had, after
// Stop.
func (p *Proxy) Start(tb testing.TB) {
	tb.Helper()
	lis, err := net.Listen("tcp", p.addr)
	if err != nil {
		tb.Fatalf("proxy: listen again on %s: %v", p.addr, err)
	}
	p.serve(lis)
}

// Close stops the proxy for good and releases every wait.
func (p *Proxy) Close() {
	p.closing.Do(func() {
		close(p.done)
		p.Stop()
	})
}

func (p *Proxy) serve(lis net.Listener) {
	p.mu.Lock()
	p.lis = lis
	p.mu.Unlock()
	go p.accept(lis)
}

// isThawed must be called with mu held.
func (p *Proxy) isThawed() bool {
	select {
	case <-p.thawed:
		return true
	default:
		return false
	}
}

// wait returns true once the proxy passes bytes, false once it is
// closed.
func (p *Proxy) wait() bool {
	p.mu.Lock()
	thawed := p.thawed
	p.mu.Unlock()
	select {
	case <-thawed:
		return true
	case <-p.done:
		return false
	}
}

// track adds c to the connections Stop closes, or closes it and returns
// false when the proxy stopped meanwhile.
func (p *Proxy) track(c net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.lis == nil {
		c.Close()
		return false
	}
	p.conns[c] = true
	return true
}

func (p *Proxy) accept(lis net.Listener) {
	for {
		client, err := lis.Accept()
		if err != nil {
			return
		}
		if p.track(client) {
			go p.relay(client)
		}
	}
}

// relay connects client to the server once the proxy passes bytes.
func (p *Proxy) relay(client net.Conn) {
	if !p.wait() {
		return
	}
	server, err := net.Dial("tcp", p.target)
	if err != nil {
		client.Close()
		return
	}
	if !p.track(server) {
		client.Close()
		return
	}
	go p.pipe(server, client)
	go p.pipe(client, server)
}

// pipe copies src to dst until either closes, holding what it reads while
// the proxy is frozen.
func (p *Proxy) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if !p.wait() {
				return
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				src.Close()
				return
			}
		}
		if err != nil {
			dst.Close()
			return
		}
	}
}

// serverAddr is the host:port of dsn's server.
func serverAddr(tb testing.TB, dsn string) string {
	tb.Helper()
	if !strings.Contains(dsn, "://") {
		tb.Skip("the proxy needs a postgres:// test DSN")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatal(err)
	}
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = "5432"
	}
	return net.JoinHostPort(host, port)
}
