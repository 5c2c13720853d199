// Package config loads vendorwatch's configuration: the defaults embedded in
// the binary (sources, watchlist, matching rules), then an optional TOML
// file that overrides or extends them, then the Discord token from the
// environment. Validate names the key and the bad value of every error.
package config

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/netip"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/robfig/cron/v3"

	"github.com/vendorwatch/vendorwatch/trust"
)

//go:embed defaults.toml
var defaultsTOML string

//go:embed vendors.toml
var vendorsTOML string

//go:embed rules.toml
var rulesTOML string

// Config is the whole configuration.
type Config struct {
	Database  string   `toml:"database"`
	Schedule  string   `toml:"schedule"` // default schedule of a source
	Jitter    Duration `toml:"jitter"`   // sources are spread over this much so they do not fire together
	Backfill  Duration `toml:"backfill"` // first sight of a source: nothing older is alerted
	LogFormat string   `toml:"log_format"`
	HTTPAddr  string   `toml:"http_addr"`
	// MemoryLimit is the Go runtime's soft memory limit for run (see
	// runtime/debug.SetMemoryLimit); 0 leaves it off. GOMEMLIMIT, when
	// set, wins.
	MemoryLimit ByteSize `toml:"memory_limit"`

	// Replace the built-in lists instead of extending them.
	ReplaceDefaultSources bool `toml:"replace_default_sources"`
	ReplaceDefaultVendors bool `toml:"replace_default_vendors"`
	ReplaceDefaultSignals bool `toml:"replace_default_signals"`

	Fetch    Fetch          `toml:"fetch"`
	Discord  Discord        `toml:"discord"`
	Events   Events         `toml:"events"`
	Health   Health         `toml:"health"`
	Matching trust.Rules    `toml:"matching"`
	Sources  []SourceConfig `toml:"source"`
	Vendors  []VendorConfig `toml:"vendor"`
	Lists    []ListConfig   `toml:"list"`

	// Token is the Discord bot token, from DISCORD_TOKEN or the file named
	// by DISCORD_TOKEN_FILE; never from the file.
	Token string `toml:"-"`
	// GuildID, from DISCORD_GUILD_ID, registers commands to one guild.
	GuildID string `toml:"-"`
}

// Events tunes how alerts about one happening are grouped into one event
// (one message that grows as sources report it).
type Events struct {
	// Window is how far apart in time alerts of one event may be; 0 turns
	// grouping off (one message per alert).
	Window Duration `toml:"window"`
	// EditInterval is the least time between two edits of one event's
	// message in a channel: a burst of reports makes one edit.
	EditInterval Duration `toml:"edit_interval"`
}

// Health says when a failing source is reported down to the operators'
// channels (the config's and each guild's /sources notify channel): after
// Failures failures in a row that have lasted at least After. It is
// reported again when it recovers, once per change.
type Health struct {
	// Channel is an operator channel's ID for the notices; "" for none
	// (guilds may still set their own).
	Channel  string   `toml:"channel"`
	Failures int      `toml:"failures"`
	After    Duration `toml:"after"`
}

// Fetch tunes the HTTP fetcher.
type Fetch struct {
	Timeout    Duration `toml:"timeout"`
	MaxBody    int64    `toml:"max_body"`
	MaxConns   int      `toml:"max_conns"`
	MaxPerHost int      `toml:"max_per_host"`
	UserAgent  string   `toml:"user_agent"`
	// AllowPrivateServerFeeds lets the feeds servers add (/sources add)
	// reach loopback, private and link-local addresses, which are refused
	// by default: a user must not make the bot read the operator's
	// network. For a bot on a private network and for tests.
	AllowPrivateServerFeeds bool `toml:"allow_private_server_feeds"`
}

