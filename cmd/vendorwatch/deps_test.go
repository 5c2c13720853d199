package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// heavyDeps are modules the shipped binary must not link: the Prometheus
// client and the protobuf runtime its metric families are made of were
// 2.2 MB of it, and the container image must stay under 20 MiB. ops keeps
// its series with github.com/VictoriaMetrics/metrics, which writes the
// text format without them; the ops tests parse it with Prometheus' own
// parser, a test dependency.
var heavyDeps = []string{
	"github.com/prometheus/",
	"google.golang.org/protobuf/",
}

// TestShippedBinaryLinksNoHeavyDeps lists the packages cmd/vendorwatch
// links and fails on any of heavyDeps.
func TestShippedBinaryLinksNoHeavyDeps(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the packages with")
	}
	out, err := exec.Command(goCmd, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	pkgs := strings.Fields(string(out))
	if len(pkgs) < 10 || !slices.Contains(pkgs, "github.com/VictoriaMetrics/metrics") {
		t.Fatalf("go list -deps listed %d packages without the metrics library: not the binary's list", len(pkgs))
	}
	for _, pkg := range pkgs {
		for _, heavy := range heavyDeps {
			if strings.HasPrefix(pkg, heavy) {
				t.Errorf("cmd/vendorwatch links %s", pkg)
			}
		}
	}
}
