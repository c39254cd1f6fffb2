package embed

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/tmc/langchaingo/embeddings"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"

	"github.com/marsad/marsad/retrieval"
)

// ErrRemote is wrapped by every error of an embedding server: unreachable,
// refusing the request, or answering something that is not one vector per
// text.
var ErrRemote = errors.New("embedding server error")

// Remote is a dense embedder served over HTTP (an OpenAI-compatible
// server or Ollama), through langchaingo's embeddings. Its dimension is
// the model's, learnt by embedding one probe text when it is created.
// Safe for concurrent use.
type Remote struct {
	name string
	emb  embeddings.Embedder
	dim  int
}

// Both embedders satisfy retrieval.Embedder.
var (
	_ retrieval.Embedder = (*Remote)(nil)
	_ retrieval.Embedder = Builtin{}
)

// noKey is sent as the API key to OpenAI-compatible servers that need
// none (langchaingo refuses an empty key).
const noKey = "none"

// NewOpenAI returns the embedder of model on an OpenAI-compatible server
// (POST baseURL/embeddings: OpenAI, vLLM, llama.cpp server, LM Studio...),
// baseURL ending before /embeddings (https://api.openai.com/v1). apiKey may
// be empty for servers without authentication. It fails, wrapping
// ErrRemote, when the server cannot embed a probe text.
func NewOpenAI(ctx context.Context, baseURL, model, apiKey string) (*Remote, error) {
	if apiKey == "" {
		apiKey = noKey
	}
	llm, err := openai.New(openai.WithBaseURL(baseURL), openai.WithToken(apiKey), openai.WithEmbeddingModel(model))
	if err != nil {
		return nil, fmt.Errorf("openai embedder %s: %w: %v", model, ErrRemote, err)
	}
	return newRemote(ctx, "openai "+model, llm)
}

// NewOllama returns the embedder of model on the Ollama server at baseURL
// (POST /api/embed, one text per request). It fails, wrapping ErrRemote,
// when the server cannot embed a probe text (the model must be pulled).
func NewOllama(ctx context.Context, baseURL, model string) (*Remote, error) {
	llm, err := ollama.New(ollama.WithServerURL(baseURL), ollama.WithModel(model))
	if err != nil {
		return nil, fmt.Errorf("ollama embedder %s: %w: %v", model, ErrRemote, err)
	}
	return newRemote(ctx, "ollama "+model, llm)
}

func newRemote(ctx context.Context, name string, client embeddings.EmbedderClient) (*Remote, error) {
	emb, err := embeddings.NewEmbedder(client, embeddings.WithStripNewLines(false))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrRemote, err)
	}
	r := &Remote{name: name, emb: emb}
	probe, err := emb.EmbedDocuments(ctx, []string{"marsad"})
	if err != nil {
		return nil, fmt.Errorf("%s: probe: %w: %v", name, ErrRemote, err)
	}
	if len(probe) != 1 || len(probe[0]) == 0 {
		return nil, fmt.Errorf("%s: probe gave %d vectors: %w", name, len(probe), ErrRemote)
	}
	r.dim = len(probe[0])
	return r, nil
}

// Dimension returns the length of the model's vectors.
func (r *Remote) Dimension() int { return r.dim }

// Dense embeds texts, in batches of langchaingo's default size. A vector
// of another length than the probe's fails with retrieval.ErrDimension.
func (r *Remote) Dense(ctx context.Context, texts []string) ([][]float32, error) {
	if len(texts) == 0 {
		return nil, nil
	}
	vecs, err := r.emb.EmbedDocuments(ctx, texts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", r.name, ErrRemote, err)
	}
	if len(vecs) != len(texts) {
		return nil, fmt.Errorf("%s: %d vectors for %d texts: %w", r.name, len(vecs), len(texts), ErrRemote)
	}
	for i, v := range vecs {
		if len(v) != r.dim {
			return nil, fmt.Errorf("%s: vector %d has %d dimensions, not %d: %w", r.name, i, len(v), r.dim, retrieval.ErrDimension)
		}
	}
	return vecs, nil
}

// ProbeURL is the cheap request that tells a remote embedder's server is
// up, for a readiness probe: GET baseURL/models on an OpenAI-compatible
// server (kind "openai"), GET baseURL/api/version on Ollama. Neither
// computes anything.
func ProbeURL(kind, baseURL string) string {
	base := strings.TrimRight(baseURL, "/")
	if kind == "ollama" {
		return base + "/api/version"
	}
	return base + "/models"
}
