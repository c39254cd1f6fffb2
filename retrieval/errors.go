package retrieval

import "errors"

// ErrDimension is wrapped by every error caused by a dense vector whose
// length differs from the store's or the embedder's dimension.
var ErrDimension = errors.New("vector dimension mismatch")

// ErrInvalid is wrapped by every error caused by a malformed argument: a
// document without an id, a record without a chunk id, a negative limit, an
// unknown search mode, a search mode whose query vector is missing.
var ErrInvalid = errors.New("invalid retrieval argument")

// ErrClosed is returned by the methods of a store after Close.
var ErrClosed = errors.New("store closed")
