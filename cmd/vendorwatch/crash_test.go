package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// crashVendors are watched vendors from config/vendors.toml, one per story,
// none an alias of another, so that every story is an alert of its own.
var crashVendors = []string{
	"Kaspersky", "Huawei", "ZTE", "Hikvision", "Dahua", "Hytera", "DJI", "Tencent",
	"SolarWinds", "Ivanti", "3CX", "Juniper", "NSO Group", "Candiru", "Intellexa",
	"TP-Link", "China Mobile", "China Telecom", "China Unicom", "iFlytek", "Megvii",
	"SenseTime", "SMIC", "YMTC", "Inspur", "Positive Technologies", "Xiaomi", "Quectel",
	"Nuctech", "Sandvine",
}

// crashTag finds a story's number in a posted title.
var crashTag = regexp.MustCompile(`update (\d+)`)

// crashFeed is an RSS feed of one alert-worthy story per vendor, all
// published in the last hour, each title carrying its number.
func crashFeed(now time.Time) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Crash news</title><link>http://127.0.0.1/</link><description>test</description>
`)
	for i, v := range crashVendors {
		fmt.Fprintf(&b, `<item><title>%s</title><link>http://127.0.0.1/news/%02d</link><guid>crash-%02d</guid><pubDate>%s</pubDate><description>%s</description></item>
`,
			html.EscapeString(fmt.Sprintf("Entity List update %02d: Commerce adds %s to the Entity List", i, v)),
			i, i, now.Add(-time.Duration(i)*time.Minute).UTC().Format(time.RFC1123Z),
			html.EscapeString(fmt.Sprintf("The Commerce Department added %s to the Entity List on national security grounds.", v)))
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

// crashBuffer collects a child process's output for the failure log.
type crashBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (c *crashBuffer) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.b.Write(p)
}

func (c *crashBuffer) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.b.String()
}

// goTool finds the go command that runs the tests: go test puts its own
// GOROOT/bin first on the test binary's PATH.
func goTool(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("no go command on PATH: %v", err)
	}
	return p
}

// crashProc is a running vendorwatch process.
type crashProc struct {
	cmd  *exec.Cmd
	done chan struct{} // closed when it has exited
	err  error         // Wait's result, once done
}

func (p *crashProc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// crashWait polls cond until it holds, failing when timeout passes or the
// process ends first.
func crashWait(t *testing.T, p *crashProc, timeout time.Duration, what string, cond func() bool, onFail func()) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if p.exited() {
			onFail()
			t.Fatalf("vendorwatch exited (%v) while the test waited for %s", p.err, what)
		}
		if time.Now().After(deadline) {
			// A stuck process: SIGQUIT makes Go print every goroutine.
			p.cmd.Process.Signal(syscall.SIGQUIT)
			select {
			case <-p.done:
			case <-time.After(5 * time.Second):
			}
			onFail()
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestCrashDeliversEveryAlertOnce kills the bot process (SIGKILL) twice while
// it posts alerts, the second time right after a message was created but
// before Discord's answer reached the bot, restarts it on the same
// database each time, and checks that every alert is in the channel exactly
// once.
func TestCrashDeliversEveryAlertOnce(t *testing.T) {
	const guildID, channelID = "1160000000000000100", "1160000000000000200"
	dir := t.TempDir()
	bin := buildVendorwatch(t, dir)

	fake, err := discordtest.New(discordtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	fake.AddGuild(guildID, "crash test")
	fake.AddChannel(guildID, channelID, discordgo.ChannelTypeGuildText)
	// The fake holds every request until its schema validator is built
	// (tens of seconds on a loaded machine), longer than the bot's request
	// deadline: wait for it before a bot connects.
	fake.SpecAvailable()
	// Each message takes a while and its answer comes late, so that a kill
	// lands in the middle of delivery, often between Discord creating a
	// message and the bot recording it.
	fake.SetLatency(50 * time.Millisecond)
	fake.SetAnswerDelay(250 * time.Millisecond)

	feed := crashFeed(time.Now())
	srv, hits := staticFeedServer(t, feed)

	dbPath := filepath.Join(dir, "vendorwatch.db")
	cfgPath := filepath.Join(dir, "vendorwatch.toml")
	cfg := fmt.Sprintf(`database = %q
