package discordtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// shardGuild is a guild ID on shard k%count for counts up to 6: Discord's
// formula reads the bits above the low 22, here a multiple of 6 plus k.
func shardGuild(k int) string { return fmt.Sprint(uint64(24_000_001_200+k) << 22) }

// openShard opens a discordgo session as shard id of count (count 1:
// unsharded) and returns Open's error; the session is closed at the end
// of the test.
func openShard(t *testing.T, f *Fake, id, count int, handlers ...any) (*discordgo.Session, error) {
	t.Helper()
	s, err := discordgo.New(f.Token())
	if err != nil {
		t.Fatalf("discordgo.New: %v", err)
	}
	f.Configure(s)
	s.ShouldReconnectOnError = false
	s.Identify.Intents = discordgo.IntentsGuilds
	s.ShardID, s.ShardCount = id, count
	s.LogLevel = -1
	for _, h := range handlers {
		s.AddHandler(h)
	}
	done := make(chan error, 1)
	go func() { done <- s.Open() }()
	select {
	case err = <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("Open did not return")
	}
	t.Cleanup(func() { s.Close() })
	return s, err
}

// rawIdentify sends IDENTIFY with shard on a websocket of its own and
// returns the close code the fake answers with (0: it answered READY).
func rawIdentify(t *testing.T, f *Fake, shard [2]int) int {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(f.GatewayURL()+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer ws.Close()
	_ = ws.SetReadDeadline(time.Now().Add(time.Minute))
	if _, _, err := ws.ReadMessage(); err != nil { // HELLO
		t.Fatalf("read HELLO: %v", err)
	}
	if err := ws.WriteJSON(map[string]any{"op": 2, "d": map[string]any{
		"token": f.Token(), "intents": discordgo.IntentsGuilds, "shard": shard,
		"properties": map[string]string{"os": "linux", "browser": "test", "device": "test"},
	}}); err != nil {
		t.Fatalf("write IDENTIFY: %v", err)
	}
	_, _, err = ws.ReadMessage()
	return closeCode(err)
}

func closeCode(err error) int {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		return ce.Code
	}
	return 0
}

func TestShardingRequired(t *testing.T) {
	f, err := New(Options{Logf: t.Logf, GuildsPerShard: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	// With two shards, k = 0, 2 on shard 0 and k = 1 on shard 1.
	for k := range 3 {
		f.AddGuild(shardGuild(k), fmt.Sprint("guild ", k))
	}
	f.SpecAvailable()

	s, err := openShard(t, f, 0, 1)
	if code := closeCode(err); code != 4011 {
		t.Fatalf("unsharded Open with 3 guilds over a limit of 2: got %v (close code %d), want close code 4011", err, code)
	}
	gb, err := s.GatewayBot()
	if err != nil {
		t.Fatalf("GatewayBot: %v", err)
	}
	// One shard per 2*2/5 rounded up to 1 guild.
	if gb.Shards != 3 || gb.SessionStartLimit.MaxConcurrency != 1 || gb.SessionStartLimit.Remaining != 999 {
		t.Errorf("GET /gateway/bot = %+v, want 3 shards, max_concurrency 1, 999 remaining after one IDENTIFY", gb)
	}
	// Two shards serve two guilds and one: both within the limit.
	for id := range 2 {
		if _, err := openShard(t, f, id, 2); err != nil {
			t.Errorf("shard %d/2: Open: %v", id, err)
		}
	}
	// A shard out of range is refused (discordgo checks it before
	// sending, so the IDENTIFY is written by hand).
	if code := rawIdentify(t, f, [2]int{2, 2}); code != 4010 {
		t.Errorf("shard 2/2: got close code %d, want 4010", code)
	}
	var refused []int
	for _, id := range f.Identifies() {
		refused = append(refused, id.Refused)
	}
	if want := []int{4011, 0, 0, 4010}; !slices.Equal(refused, want) {
		t.Errorf("Identifies' refusals = %v, want %v", refused, want)
	}
	if v := f.Violations(); len(v) > 0 {
		t.Errorf("violations: %q", v)
	}
}

func TestIdentifyInterval(t *testing.T) {
	for _, tc := range []struct {
		name      string
		maxConc   int
		wantCode  int
		violation bool
	}{
		{"one bucket", 1, 4008, true},
		{"two buckets", 2, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, Options{MaxConcurrency: tc.maxConc, IdentifyInterval: time.Hour})
			if _, err := openShard(t, f, 0, 2); err != nil {
				t.Fatalf("shard 0: %v", err)
			}
			_, err := openShard(t, f, 1, 2)
			if code := closeCode(err); code != tc.wantCode || (tc.wantCode == 0 && err != nil) {
				t.Errorf("shard 1 right after shard 0: got %v (close code %d), want close code %d", err, code, tc.wantCode)
			}
			if got := len(f.Violations()) > 0; got != tc.violation {
				t.Errorf("violations %q, want some: %v", f.Violations(), tc.violation)
			}
		})
	}
}

