package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
)

// TestRunSharded runs the daemon against a fake Discord that recommends 3
// shards for guilds no single connection may serve: run opens all 3 (in
// one batch, max_concurrency 3), /healthz is ok, and a shard cut by the
// network resumes by itself while the others stay up.
func TestRunSharded(t *testing.T) {
	fake, err := discordtest.New(discordtest.Options{GuildsPerShard: 2, RecommendedShards: 3, MaxConcurrency: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	for k := range 6 {
		g := fmt.Sprint(uint64(24_000_001_200+k) << 22)
		fake.AddGuild(g, fmt.Sprint("guild ", k))
		fake.AddChannel(g, fmt.Sprint(uint64(25_000_000_000+k)<<22), discordgo.ChannelTypeGuildText)
	}
	fake.SpecAvailable() // see TestEventsEndToEnd

	srv := newFeedServer(t, nil)
	cfg, _ := runConfig{HTTPAddr: "127.0.0.1:0", APIBase: fake.URL() + "/api/v9",
		Sources: []runSource{{Name: "Test news", URL: srv.URL}}}.write(t, t.TempDir())
	var out, logs syncBuffer
	stop := startRunReporting(t, cfg, tokenEnv(fake.Token()), &out, &logs)
	defer func() {
		stop()
		for _, v := range fake.Violations() {
			t.Errorf("fake discord violation: %s", v)
		}
	}()
	var addr string
	waitFor(t, "the http endpoint", func() bool {
		_, rest, ok := strings.Cut(logs.String(), `"http endpoint listening" addr=`)
		if ok {
			addr, _, _ = strings.Cut(rest, "\n")
		}
		return ok
	})
	healthz := func() string {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return fmt.Sprint(resp.StatusCode, " ", strings.TrimSpace(string(b)))
	}
	waitFor(t, "healthy with 3 shards", func() bool { return healthz() == "200 ok" && fake.Connected() == 3 })
	for _, id := range fake.Identifies() {
		if id.Shard == nil || id.Shard[1] != 3 || id.Refused != 0 {
			t.Errorf("IDENTIFY %+v, want an accepted one of 3 shards", id)
		}
	}

	if n := fake.DropShard(1); n != 1 {
		t.Fatalf("DropShard(1) closed %d connections, want 1", n)
	}
	waitFor(t, "shard 1 resumed", func() bool {
		for _, id := range fake.Identifies() {
			if id.Resume && id.Shard != nil && *id.Shard == [2]int{1, 3} {
				return true
			}
		}
		return false
	})
	waitFor(t, "healthy again", func() bool { return healthz() == "200 ok" && fake.Connected() == 3 })
	if n := len(fake.Identifies()); n != 4 {
		t.Errorf("%d IDENTIFYs and RESUMEs, want 3 and 1", n)
	}
}
