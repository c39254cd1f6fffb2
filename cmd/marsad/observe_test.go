package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/langchain/chattest"
)

// TestServeWithHungLLM runs serve with an LLM server that never answers:
// /readyz names it, a turn still gets the offline planner's answer once
// the model's share of the turn has passed, /metrics counts the failed
// model call, the turn and its tool, and the JSON log lines of the turn
// (the request's and the fallback's) carry the request id.
func TestServeWithHungLLM(t *testing.T) {
	hang := make(chan struct{})
	llm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-hang:
		}
	}))
	t.Cleanup(llm.Close)
	t.Cleanup(func() { close(hang) })
	stderr := &lockedBuffer{}
	base := startServerOut(t, env(t, "MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", llm.URL+"/v1",
		"MARSAD_LLM_MODEL", "m", "MARSAD_TURN_TIMEOUT", "2s", "MARSAD_LOG_FORMAT", "json", "MARSAD_LOG_LEVEL", "info"), stderr)

	res, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	var ready struct {
		Status string   `json:"status"`
		Down   []string `json:"down"`
	}
	json.NewDecoder(res.Body).Decode(&ready)
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable || strings.Join(ready.Down, ",") != "llm" {
		t.Errorf("/readyz: %d %+v, want 503 with llm down", res.StatusCode, ready)
	}

	body, _ := json.Marshal(assistant.Request{Message: "Quel était le taux de chômage des femmes en 2024 ?"})
	req, _ := http.NewRequest(http.MethodPost, base+"/api/chat", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-ID", "turn-under-test")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("X-Request-ID") != "turn-under-test" {
		t.Fatalf("chat: %d, request id %q", res.StatusCode, res.Header.Get("X-Request-ID"))
	}

	want := []string{
		`marsad_llm_call_duration_seconds_count{outcome="error"} 1`,
		`marsad_turn_duration_seconds_count{outcome="ok"} 1`,
		`marsad_tool_call_duration_seconds_count{outcome="ok",tool="indicator_series"} 1`,
		`marsad_http_request_duration_seconds_count{method="POST",route="/api/chat",status="200"} 1`,
	}
	metrics := scrapeUntil(t, base, want)
	for _, w := range want {
		if !strings.Contains(metrics, w) {
			t.Errorf("/metrics lacks %s", w)
		}
	}

	var msgs []string
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		msgs = linesOf(t, stderr.String(), "turn-under-test") // the request's line comes after its answer
		if len(msgs) == 2 || time.Now().After(deadline) {
			break
		}
	}
	if strings.Join(msgs, "|") != "LLM turn answered by the offline planner|http request" {
		t.Errorf("lines of the turn: %q, want the fallback's and the request's", msgs)
	}
}

// linesOf returns the msg of every JSON log line of logs carrying the
// request id id.
func linesOf(t *testing.T, logs, id string) []string {
	t.Helper()
	var msgs []string
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("log line %q is not JSON", sc.Text())
		}
		if line["request_id"] == id {
			msgs = append(msgs, line["msg"].(string))
		}
	}
	return msgs
}

// scrapeUntil scrapes /metrics until it holds every line of want, for at
// most ten seconds: a request is counted once its answer is written, a
// moment after the client may have read it.
func scrapeUntil(t *testing.T, base string, want []string) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		res, err := http.Get(base + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		got := string(body)
		if !slices.ContainsFunc(want, func(w string) bool { return !strings.Contains(got, w) }) || time.Now().After(deadline) {
			return got
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// startServerOut is startServerEnv writing serve's log on stderr.
func startServerOut(t testing.TB, getenv func(string) string, stderr io.Writer) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, getenv, strings.NewReader(""), pw, stderr)
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve returned %v", err)
		}
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("server did not start: %v", err)
	}
	go io.Copy(io.Discard, pr)
	return strings.TrimSpace(strings.TrimPrefix(line, "Marsad is ready: "))
}