// Discord holds the non-secret Discord settings.
type Discord struct {
	APIBase                  string `toml:"api_base"`
	MaxSubscriptionsPerGuild int    `toml:"max_subscriptions_per_guild"`
	// GlobalRateLimit is the REST requests a second the bot keeps under:
	// Discord's global limit, 50 unless Discord raised it for the bot.
	GlobalRateLimit int `toml:"global_rate_limit"`
	// MaxFeedsPerGuild caps the feeds one server adds (/sources add).
	MaxFeedsPerGuild int `toml:"max_feeds_per_guild"`
	// PostsPerPoll is how many alerts one poll of one source may post to
	// a channel one by one; the rest go in one summary message.
	PostsPerPoll int `toml:"posts_per_poll"`
}

// SourceConfig is a [[source]] table.
type SourceConfig struct {
	Name     string `toml:"name"`
	URL      string `toml:"url"`
	Schedule string `toml:"schedule"`
	Primary  bool   `toml:"primary"`
	Disabled bool   `toml:"disabled"`
}

// VendorConfig is a [[vendor]] table.
type VendorConfig struct {
	Name       string          `toml:"name"`
	Aliases    []string        `toml:"aliases"`
	Country    string          `toml:"country"`    // where it is based: "China", "US"
	Categories []string        `toml:"categories"` // product categories: "drones", "cameras"
	Word       bool            `toml:"word"`       // the name is a common word too: it counts only written as configured
	Disabled   bool            `toml:"disabled"`
	Timeline   []TimelineEntry `toml:"timeline"`
}

// TimelineEntry is a [[vendor.timeline]] table.
type TimelineEntry struct {
	Date time.Time `toml:"date"` // a TOML local date: 2024-06-20
	Text string    `toml:"text"`
	URL  string    `toml:"url"`
}

// Duration is a time.Duration written as "15m" in TOML.
type Duration time.Duration

// UnmarshalText reads a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("bad duration %q (want e.g. \"90s\", \"15m\", \"24h\")", b)
	}
	*d = Duration(v)
	return nil
}

// MarshalText writes the duration as Go does.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// D returns d as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// ByteSize is a size written as "32MiB" (or "512KiB", "1GiB", or a plain
// number of bytes) in TOML.
type ByteSize int64

// UnmarshalText reads a size with an optional KiB, MiB or GiB suffix.
func (b *ByteSize) UnmarshalText(t []byte) error {
	s := strings.TrimSpace(string(t))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"B", 1}} {
		if rest, ok := strings.CutSuffix(s, u.suffix); ok {
			s, mult = strings.TrimSpace(rest), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return fmt.Errorf("bad size %q (want e.g. \"32MiB\", \"512KiB\", \"1GiB\" or a number of bytes)", t)
	}
	*b = ByteSize(n * mult)
	return nil
}

// MarshalText writes the size in the largest unit that divides it.
func (b ByteSize) MarshalText() ([]byte, error) {
	n := int64(b)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n != 0 && n%u.mult == 0 {
			return []byte(strconv.FormatInt(n/u.mult, 10) + u.suffix), nil
		}
	}
	return []byte(strconv.FormatInt(n, 10)), nil
}

func (b ByteSize) String() string {
	t, _ := b.MarshalText()
	return string(t)
}

// Default returns the embedded defaults.
func Default() (*Config, error) {
	var c Config
	for _, part := range []struct{ name, text string }{
		{"defaults.toml", defaultsTOML}, {"vendors.toml", vendorsTOML}, {"rules.toml", rulesTOML}, {"lists.toml", listsTOML},
	} {
		md, err := toml.Decode(part.text, &c)
		if err != nil {
			return nil, fmt.Errorf("embedded %s: %w", part.name, err)
		}
		if u := md.Undecoded(); len(u) > 0 {
			return nil, fmt.Errorf("embedded %s: unknown key %s", part.name, u[0])
		}
	}
	known, err := KnownOrgs()
	if err != nil {
		return nil, err
	}
	c.Matching.Known = known
	return &c, nil
}

