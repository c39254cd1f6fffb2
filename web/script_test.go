package web

import (
	"os/exec"
	"strings"
	"testing"
)

// TestAppScript runs testdata/app_test.js, which checks the page script's
// direction rule, markdown rendering and citation links on a fake DOM. It
// needs node and is skipped without it.
func TestAppScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	out, err := exec.Command(node, "testdata/app_test.js", "static/app.js").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Fatalf("node testdata/app_test.js: %v\n%s", err, out)
	}
}
