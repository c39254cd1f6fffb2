package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/langchain"
	"github.com/marsad/marsad/web"
	"github.com/marsad/marsad/web/metrics"
)

// config is every setting of the binary. Each field has an environment
// variable (MARSAD_<NAME>) and a flag (--<name>); the flag wins.
type config struct {
	Command      string // the command running: serve, ask, ingest, eval
	Force        bool   // ingest --force: read again files already ingested
	Addr         string
	DataDir      string
	DatabaseURL  string
	QdrantURL    string
	LLMProvider  string
	LLMBaseURL   string
	LLMModel     string
	LLMAPIKey    string
	LLMContext   string
	Embedder     string
	EmbedModel   string
	AdminToken   string
	LogLevel     string
	LogFormat    string
	MaxMsgTokens int

	// Metrics, set by serve, receives the hooks of the kit, the index,
	// the LLM planner and the ingestion; nil (other commands) counts
	// nothing.
	Metrics *metrics.Registry
	// Log, set by serve, is where the LLM planner logs its fallbacks;
	// nil logs them on standard error.
	Log *slog.Logger

	// SessionMemory, SessionIdle and TurnTimeout are as written; check
	// validates them and sessionLimits and turnTimeout read them.
	SessionMemory string
	SessionIdle   string
	TurnTimeout   string

	// Collection of job ads from the web (see collectConfig).
	CollectSources string
	CollectEvery   string
	CollectContact string
	CollectDelay   string
	CollectTimeout string
	Retention      string

	// The bounds of clients (web.Limits) as written; limits reads them.
	AllowedHosts    string
	TrustedProxies  string
	TurnsPerIP      string
	TurnsPerSession string
	WebsocketsPerIP string
	WebsocketsInAll string
}

// setting describes one configuration entry for flags, environment and
// the README's table.
type setting struct {
	name, def, help string
	field           func(c *config) *string
}