// Load returns the defaults overridden and extended by the file at path
// (none when path is ""), then validated. The token is not read: see
// FromEnv.
func Load(path string) (*Config, error) {
	c, err := Default()
	if err != nil {
		return nil, err
	}
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read config: %w", err)
		}
		if err := c.merge(string(b)); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	if err := c.Validate(); err != nil {
		if path != "" {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return nil, err
	}
	return c, nil
}

// merge decodes a file over c: scalars replace, sources and vendors with
// the same name replace the default one (or disable it), others are added;
// signal groups, reporter and routine phrases are added to the defaults.
func (c *Config) merge(text string) error {
	defSources, defVendors, defLists := c.Sources, c.Vendors, c.Lists
	defRules := c.Matching
	c.Sources, c.Vendors, c.Lists = nil, nil, nil
	c.Matching.Signals, c.Matching.Reporter, c.Matching.Routine = nil, nil, nil
	c.Matching.OtherMotives = nil
	c.Matching.Decision, c.Matching.Talk = nil, nil

	md, err := toml.Decode(text, c)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			if perr.LastKey != "" {
				return fmt.Errorf("line %d: %s: %s", perr.Position.Line, perr.LastKey, perr.Message)
			}
			return fmt.Errorf("line %d: %s", perr.Position.Line, perr.Message)
		}
		return err
	}
	if err := unknownKeys(md.Undecoded()); err != nil {
		return err
	}

	if !c.ReplaceDefaultSources {
		// A list is a source too: replacing the sources drops the
		// built-in lists as well.
		c.Sources = mergeByName(defSources, c.Sources, func(s SourceConfig) string { return s.Name })
		c.Lists = mergeByName(defLists, c.Lists, func(l ListConfig) string { return l.Name })
	}
	if !c.ReplaceDefaultVendors {
		c.Vendors = mergeByName(defVendors, c.Vendors, func(v VendorConfig) string { return v.Name })
	}
	if !c.ReplaceDefaultSignals {
		c.Matching.Signals = append(defRules.Signals, c.Matching.Signals...)
		c.Matching.Reporter = append(defRules.Reporter, c.Matching.Reporter...)
		c.Matching.Routine = append(defRules.Routine, c.Matching.Routine...)
		c.Matching.OtherMotives = append(defRules.OtherMotives, c.Matching.OtherMotives...)
		c.Matching.Decision = append(defRules.Decision, c.Matching.Decision...)
		c.Matching.Talk = append(defRules.Talk, c.Matching.Talk...)
	}
	return nil
}

// unknownKeys makes one error naming every key the file set that no field
// took, in file order: a file with two typos needs one fix, not two runs.
// A key inside an unknown table is not named again, and a key of an array
// of tables ("source.schedul") is named once however many entries have it.
func unknownKeys(keys []toml.Key) error {
	var names []string
	seen := make(map[string]bool)
	for _, k := range keys {
		key := k.String()
		if key == "discord.token" || key == "token" {
			return fmt.Errorf("%s: the Discord token is never read from the config file; set DISCORD_TOKEN or DISCORD_TOKEN_FILE", key)
		}
		inUnknown := false
		for i := 1; i < len(k); i++ {
			if seen[k[:i].String()] {
				inUnknown = true
				break
			}
		}
		if seen[key] || inUnknown {
			continue
		}
		seen[key] = true
		names = append(names, strconv.Quote(key))
	}
	switch len(names) {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("unknown key %s", names[0])
	}
	return fmt.Errorf("unknown keys %s", strings.Join(names, ", "))
}

// mergeByName keeps base's order, replacing entries that over names
// (case-insensitively) and appending the rest. A name over gives twice is
// kept twice, so that validation refuses it ("is used by two sources")
// instead of the second entry silently replacing the first.
func mergeByName[T any](base, over []T, name func(T) string) []T {
	out := append([]T(nil), base...)
	idx := make(map[string]int, len(out))
	for i, v := range out {
		idx[strings.ToLower(name(v))] = i
	}
	for _, v := range over {
		k := strings.ToLower(name(v))
		if i, ok := idx[k]; ok && k != "" {
			out[i] = v
			delete(idx, k) // a second entry of over by this name is appended
			continue
		}
		out = append(out, v)
	}
	return out
}

