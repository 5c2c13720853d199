package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func writeFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDefaults(t *testing.T) {
	c, err := Load("")
	if err != nil {
		t.Fatalf("Load(\"\"): %v", err)
	}
	if got := len(c.Watchlist()); got < 40 {
		t.Errorf("default watchlist has %d vendors, want at least 40", got)
	}
	if got := len(c.EnabledSources()); got < 17 {
		t.Errorf("default sources: %d, want the 17 of guide/feeds.md", got)
	}
	var kaspersky bool
	for _, v := range c.Watchlist() {
		if v.Name == "Kaspersky" {
			kaspersky = true
			if !strings.Contains(strings.Join(v.Aliases, "|"), "AO Kaspersky Lab") {
				t.Errorf("Kaspersky aliases %q lack the legal name AO Kaspersky Lab", v.Aliases)
			}
			if len(v.Timeline) == 0 || !v.Timeline[0].Date.After(v.Timeline[len(v.Timeline)-1].Date) {
				t.Errorf("Kaspersky timeline should be newest first: %+v", v.Timeline)
			}
		}
	}
	if !kaspersky {
		t.Error("Kaspersky missing from the default watchlist")
	}
	if len(c.Matching.Signals) == 0 {
		t.Error("no default signals")
	}
	if c.Health.Channel != "" || c.Health.Failures != 3 || c.Health.After.D().Minutes() != 30 {
		t.Errorf("default health %+v, want no channel, 3 failures, 30m", c.Health)
	}
}

// loadErrorCase is a config file Load must refuse with an error that
// mentions each of want.
type loadErrorCase struct {
	name, file string
	want       []string
}