var settings = []setting{
	{"addr", "127.0.0.1:8080", "address the chat server listens on", func(c *config) *string { return &c.Addr }},
	{"data-dir", "", "folder of the embedded stores (default $XDG_DATA_HOME/marsad or ~/.local/share/marsad)", func(c *config) *string { return &c.DataDir }},
	{"database-url", "", "PostgreSQL URL (indicator tables, job ads, conversations); empty uses the embedded stores", func(c *config) *string { return &c.DatabaseURL }},
	{"qdrant-url", "", "Qdrant gRPC address; empty uses the embedded vector store", func(c *config) *string { return &c.QdrantURL }},
	{"llm-provider", "", "openai or ollama; empty uses the offline planner", func(c *config) *string { return &c.LLMProvider }},
	{"llm-base-url", "", "base URL of the LLM server", func(c *config) *string { return &c.LLMBaseURL }},
	{"llm-model", "", "model name", func(c *config) *string { return &c.LLMModel }},
	{"llm-api-key", "", "API key of the LLM server", func(c *config) *string { return &c.LLMAPIKey }},
	{"llm-context", strconv.Itoa(langchain.DefaultContextTokens), "tokens the model reads and writes in one request (its context window): prompts are cut to fit it, oldest turns first", func(c *config) *string { return &c.LLMContext }},
	{"embedder", "builtin", "builtin, openai or ollama", func(c *config) *string { return &c.Embedder }},
	{"embed-model", "", "embedding model (bge-m3, multilingual-e5…) for openai/ollama", func(c *config) *string { return &c.EmbedModel }},
	{"admin-token", "", "bearer token guarding POST /api/ingest; empty disables it", func(c *config) *string { return &c.AdminToken }},
	{"log-level", "info", "debug, info, warn or error", func(c *config) *string { return &c.LogLevel }},
	{"log-format", "text", "text (key=value lines) or json (one JSON object a line); every line of a request carries its request_id", func(c *config) *string { return &c.LogFormat }},
	{"session-memory", "64MiB", "memory for conversations kept in the process (no database): least recently used ones are forgotten first; B, KiB, MiB or GiB", func(c *config) *string { return &c.SessionMemory }},
	{"session-idle", "2h", "a conversation kept in the process is forgotten after this long without a message", func(c *config) *string { return &c.SessionIdle }},
	{"collect-sources", "", "sources file (YAML or JSON) of the job ads collected by serve on a schedule, and by collect given no address", func(c *config) *string { return &c.CollectSources }},
	{"collect-every", "", "serve collects the sources file's ads this often (6h, 24h); empty never", func(c *config) *string { return &c.CollectEvery }},
	{"collect-contact", "", "address or e-mail named in the collector's User-Agent, for site owners to reach the observatory", func(c *config) *string { return &c.CollectContact }},
	{"collect-delay", "2s", "least time between two requests to one site (a longer robots.txt Crawl-delay wins)", func(c *config) *string { return &c.CollectDelay }},
	{"collect-timeout", "30s", "longest a page may take to come", func(c *config) *string { return &c.CollectTimeout }},
	{"retention", "30d", "conversations and feedback older than this are removed (hourly by serve, or by marsad purge); 30d, 72h…", func(c *config) *string { return &c.Retention }},
	{"allowed-hosts", "", "names the Host header may carry besides loopback ones, comma-separated (marsad.example.org); * accepts any", func(c *config) *string { return &c.AllowedHosts }},
	{"trusted-proxies", "", "addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For names the client, comma-separated; empty trusts none", func(c *config) *string { return &c.TrustedProxies }},
	{"turns-per-ip", strconv.Itoa(web.DefaultLimits().IPTurns.PerMinute), "questions a minute from one client address (bursts of a third of it); 0 sets no bound", func(c *config) *string { return &c.TurnsPerIP }},
	{"turns-per-session", strconv.Itoa(web.DefaultLimits().SessionTurns.PerMinute), "questions a minute in one conversation (bursts of a third of it); 0 sets no bound", func(c *config) *string { return &c.TurnsPerSession }},
	{"websockets-per-ip", strconv.Itoa(web.DefaultLimits().SocketsPerIP), "open websockets of one client address; 0 sets no bound", func(c *config) *string { return &c.WebsocketsPerIP }},
	{"websockets", strconv.Itoa(web.DefaultLimits().Sockets), "open websockets in all; 0 sets no bound", func(c *config) *string { return &c.WebsocketsInAll }},
	{"turn-timeout", "30s", "longest a turn may take before the user is told it took too long; an LLM gets three quarters of it", func(c *config) *string { return &c.TurnTimeout }},
}

// envName is the variable of a setting: data-dir -> MARSAD_DATA_DIR.
func envName(flagName string) string {
	return "MARSAD_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// parseConfig reads the environment, then the flags of fs from args, and
// returns the configuration and the remaining arguments. Flags may come
// before or after positional arguments.
func parseConfig(fs *flag.FlagSet, args []string, getenv func(string) string) (config, []string, error) {
	c := config{Command: fs.Name()}
	for _, s := range settings {
		v := getenv(envName(s.name))
		if v == "" {
			v = s.def
		}
		p := s.field(&c)
		*p = v
		fs.StringVar(p, s.name, v, s.help+" ["+envName(s.name)+"]")
	}
	fs.SetOutput(io.Discard)
	rest, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return c, nil, helpRequest{fs}
	}
	if err != nil {
		return c, nil, err
	}
	if c.DataDir == "" {
		c.DataDir = defaultDataDir(getenv)
	}
	c.MaxMsgTokens = maxMessageTokens
	return c, rest, nil
}

// maxMessageTokens bounds one user message: about 3,000 French words or
// 1,200 Arabic ones, far above any question, enough for a pasted CV (an
// Arabic one-page CV of 3,000 characters is over 2,000 tokens; match_profile
// reads up to tools.MaxProfileChars of it), well below the cost of abuse.
const maxMessageTokens = 4000

// parseInterleaved parses flags wherever they appear among args.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func defaultDataDir(getenv func(string) string) string {
	if x := getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "marsad")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(os.TempDir(), "marsad")
	}
	return filepath.Join(home, ".local", "share", "marsad")
}

