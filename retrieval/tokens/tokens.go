// Package tokens counts tokens and splits texts into passages of a bounded
// number of tokens. It is the only importer of tiktoken-go in Marsad and
// uses the cl100k_base encoding embedded in the binary by
// tiktoken-go-loader, so it never touches the network.
package tokens

import (
	"errors"
	"fmt"
	"sync"

	"github.com/pkoukk/tiktoken-go"
	tiktoken_loader "github.com/pkoukk/tiktoken-go-loader"
)

// Encoding is the name of the encoding used to count tokens.
const Encoding = "cl100k_base"

// ErrEncoding is returned when the embedded encoding cannot be loaded (a
// broken build, never a network problem).
var ErrEncoding = errors.New("token encoding unavailable")

var (
	loadOnce sync.Once
	encoder  *tiktoken.Tiktoken
	loadErr  error
)

// encoding returns the shared cl100k_base encoder, loading it on first use
// (about a tenth of a second).
func encoding() (*tiktoken.Tiktoken, error) {
	loadOnce.Do(func() {
		tiktoken.SetBpeLoader(tiktoken_loader.NewOfflineLoader())
		encoder, loadErr = tiktoken.GetEncoding(Encoding)
		if loadErr != nil {
			loadErr = fmt.Errorf("%w: %s: %v", ErrEncoding, Encoding, loadErr)
		}
	})
	return encoder, loadErr
}

// Count returns the number of cl100k_base tokens of text, special-token
// markers counted as ordinary text.
func Count(text string) (int, error) {
	enc, err := encoding()
	if err != nil {
		return 0, err
	}
	return len(enc.EncodeOrdinary(text)), nil
}
