package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runConfig is the end-to-end tests' one way to write a config for `run`:
// a database in a temporary directory, only the given sources, text logs,
// and whatever settings a test adds. Zero fields keep the defaults.
type runConfig struct {
	LogFormat string      // default: text
	Schedule  string      // default: config's own
	Jitter    bool        // keep the default jitter; off ("0s") by default so polls start at once
	HTTPAddr  string      // "" for none
	APIBase   string      // the fake Discord's API base, or ""
	Sources   []runSource // replace the built-in ones
	Extra     string      // more TOML tables ([health], [events]), appended
}

type runSource struct {
	Name, URL string
	Primary   bool
}

// write writes c into dir (a test's TempDir) and returns the config's and
// the database's paths.
func (c runConfig) write(t *testing.T, dir string) (cfgPath, dbPath string) {
	t.Helper()
	dbPath = filepath.Join(dir, "vw.db")
	cfgPath = filepath.Join(dir, "vw.toml")
	var b strings.Builder
	format := c.LogFormat
	if format == "" {
		format = "text"
	}
	fmt.Fprintf(&b, "database = %q\nlog_format = %q\nreplace_default_sources = true\n", dbPath, format)
	if c.Schedule != "" {
		fmt.Fprintf(&b, "schedule = %q\n", c.Schedule)
	}
	if !c.Jitter {
		b.WriteString("jitter = \"0s\"\n")
	}
	if c.HTTPAddr != "" {
		fmt.Fprintf(&b, "http_addr = %q\n", c.HTTPAddr)
	}
	if c.APIBase != "" {
		fmt.Fprintf(&b, "[discord]\napi_base = %q\n", c.APIBase)
	}
	b.WriteString(c.Extra)
	for _, s := range c.Sources {
		fmt.Fprintf(&b, "\n[[source]]\nname = %q\nurl = %q\n", s.Name, s.URL)
		if s.Primary {
			b.WriteString("primary = true\n")
		}
	}
	if err := os.WriteFile(cfgPath, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return cfgPath, dbPath
}