// TestShardRouting: each of 3 shards hears of its own guilds only, in
// READY, GUILD_CREATE and GUILD_DELETE, and gets its guilds' interactions.
func TestShardRouting(t *testing.T) {
	const count = 3
	f, err := New(Options{Logf: t.Logf, GuildsPerShard: 3, MaxConcurrency: count})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	for k := range 2 * count {
		f.AddGuild(shardGuild(k), fmt.Sprint("guild ", k))
		f.AddChannel(shardGuild(k), fmt.Sprint(uint64(25_000_000_000+k)<<22), discordgo.ChannelTypeGuildText)
	}
	f.SpecAvailable()

	var mu sync.Mutex
	heard := make([][]string, count) // "create <id>", "delete <id>", "interaction <id>" per shard
	note := func(shard int, what string) {
		mu.Lock()
		heard[shard] = append(heard[shard], what)
		mu.Unlock()
	}
	sessions := make([]*discordgo.Session, count)
	for id := range count {
		s, err := openShard(t, f, id, count,
			func(_ *discordgo.Session, g *discordgo.GuildCreate) { note(id, "create "+g.ID) },
			func(_ *discordgo.Session, g *discordgo.GuildDelete) { note(id, "delete "+g.ID) },
			func(s *discordgo.Session, i *discordgo.InteractionCreate) {
				note(id, "interaction "+i.GuildID)
				err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Content: fmt.Sprint("shard ", id)},
				})
				if err != nil {
					t.Errorf("respond: %v", err)
				}
			})
		if err != nil {
			t.Fatalf("shard %d: Open: %v", id, err)
		}
		sessions[id] = s
	}
	if _, err := sessions[0].ApplicationCommandCreate(f.ApplicationID(), "", &discordgo.ApplicationCommand{
		Name: "ping", Description: "Answers with its shard",
	}); err != nil {
		t.Fatalf("create command: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for k := range 2 * count {
		r, err := f.Interact(ctx, Interaction{Name: "ping", GuildID: shardGuild(k), ChannelID: fmt.Sprint(uint64(25_000_000_000+k) << 22)})
		if err != nil {
			t.Fatalf("guild %d: Interact: %v", k, err)
		}
		want := k % count
		if r.Shard != [2]int{want, count} || r.Data == nil || r.Data.Content != fmt.Sprint("shard ", want) {
			t.Errorf("guild %d: carried by shard %v, answered %+v; want shard %d/%d", k, r.Shard, r.Data, want, count)
		}
	}
	added := shardGuild(2*count + 1) // shard 1
	f.AddGuild(added, "added")
	f.RemoveGuild(shardGuild(2)) // shard 2

	wantHeard := make([][]string, count)
	for k := range 2 * count {
		sh := k % count
		wantHeard[sh] = append(wantHeard[sh], "create "+shardGuild(k))
	}
	for k := range 2 * count {
		sh := k % count
		wantHeard[sh] = append(wantHeard[sh], "interaction "+shardGuild(k))
	}
	wantHeard[1] = append(wantHeard[1], "create "+added)
	wantHeard[2] = append(wantHeard[2], "delete "+shardGuild(2))
	deadline := time.Now().Add(time.Minute)
	// Handlers run in goroutines of their own: compare sorted.
	for !sortedEqual(heard, wantHeard, &mu) {
		if time.Now().After(deadline) {
			mu.Lock()
			defer mu.Unlock()
			t.Fatalf("shards heard %v, want (in any order) %v", heard, wantHeard)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if v := f.Violations(); len(v) > 0 {
		t.Errorf("violations: %q", v)
	}
}

func sortedEqual(got, want [][]string, mu *sync.Mutex) bool {
	mu.Lock()
	defer mu.Unlock()
	for i := range want {
		g, w := slices.Clone(got[i]), slices.Clone(want[i])
		slices.Sort(g)
		slices.Sort(w)
		if !slices.Equal(g, w) {
			return false
		}
	}
	return true
}

func TestShardOf(t *testing.T) {
	for _, tc := range []struct {
		guild string
		count int
		want  int
	}{
		{"81384788765712384", 16, 2},
		{"81384788765712384", 1, 0},
		{"", 3, 0},
		{fmt.Sprint(uint64(7) << 22), 3, 1},
		{fmt.Sprint(uint64(8)<<22 | 0x3fffff), 3, 2},
	} {
		if got := ShardOf(tc.guild, tc.count); got != tc.want {
			t.Errorf("ShardOf(%q, %d) = %d, want %d", tc.guild, tc.count, got, tc.want)
		}
	}
}
