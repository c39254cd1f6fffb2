// Package chattest is a chat server for tests: it speaks the OpenAI
// chat-completions wire format (plain JSON, or SSE with streamed tool
// calls as OpenAI sends them) and replies from a script, so that the LLM
// path is exercised through langchaingo's real client without a model.
package chattest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// Reply is one scripted answer of the server: text, tool calls, an HTTP
// Status other than 200, or no answer at all (Hang: the request is held
// until the client gives up, as a stuck model server does). When Respond
// is set, the reply is what it returns for the request received, so that
// a scripted model can answer from the tool results it was sent.
type Reply struct {
	Text    string
	Calls   []Call
	Status  int
	Hang    bool
	Respond func(Request) Reply
}

// Hang is a reply that never comes.
var Hang = Reply{Hang: true}

// Call is a tool call the model makes: a tool name and its arguments as
// JSON.
type Call struct{ Name, Args string }

// Say is a reply answering text.
func Say(text string) Reply { return Reply{Text: text} }

// CallTool is a reply calling one tool.
func CallTool(name, args string) Reply { return Reply{Calls: []Call{{name, args}}} }

// Server is an in-process server speaking the OpenAI chat-completions
// wire format, plain JSON or SSE (when the request asks "stream": true),
// replying from a script in order and recording each request body. Past
// the script it answers 500. Each reply reports its usage as OpenAI does
// (in the JSON, or in a last chunk when the stream asks include_usage):
// Usage(request, reply).
type Server struct {
	*httptest.Server
	mu       sync.Mutex
	script   []Reply
	requests []Request
	paths    []string
}

// Request is the part of an OpenAI request the tests look at.
type Request struct {
	Stream        bool `json:"stream"`
	StreamOptions *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
	Messages []struct {
		Role       string `json:"role"`
		Content    string `json:"content"`
		ToolCallID string `json:"tool_call_id"`
	} `json:"messages"`
	Tools []struct {
		Function struct {
			Name        string         `json:"name"`
			Description string         `json:"description"`
			Parameters  map[string]any `json:"parameters"`
		} `json:"function"`
	} `json:"tools"`
}

// NewServer starts a server replying from script; it stops when the test
// ends.
func NewServer(t *testing.T, script ...Reply) *Server {
	t.Helper()
	s := &Server{script: script}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req Request
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
	if rep.Respond != nil {
		rep = rep.Respond(req)
	}
	switch {
	case rep.Hang:
		<-r.Context().Done()
	case rep.Status != 0:
		http.Error(w, `{"error":{"message":"scripted failure"}}`, rep.Status)
	case req.Stream:
		writeSSE(w, n, rep, req)
	default:
		writeJSON(w, n, rep, req)
	}
}

func toolCallsJSON(n int, calls []Call) []map[string]any {
	var out []map[string]any
	for i, c := range calls {
		out = append(out, map[string]any{"id": fmt.Sprintf("call_%d_%d", n, i), "type": "function",
			"function": map[string]any{"name": c.Name, "arguments": c.Args}})
	}
	return out
}

func finish(rep Reply) string {
	if len(rep.Calls) > 0 {
		return "tool_calls"
	}
	return "stop"
}

// Usage is the token count the server reports for a reply: 10 prompt
// tokens a message of the request, 1 completion token a word of the text
// and 5 a tool call, so that a test can tell each call's count apart.
func Usage(req Request, rep Reply) (prompt, completion int) {
	return 10 * len(req.Messages), len(strings.Fields(rep.Text)) + 5*len(rep.Calls)
}

func usageJSON(req Request, rep Reply) map[string]int {
	p, c := Usage(req, rep)
	return map[string]int{"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}
}

func writeJSON(w http.ResponseWriter, n int, rep Reply, req Request) {
	msg := map[string]any{"role": "assistant", "content": rep.Text}
	if len(rep.Calls) > 0 {
		msg["tool_calls"] = toolCallsJSON(n, rep.Calls)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"id": fmt.Sprint("chatcmpl-", n), "object": "chat.completion",
		"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish(rep)}},
		"usage":   usageJSON(req, rep)})
}

// writeSSE streams the text word by word, then each tool call as OpenAI
// does: a first delta with id, type and name, then argument fragments.
func writeSSE(w http.ResponseWriter, n int, rep Reply, req Request) {
	w.Header().Set("Content-Type", "text/event-stream")
	send := func(delta map[string]any, reason any) {
		b, _ := json.Marshal(map[string]any{"id": fmt.Sprint("chatcmpl-", n), "object": "chat.completion.chunk",
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": reason}}})
		fmt.Fprintf(w, "data: %s\n\n", b)
		w.(http.Flusher).Flush()
	}
	send(map[string]any{"role": "assistant", "content": ""}, nil)
	for _, word := range strings.SplitAfter(rep.Text, " ") {
		if word != "" {
			send(map[string]any{"content": word}, nil)
		}
	}
	for i, c := range rep.Calls {
		first := map[string]any{"index": i, "id": fmt.Sprintf("call_%d_%d", n, i), "type": "function",
			"function": map[string]any{"name": c.Name, "arguments": ""}}
		send(map[string]any{"tool_calls": []any{first}}, nil)
		for _, frag := range splitHalf(c.Args) {
			send(map[string]any{"tool_calls": []any{map[string]any{"index": i, "function": map[string]any{"arguments": frag}}}}, nil)
		}
	}
	send(map[string]any{}, finish(rep))
	if req.StreamOptions != nil && req.StreamOptions.IncludeUsage {
		b, _ := json.Marshal(map[string]any{"id": fmt.Sprint("chatcmpl-", n), "object": "chat.completion.chunk",
			"choices": []any{}, "usage": usageJSON(req, rep)})
		fmt.Fprintf(w, "data: %s\n\n", b)
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// splitHalf cuts s in two at a rune boundary: a server streams text, and
// half a UTF-8 sequence would reach the client as U+FFFD.
func splitHalf(s string) []string {
	cut := len(s) / 2
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if cut == 0 {
		return []string{s}
	}
	return []string{s[:cut], s[cut:]}
}

// Request returns the i-th request received (from 0).
func (s *Server) Request(i int) Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[i]
}

// Count returns the number of requests received.
func (s *Server) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

// Path returns the URL path of the i-th request received (from 0).
func (s *Server) Path(i int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.paths[i]
}