func TestLogFormatIsChecked(t *testing.T) {
	err := configFrom(t, env(t, "MARSAD_LOG_FORMAT", "xml")).check()
	if err == nil || !strings.Contains(err.Error(), "MARSAD_LOG_FORMAT=") {
		t.Fatalf("MARSAD_LOG_FORMAT=xml: err = %v, want one naming the variable", err)
	}
}

// TestServeCountsUploads uploads ads (one stored, one repeated, one with
// neither title nor description) and a file of a kind that does not
// exist: /metrics counts the records as the summary does, and the
// refused file under kind "unknown".
func TestServeCountsUploads(t *testing.T) {
	base := startServerEnv(t, env(t, "MARSAD_ADMIN_TOKEN", "s3cret"))
	upload := func(query, body string) *http.Response {
		req, _ := http.NewRequest(http.MethodPost, base+"/api/ingest?"+query, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer s3cret")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { res.Body.Close() })
		return res
	}
	ads := "title,description,city\n" +
		"Infirmier polyvalent,Clinique privée cherche infirmier diplômé d'État,Rabat\n" +
		"Infirmier polyvalent,Clinique privée cherche infirmier diplômé d'État,Rabat\n" +
		",,Fès\n"
	res := upload("kind=ads&name=ads.csv", ads)
	var sum ingestSummary
	if err := json.NewDecoder(res.Body).Decode(&sum); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("upload: %d %v", res.StatusCode, err)
	}
	if sum.Loaded != 1 || sum.Duplicates != 1 || sum.Quarantined != 1 {
		t.Fatalf("summary %+v, want 1 loaded, 1 duplicate, 1 quarantined", sum.Summary)
	}
	if res := upload("kind=recipes&name=x.csv", "a,b\n1,2\n"); res.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("unknown kind: %d, want 422", res.StatusCode)
	}
	want := []string{
		`marsad_ingest_records_total{kind="ads",outcome="loaded"} 1`,
		`marsad_ingest_records_total{kind="ads",outcome="duplicate"} 1`,
		`marsad_ingest_records_total{kind="ads",outcome="quarantined"} 1`,
		`marsad_ingest_files_total{kind="ads",outcome="accepted"} 1`,
		`marsad_ingest_files_total{kind="unknown",outcome="refused"} 1`,
	}
	got := scrapeUntil(t, base, want)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("/metrics lacks %s", w)
		}
	}
	if strings.Contains(got, "recipes") {
		t.Errorf("a client's kind became a label")
	}
}

// TestServeCountsLLMTokens answers a turn with a scripted model (a tool
// call, then the answer): /metrics counts both requests and the tokens
// the server reported for them.
func TestServeCountsLLMTokens(t *testing.T) {
	script := []chattest.Reply{
		chattest.CallTool("indicator_series", `{"indicator":"unemployment_rate","sex":"female","from":"2024","to":"2024"}`),
		chattest.Say("Selon le HCP (statistique officielle), le taux de chômage des femmes était de 19,4 % en 2024."),
	}
	srv := chattest.NewServer(t, script...)
	base := startServerEnv(t, env(t, "MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", srv.URL+"/v1", "MARSAD_LLM_MODEL", "scripted"))
	body, _ := json.Marshal(assistant.Request{Message: "Quel était le taux de chômage des femmes en 2024 ?"})
	res, err := http.Post(base+"/api/chat", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || srv.Count() != 2 {
		t.Fatalf("chat: %d after %d model requests, want 200 after 2", res.StatusCode, srv.Count())
	}
	var prompt, completion int
	for i, rep := range script {
		p, c := chattest.Usage(srv.Request(i), rep)
		prompt, completion = prompt+p, completion+c
	}
	want := []string{
		`marsad_llm_call_duration_seconds_count{outcome="ok"} 2`,
		fmt.Sprintf(`marsad_llm_tokens_total{kind="prompt"} %d`, prompt),
		fmt.Sprintf(`marsad_llm_tokens_total{kind="completion"} %d`, completion),
	}
	got := scrapeUntil(t, base, want)
	for _, w := range want {
		if !strings.Contains(got, w+"\n") {
			t.Errorf("/metrics lacks %s", w)
		}
	}
}
