package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckConfigAgreesWithRun: every config that run refuses before it
// starts, check-config refuses with the same reason, and run refuses what
// check-config refuses.
func TestCheckConfigAgreesWithRun(t *testing.T) {
	tests := []struct {
		name, extra string
		want        string // in both errors
	}{
		{"infinite weight", "[[matching.signals]]\ncategory = \"ban\"\nweight = inf\nterms = [\"banned\"]", ".weight = +Inf"},
		{"NaN threshold", "[matching]\nthreshold = nan", "matching.threshold = NaN"},
		{"negative every", `schedule = "@every -5m"`, `schedule = "@every -5m"`},
		{"huge max_body", "[fetch]\nmax_body = 9223372036854775807", "fetch.max_body = 9223372036854775807"},
		{"bad http_addr", `http_addr = "localhost"`, `http_addr = "localhost"`},
		{"misplaced reporter star", "[matching]\nreporter = [\"a * b\"]", `reporter "a * b"`},
		{"alias without a letter", "[[vendor]]\nname = \"Acme\"\naliases = [\"!!!\"]", `vendor "Acme"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "vw.toml")
			// The top-level keys first: TOML puts a key after a table
			// header into that table.
			top, tables := "", tt.extra
			if !strings.HasPrefix(tt.extra, "[") {
				top, tables = tt.extra, ""
			}
			cfg := fmt.Sprintf("database = %q\nlog_format = \"text\"\nreplace_default_sources = true\n%s\n"+
				"[[source]]\nname = \"Local\"\nurl = %q\n%s\n", filepath.Join(dir, "vw.db"), top, filepath.Join(dir, "feed.xml"), tables)
			if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			checkErr := run(context.Background(), []string{"check-config", path}, &out, &out, noEnv)
			if exitCode(checkErr) != 2 || !strings.Contains(checkErr.Error(), tt.want) {
				t.Errorf("check-config: %v (exit %d, output %q), want exit 2 naming %q", checkErr, exitCode(checkErr), out.String(), tt.want)
			}

			runErr, started := runUntilStarted(t, path)
			if started {
				t.Fatalf("run started with the config check-config refused (%v)", checkErr)
			}
			if runErr == nil || !strings.Contains(runErr.Error(), tt.want) {
				t.Fatalf("run: %v, want it to name %q", runErr, tt.want)
			}
			if checkErr != nil && !strings.Contains(checkErr.Error(), runErr.Error()) {
				t.Errorf("check-config says %q, run says %q", checkErr, runErr)
			}
		})
	}
}

// runUntilStarted runs `run --config path` until it fails or says it is
// polling, then stops it.
func runUntilStarted(t *testing.T, path string) (err error, started bool) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"run", "--config", path}, io.Discard, &logs, noEnv) }()
	waitFor(t, "run to fail or start", func() bool {
		select {
		case err = <-done:
			return true
		default:
		}
		if strings.Contains(logs.String(), "running without Discord") {
			started = true
			cancel()
			err = <-done
			return true
		}
		return false
	})
	return err, started
}
