package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"
)

func TestScanList(t *testing.T) {
	dir := shareddir.OrSkip(t, "lists")
	tests := []struct {
		list, old, cur string
		want           []string // vendors of the events, in order
	}{
		{"ofac-sdn", "ofac-sdn/2024-03-04-sdn.csv", "ofac-sdn/2024-03-05-sdn.csv", []string{"Intellexa", "Cytrox", "THALESTRIS LIMITED"}},
		{"Mozilla NSS root store", "mozilla-nss-certdata/2024-08-23-certdata.txt", "mozilla-nss-certdata/2024-11-15-certdata.txt", []string{"Entrust"}}, // AffirmTrust is an alias of Entrust
		{"cisa-directives", "cisa-directives/2020-09-18-directives-index.md", "cisa-directives/2020-12-14-directives-index.md", []string{"SolarWinds"}},
		// The first read of a list alerts nothing; neither does a capture
		// compared with itself.
		{"pem-bundle", "mozilla-roots-certifi/2022-12-07-cacert.pem", "mozilla-roots-certifi/2022-12-07-cacert.pem", nil},
	}
	for _, tt := range tests {
		t.Run(tt.list, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(context.Background(), []string{"scan", "--json", "--list", tt.list, "--at", "2024-12-01",
				filepath.Join(dir, tt.old), filepath.Join(dir, tt.cur)}, &out, &errOut, noEnv)
			if err != nil {
				t.Fatalf("scan: %v (%s)", err, errOut.String())
			}
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
				if line == "" {
					continue
				}
				var a alertJSON
				if err := json.Unmarshal([]byte(line), &a); err != nil {
					t.Fatalf("line %q: %v", line, err)
				}
				got = append(got, a.Vendors...)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("events name %q, want %q", got, tt.want)
			}
		})
	}

	// Text mode says what changed.
	var out bytes.Buffer
	err := run(context.Background(), []string{"scan", "--list", "ofac-sdn", "--at", "2024-03-05",
		filepath.Join(dir, "ofac-sdn/2024-03-04-sdn.csv"), filepath.Join(dir, "ofac-sdn/2024-03-05-sdn.csv")}, &out, &out, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"8 change(s) (7 added, 1 removed, 0 changed), 3 event(s)", `added 48069 "CYTROX HOLDINGS ZARTKORUEN MUKODO RESZVENYTARSASAG"`, "The OFAC SDN list changed on 5 March 2024"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestScanListErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.csv")
	writeTestFile(t, bad, "1,\"A\"\r\n")
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"scan", "--list", "ofac-sdn", bad}, 2, "want two captures"},
		{[]string{"scan", "--list", "rss", bad, bad}, 2, "not a list name"},
		{[]string{"scan", "--list", "ofac-sdn", "--at", "yesterday", bad, bad}, 2, "want a date"},
		{[]string{"scan", "--list", "ofac-sdn", bad, bad}, 1, "wrong number of fields"},
		{[]string{"scan", "--list", "ofac-sdn", bad, bad + ".missing"}, 1, "no such file"},
	} {
		var out bytes.Buffer
		err := run(context.Background(), tt.args, &out, &out, noEnv)
		var ex exitError
		if !errors.As(err, &ex) || ex.code != tt.code || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: error %v, want exit %d with %q", tt.args, err, tt.code, tt.want)
		}
	}
}

func writeTestFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}
