package postgres

import "time"

// Bounds on the store's waits: without them a frozen or overloaded server
// holds every turn for as long as it lasts. Open applies connectTimeout
// and statementTimeout unless the DSN sets connect_timeout or
// statement_timeout.
const (
	// connectTimeout bounds opening one connection, TLS and authentication
	// included. A healthy server takes milliseconds; one that accepts the
	// TCP connection and then answers nothing is given up after this.
	connectTimeout = 5 * time.Second
	// statementTimeout bounds each statement on the server, lock waits
	// included: a load or an append takes a millisecond or two.
	statementTimeout = 5 * time.Second
	// callTimeout bounds each Load and Append on the client, from taking a
	// connection to reading the reply: the server bounds no wait when it
	// does not run at all (stopped, or cut off behind a live TCP
	// connection).
	callTimeout = 5 * time.Second
)

// timeouts are the bounds a store is opened with.
type timeouts struct{ connect, statement, call time.Duration }

var defaultTimeouts = timeouts{connect: connectTimeout, statement: statementTimeout, call: callTimeout}
