package main

import (
	"archive/tar"
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// dockerUID is the user the image runs as (see Dockerfile).
const dockerUID = "65532"

// dockerImageLimit is the largest image issue 4 allows.
const dockerImageLimit = 20 << 20

// dockerCLI runs the docker CLI with a timeout and returns its trimmed stdout;
// the error carries stderr.
func dockerCLI(timeout time.Duration, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "docker", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("%w (timeout %s)", err, timeout)
		}
		return stdout.String(), fmt.Errorf("docker %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(stdout.String()), nil
}

// mustDockerCLI is dockerCLI that fails the test on error.
func mustDockerCLI(t *testing.T, timeout time.Duration, args ...string) string {
	t.Helper()
	out, err := dockerCLI(timeout, args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// dockerTar is a tar stream of the files, owned by the image's user, for
// docker cp.
func dockerTar(t *testing.T, files map[string][]byte) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	uid, _ := strconv.Atoi(dockerUID)
	for name, data := range files {
		// 0666 as well as the owner: some docker versions make copied files
		// root's whatever the archive says.
		hdr := &tar.Header{Name: name, Mode: 0o666, Size: int64(len(data)), Uid: uid, Gid: uid, ModTime: time.Now()}
		if err := tw.WriteHeader(hdr); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return &buf
}

func dockerFreePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// TestDockerImage builds the image from the Dockerfile without a registry
// and runs it against a local feed and the fake Discord: it becomes
// healthy, posts the feed's alert, stops with exit 0 on docker stop, posts
// nothing twice when started again on the same volume, and runs as a
// non-root user. It measures the image size, the time from docker run to
// healthy and the idle memory.
func TestDockerImage(t *testing.T) {
	if _, err := exec.LookPath("docker"); err != nil {
		t.Skip("no docker command: skipping the container test (.ci/run installs docker.io)")
	}
	if _, err := dockerCLI(30*time.Second, "info"); err != nil {
		t.Skipf("no Docker engine answers, skipping the container test: %v", err)
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash for scripts/docker-go-image.sh: skipping the container test")
	}

	// The build context is the module root, two levels up.
	t.Chdir("../..")
	// The build stage's image, made from this machine's Go: no registry.
	// It is kept between runs (the script does nothing when it is current).
	const goImage = "vendorwatch-go:local"
	{
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
		out, err := exec.CommandContext(ctx, "bash", "scripts/docker-go-image.sh", goImage).CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("scripts/docker-go-image.sh: %v\n%s", err, out)
		}
	}
	suffix := fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano()%1e6)
	image := "vendorwatch:test"
	began := time.Now()
	t.Cleanup(func() {
		dockerCLI(time.Minute, "rmi", "-f", image)
		// Each build with new sources leaves its build stage behind as an
		// untagged image; keep only this one, the next build's cache.
		dockerCLI(5*time.Minute, "image", "prune", "-f", "--filter", "label=vendorwatch.stage=build",
			"--filter", "until="+began.UTC().Format(time.RFC3339))
	})
	if out, err := dockerCLI(25*time.Minute, "build", "--build-arg", "GO_IMAGE="+goImage, "-t", image, "."); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	size, err := strconv.ParseInt(mustDockerCLI(t, time.Minute, "image", "inspect", "-f", "{{.Size}}", image), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	if size > dockerImageLimit {
		t.Errorf("image is %d bytes, over the %d-byte limit", size, dockerImageLimit)
	}
	if user := mustDockerCLI(t, time.Minute, "image", "inspect", "-f", "{{.Config.User}}", image); !strings.HasPrefix(user, dockerUID) {
		t.Errorf("image user %q, want %s (non-root)", user, dockerUID)
	}

	// Digest schedules and quiet hours are in IANA zones: the image, built
	// FROM scratch, must carry the zone data (ZONEINFO).
	if out, err := dockerCLI(time.Minute, "run", "--rm", image, "schedule", "--tz", "Europe/Berlin", "-n", "2", "0 8 * * 1-5"); err != nil ||
		!strings.Contains(out, "08:00 CE") || !strings.Contains(out, "in Europe/Berlin") {
		t.Errorf("schedule in Europe/Berlin inside the container: %v\n%s", err, out)
	}

	// Discord and the feed, on the host's loopback; the container shares it.
	const guildID, channelID = "1170000000000000100", "1170000000000000200"
	fake, err := discordtest.New(discordtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	fake.AddGuild(guildID, "docker test")
	fake.AddChannel(guildID, channelID, discordgo.ChannelTypeGuildText)

	now := time.Now().UTC().Format(time.RFC1123Z)
	feed := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Docker news</title><link>http://127.0.0.1/</link><description>test</description>
<item><title>US bans Kaspersky software sales over national security risk</title><link>http://127.0.0.1/news/kaspersky</link>
<guid>docker-1</guid><pubDate>` + now + `</pubDate>
<description>The Commerce Department banned sales of Kaspersky antivirus software, citing national security risk.</description></item>
</channel></rss>
`)
	srv, hits := staticFeedServer(t, feed)

	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "vendorwatch.toml")
	cfg := fmt.Sprintf(`# The container's config, mounted read-only at /config/vendorwatch.toml.
schedule = "@every 1h"
jitter = "0s"
replace_default_sources = true

[discord]
api_base = %q

[[source]]
name = "Docker news"
url = %q
`, fake.URL()+"/api/v9", srv.URL+"/feed.xml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}

	// The subscription, in a database made here and copied into the
	// volume before the first start, owned by the container's user.
	volume := "vendorwatch-test-" + suffix
	mustDockerCLI(t, time.Minute, "volume", "create", volume)
	t.Cleanup(func() { dockerCLI(time.Minute, "volume", "rm", "-f", volume) })
	dbDir := t.TempDir()
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(dbDir, "vendorwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddSubscription(ctx, storage.Subscription{GuildID: guildID, ChannelID: channelID, MinSeverity: trust.SeverityLow}, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	entries, _ := os.ReadDir(dbDir)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dbDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = b
	}
	seed := "vendorwatch-seed-" + suffix
	mustDockerCLI(t, time.Minute, "create", "--name", seed, "-v", volume+":/data", image)
	t.Cleanup(func() { dockerCLI(time.Minute, "rm", "-f", seed) })
	{
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		cmd := exec.CommandContext(ctx, "docker", "cp", "-", seed+":/data")
		cmd.Stdin = dockerTar(t, files)
		out, err := cmd.CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("docker cp the database into the volume: %v\n%s", err, out)
		}
	}
	mustDockerCLI(t, time.Minute, "rm", seed)

	httpAddr := fmt.Sprintf("127.0.0.1:%d", dockerFreePort(t))
	token := strings.TrimPrefix(fake.Token(), "Bot ")
	start := func(name string) time.Duration {
		t.Helper()
		t.Cleanup(func() {
			if t.Failed() {
				out, _ := exec.Command("docker", "logs", name).CombinedOutput()
				t.Logf("docker logs %s:\n%s", name, out)
			}
			dockerCLI(time.Minute, "rm", "-f", name)
		})
		began := time.Now()
		mustDockerCLI(t, 2*time.Minute, "run", "-d", "--name", name, "--network", "host",
			"--health-interval", "1s", "--health-timeout", "5s", "--health-retries", "3",
			"-e", "DISCORD_TOKEN="+token, "-e", "DISCORD_GUILD_ID="+guildID,
			"-e", "VENDORWATCH_HTTP_ADDR="+httpAddr,
			"-v", cfgPath+":/config/vendorwatch.toml:ro", "-v", volume+":/data", image)
		deadline := time.Now().Add(2 * time.Minute)
		for {
			state := mustDockerCLI(t, time.Minute, "inspect", "-f", "{{.State.Status}} {{.State.Health.Status}}", name)
			if state == "running healthy" {
				return time.Since(began)
			}
			if !strings.HasPrefix(state, "running") || time.Now().After(deadline) {
				t.Fatalf("container %s is %q, not healthy", name, state)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	stop := func(name string) time.Duration {
		t.Helper()
		began := time.Now()
		mustDockerCLI(t, time.Minute, "stop", "-t", "10", name)
		took := time.Since(began)
		// docker stop kills after 10 s, which shows as 137: exit status 0
		// means the daemon stopped by itself within the 10 s.
		if code := mustDockerCLI(t, time.Minute, "inspect", "-f", "{{.State.ExitCode}}", name); code != "0" {
			t.Errorf("%s exited with %s after docker stop (%s), want 0", name, code, took.Round(time.Millisecond))
		}
		return took
	}
	waitFor := func(what string, timeout time.Duration, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(timeout)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out after %s waiting for %s", timeout, what)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}

	first := "vendorwatch-test-1-" + suffix
	toHealthy := start(first)
	waitFor("the alert in the fake's channel", 2*time.Minute, func() bool { return len(fake.Messages(channelID)) > 0 })
	msgs := fake.Messages(channelID)
	if len(msgs) != 1 || len(msgs[0].Embeds) == 0 || !strings.Contains(msgs[0].Embeds[0].Title, "Kaspersky") {
		t.Errorf("channel has %d messages, want the Kaspersky alert: %+v", len(msgs), msgs)
	}

	// Non-root, as the daemon sees itself.
	if user := mustDockerCLI(t, time.Minute, "inspect", "-f", "{{.Config.User}}", first); !strings.HasPrefix(user, dockerUID) {
		t.Errorf("container user %q, want %s", user, dockerUID)
	}
	pid := mustDockerCLI(t, time.Minute, "inspect", "-f", "{{.State.Pid}}", first)
	if status, err := os.ReadFile("/proc/" + pid + "/status"); err == nil {
		for _, line := range strings.Split(string(status), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "Uid:" && f[1] != dockerUID {
				t.Errorf("the daemon runs as uid %s, want %s: %s", f[1], dockerUID, line)
			}
		}
	} else {
		t.Logf("cannot read the daemon's /proc status (%v); checked Config.User only", err)
	}

	// Idle: the poll done, the alert sent.
	time.Sleep(3 * time.Second)
	mem := mustDockerCLI(t, time.Minute, "stats", "--no-stream", "--format", "{{.MemUsage}}", first)
	took := stop(first)

	// Again on the same volume: healthy, polls, posts nothing twice.
	before := hits()
	second := "vendorwatch-test-2-" + suffix
	toHealthy2 := start(second)
	waitFor("the second container's poll", time.Minute, func() bool { return hits() > before })
	// A duplicate would go out right after the poll: give it a few
	// dispatcher rounds.
	time.Sleep(6 * time.Second)
	if n := len(fake.Messages(channelID)); n != 1 {
		t.Errorf("after a restart on the same volume the channel has %d messages, want 1", n)
	}
	took2 := stop(second)

	if v := fake.Violations(); len(v) > 0 {
		t.Errorf("requests Discord would reject:\n%s", strings.Join(v, "\n"))
	}
	t.Logf("MEASURED: image %.1f MB (%d bytes); docker run to healthy %s (first start), %s (restart); idle memory %s; docker stop %s, %s (health interval 1 s)",
		float64(size)/(1<<20), size, toHealthy.Round(100*time.Millisecond), toHealthy2.Round(100*time.Millisecond),
		mem, took.Round(100*time.Millisecond), took2.Round(100*time.Millisecond))
}
