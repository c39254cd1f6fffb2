package langchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/tmc/langchaingo/llms"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// offer describes every tool of kit to the model, with its JSON Schema.
func offer(kit *tools.Kit) []llms.Tool {
	var out []llms.Tool
	for _, t := range kit.Tools() {
		out = append(out, llms.Tool{Type: "function", Function: &llms.FunctionDefinition{
			Name: t.Name(), Description: t.Description(), Parameters: t.Schema()}})
	}
	return out
}

// callMessage is the model's reply that asked for tools, as it goes back
// into the conversation ahead of the tools' replies.
func callMessage(c *llms.ContentChoice) llms.MessageContent {
	m := llms.MessageContent{Role: llms.ChatMessageTypeAI}
	if c.Content != "" {
		m.Parts = append(m.Parts, llms.TextPart(c.Content))
	}
	for _, tc := range c.ToolCalls {
		m.Parts = append(m.Parts, tc)
	}
	return m
}

// maxReply bounds the tool reply the model reads, so that a long search
// result cannot fill its context; the ground keeps the whole result.
const maxReply = 16000

// call runs one tool call of the model, emitting tool_call, tool_result and
// citation events as the offline planner does and recording the call. A
// bad call (unknown tool, invalid arguments) is no error: its message is
// the reply the model reads, so that it can correct itself within the step
// bound. A backend failure is returned, unless the LLM deadline caused it,
// which is a *Fallback.
func (a *agentTurn) call(ctx context.Context, tc llms.ToolCall) (llms.MessageContent, error) {
	name, args := "", ""
	if tc.FunctionCall != nil {
		name, args = tc.FunctionCall.Name, tc.FunctionCall.Arguments
	}
	rec := assistant.ToolCall{ID: tc.ID, Name: name, Arguments: jsonArguments(args)}
	if rec.ID == "" {
		rec.ID = fmt.Sprintf("call_%d", len(a.turn.ToolCalls)+1)
	}
	if err := a.emit(assistant.Event{Type: assistant.EventToolCall, Call: &rec}); err != nil {
		return llms.MessageContent{}, err
	}
	res, err := a.p.kit.Call(ctx, name, json.RawMessage(args))
	switch {
	case err != nil && errors.Is(err, tools.ErrBadArgs):
		rec.Error = err.Error()
	case err != nil && ctx.Err() != nil:
		return llms.MessageContent{}, &Fallback{Reason: ReasonLLM, Err: err}
	case err != nil:
		return llms.MessageContent{}, fmt.Errorf("tool %s: %w", name, err)
	default:
		rec.Result = &res
		a.ground.add(res)
	}
	a.turn.ToolCalls = append(a.turn.ToolCalls, rec)
	if err := a.emit(assistant.Event{Type: assistant.EventToolResult, Call: &rec}); err != nil {
		return llms.MessageContent{}, err
	}
	if err := a.cite(res.Citations); err != nil {
		return llms.MessageContent{}, err
	}
	return llms.MessageContent{Role: llms.ChatMessageTypeTool, Parts: []llms.ContentPart{
		llms.ToolCallResponse{ToolCallID: rec.ID, Name: name, Content: replyText(rec)}}}, nil
}

// cite records and emits the citations not yet cited this turn.
func (a *agentTurn) cite(cs []tools.Citation) error {
	for i := range cs {
		if a.cited[cs[i].ID] {
			continue
		}
		a.cited[cs[i].ID] = true
		a.turn.Citations = append(a.turn.Citations, cs[i])
		if err := a.emit(assistant.Event{Type: assistant.EventCitation, Citation: &cs[i]}); err != nil {
			return err
		}
	}
	return nil
}

// replyText is what the model reads of a call: the result as JSON, or
// {"error": ...} for a bad call.
func replyText(rec assistant.ToolCall) string {
	var raw []byte
	if rec.Result != nil {
		raw, _ = json.Marshal(rec.Result) // tool results are plain data
	} else {
		raw, _ = json.Marshal(map[string]string{"error": rec.Error})
	}
	if len(raw) <= maxReply {
		return string(raw)
	}
	cut := maxReply
	for cut > 0 && !utf8.RuneStart(raw[cut]) {
		cut--
	}
	return string(raw[:cut]) + " …(truncated)"
}

// jsonArguments returns the model's arguments as valid JSON for the turn
// record: compacted when they are JSON, {} when empty, else the text as a
// JSON string (the tool reports them as bad arguments).
func jsonArguments(s string) json.RawMessage {
	if s == "" {
		return json.RawMessage("{}")
	}
	var b bytes.Buffer
	if json.Compact(&b, []byte(s)) == nil {
		return b.Bytes()
	}
	q, _ := json.Marshal(s)
	return q
}

// isToolDelta reports whether a streamed chunk is a tool-call delta:
// langchaingo's OpenAI client passes those to the streaming function as
// the JSON of the delta array ([{"id":…,"type":"function","function":…}]),
// which must not reach the user as answer text.
func isToolDelta(chunk []byte) bool {
	if !bytes.HasPrefix(bytes.TrimSpace(chunk), []byte("[{")) {
		return false
	}
	var deltas []map[string]json.RawMessage
	if json.Unmarshal(chunk, &deltas) != nil || len(deltas) == 0 {
		return false
	}
	_, ok := deltas[0]["function"]
	return ok
}
