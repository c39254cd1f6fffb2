package assistant_test

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// adRow and adsData stand for a job-ads tool result, the typed Go value a
// planner's turn holds.
type adRow struct {
	Title, Employer, City, Region, Contract, Posted, URL string
	Skills                                               []string
	Score                                                float64
}

type adsData struct {
	Query string
	Rows  []adRow
	Total int
}

// sampleTurn is a fresh turn (its strings its own) shaped like a job-ads
// answer of the offline planner: 5.2 KB as JSON, 6.5 KB of heap. 140k of
// them took 915 MB of heap in the store of 10,000 sessions that issue 14
// measured at 905 MB.
func sampleTurn(i int) assistant.Turn {
	n := fmt.Sprint(i)
	rows := make([]adRow, 12)
	for r := range rows {
		rows[r] = adRow{Title: "Développeur Java confirmé " + n, Employer: "Société " + n, City: "Casablanca",
			Region: "MA-06", Contract: "CDI", Posted: "2025-10-" + n, URL: "https://emploi.example.ma/offre/" + n,
			Skills: []string{"java " + n, "spring", "sql", "git"}, Score: float64(r)}
	}
	cite := tools.Citation{ID: "ads-" + n, Kind: "job_ads", Publisher: "Marsad", Title: "Offres " + n, Period: "2025-10"}
	return assistant.Turn{SessionID: "s" + n, Question: "job offers for developers in Casablanca " + n, Lang: "en",
		Answer: strings.Repeat("Software developer, CDI, Casablanca — https://emploi.example.ma/offre/"+n+"\n", 20),
		ToolCalls: []assistant.ToolCall{{ID: "call_" + n, Name: "search_job_ads",
			Arguments: json.RawMessage(`{"need":"développeur ` + n + `","region":"MA-06"}`),
			Result:    &tools.Result{Tool: "search_job_ads", Data: adsData{Query: n, Rows: rows, Total: 120}, Citations: []tools.Citation{cite}}}},
		Citations: []tools.Citation{cite}}
}

func heapBytes() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkMemorySessionsHeap appends 140k fresh turns, 20 to a session,
// to the store an Assistant makes by default, and reports the heap the
// store keeps (heap-MB) and the JSON size of one turn. Run it with
// -benchtime 1x.
func BenchmarkMemorySessionsHeap(b *testing.B) {
	const turns, perSession = 140_000, 20
	js, _ := json.Marshal(sampleTurn(1))
	b.ReportMetric(float64(len(js)), "turn-json-B")
	for b.Loop() {
		base := heapBytes()
		s := newDefaultStore()
		for i := range turns {
			if err := s.Append(context.Background(), fmt.Sprint("s", i/perSession), sampleTurn(i)); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(heapBytes()-base)/(1<<20), "heap-MB")
		runtime.KeepAlive(s)
	}
}

func newDefaultStore() assistant.Sessions {
	return assistant.NewMemorySessions(assistant.MemoryLimits{})
}
