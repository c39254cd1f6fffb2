package web

import (
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Limits bound what clients may ask of a server open to the public. The
// zero value sets none (a server for tests and loopback tools); cmd gives
// DefaultLimits with the operator's names.
type Limits struct {
	// AllowedHosts lists the names the Host header may carry (DNS
	// rebinding: a page of another site resolving its name to this
	// server), besides localhost and IP addresses, which are always
	// accepted. Empty accepts any Host.
	AllowedHosts []string
	// TrustedProxies lists the addresses or CIDR ranges of the reverse
	// proxies whose X-Forwarded-For header names the client; the client
	// of a request from anyone else is its peer address. Empty trusts
	// none. CheckProxies validates the list.
	TrustedProxies []string
	// IPTurns and SessionTurns bound the turns (POST /api/chat, a
	// websocket request, /v1/chat/completions) a client IP and a session
	// may ask for; a zero Rate sets no bound.
	IPTurns, SessionTurns Rate
	// SocketsPerIP and Sockets bound the open websockets of one client IP
	// and of the whole server; 0 sets no bound.
	SocketsPerIP, Sockets int
	// Now is the clock of the rates and of the admin token's back-off
	// (time.Now when nil).
	Now func() time.Time
}

// Rate is a token bucket: Burst turns at once, then one every
// time.Minute/PerMinute.
type Rate struct {
	PerMinute, Burst int
}

// DefaultLimits are the bounds of `marsad serve`: a counselor or a
// student asks a question every few seconds at most, a classroom behind
// one address (a school's NAT) some thirty people; a bot asking faster is
// slowed down, not served at the cost of everyone else.
func DefaultLimits() Limits {
	return Limits{
		IPTurns:      Rate{PerMinute: 60, Burst: 20},
		SessionTurns: Rate{PerMinute: 12, Burst: 4},
		SocketsPerIP: 40,
		Sockets:      2000,
	}
}

// CheckProxies returns an error naming the first entry of proxies that
// is neither an IP address nor a CIDR range.
func CheckProxies(proxies []string) error {
	for _, p := range proxies {
		if net.ParseIP(p) == nil {
			if _, _, err := net.ParseCIDR(p); err != nil {
				return fmt.Errorf("trusted proxy %q: want an IP address (10.0.0.2) or a CIDR range (10.0.0.0/8)", p)
			}
		}
	}
	return nil
}

// bucket is one client's token bucket.
type bucket struct {
	tokens float64
	last   time.Time
}

// buckets holds a token bucket per key (a client IP, a session id).
// Buckets full again are dropped when the map is swept, so that the map
// holds only the clients of the last minutes.
type buckets struct {
	rate  Rate
	mu    sync.Mutex
	byKey map[string]*bucket
	swept time.Time
}

func newBuckets(r Rate) *buckets { return &buckets{rate: r, byKey: map[string]*bucket{}} }

// take takes one token from key's bucket at now. It returns 0 when the
// token was there, else how long until one is, and takes nothing. A
// zero Rate always allows.
func (b *buckets) take(key string, now time.Time) time.Duration {
	if b.rate.PerMinute <= 0 {
		return 0
	}
	per := time.Minute / time.Duration(b.rate.PerMinute)
	burst := float64(max(b.rate.Burst, 1))
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sweep(now, per, burst)
	k, ok := b.byKey[key]
	if !ok {
		k = &bucket{tokens: burst, last: now}
		b.byKey[key] = k
	}
	if now.After(k.last) {
		k.tokens = min(burst, k.tokens+float64(now.Sub(k.last))/float64(per))
		k.last = now
	}
	if k.tokens >= 1 {
		k.tokens--
		return 0
	}
	return time.Duration((1 - k.tokens) * float64(per))
}

// sweep drops, once a minute, the buckets that have filled up again.
func (b *buckets) sweep(now time.Time, per time.Duration, burst float64) {
	if now.Sub(b.swept) < time.Minute {
		return
	}
	b.swept = now
	for key, k := range b.byKey {
		if k.tokens+float64(now.Sub(k.last))/float64(per) >= burst {
			delete(b.byKey, key)
		}
	}
}

// counter counts open websockets per client IP and in all.
type counter struct {
	mu    sync.Mutex
	total int
	byIP  map[string]int
}

// acquire counts one more socket of ip unless that would pass perIP or
// total (0: no bound), and says whether it did.
func (c *counter) acquire(ip string, perIP, total int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if (total > 0 && c.total >= total) || (perIP > 0 && c.byIP[ip] >= perIP) {
		return false
	}
	if c.byIP == nil {
		c.byIP = map[string]int{}
	}
	c.total++
	c.byIP[ip]++
	return true
}

func (c *counter) release(ip string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total--
	if c.byIP[ip]--; c.byIP[ip] <= 0 {
		delete(c.byIP, ip)
	}
}

// hostAllowed reports whether a request's Host may be served: any when
// allowed is empty, else localhost, an IP address, or one of allowed
// (without port, case-insensitive).
func hostAllowed(host string, allowed []string) bool {
	if len(allowed) == 0 {
		return true
	}
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.TrimSuffix(strings.Trim(name, "[]"), ".")
	if strings.EqualFold(name, "localhost") {
		return true
	}
	// An address is no rebinding: the page that sends it was served by
	// this very address. Probes and scrapers (a Kubernetes kubelet, a
	// load balancer's health check) name the server by its address.
	if net.ParseIP(name) != nil {
		return true
	}
	for _, a := range allowed {
		if strings.EqualFold(name, a) {
			return true
		}
	}
	return false
}

// retryAfter is the Retry-After value for a wait: whole seconds, at
// least 1.
func retryAfter(wait time.Duration) int {
	return max(1, int((wait+time.Second-1)/time.Second))
}

// jsonMediaType reports whether r's body is declared JSON: a cross-site
// form or fetch without preflight can only send text/plain,
// application/x-www-form-urlencoded or multipart/form-data, so refusing
// them keeps another site from asking turns in a visitor's name.
func jsonMediaType(r *http.Request) bool {
	ct := strings.TrimSpace(strings.ToLower(r.Header.Get("Content-Type")))
	media, _, _ := strings.Cut(ct, ";")
	return strings.TrimSpace(media) == "application/json"
}
