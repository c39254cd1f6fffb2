package retrieval

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"time"
)

// Kinds of documents.
const (
	KindAd      = "ad"      // a job ad
	KindProfile = "profile" // an occupation profile
	KindNote    = "note"    // a statistical note or article
)

// Document is a unit of text Marsad can cite. ID is required and stable
// across ingestions (re-adding a document with the same ID replaces it).
type Document struct {
	ID         string
	Kind       string // KindAd, KindProfile or KindNote
	Lang       string // lang.Tag of the text: fr, ar, ary, ary-Latn, en
	Title      string
	Text       string
	Region     string // ISO 3166-2:MA code (MA-06), MA for national, "" unknown
	Occupation string // ISCO-08 code, "" when none
	Date       time.Time
	Publisher  string
	URL        string
	Meta       map[string]string // anything else worth citing (period, employer...)
}

// Chunk is a passage of a document with the document's payload fields, the
// unit stored and returned by a Store. ID is ChunkID(DocID, Ordinal).
type Chunk struct {
	ID         string
	DocID      string
	Ordinal    int // 0-based position of the chunk in its document
	Text       string
	Title      string
	Kind       string
	Lang       string
	Region     string
	Occupation string
	Date       time.Time
	Publisher  string
	URL        string
	Meta       map[string]string
}

// ChunkID returns the stable id of the ordinal-th chunk of document docID:
// 32 lower-case hex digits of a SHA-256 of both, so that the same chunk
// always gets the same id and a store may derive a UUID from it.
func ChunkID(docID string, ordinal int) string {
	h := sha256.New()
	h.Write([]byte(docID))
	var b [9]byte
	binary.BigEndian.PutUint64(b[1:], uint64(ordinal))
	h.Write(b[:])
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// chunkOf returns the ordinal-th chunk of d holding text.
func chunkOf(d Document, ordinal int, text string) Chunk {
	return Chunk{
		ID: ChunkID(d.ID, ordinal), DocID: d.ID, Ordinal: ordinal, Text: text, Title: d.Title,
		Kind: d.Kind, Lang: d.Lang, Region: d.Region, Occupation: d.Occupation, Date: d.Date,
		Publisher: d.Publisher, URL: d.URL, Meta: d.Meta,
	}
}