var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseSchedule parses a cron expression or descriptor (@every 15m,
// @hourly...) the way the scheduler will.
func ParseSchedule(spec string) (cron.Schedule, error) {
	return cronParser.Parse(spec)
}

// minEvery is the shortest @every interval: the scheduler's resolution.
// The parser itself takes any duration and runs a zero or negative one
// every second.
const minEvery = time.Second

// checkSchedule is ParseSchedule with what the parser lets through: an
// @every interval under minEvery, and a cron expression that never fires
// ("0 0 30 2 *").
func checkSchedule(spec string) error {
	sched, err := ParseSchedule(spec)
	if err != nil {
		return fmt.Errorf("not a cron expression or @every: %w", err)
	}
	const every = "@every "
	if i := strings.Index(spec, every); i >= 0 {
		// As the parser reads it, after an optional time zone.
		if d, err := time.ParseDuration(spec[i+len(every):]); err == nil && d < minEvery {
			return fmt.Errorf("@every must be at least %s", minEvery)
		}
	}
	if sched.Next(time.Now()).IsZero() {
		return errors.New("never fires")
	}
	return nil
}

// checkHTTPAddr accepts "" (no endpoint) or a host:port that net.Listen
// takes: a numeric port, and an IP address, a host name or nothing (every
// interface) before it.
func checkHTTPAddr(addr string) error {
	if addr == "" {
		return nil
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return errors.New(`want host:port, e.g. ":9090" or "127.0.0.1:9090"`)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return errors.New("want a port number from 0 to 65535")
	}
	if _, err := netip.ParseAddr(host); host != "" && err != nil && !hostName(host) {
		return errors.New("want an IP address or a host name before the port")
	}
	return nil
}

// hostName reports whether s is a DNS host name: dot-separated labels of
// letters, digits and inner hyphens.
func hostName(s string) bool {
	if len(s) > 253 {
		return false
	}
	for _, label := range strings.Split(strings.TrimSuffix(s, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range []byte(label) {
			if !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// Ranges of the numbers Validate checks. Durations have a floor where
// zero or less breaks what they time, and a ceiling far above any use
// that keeps time arithmetic from overflowing.
const (
	maxScore      = 1000
	maxLead       = 1000
	minMaxBody    = 64 << 10
	maxMaxBody    = 64 << 20
	day           = 24 * time.Hour
	maxJitter     = day
	maxBackfill   = 3650 * day
	maxWindow     = 365 * day
	maxEditPause  = day
	maxHealthWait = 30 * day
	minTimeout    = time.Second
	maxTimeout    = 10 * time.Minute
)

// shortDuration writes d without trailing zero units: "720h", "1m", "0s".
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}

// Validate checks every value and names the key and the bad value.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key string, val any, why string) {
		errs = append(errs, fmt.Errorf("%s = %v: %s", key, quote(val), why))
	}
	if strings.TrimSpace(c.Database) == "" {
		bad("database", c.Database, "must name a file")
	}
	// between checks a duration against [lo, hi].
	between := func(key string, d Duration, lo, hi time.Duration, note string) {
		if d.D() < lo || d.D() > hi {
			bad(key, d.D(), fmt.Sprintf("want %s to %s%s", shortDuration(lo), shortDuration(hi), note))
		}
	}
	// score checks a matching number: finite, not negative (positive when
	// asked), at most maxScore. NaN and infinities are valid TOML; NaN
	// passes every comparison, and an infinite weight breaks JSON output.
	score := func(key string, v float64, positive bool) {
		switch {
		case math.IsNaN(v) || math.IsInf(v, 0):
			bad(key, v, fmt.Sprintf("want a finite number up to %d", maxScore))
		case positive && v <= 0:
			bad(key, v, "must be positive")
		case v < 0:
			bad(key, v, "must not be negative")
		case v > maxScore:
			bad(key, v, fmt.Sprintf("must be at most %d", maxScore))
		}
	}
	if err := checkSchedule(c.Schedule); err != nil {
		bad("schedule", c.Schedule, err.Error())
	}
	if err := checkHTTPAddr(c.HTTPAddr); err != nil {
		bad("http_addr", c.HTTPAddr, err.Error())
	}
	between("jitter", c.Jitter, 0, maxJitter, "")
	between("backfill", c.Backfill, 0, maxBackfill, "")
	between("events.edit_interval", c.Events.EditInterval, 0, maxEditPause, "")
	between("events.window", c.Events.Window, 0, maxWindow, " (0 turns grouping off)")
	if c.Health.Channel != "" && !validSnowflake(c.Health.Channel) {
		bad("health.channel", c.Health.Channel, "want a Discord channel ID (17 to 20 digits: Copy Channel ID in Discord's developer mode), or \"\" for none")
	}
	if c.Health.Failures < 1 || c.Health.Failures > 1000 {
		bad("health.failures", c.Health.Failures, "want 1 to 1000 failures in a row")
	}
	between("health.after", c.Health.After, 0, maxHealthWait, "")
	switch c.LogFormat {
	case "auto", "text", "json":
	default:
		bad("log_format", c.LogFormat, "want auto, text or json")
	}
	if c.MemoryLimit != 0 && c.MemoryLimit < 16<<20 {
		bad("memory_limit", c.MemoryLimit, "want 0 (off) or at least 16MiB")
	}
	between("fetch.timeout", c.Fetch.Timeout, minTimeout, maxTimeout, "")
	if c.Fetch.MaxBody < minMaxBody || c.Fetch.MaxBody > maxMaxBody {
		bad("fetch.max_body", c.Fetch.MaxBody, fmt.Sprintf("want %d (64 KiB) to %d (64 MiB) bytes", minMaxBody, maxMaxBody))
	}
	if strings.ContainsFunc(c.Fetch.UserAgent, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		bad("fetch.user_agent", c.Fetch.UserAgent, "must not hold control characters (no HTTP request could carry it)")
	}
	if c.Fetch.MaxConns < 1 || c.Fetch.MaxConns > 1024 {
		bad("fetch.max_conns", c.Fetch.MaxConns, "want 1 to 1024")
	}
	if c.Fetch.MaxPerHost < 1 || c.Fetch.MaxPerHost > c.Fetch.MaxConns {
		bad("fetch.max_per_host", c.Fetch.MaxPerHost, "want 1 to fetch.max_conns")
	}
	if u, err := url.Parse(c.Discord.APIBase); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("discord.api_base", c.Discord.APIBase, "want an http(s) URL such as https://discord.com/api/v9")
	}
	if n := c.Discord.MaxSubscriptionsPerGuild; n < 1 || n > 1000 {
		bad("discord.max_subscriptions_per_guild", n, "want 1 to 1000")
	}
	if n := c.Discord.MaxFeedsPerGuild; n < 0 || n > 1000 {
		bad("discord.max_feeds_per_guild", n, "want 0 (no server feeds) to 1000")
	}
	if n := c.Discord.GlobalRateLimit; n < 1 || n > 10000 {
		bad("discord.global_rate_limit", n, "want requests a second, 1 to 10000 (Discord's default is 50)")
	}
	if n := c.Discord.PostsPerPoll; n < 1 || n > 1000 {
		bad("discord.posts_per_poll", n, "want 1 to 1000")
	}

	names := map[string]bool{}
	enabled := 0
	for i, s := range c.Sources {
		key := checkTableName("source", i, s.Name, names, "is used by two sources", bad)
		if err := checkSourceURL(s.URL); err != nil {
			bad(key+".url", s.URL, err.Error())
		}
		if s.Schedule != "" {
			if err := checkSchedule(s.Schedule); err != nil {
				bad(key+".schedule", s.Schedule, err.Error())
			}
		}
		if !s.Disabled {
			enabled++
		}
	}
	if enabled == 0 {
		errs = append(errs, errors.New("source: no enabled source"))
	}
	c.validateLists(names, bad)

	vnames := map[string]bool{}
	for i, v := range c.Vendors {
		key := fmt.Sprintf("vendor[%d]", i)
		if v.Name != "" {
			key = fmt.Sprintf("vendor %q", v.Name)
		}
		if strings.TrimSpace(v.Name) == "" {
			bad(key+".name", v.Name, "must not be empty")
		} else if vnames[strings.ToLower(v.Name)] {
			bad(key+".name", v.Name, "is used by two vendors")
		}
		vnames[strings.ToLower(v.Name)] = true
		if len(v.Name) > 100 {
			bad(key+".name", v.Name, "longer than 100 characters")
		}
		for j, a := range v.Aliases {
			if strings.TrimSpace(a) == "" || len(a) > 100 {
				bad(fmt.Sprintf("%s.aliases[%d]", key, j), a, "must be 1 to 100 characters")
			}
		}
		for j, t := range v.Timeline {
			if strings.TrimSpace(t.Text) == "" {
				bad(fmt.Sprintf("%s.timeline[%d].text", key, j), t.Text, "must not be empty")
			}
			if t.Date.IsZero() {
				bad(fmt.Sprintf("%s.timeline[%d].date", key, j), t.Date, "must be a date such as 2024-06-20")
			}
			if t.URL != "" {
				if u, err := url.Parse(t.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
					bad(fmt.Sprintf("%s.timeline[%d].url", key, j), t.URL, "want an http(s) URL")
				}
			}
		}
	}

	r := &c.Matching
	for i, g := range r.Signals {
		key := fmt.Sprintf("matching.signals[%d]", i)
		if !g.Category.Valid() {
			bad(key+".category", g.Category, fmt.Sprintf("want one of %v", trust.Categories))
		}
		score(key+".weight", g.Weight, true)
		for j, t := range g.Terms {
			if strings.TrimSpace(t) == "" {
				bad(fmt.Sprintf("%s.terms[%d]", key, j), t, "must not be empty")
			}
		}
	}
	score("matching.threshold", r.Threshold, true)
	score("matching.medium", r.Medium, false)
	score("matching.high", r.High, false)
	score("matching.critical", r.Critical, false)
	score("matching.title_bonus", r.TitleBonus, false)
	score("matching.core_weight", r.CoreWeight, false)
	score("matching.routine_penalty", r.RoutinePenalty, false)
	if !(r.Medium <= r.High && r.High <= r.Critical) {
		bad("matching.high", r.High, "severity cut-offs must rise: medium <= high <= critical")
	}
	if r.LeadSentences < 0 || r.LeadSentences > maxLead {
		bad("matching.lead_sentences", r.LeadSentences, fmt.Sprintf("want 0 (every sentence) to %d", maxLead))
	}
	return errors.Join(errs...)
}

// validSnowflake accepts a Discord ID: 17 to 20 digits that fit in 64 bits.
func validSnowflake(s string) bool {
	if len(s) < 17 || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	_, err := strconv.ParseUint(s, 10, 64)
	return err == nil
}

func quote(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

// checkSourceURL accepts http(s) URLs and local file paths (for tests and
// previews).
func checkSourceURL(raw string) error {
	if strings.TrimSpace(raw) == "" {
		return errors.New("must not be empty")
	}
	if !strings.Contains(raw, "://") {
		return nil // a local file path
	}
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("not a URL")
	}
	switch u.Scheme {
	case "http", "https":
		if u.Host == "" {
			return errors.New("URL has no host")
		}
	case "file":
	default:
		return fmt.Errorf("scheme %q not supported (want http, https or a file path)", u.Scheme)
	}
	return nil
}

// FromEnv reads the secrets and per-deployment settings from the
// environment: DISCORD_TOKEN, or the file named by DISCORD_TOKEN_FILE
// (Docker secrets), DISCORD_GUILD_ID, and VENDORWATCH_DATABASE,
// VENDORWATCH_HTTP_ADDR and VENDORWATCH_LOG_FORMAT, which override the
// file.
func (c *Config) FromEnv(getenv func(string) string) error {
	c.Token = strings.TrimSpace(getenv("DISCORD_TOKEN"))
	if f := getenv("DISCORD_TOKEN_FILE"); f != "" {
		if c.Token != "" {
			return errors.New("set DISCORD_TOKEN or DISCORD_TOKEN_FILE, not both")
		}
		b, err := readSmallFile(f, maxTokenFile)
		if err != nil {
			return fmt.Errorf("DISCORD_TOKEN_FILE: %w", err)
		}
		c.Token = strings.TrimSpace(string(b))
		if c.Token == "" {
			return fmt.Errorf("DISCORD_TOKEN_FILE %s is empty", f)
		}
	}
	if strings.ContainsAny(c.Token, " \t\r\n") {
		return errors.New("DISCORD_TOKEN holds whitespace; give the bare token")
	}
	// Per-deployment settings a container sets without a config file.
	if v := getenv("VENDORWATCH_DATABASE"); v != "" {
		c.Database = v
	}
	if v := getenv("VENDORWATCH_HTTP_ADDR"); v != "" {
		if err := checkHTTPAddr(v); err != nil {
			return fmt.Errorf("VENDORWATCH_HTTP_ADDR = %q: %w", v, err)
		}
		c.HTTPAddr = v
	}
	if v := getenv("VENDORWATCH_LOG_FORMAT"); v != "" {
		switch v {
		case "auto", "text", "json":
			c.LogFormat = v
		default:
			return fmt.Errorf("VENDORWATCH_LOG_FORMAT = %q: want auto, text or json", v)
		}
	}
	c.GuildID = strings.TrimSpace(getenv("DISCORD_GUILD_ID"))
	for _, r := range c.GuildID {
		if r < '0' || r > '9' {
			return fmt.Errorf("DISCORD_GUILD_ID = %q: want a numeric guild ID", c.GuildID)
		}
	}
	return nil
}

// maxTokenFile caps what is read of DISCORD_TOKEN_FILE: a token is under
// a hundred bytes, and the file could be /dev/zero.
const maxTokenFile = 4 << 10

// readSmallFile reads the file at path, refusing one of more than max
// bytes without reading the rest. The error does not quote the content.
func readSmallFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s holds more than %d bytes; it must hold only the token", path, max)
	}
	return b, nil
}

