package toolstest

import (
	"io"
	"testing"
)

// subtest runs f as the subtest name on a store open makes for it, and
// closes the store afterwards when it is an io.Closer (a suite on a part
// of a store is given what cannot always be closed).
func subtest[S any](t *testing.T, name string, open func(t *testing.T) S, f func(t *testing.T, s S)) {
	t.Run(name, func(t *testing.T) {
		s := open(t)
		if c, ok := any(s).(io.Closer); ok {
			defer c.Close()
		}
		f(t, s)
	})
}
