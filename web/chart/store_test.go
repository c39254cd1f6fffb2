package chart

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestStorePutsByContentAndReadsBack(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(filepath.Join(dir, "charts")) // created
	if err != nil {
		t.Fatal(err)
	}
	svg := []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`)
	url, err := s.Put(svg)
	sum := sha256.Sum256(svg)
	name := hex.EncodeToString(sum[:]) + ".svg"
	if err != nil || url != URLPrefix+name {
		t.Fatalf("Put = %q, %v; want %s%s", url, err, URLPrefix, name)
	}
	got, err := s.Read(name)
	if err != nil || !bytes.Equal(got, svg) {
		t.Fatalf("Read = %q, %v", got, err)
	}
	// A second store on the folder (a later serve) reads it too.
	again, err := OpenStore(filepath.Join(dir, "charts"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := again.Read(name); err != nil || !bytes.Equal(got, svg) {
		t.Errorf("reopened Read = %q, %v", got, err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "charts"))
	if len(entries) != 1 {
		t.Errorf("folder holds %d files, want the picture only (no temporary file left)", len(entries))
	}
}

func TestStoreDoesNotRewriteAPictureItHas(t *testing.T) {
	s := mustStore(t)
	svg := []byte("<svg/>")
	url, err := s.Put(svg)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimPrefix(url, URLPrefix)
	// Mark the stored file: a Put that rewrote it would restore the bytes.
	path := filepath.Join(s.dir, name)
	if err := os.WriteFile(path, []byte("marked"), 0o644); err != nil {
		t.Fatal(err)
	}
	if again, err := s.Put(svg); err != nil || again != url {
		t.Fatalf("second Put = %q, %v", again, err)
	}
	if got, _ := os.ReadFile(path); string(got) != "marked" {
		t.Errorf("file rewritten: %q", got)
	}
}

func TestStoreRefusesNamesThatAreNotACharts(t *testing.T) {
	s := mustStore(t)
	secret := filepath.Join(filepath.Dir(s.dir), "secret.svg")
	if err := os.WriteFile(secret, []byte("no"), 0o644); err != nil {
		t.Fatal(err)
	}
	hash := strings.Repeat("ab", 32)
	for _, name := range []string{"", ".svg", "../secret.svg", "..", hash, hash + ".SVG", strings.ToUpper(hash) + ".svg",
		hash[:63] + ".svg", hash + "0.svg", "../" + hash[:61] + ".svg", hash[:62] + "/x.svg", hash + ".svg\x00", "zz" + hash[2:] + ".svg"} {
		if _, err := s.Read(name); !errors.Is(err, ErrBadName) {
			t.Errorf("Read(%q) = %v, want ErrBadName", name, err)
		}
	}
	if _, err := s.Read(hash + ".svg"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Read of a well-formed unknown name = %v, want ErrNotFound", err)
	}
}

func TestStorePutsOnePictureAtOnceFromManyTurns(t *testing.T) {
	s := mustStore(t)
	svg := bytes.Repeat([]byte("<svg/>"), 1000)
	urls := make([]string, 8)
	errs := make([]error, 8)
	var wg sync.WaitGroup
	for i := range urls {
		wg.Go(func() { urls[i], errs[i] = s.Put(svg) })
	}
	wg.Wait()
	for i := range urls {
		if errs[i] != nil || urls[i] != urls[0] {
			t.Fatalf("Put %d = %q, %v; want %q", i, urls[i], errs[i], urls[0])
		}
	}
	got, err := s.Read(strings.TrimPrefix(urls[0], URLPrefix))
	entries, _ := os.ReadDir(s.dir)
	if err != nil || !bytes.Equal(got, svg) || len(entries) != 1 {
		t.Errorf("Read: %v, same bytes %v, %d files (want 1)", err, bytes.Equal(got, svg), len(entries))
	}
}