schedule = "@every 1h"
jitter = "0s"
log_format = "json"
replace_default_sources = true

[discord]
api_base = %q
posts_per_poll = 1000 # the feed is one poll: every story posted, none summed up

[[source]]
name = "Crash news"
url = %q
`, dbPath, fake.URL()+"/api/v9", srv.URL+"/feed.xml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}

	// What the pipeline makes of the feed: the alerts the channel must get.
	want := crashScan(t, bin, cfgPath)
	if len(want) != len(crashVendors) {
		t.Fatalf("scan found %d alerts in the %d stories, want one per story: %v", len(want), len(crashVendors), want)
	}

	ctx := context.Background()
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddSubscription(ctx, storage.Subscription{GuildID: guildID, ChannelID: channelID, MinSeverity: trust.SeverityLow}, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	token := strings.TrimPrefix(fake.Token(), "Bot ")
	var logs crashBuffer
	start := func(run int) *crashProc {
		t.Helper()
		cmd := exec.Command(bin, "run", "--config", cfgPath)
		cmd.Env = append(os.Environ(), "DISCORD_TOKEN="+token, "DISCORD_GUILD_ID="+guildID,
			"VENDORWATCH_CONFIG=", "VENDORWATCH_HTTP_ADDR=", "VENDORWATCH_DATABASE=", "DISCORD_TOKEN_FILE=")
		fmt.Fprintf(&logs, "--- run %d\n", run)
		cmd.Stdout, cmd.Stderr = &logs, &logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		p := &crashProc{cmd: cmd, done: make(chan struct{})}
		go func() { p.err = cmd.Wait(); close(p.done) }()
		t.Cleanup(func() { cmd.Process.Kill(); <-p.done })
		return p
	}
	kill := func(p *crashProc) {
		t.Helper()
		if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		<-p.done
	}
	posted := func() int { return len(fake.Messages(channelID)) }
	dump := func() { t.Logf("vendorwatch output:\n%s", logs.String()) }
	total := len(want)

	// Run 1: killed a third of the way through, at whatever instant
	// follows a short pause.
	proc := start(1)
	crashWait(t, proc, 2*time.Minute, "the first alerts", func() bool { return posted() >= total/3 }, dump)
	time.Sleep(120 * time.Millisecond)
	kill(proc)
	first := posted()
	if first >= total {
		t.Fatalf("all %d alerts were posted before the kill; the test needs slower delivery", first)
	}

	// Run 2: killed as soon as one more message exists, while the bot still
	// waits for Discord's answer to it.
	before := posted()
	proc = start(2)
	crashWait(t, proc, 2*time.Minute, "a message from the second run", func() bool { return posted() > before }, dump)
	kill(proc)
	second := posted()

	// Run 3: left to finish, then stopped with SIGTERM.
	hitsBefore := hits()
	proc = start(3)
	crashWait(t, proc, 3*time.Minute, "every alert", func() bool { return posted() >= total && hits() > hitsBefore }, dump)
	// The fake shows a message 250 ms before the bot hears back and marks
	// its row sent; a SIGTERM in that gap would leave the row pending.
	// Wait for the database rather than on the sleep below.
	watch, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	crashWait(t, proc, time.Minute, "every outbox row marked", func() bool {
		rows, err := storagetest.ChannelOutbox(ctx, watch, channelID)
		if err != nil || len(rows) < total {
			return false
		}
		for _, r := range rows {
			if r.Status == "pending" {
				return false
			}
		}
		return true
	}, dump)
	if err := watch.Close(); err != nil {
		t.Fatal(err)
	}
	// A duplicate would come from a row sent again under a new nonce or a
	// story alerted twice: give the dispatcher a few rounds to show one.
	time.Sleep(2 * time.Second)
	if err := proc.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-proc.done:
		if proc.err != nil {
			t.Errorf("run 3 after SIGTERM: %v, want exit status 0", proc.err)
		}
	case <-time.After(30 * time.Second):
		t.Errorf("run 3 still running 30 s after SIGTERM")
	}
	t.Logf("posted %d before the first kill, %d before the second, %d in all", first, second, posted())

	msgs := fake.Messages(channelID)
	seen := map[string]int{}
	nonces := map[string]bool{}
	for _, m := range msgs {
		title := ""
		if len(m.Embeds) > 0 {
			title = m.Embeds[0].Title
		}
		tag := crashTag.FindStringSubmatch(title)
		if tag == nil {
			t.Errorf("message %s has no story number in its title %q", m.ID, title)
			continue
		}
		seen[tag[1]]++
		if m.Nonce == "" || !m.EnforceNonce {
			t.Errorf("message %s (story %s) sent without an enforced nonce", m.ID, tag[1])
		}
		if nonces[m.Nonce] {
			t.Errorf("nonce %s used by two messages", m.Nonce)
		}
		nonces[m.Nonce] = true
	}
	for _, tag := range want {
		switch n := seen[tag]; n {
		case 1:
		case 0:
			t.Errorf("story %s was never posted", tag)
		default:
			t.Errorf("story %s was posted %d times", tag, n)
		}
		delete(seen, tag)
	}
	for tag, n := range seen {
		t.Errorf("story %s posted %d times, but scan made no alert of it", tag, n)
	}
	if v := fake.Violations(); len(v) > 0 {
		t.Errorf("requests Discord would reject:\n%s", strings.Join(v, "\n"))
	}

	// The database agrees: every row sent, under the message the fake made.
	db, err = storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, err := db.OutboxDepth(ctx); err != nil || n != 0 {
		t.Errorf("outbox depth after the drain: %d, %v; want 0", n, err)
	}
	rows, err := storagetest.ChannelOutbox(ctx, db, channelID)
	if err != nil {
		t.Fatal(err)
	}
	byNonce := map[string]string{}
	for _, m := range msgs {
		byNonce[m.Nonce] = m.ID
	}
	if len(rows) != total {
		t.Errorf("%d outbox rows, want %d", len(rows), total)
	}
	for _, r := range rows {
		if r.Status != "sent" || r.MessageID == "" || byNonce[r.Nonce] != r.MessageID {
			t.Errorf("outbox row %d: status %s, message %q (fake has %q for nonce %s), last error %q",
				r.ID, r.Status, r.MessageID, byNonce[r.Nonce], r.Nonce, r.LastError)
		}
	}

	// How often a row was sent again under its nonce after a kill: the
	// kills landed where the nonce matters.
	resent := 0
	count := map[string]int{}
	for _, r := range fake.Requests() {
		if r.Method != http.MethodPost || !strings.HasSuffix(r.Path, "/channels/"+channelID+"/messages") {
			continue
		}
		var body struct {
			Nonce string `json:"nonce"`
		}
		if json.Unmarshal(r.Body, &body) == nil && body.Nonce != "" {
			if count[body.Nonce]++; count[body.Nonce] == 2 {
				resent++
			}
		}
	}
	t.Logf("%d alerts were sent a second time, under the same nonce, after a kill", resent)
	if t.Failed() {
		dump()
	}
}

// crashScan runs `vendorwatch scan --json` over the configured feed and
// returns the story numbers of the alerts, sorted.
func crashScan(t *testing.T, bin, cfgPath string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "scan", "--json", "--config", cfgPath)
	cmd.Env = append(os.Environ(), "VENDORWATCH_CONFIG=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("scan: %v\n%s", err, stderr.String())
	}
	var tags []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct {
			Title string `json:"title"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("scan output %q: %v", sc.Text(), err)
		}
		if m := crashTag.FindStringSubmatch(a.Title); m != nil {
			tags = append(tags, m[1])
		}
	}
	sort.Strings(tags)
	return tags
}
