package web

import (
	"os/exec"
	"strings"
	"testing"
)

// TestRenderScript runs testdata/render_test.js, which checks the page's
// direction rules, the isolation of embedded runs, markdown rendering,
// citations and charts on a fake DOM. It needs node and is skipped
// without it.
func TestRenderScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	out, err := exec.Command(node, "testdata/render_test.js", "static/i18n.js", "static/render.js", "static/parts.js").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Fatalf("node testdata/render_test.js: %v\n%s", err, out)
	}
}
