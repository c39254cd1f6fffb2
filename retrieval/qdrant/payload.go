package qdrant

import (
	"maps"
	"time"

	"github.com/google/uuid"
	pb "github.com/qdrant/go-client/qdrant"

	"github.com/marsad/marsad/retrieval"
)

// Payload fields of a point.
const (
	fieldChunkID    = "chunk_id"
	fieldDocID      = "doc_id"
	fieldOrdinal    = "ordinal"
	fieldText       = "text"
	fieldTitle      = "title"
	fieldKind       = "kind"
	fieldLang       = "lang"
	fieldRegion     = "region"
	fieldOccupation = "occupation"
	fieldDate       = "date"       // Unix seconds, absent without a date
	fieldDateNanos  = "date_nanos" // nanoseconds of the date, absent when 0
	fieldPublisher  = "publisher"
	fieldURL        = "url"
	fieldMeta       = "meta" // an object of strings
)

// idSpace is the UUID namespace of Marsad's point ids.
var idSpace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://marsad.ma/retrieval/chunk"))

// PointID returns the point id of a chunk: a name-based (SHA-1) UUID of its
// id, so the same chunk always lands on the same point.
func PointID(chunkID string) *pb.PointId {
	return pb.NewIDUUID(uuid.NewSHA1(idSpace, []byte(chunkID)).String())
}

// payload returns the payload of chunk c.
func payload(c retrieval.Chunk) map[string]*pb.Value {
	p := map[string]*pb.Value{
		fieldChunkID: pb.NewValueString(c.ID), fieldDocID: pb.NewValueString(c.DocID),
		fieldOrdinal: pb.NewValueInt(int64(c.Ordinal)), fieldText: pb.NewValueString(c.Text),
		fieldTitle: pb.NewValueString(c.Title), fieldKind: pb.NewValueString(c.Kind),
		fieldLang: pb.NewValueString(c.Lang), fieldRegion: pb.NewValueString(c.Region),
		fieldOccupation: pb.NewValueString(c.Occupation), fieldPublisher: pb.NewValueString(c.Publisher),
		fieldURL: pb.NewValueString(c.URL),
	}
	if !c.Date.IsZero() {
		p[fieldDate] = pb.NewValueInt(c.Date.Unix())
		if ns := c.Date.Nanosecond(); ns != 0 {
			p[fieldDateNanos] = pb.NewValueInt(int64(ns))
		}
	}
	if len(c.Meta) > 0 {
		m := make(map[string]*pb.Value, len(c.Meta))
		for k, v := range maps.All(c.Meta) {
			m[k] = pb.NewValueString(v)
		}
		p[fieldMeta] = pb.NewValueFromFields(m)
	}
	return p
}

// chunk reads a chunk back from its payload; dates come back in UTC.
func chunk(p map[string]*pb.Value) retrieval.Chunk {
	str := func(k string) string { return p[k].GetStringValue() }
	c := retrieval.Chunk{
		ID: str(fieldChunkID), DocID: str(fieldDocID), Ordinal: int(p[fieldOrdinal].GetIntegerValue()),
		Text: str(fieldText), Title: str(fieldTitle), Kind: str(fieldKind), Lang: str(fieldLang),
		Region: str(fieldRegion), Occupation: str(fieldOccupation), Publisher: str(fieldPublisher), URL: str(fieldURL),
	}
	if d, ok := p[fieldDate]; ok {
		c.Date = time.Unix(d.GetIntegerValue(), p[fieldDateNanos].GetIntegerValue()).UTC()
	}
	if m := p[fieldMeta].GetStructValue().GetFields(); len(m) > 0 {
		c.Meta = make(map[string]string, len(m))
		for k, v := range m {
			c.Meta[k] = v.GetStringValue()
		}
	}
	return c
}
