package offline

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/web/chatbench"
)

// BenchmarkTurn is one offline turn over the seed world, the questions of
// `marsad bench chat` in turn: reading the message, planning, the tool
// calls and the answer, without the websocket. Its CPU profile is the
// chat path's (go test -bench Turn -cpuprofile).
func BenchmarkTurn(b *testing.B) {
	p := New(seededKit(b), func() time.Time { return seedReference })
	ctx := context.Background()
	discard := func(assistant.Event) error { return nil }
	i := 0
	for b.Loop() {
		q := chatbench.Questions[i%len(chatbench.Questions)]
		if _, err := p.Run(ctx, nil, lang.Read(q), discard); err != nil {
			b.Fatalf("%q: %v", q, err)
		}
		i++
	}
}
