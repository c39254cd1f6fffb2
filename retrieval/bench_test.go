package retrieval_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/embed"
	"github.com/marsad/marsad/retrieval/embedded"
)

// BenchmarkIndexAdd measures indexing throughput of the demo notes and
// profiles (each iteration adds them all again under new ids): chunking,
// built-in embedding, sparse encoding and the embedded store, in memory
// and on disk (log synced per call).
func BenchmarkIndexAdd(b *testing.B) {
	docs := append(readNotes(b, filepath.Join(seedDir, "notes")), readProfiles(b, filepath.Join(seedDir, "profiles", "profiles.json"))...)
	for _, where := range []string{"memory", "disk"} {
		b.Run(where, func(b *testing.B) {
			dir := ""
			if where == "disk" {
				dir = b.TempDir()
			}
			s, err := embedded.Open(dir, embed.BuiltinDim)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ix, err := retrieval.NewIndex(s, embed.NewBuiltin())
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				batch := make([]retrieval.Document, len(docs))
				for j, d := range docs {
					d.ID = fmt.Sprintf("%s-%d", d.ID, i)
					batch[j] = d
				}
				if err := ix.Add(ctx, batch); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			n, _ := s.Count(ctx)
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "chunks/s")
			b.ReportMetric(float64(n)/float64(b.N), "chunks/op")
		})
	}
}

// BenchmarkIndexSearch measures a hybrid Index.Search (query embedding,
// sparse encoding, both arms, fusion) over the demo corpus.
func BenchmarkIndexSearch(b *testing.B) {
	docs := append(readNotes(b, filepath.Join(seedDir, "notes")), readProfiles(b, filepath.Join(seedDir, "profiles", "profiles.json"))...)
	s, _ := embedded.Open("", embed.BuiltinDim)
	defer s.Close()
	ix, err := retrieval.NewIndex(s, embed.NewBuiltin())
	if err != nil {
		b.Fatal(err)
	}
	if err := ix.Add(ctx, docs); err != nil {
		b.Fatal(err)
	}
	queries := []string{"ch7al lbitala f casa", "شنو خاصني باش نولي فرملي", "taux de chômage des jeunes", "software developer skills"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Search(ctx, queries[i%len(queries)], retrieval.Filter{}, 5); err != nil {
			b.Fatal(err)
		}
	}
}
