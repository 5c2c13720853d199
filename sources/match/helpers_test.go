package match

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"

	"github.com/BurntSushi/toml"
	"github.com/vendorwatch/vendorwatch/trust"
)

// defaultRules decodes the project's default rules, config/rules.toml.
func defaultRules(tb testing.TB) trust.Rules {
	tb.Helper()
	var doc struct {
		Matching trust.Rules `toml:"matching"`
	}
	md, err := toml.DecodeFile(filepath.Join("..", "..", "config", "rules.toml"), &doc)
	if err != nil {
		tb.Fatalf("decode rules.toml: %v", err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		tb.Fatalf("rules.toml: unknown key %s", u[0])
	}
	return doc.Matching
}

// defaultVendors decodes the project's default watchlist, config/vendors.toml.
func defaultVendors(tb testing.TB) []trust.Vendor {
	tb.Helper()
	var doc struct {
		Vendor []struct {
			Name     string
			Aliases  []string
			Timeline []struct {
				Date time.Time
				Text string
				URL  string
			}
		}
	}
	if _, err := toml.DecodeFile(filepath.Join("..", "..", "config", "vendors.toml"), &doc); err != nil {
		tb.Fatalf("decode vendors.toml: %v", err)
	}
	out := make([]trust.Vendor, 0, len(doc.Vendor))
	for _, v := range doc.Vendor {
		out = append(out, trust.Vendor{Name: v.Name, Aliases: v.Aliases})
	}
	return out
}

func defaultMatcher(tb testing.TB) *Matcher {
	tb.Helper()
	m, err := Compile(defaultVendors(tb), defaultRules(tb))
	if err != nil {
		tb.Fatalf("Compile: %v", err)
	}
	return m
}

// sharedDir returns ../shared beside the module root, or skips.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	return shareddir.OrSkip(tb)
}