// checkLoadErrors runs the cases of a table of refused files as subtests.
func checkLoadErrors(t *testing.T, tests []loadErrorCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeFile(t, tt.file))
			if err == nil {
				t.Fatalf("Load accepted %q", tt.file)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestLoadErrorsNameKeyAndValue(t *testing.T) {
	tests := []loadErrorCase{
		{"unknown top-level key", `databse = "x.db"`, []string{`"databse"`}},
		{"unknown nested key", "[fetch]\ntimeout_s = 3", []string{`"fetch.timeout_s"`}},
		{"unknown key in a source", "[[source]]\nname = \"x\"\nurl = \"https://x.test/feed\"\nschedul = \"@hourly\"", []string{"schedul"}},
		{"token in file", "[discord]\ntoken = \"abc\"", []string{"discord.token", "DISCORD_TOKEN"}},
		{"bad schedule", "[[source]]\nname = \"x\"\nurl = \"https://x.test/feed\"\nschedule = \"61 * * * *\"", []string{`source "x".schedule`, `"61 * * * *"`}},
		{"bad default schedule", `schedule = "every 15 minutes"`, []string{"schedule", `"every 15 minutes"`}},
		{"bad duration", `backfill = "a day"`, []string{"backfill", "a day"}},
		{"bad url scheme", "[[source]]\nname = \"x\"\nurl = \"ftp://x.test/feed\"", []string{`source "x".url`, "ftp://x.test/feed"}},
		{"bad category", "[[matching.signals]]\ncategory = \"rumour\"\nweight = 1.0\nterms = [\"x\"]", []string{"category", "rumour"}},
		{"empty vendor name", "[[vendor]]\nname = \"\"", []string{"vendor[", ".name"}},
		{"empty source name", "replace_default_sources = true\n[[source]]\nname = \" \"\nurl = \"https://x.test/feed\"", []string{`source " ".name`, "must not be empty"}},
		{"unnamed source", "replace_default_sources = true\n[[source]]\nurl = \"https://x.test/feed\"", []string{"source[0].name", "must not be empty"}},
		{"source name twice", "replace_default_sources = true\n[[source]]\nname = \"x\"\nurl = \"https://x.test/a\"\n[[source]]\nname = \"X\"\nurl = \"https://x.test/b\"", []string{`source "X".name`, "used by two sources"}},
		{"source name twice beside the defaults", "[[source]]\nname = \"x\"\nurl = \"https://x.test/a\"\n[[source]]\nname = \"X\"\nurl = \"https://x.test/b\"", []string{`source "X".name`, "used by two sources"}},
		{"vendor name twice beside the defaults", "[[vendor]]\nname = \"Quuxcorp\"\n[[vendor]]\nname = \"QUUXCORP\"", []string{`vendor "QUUXCORP".name`, "used by two vendors"}},
		{"bad log format", `log_format = "xml"`, []string{"log_format", `"xml"`}},
		{"bad max_per_host", "[fetch]\nmax_per_host = 0", []string{"fetch.max_per_host", "0"}},
		{"bad memory limit", `memory_limit = "lots"`, []string{"memory_limit", `"lots"`}},
		{"tiny memory limit", `memory_limit = "4MiB"`, []string{"memory_limit", "4MiB", "16MiB"}},
		{"bad api_base", "[discord]\napi_base = \"discord\"", []string{"discord.api_base", `"discord"`}},
		{"zero global rate", "[discord]\nglobal_rate_limit = 0", []string{"discord.global_rate_limit", "0", "50"}},
		{"zero posts per poll", "[discord]\nposts_per_poll = 0", []string{"discord.posts_per_poll", "0", "1 to 1000"}},
		{"syntax error", "database = ", []string{"line 1"}},
		{"bad health channel", "[health]\nchannel = \"#ops\"", []string{"health.channel", `"#ops"`, "channel ID"}},
		{"short health channel", "[health]\nchannel = \"12345\"", []string{"health.channel", `"12345"`}},
		{"zero health failures", "[health]\nfailures = 0", []string{"health.failures", "0"}},
		{"negative health after", "[health]\nafter = \"-5m\"", []string{"health.after", "-5m"}},
		{"bad health after", "[health]\nafter = \"half an hour\"", []string{"health.after", "half an hour"}},
		{"unknown health key", "[health]\nchanel = \"200000000000000001\"", []string{`"health.chanel"`}},
		{"all disabled", "replace_default_sources = true\n[[source]]\nname = \"x\"\nurl = \"/tmp/x.xml\"\ndisabled = true", []string{"no enabled source"}},
	}
	checkLoadErrors(t, tests)
}

// TestLoadNamesEveryUnknownKey: one error names every unknown key by its
// full dotted path, in file order, once each.
func TestLoadNamesEveryUnknownKey(t *testing.T) {
	tests := []struct {
		name, file string
		want       string
	}{
		{"one", `databse = "x.db"`, `unknown key "databse"`},
		{"top level and nested",
			"databse = \"x.db\"\n[fetch]\ntimeout_s = 3\n[health]\nchanel = \"200000000000000001\"",
			`unknown keys "databse", "fetch.timeout_s", "health.chanel"`},
		{"in two sources, once",
			"[[source]]\nname = \"x\"\nurl = \"https://x.test/feed\"\nschedul = \"@hourly\"\n" +
				"[[source]]\nname = \"y\"\nurl = \"https://y.test/feed\"\nschedul = \"@daily\"\ntimout = \"5s\"",
			`unknown keys "source.schedul", "source.timout"`},
		{"unknown table, not its keys",
			"[fetchh]\ntimeout = \"5s\"\nmax.per_host = 2\n[[vendor]]\nname = \"Acme\"\nalias = [\"ACME\"]",
			`unknown keys "fetchh", "vendor.alias"`},
		{"quoted part", "\"log.level\" = \"debug\"\nlog_levle = \"info\"", `unknown keys "\"log.level\"", "log_levle"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeFile(t, tt.file))
			if err == nil {
				t.Fatalf("Load accepted %q", tt.file)
			}
			if !strings.HasSuffix(err.Error(), ": "+tt.want) {
				t.Errorf("error %q\nwant it to end %q", err, tt.want)
			}
		})
	}
	// The token's own message wins over the rest.
	_, err := Load(writeFile(t, "databse = \"x.db\"\n[discord]\ntoken = \"abc\""))
	if err == nil || !strings.Contains(err.Error(), "discord.token: the Discord token is never read") {
		t.Errorf("token with another unknown key: %v, want the token's message", err)
	}
}

func TestMerge(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(writeFile(t, `
database = "/data/vw.db"
[[source]]
name = "Krebs on Security"
url = "https://krebsonsecurity.com/feed/"
disabled = true
[[source]]
name = "Local"
url = "testdata/feed.xml"
[[vendor]]
name = "kaspersky"
aliases = ["Лаборатория Касперского"]
[[vendor]]
name = "Acme"
[[matching.signals]]
category = "ban"
weight = 2.0
terms = ["outlawed"]
`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Database != "/data/vw.db" {
		t.Errorf("database = %q", c.Database)
	}
	if got, want := len(c.Sources), len(def.Sources)+1; got != want {
		t.Errorf("sources: %d, want %d (one replaced, one added)", got, want)
	}
	if got, want := len(c.EnabledSources()), len(def.Sources); got != want {
		t.Errorf("enabled sources: %d, want %d", got, want)
	}
	if got, want := len(c.Vendors), len(def.Vendors)+1; got != want {
		t.Errorf("vendors: %d, want %d", got, want)
	}
	for _, v := range c.Vendors {
		if strings.EqualFold(v.Name, "kaspersky") && !reflect.DeepEqual(v.Aliases, []string{"Лаборатория Касперского"}) {
			t.Errorf("Kaspersky not replaced: %+v", v)
		}
	}
	if got, want := len(c.Matching.Signals), len(def.Matching.Signals)+1; got != want {
		t.Errorf("signal groups: %d, want %d", got, want)
	}
	if c.Matching.Threshold != def.Matching.Threshold {
		t.Errorf("threshold changed by a file that did not set it")
	}

	r, err := Load(writeFile(t, "replace_default_vendors = true\n[[vendor]]\nname = \"Acme\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Watchlist()) != 1 {
		t.Errorf("replace_default_vendors: %d vendors, want 1", len(r.Watchlist()))
	}
}

func TestExampleDocumentsEveryKey(t *testing.T) {
	b, err := os.ReadFile("../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load("../config.example.toml"); err != nil {
		t.Fatalf("config.example.toml does not load: %v", err)
	}
	example := string(b)
	var walk func(prefix string, typ reflect.Type)
	walk = func(prefix string, typ reflect.Type) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			tag := strings.Split(f.Tag.Get("toml"), ",")[0]
			if tag == "" || tag == "-" {
				continue
			}
			if !strings.Contains(example, tag) {
				t.Errorf("config.example.toml does not document %s%s", prefix, tag)
			}
			ft := f.Type
			if ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct && ft.NumField() > 0 && ft.Field(0).Tag.Get("toml") != "" {
				walk(prefix+tag+".", ft)
			}
		}
	}
	walk("", reflect.TypeOf(Config{}))
}

func TestFromEnv(t *testing.T) {
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte("secret-token\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		env       map[string]string
		wantToken string
		wantErr   string
	}{
		{"none", nil, "", ""},
		{"token", map[string]string{"DISCORD_TOKEN": " abc "}, "abc", ""},
		{"file", map[string]string{"DISCORD_TOKEN_FILE": tokenFile}, "secret-token", ""},
		{"both", map[string]string{"DISCORD_TOKEN": "a", "DISCORD_TOKEN_FILE": tokenFile}, "", "not both"},
		{"missing file", map[string]string{"DISCORD_TOKEN_FILE": filepath.Join(dir, "nope")}, "", "DISCORD_TOKEN_FILE"},
		{"bad guild", map[string]string{"DISCORD_GUILD_ID": "abc"}, "", "DISCORD_GUILD_ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Config{}
			err := c.FromEnv(func(k string) string { return tt.env[k] })
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "secret-token") {
					t.Errorf("error leaks the token: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.Token != tt.wantToken {
				t.Errorf("token = %q, want %q", c.Token, tt.wantToken)
			}
		})
	}
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]ByteSize{
		"0": 0, "40MiB": 40 << 20, "512KiB": 512 << 10, "1GiB": 1 << 30, "65536": 65536, "100B": 100, " 2 MiB ": 2 << 20,
	} {
		var b ByteSize
		if err := b.UnmarshalText([]byte(in)); err != nil || b != want {
			t.Errorf("%q: %d, %v; want %d", in, b, err, want)
		}
	}
	for _, in := range []string{"", "-1MiB", "1.5GiB", "10MB", "MiB", "99999999999GiB"} {
		var b ByteSize
		if err := b.UnmarshalText([]byte(in)); err == nil {
			t.Errorf("%q accepted as %d", in, b)
		}
	}
	for b, want := range map[ByteSize]string{40 << 20: "40MiB", 1 << 30: "1GiB", 1536: "1536", 2048: "2KiB", 0: "0"} {
		if got := b.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", int64(b), got, want)
		}
	}
}

// TestLoadRejectsValuesThatBreakTheDaemon: numbers are finite and in
// range, durations positive where zero breaks what they time, the
// schedule one the scheduler runs as written, the endpoint an address
// net.Listen takes.
func TestLoadRejectsValuesThatBreakTheDaemon(t *testing.T) {
	signal := func(weight string) string {
		return "[[matching.signals]]\ncategory = \"ban\"\nweight = " + weight + "\nterms = [\"banned\"]"
	}
	source := func(schedule string) string {
		return "[[source]]\nname = \"x\"\nurl = \"https://x.test/feed\"\nschedule = " + schedule
	}
	tests := []loadErrorCase{
		{"infinite weight", signal("inf"), []string{"matching.signals[", ".weight", "+Inf", "finite"}},
		{"negative infinite weight", signal("-inf"), []string{".weight", "-Inf"}},
		{"NaN weight", signal("nan"), []string{".weight", "NaN"}},
		{"huge weight", signal("1e300"), []string{".weight", "at most 1000"}},
		{"NaN threshold", "[matching]\nthreshold = nan", []string{"matching.threshold", "NaN"}},
		{"infinite threshold", "[matching]\nthreshold = inf", []string{"matching.threshold", "+Inf"}},
		{"NaN cut-off", "[matching]\ncritical = nan", []string{"matching.critical", "NaN"}},
		{"infinite title bonus", "[matching]\ntitle_bonus = inf", []string{"matching.title_bonus", "+Inf"}},
		{"negative routine penalty", "[matching]\nroutine_penalty = -2.0", []string{"matching.routine_penalty", "-2"}},
		{"negative lead", "[matching]\nlead_sentences = -1", []string{"matching.lead_sentences", "-1"}},
		{"negative every", `schedule = "@every -5m"`, []string{"schedule", `"@every -5m"`, "at least 1s"}},
		{"zero every", `schedule = "@every 0s"`, []string{"schedule", `"@every 0s"`, "at least 1s"}},
		{"sub-second every", `schedule = "@every 500ms"`, []string{"schedule", "at least 1s"}},
		{"negative every with a zone", `schedule = "TZ=UTC @every -5m"`, []string{"schedule", "at least 1s"}},
		{"source every", source(`"@every -1h"`), []string{`source "x".schedule`, `"@every -1h"`, "at least 1s"}},
		{"never fires", `schedule = "0 0 30 2 *"`, []string{"schedule", `"0 0 30 2 *"`, "never fires"}},
		{"huge max_body", "[fetch]\nmax_body = 9223372036854775807", []string{"fetch.max_body", "9223372036854775807", "64 MiB"}},
		{"zero timeout", "[fetch]\ntimeout = \"0s\"", []string{"fetch.timeout", "0s", "1s to 10m"}},
		{"negative timeout", "[fetch]\ntimeout = \"-20s\"", []string{"fetch.timeout", "-20s"}},
		{"endless timeout", "[fetch]\ntimeout = \"100h\"", []string{"fetch.timeout", "100h"}},
		{"user agent with a newline", "[fetch]\nuser_agent = \"a\\nX-Injected: 1\"", []string{"fetch.user_agent", "control characters"}},
		{"huge jitter", `jitter = "1000h"`, []string{"jitter", "1000h", "0s to 24h"}},
		{"huge backfill", `backfill = "2000000h"`, []string{"backfill", "2000000h"}},
		{"negative window", "[events]\nwindow = \"-1h\"", []string{"events.window", "-1h"}},
		{"huge edit interval", "[events]\nedit_interval = \"48h\"", []string{"events.edit_interval", "48h"}},
		{"http_addr without a port", `http_addr = "localhost"`, []string{"http_addr", `"localhost"`, "host:port"}},
		{"http_addr port out of range", `http_addr = ":99999"`, []string{"http_addr", `":99999"`, "port"}},
		{"http_addr named port", `http_addr = ":http"`, []string{"http_addr", "port"}},
		{"http_addr bad host", `http_addr = "no such host:9090"`, []string{"http_addr", "host name"}},
		{"http_addr bare IPv6", `http_addr = "::1"`, []string{"http_addr", `"::1"`}},
	}
	checkLoadErrors(t, tests)
	for _, ok := range []string{
		`schedule = "@every 1s"`, `schedule = "TZ=Europe/Berlin 0 8 * * *"`, `schedule = "@hourly"`,
		`http_addr = ":9090"`, `http_addr = "127.0.0.1:0"`, `http_addr = "[::1]:9090"`, `http_addr = "localhost:9090"`, `http_addr = ""`,
		"[fetch]\nmax_body = 67108864", "[fetch]\ntimeout = \"1s\"", "[events]\nwindow = \"0s\"\nedit_interval = \"10ms\"",
		"[health]\nafter = \"0s\"", signal("1000"), "[matching]\nlead_sentences = 0",
	} {
		if _, err := Load(writeFile(t, ok)); err != nil {
			t.Errorf("Load(%q): %v", ok, err)
		}
	}
}

// TestFromEnvBounds: the token file is read up to a few KiB, and the
// environment's endpoint address is checked as the file's is.
func TestFromEnvBounds(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big")
	if err := os.WriteFile(big, []byte(strings.Repeat("x", 1<<20)), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		env     map[string]string
		wantErr string
	}{
		{"large token file", map[string]string{"DISCORD_TOKEN_FILE": big}, "more than 4096 bytes"},
		{"bad http addr", map[string]string{"VENDORWATCH_HTTP_ADDR": "localhost"}, `VENDORWATCH_HTTP_ADDR = "localhost"`},
		{"bad http port", map[string]string{"VENDORWATCH_HTTP_ADDR": ":65536"}, "port"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := (&Config{}).FromEnv(func(k string) string { return tt.env[k] })
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
			}
			if strings.Contains(err.Error(), "xxxx") {
				t.Errorf("error quotes the file: %.100s", err)
			}
		})
	}
	if t.Failed() {
		return // without the cap, /dev/zero would be read until memory runs out
	}
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	err := (&Config{}).FromEnv(func(k string) string { return map[string]string{"DISCORD_TOKEN_FILE": "/dev/zero"}[k] })
	if err == nil || !strings.Contains(err.Error(), "more than 4096 bytes") {
		t.Errorf("DISCORD_TOKEN_FILE=/dev/zero: %v, want refused as too large", err)
	}
}

func TestKnownOrgs(t *testing.T) {
	orgs, err := KnownOrgs()
	if err != nil {
		t.Fatal(err)
	}
	lists := map[string]int{}
	for _, o := range orgs {
		lists[o.List]++
	}
	if lists["ca"] < 50 || lists["sdn"] < 30 {
		t.Errorf("orgs.txt: %v names per list, want at least 50 ca and 30 sdn", lists)
	}
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Matching.Known) != len(orgs) {
		t.Errorf("Default: %d known organisations in the rules, want %d", len(c.Matching.Known), len(orgs))
	}
	for _, v := range c.Watchlist() {
		for _, o := range orgs {
			if strings.EqualFold(v.Name, o.Name) {
				t.Errorf("%q is both a registry vendor and a known organisation", o.Name)
			}
		}
	}
}
