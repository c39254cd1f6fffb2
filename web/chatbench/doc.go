// Package chatbench puts a load of chat sessions on a running Marsad's
// websocket and measures how long each answer takes, beside the ceiling
// of the same machine: the same sessions, questions and frames against a
// bare gin + websocket handler that replays the frames Marsad sent,
// started in the same process. The ratio of the two is what a change to
// the chat path moves; the absolute times drift with the machine.
//
// A run first asks each question once (recording the frames of its
// answer), then opens every session at once, each asking its questions one
// after the other and waiting for the answer's done event, then does the
// same against the ceiling. An error event, a connection that fails or an
// answer that does not come within the turn timeout is an error.
package chatbench
