// Package shareddir finds ../shared, the read-only folder of real-world
// feeds and Discord's API spec that sits beside the project: the tests,
// the fake Discord and the bench all look for it the same way.
package shareddir

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// Find returns ../shared beside the module root (ModuleRoot).
func Find() (string, error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "..", "shared"), nil
}

// ModuleRoot walks up from the working directory to the module root (the
// directory holding go.mod) and returns it. The error wraps
// fs.ErrNotExist when no go.mod is above.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory: %w", fs.ErrNotExist)
		}
		dir = parent
	}
}

// OrSkip returns ../shared joined with elem, or skips the test, saying so,
// when that path is absent (a fresh clone has no ../shared).
func OrSkip(tb testing.TB, elem ...string) string {
	tb.Helper()
	dir, err := Find()
	if err != nil {
		tb.Skipf("../shared not found (%v): skipping the test that needs it", err)
	}
	p := filepath.Join(append([]string{dir}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s is absent (%v): skipping the test that needs it", p, err)
	}
	return p
}