// EnabledSources returns the sources to poll.
func (c *Config) EnabledSources() []trust.Source {
	var out []trust.Source
	for _, s := range c.Sources {
		if s.Disabled {
			continue
		}
		out = append(out, trust.Source{Name: s.Name, URL: s.URL, Schedule: s.Schedule, Primary: s.Primary})
	}
	return out
}

// Watchlist returns the enabled vendors with their timelines, newest
// event first.
func (c *Config) Watchlist() []trust.Vendor {
	var out []trust.Vendor
	for _, v := range c.Vendors {
		if v.Disabled {
			continue
		}
		tv := trust.Vendor{Name: v.Name, Aliases: append([]string(nil), v.Aliases...),
			Country: v.Country, Categories: append([]string(nil), v.Categories...), Word: v.Word}
		for _, t := range v.Timeline {
			tv.Timeline = append(tv.Timeline, trust.TimelineEntry{
				Date: time.Date(t.Date.Year(), t.Date.Month(), t.Date.Day(), 0, 0, 0, 0, time.UTC),
				Text: t.Text, URL: t.URL,
			})
		}
		sort.SliceStable(tv.Timeline, func(i, j int) bool { return tv.Timeline[i].Date.After(tv.Timeline[j].Date) })
		out = append(out, tv)
	}
	return out
}
