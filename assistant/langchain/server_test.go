package langchain

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// reply is one scripted answer of the fake chat server: text, tool calls,
// or an HTTP status other than 200.
type reply struct {
	text   string
	calls  []scriptedCall
	status int
}

type scriptedCall struct{ name, args string }

func say(text string) reply { return reply{text: text} }

func callTool(name, args string) reply { return reply{calls: []scriptedCall{{name, args}}} }

// chatServer is an in-process server speaking the OpenAI chat-completions
// wire format, plain JSON or SSE (when the request asks "stream": true),
// replying from a script in order and recording each request body. Past
// the script it answers 500.
type chatServer struct {
	*httptest.Server
	mu       sync.Mutex
	script   []reply
	requests []chatRequest
	paths    []string
}

// chatRequest is the part of an OpenAI request the tests look at.
type chatRequest struct {
	Stream   bool `json:"stream"`
	Messages []struct {
		Role       string `json:"role"`
		Content    string `json:"content"`
		ToolCallID string `json:"tool_call_id"`
	} `json:"messages"`
	Tools []struct {
		Function struct {
			Name       string         `json:"name"`
			Parameters map[string]any `json:"parameters"`
		} `json:"function"`
	} `json:"tools"`
}

func newChatServer(t *testing.T, script ...reply) *chatServer {
	t.Helper()
	s := &chatServer{script: script}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *chatServer) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req chatRequest
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.paths = append(s.paths, r.URL.Path)
	n := len(s.requests)
	s.mu.Unlock()
	if !strings.HasSuffix(r.URL.Path, "/chat/completions") || n > len(s.script) {
		http.Error(w, `{"error":{"message":"no scripted reply"}}`, http.StatusInternalServerError)
		return
	}
	rep := s.script[n-1]
	switch {
	case rep.status != 0:
		http.Error(w, `{"error":{"message":"scripted failure"}}`, rep.status)
	case req.Stream:
		writeSSE(w, n, rep)
	default:
		writeJSON(w, n, rep)
	}
}

func toolCallsJSON(n int, calls []scriptedCall) []map[string]any {
	var out []map[string]any
	for i, c := range calls {
		out = append(out, map[string]any{"id": fmt.Sprintf("call_%d_%d", n, i), "type": "function",
			"function": map[string]any{"name": c.name, "arguments": c.args}})
	}
	return out
}

func finish(rep reply) string {
	if len(rep.calls) > 0 {
		return "tool_calls"
	}
	return "stop"
}

func writeJSON(w http.ResponseWriter, n int, rep reply) {
	msg := map[string]any{"role": "assistant", "content": rep.text}
	if len(rep.calls) > 0 {
		msg["tool_calls"] = toolCallsJSON(n, rep.calls)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"id": fmt.Sprint("chatcmpl-", n), "object": "chat.completion",
		"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish(rep)}}})
}

// writeSSE streams the text word by word, then each tool call as OpenAI
// does: a first delta with id, type and name, then argument fragments.
func writeSSE(w http.ResponseWriter, n int, rep reply) {
	w.Header().Set("Content-Type", "text/event-stream")
	send := func(delta map[string]any, reason any) {
		b, _ := json.Marshal(map[string]any{"id": fmt.Sprint("chatcmpl-", n), "object": "chat.completion.chunk",
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": reason}}})
		fmt.Fprintf(w, "data: %s\n\n", b)
		w.(http.Flusher).Flush()
	}
	send(map[string]any{"role": "assistant", "content": ""}, nil)
	for _, word := range strings.SplitAfter(rep.text, " ") {
		if word != "" {
			send(map[string]any{"content": word}, nil)
		}
	}
	for i, c := range rep.calls {
		first := map[string]any{"index": i, "id": fmt.Sprintf("call_%d_%d", n, i), "type": "function",
			"function": map[string]any{"name": c.name, "arguments": ""}}
		send(map[string]any{"tool_calls": []any{first}}, nil)
		for _, frag := range splitHalf(c.args) {
			send(map[string]any{"tool_calls": []any{map[string]any{"index": i, "function": map[string]any{"arguments": frag}}}}, nil)
		}
	}
	send(map[string]any{}, finish(rep))
	fmt.Fprint(w, "data: [DONE]\n\n")
}

func splitHalf(s string) []string {
	if len(s) < 2 {
		return []string{s}
	}
	return []string{s[:len(s)/2], s[len(s)/2:]}
}

func (s *chatServer) request(i int) chatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[i]
}

func (s *chatServer) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}
