package config

import (
	"strings"
	"testing"
)

func TestListDefaults(t *testing.T) {
	c, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	on := map[string]string{}
	for _, l := range c.EnabledLists() {
		on[l.Name] = l.Format
		if !strings.HasPrefix(l.URL, "https://") || l.Schedule != "@every 24h" {
			t.Errorf("list %q: url %q schedule %q, want an https URL polled daily", l.Name, l.URL, l.Schedule)
		}
	}
	for name, format := range map[string]string{"OFAC SDN list": "ofac-sdn", "Mozilla NSS root store": "nss-certdata", "Chrome Root Store": "chrome-root-store"} {
		if on[name] != format {
			t.Errorf("built-in list %q = %q, want enabled with format %q", name, on[name], format)
		}
	}
}

func TestListConfig(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"override and add", `
[[list]]
name = "Chrome Root Store"
disabled = true
[[list]]
name = "local sdn"
url = "/data/sdn.csv"
format = "ofac-sdn"
`, ""},
		{"bad format", "[[list]]\nname = \"x\"\nurl = \"/x\"\nformat = \"csv\"\n", `list "x".format = "csv": want one of`},
		{"name of a source", "[[source]]\nname = \"feed\"\nurl = \"/f\"\n[[list]]\nname = \"Feed\"\nurl = \"/x\"\nformat = \"ofac-sdn\"\n", "is used by two sources or lists"},
		{"bad schedule", "[[list]]\nname = \"x\"\nurl = \"/x\"\nformat = \"ofac-sdn\"\nschedule = \"every day\"\n", `list "x".schedule`},
		{"typo", "[[list]]\nname = \"x\"\nurl = \"/x\"\nfromat = \"ofac-sdn\"\n", `unknown key "list.fromat"`},
		{"no url", "[[list]]\nname = \"x\"\nformat = \"ofac-sdn\"\n", `list "x".url`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(writeFile(t, tt.text))
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if l, ok := c.List("chrome root store"); !ok || !l.Disabled {
					t.Errorf("Chrome Root Store = %+v, want disabled by the file", l)
				}
				if l, ok := c.List("local sdn"); !ok || l.Format != "ofac-sdn" {
					t.Errorf("local sdn = %+v, want added", l)
				}
				if _, ok := c.List("OFAC SDN list"); !ok {
					t.Error("the built-in OFAC list went when a file added a list")
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestListsReplacedWithSources: replace_default_sources drops the
// built-in lists too (a list is a source), keeping the file's own.
func TestListsReplacedWithSources(t *testing.T) {
	c, err := Load(writeFile(t, "replace_default_sources = true\n[[source]]\nname = \"n\"\nurl = \"/n.xml\"\n[[list]]\nname = \"mine\"\nurl = \"/sdn.csv\"\nformat = \"ofac-sdn\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.EnabledLists(); len(got) != 1 || got[0].Name != "mine" {
		t.Errorf("lists = %+v, want only the file's", got)
	}
}