func (c config) check() error {
	switch c.LLMProvider {
	case "":
	case "openai", "ollama":
		if c.LLMBaseURL == "" || c.LLMModel == "" {
			return fmt.Errorf("MARSAD_LLM_PROVIDER=%s needs MARSAD_LLM_BASE_URL and MARSAD_LLM_MODEL (base URL %q, model %q)", c.LLMProvider, c.LLMBaseURL, c.LLMModel)
		}
	default:
		return fmt.Errorf("MARSAD_LLM_PROVIDER=%q: want openai, ollama or empty (the offline planner)", c.LLMProvider)
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return fmt.Errorf("MARSAD_LOG_FORMAT=%q: want text or json", c.LogFormat)
	}
	if _, err := c.sessionLimits(); err != nil {
		return err
	}
	if _, err := c.retention(); err != nil {
		return err
	}
	if _, err := c.llmContext(); err != nil {
		return err
	}
	if _, err := c.limits(); err != nil {
		return err
	}
	if _, err := c.turnTimeout(); err != nil {
		return err
	}
	_, err := c.collectConfig()
	return err
}

// llmContext is the model's context window in tokens.
func (c config) llmContext() (int, error) {
	n, err := strconv.Atoi(c.LLMContext)
	if err != nil || n < 2048 {
		return 0, fmt.Errorf("MARSAD_LLM_CONTEXT=%q: want the model's context window in tokens, 2048 or more (8192, 32768…)", c.LLMContext)
	}
	return n, nil
}

// retention is how long conversations and feedback are kept.
func (c config) retention() (time.Duration, error) {
	d, err := parseDays(c.Retention)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("MARSAD_RETENTION=%q: want a positive duration, such as 30d, 7d or 12h", c.Retention)
	}
	return d, nil
}

// parseDays reads a Go duration ("36h", "90m") or a whole number of days
// ("30d"), which Go's durations lack.
func parseDays(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 || n > 100*365 {
			return 0, fmt.Errorf("duration %q: want a whole number of days, such as 30d", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

// sessionLimits are the bounds of conversations kept in the process.
func (c config) sessionLimits() (assistant.MemoryLimits, error) {
	bytes, err := parseBytes(c.SessionMemory)
	if err != nil || bytes < minSessionMemory {
		return assistant.MemoryLimits{}, fmt.Errorf("MARSAD_SESSION_MEMORY=%q: want a size of at least 1MiB, such as 64MiB or 1GiB", c.SessionMemory)
	}
	idle, err := time.ParseDuration(c.SessionIdle)
	if err != nil || idle <= 0 {
		return assistant.MemoryLimits{}, fmt.Errorf("MARSAD_SESSION_IDLE=%q: want a positive duration, such as 2h or 45m", c.SessionIdle)
	}
	return assistant.MemoryLimits{Bytes: bytes, Idle: idle}, nil
}

// minSessionMemory keeps a few conversations whole: 20 large turns take
// about 200 KB.
const minSessionMemory = 1 << 20

// turnTimeout is how long a turn may take.
func (c config) turnTimeout() (time.Duration, error) {
	d, err := time.ParseDuration(c.TurnTimeout)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("MARSAD_TURN_TIMEOUT=%q: want a positive duration, such as 30s or 2m", c.TurnTimeout)
	}
	return d, nil
}

var byteUnits = []struct {
	suffix string
	size   int64
}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}, {"", 1}}

// parseBytes reads a size: a whole number with an optional unit, B, KiB,
// MiB or GiB ("64MiB", "512 KiB", "1048576").
func parseBytes(s string) (int64, error) {
	s = strings.TrimSpace(s)
	for _, u := range byteUnits {
		num, ok := strings.CutSuffix(s, u.suffix)
		if !ok {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
		if err != nil || n < 0 || n > math.MaxInt64/u.size {
			return 0, fmt.Errorf("size %q: want a whole number of B, KiB, MiB or GiB", s)
		}
		return n * u.size, nil
	}
	return 0, fmt.Errorf("size %q: want a whole number of B, KiB, MiB or GiB", s)
}
