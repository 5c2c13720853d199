package discordtest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"
)

var update = flag.Bool("update", false, "rewrite testdata/discord-api-spec from ../shared/discord-api-spec")

// trimmedDir holds trimmedSpec and the licence it is distributed under.
const trimmedDir = "testdata/discord-api-spec"

// trimSpec is pruneSpec to specOps, indented so that a change to the
// description reads as a diff.
func trimSpec(raw []byte) ([]byte, error) {
	pruned, err := pruneSpec(raw, specOps)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := json.Indent(&b, pruned, "", "\t"); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// TestTrimmedSpec holds testdata/discord-api-spec, the copy of Discord's
// description a clone without ../shared validates against, to ../shared's:
// the trimmed openapi.json is what trimSpec makes of the full one, and its
// LICENSE is the full one's. With -update it rewrites them:
//
//	go test ./internal/discordtest -run TestTrimmedSpec -update
func TestTrimmedSpec(t *testing.T) {
	full := shareddir.OrSkip(t, "discord-api-spec")
	raw, err := os.ReadFile(filepath.Join(full, "openapi.json"))
	if err != nil {
		t.Fatal(err)
	}
	trimmed, err := trimSpec(raw)
	if err != nil {
		t.Fatal(err)
	}
	license, err := os.ReadFile(filepath.Join(full, "LICENSE"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"openapi.json": trimmed, "LICENSE": license}
	for name, want := range files {
		p := filepath.Join(trimmedDir, name)
		if *update {
			if err := os.WriteFile(p, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not made from %s: rewrite it with go test ./internal/discordtest -run TestTrimmedSpec -update", p, full)
		}
	}
	t.Logf("%s/openapi.json: %d bytes, from %d", trimmedDir, len(trimmed), len(raw))
	// Pruning the copy again changes nothing, so the validator built from
	// it is the one built from the full description.
	again, err := trimSpec(trimmed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, trimmed) {
		t.Error("trimSpec of the trimmed copy differs from the copy")
	}
}

// TestTrimmedSpecValidates: the embedded copy, the one a clone without
// ../shared uses, accepts the requests the bot sends and rejects bad ones.
func TestTrimmedSpecValidates(t *testing.T) {
	s := loadSpec(trimmedSpecName, func() ([]byte, error) { return trimmedSpec, nil })
	if !s.wait() {
		t.Fatalf("trimmed spec unusable: %v", s.err)
	}
	tests := []struct {
		name, method, path, body string
		want                     string // a substring of the problems; "" for none
	}{
		{"message", "POST", "/channels/1/messages", `{"content":"hello","allowed_mentions":{"parse":[]}}`, ""},
		{"message content a number", "POST", "/channels/1/messages", `{"content":5}`, "schema"},
		{"message edit", "PATCH", "/channels/1/messages/2", `{"embeds":[{"title":"t","description":"d"}]}`, ""},
		{"commands", "PUT", "/applications/1/commands", `[{"name":"vendor","description":"Look up a vendor","type":1}]`, ""},
		{"command description a number", "PUT", "/applications/1/commands", `[{"name":"vendor","description":7}]`, "schema"},
		{"interaction reply", "POST", "/interactions/1/tok/callback", `{"type":4,"data":{"content":"hi","flags":64}}`, ""},
		{"interaction type a string", "POST", "/interactions/1/tok/callback", `{"type":"reply"}`, "schema"},
		{"original edit", "PATCH", "/webhooks/1/tok/messages/@original", `{"content":"edited"}`, ""},
		{"gateway", "GET", "/gateway/bot", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body []byte
			if tt.body != "" {
				body = []byte(tt.body)
			}
			problems := strings.Join(s.validate(tt.method, tt.path, "", "", body), "\n")
			switch {
			case tt.want == "" && problems != "":
				t.Errorf("%s: problems %q, want none", tt.body, problems)
			case tt.want != "" && !strings.Contains(problems, tt.want):
				t.Errorf("%s: problems %q, want one with %q", tt.body, problems, tt.want)
			}
		})
	}
}
