package config

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed lists.toml
var listsTOML string

// ListFormats are the formats a [[list]] may have; lists.Kinds is the
// same set (a test in lists holds them equal).
var ListFormats = []string{"ofac-sdn", "nss-certdata", "pem-bundle", "chrome-root-store", "cisa-directives"}

// ListConfig is a [[list]] table: a list an authority publishes (a
// sanctions list, a root store, a directives index), polled like a feed
// and diffed entry by entry.
type ListConfig struct {
	Name     string `toml:"name"`
	URL      string `toml:"url"` // http(s) URL or a local file path
	Format   string `toml:"format"`
	Schedule string `toml:"schedule"`
	Disabled bool   `toml:"disabled"`
}

// EnabledLists returns the lists to watch.
func (c *Config) EnabledLists() []ListConfig {
	var out []ListConfig
	for _, l := range c.Lists {
		if !l.Disabled {
			out = append(out, l)
		}
	}
	return out
}

// List returns the enabled or disabled list of that name
// (case-insensitive).
func (c *Config) List(name string) (ListConfig, bool) {
	for _, l := range c.Lists {
		if strings.EqualFold(l.Name, name) {
			return l, true
		}
	}
	return ListConfig{}, false
}

// validateLists checks the [[list]] tables. names holds the sources'
// names, lower case: a list is stored as a source, so the two share one
// namespace.
func (c *Config) validateLists(names map[string]bool, bad func(key string, val any, why string)) {
	for i, l := range c.Lists {
		key := checkTableName("list", i, l.Name, names, "is used by two sources or lists", bad)
		if l.Disabled {
			continue // "name" and "disabled = true" turn a built-in list off
		}
		if err := checkSourceURL(l.URL); err != nil {
			bad(key+".url", l.URL, err.Error())
		}
		if !slices.Contains(ListFormats, l.Format) {
			bad(key+".format", l.Format, "want one of "+strings.Join(ListFormats, ", "))
		}
		if l.Schedule != "" {
			if err := checkSchedule(l.Schedule); err != nil {
				bad(key+".schedule", l.Schedule, err.Error())
			}
		}
	}
}

// checkTableName checks the name of the i-th [[kind]] table: not empty,
// and not in names (lower case), where it then adds it; clash says why a
// name already there is bad. It returns the key that names the table in
// messages: by its name, or by its place when it has none.
func checkTableName(kind string, i int, name string, names map[string]bool, clash string, bad func(key string, val any, why string)) string {
	key := fmt.Sprintf("%s[%d]", kind, i)
	if name != "" {
		key = fmt.Sprintf("%s %q", kind, name)
	}
	switch {
	case strings.TrimSpace(name) == "":
		bad(key+".name", name, "must not be empty")
	case names[strings.ToLower(name)]:
		bad(key+".name", name, clash)
	}
	names[strings.ToLower(name)] = true
	return key
}
