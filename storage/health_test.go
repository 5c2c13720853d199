package storage

import (
	"context"
	"slices"
	"testing"
	"time"
)

const (
	opsConfig = "300000000000000001" // the config's operator channel
	opsGuild  = "300000000000000002" // a guild's /sources notify channel
	healthGld = "100000000000000001"
)

// healthStep is one poll outcome: a failure, a 304 or a stored feed.
type healthStep struct {
	name      string
	at        time.Duration // after t0
	outcome   string        // "fail", "304" or "ok"
	wantN     int           // notices queued (what the call returns; SaveFeed returns none)
	wantDown  bool
	wantState string // the health event just recorded, "" for none
}

// fail404 is the failure runHealth records.
var fail404 = Failure{Kind: "status", Status: 404, Detail: "not found"}

// runHealth plays steps against one source and checks each.
func runHealth(t *testing.T, db *DB, id int64, policy HealthPolicy, steps []healthStep) {
	t.Helper()
	ctx := context.Background()
	for _, st := range steps {
		at := t0.Add(st.at)
		before := count(t, db, "health_events")
		var n int
		var err error
		switch st.outcome {
		case "fail":
			var c HealthChange
			c, err = db.RecordFailure(ctx, id, fail404, "fetch https://x.example/feed: status (status 404): not found", at, at.Add(time.Minute), policy)
			n = c.Notices
		case "304":
			n, err = db.RecordNotModified(ctx, id, at, at.Add(time.Minute))
		case "ok":
			_, err = db.SaveFeed(ctx, id, nil, nil, &PollSuccess{At: at, Next: at.Add(time.Minute)})
		default:
			t.Fatalf("%s: unknown outcome %q", st.name, st.outcome)
		}
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if n != st.wantN {
			t.Errorf("%s: %d notices queued, want %d", st.name, n, st.wantN)
		}
		s, err := db.Source(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if s.Down != st.wantDown {
			t.Errorf("%s: down = %v, want %v", st.name, s.Down, st.wantDown)
		}
		after := count(t, db, "health_events")
		switch {
		case st.wantState == "" && after != before:
			t.Errorf("%s: %d health events recorded, want none", st.name, after-before)
		case st.wantState != "" && after != before+1:
			t.Errorf("%s: %d health events recorded, want one %s", st.name, after-before, st.wantState)
		}
	}
}

// healthRows returns a channel's health notices: the event's state per row.
func healthRows(t *testing.T, db *DB, channel string) []string {
	t.Helper()
	ctx := context.Background()
	recs, err := db.ChannelOutbox(ctx, channel)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range recs {
		if r.Kind != "health" {
			t.Errorf("channel %s: outbox row of kind %q", channel, r.Kind)
			continue
		}
		ev, err := db.HealthEvent(ctx, r.RefID)
		if err != nil {
			t.Fatalf("health event %d: %v", r.RefID, err)
		}
		out = append(out, ev.State)
	}
	return out
}

// TestHealthHysteresis: a source is reported down only after N failures
// in a row that lasted M, once per health channel, never again while it
// stays down; its recovery is reported once.
func TestHealthHysteresis(t *testing.T) {
	ctx := context.Background()
	policy := HealthPolicy{Failures: 3, After: 30 * time.Minute}
	for _, recovery := range []string{"304", "ok"} {
		t.Run("recovery by "+recovery, func(t *testing.T) {
			db := openTestDB(t)
			id := ensureSource(t, db, "flaky")
			if err := db.SetHealthChannel(ctx, "", opsConfig); err != nil {
				t.Fatal(err)
			}
			if err := db.SetHealthChannel(ctx, healthGld, opsGuild); err != nil {
				t.Fatal(err)
			}
			upN := 2
			if recovery == "ok" {
				upN = 0 // SaveFeed does not count them
			}
			runHealth(t, db, id, policy, []healthStep{
				{name: "first failure", at: 0, outcome: "fail"},
				{name: "N-1 failures", at: time.Minute, outcome: "fail"},
				{name: "N failures under M", at: 2 * time.Minute, outcome: "fail"},
				{name: "N failures at M", at: 30 * time.Minute, outcome: "fail", wantN: 2, wantDown: true, wantState: "down"},
				{name: "still failing", at: time.Hour, outcome: "fail", wantDown: true},
				{name: "still failing later", at: 5 * time.Hour, outcome: "fail", wantDown: true},
				{name: "recovered", at: 6 * time.Hour, outcome: recovery, wantN: upN, wantState: "up"},
				{name: "healthy", at: 7 * time.Hour, outcome: recovery},
			})
			for _, ch := range []string{opsConfig, opsGuild} {
				if got := healthRows(t, db, ch); !slices.Equal(got, []string{"down", "up"}) {
					t.Errorf("channel %s: notices %v, want [down up]", ch, got)
				}
			}
			recs, _ := db.ChannelOutbox(ctx, opsConfig)
			down, err := db.HealthEvent(ctx, recs[0].RefID)
			if err != nil {
				t.Fatal(err)
			}
			if down.Source != "flaky" || down.Failures != 4 || !down.Since.Equal(t0) || !down.At.Equal(t0.Add(30*time.Minute)) || down.Failure != fail404 || down.Error == "" {
				t.Errorf("down event %+v, want flaky, 4 failures since t0, at t0+30m, %+v", down, fail404)
			}
			up, err := db.HealthEvent(ctx, recs[1].RefID)
			if err != nil {
				t.Fatal(err)
			}
			if !up.Since.Equal(t0) || !up.At.Equal(t0.Add(6*time.Hour)) {
				t.Errorf("up event since %v at %v, want t0 and t0+6h", up.Since, up.At)
			}
			s, _ := db.Source(ctx, id)
			if s.Down || !s.FailingSince.IsZero() || s.Failures != 0 || s.LastFailure != (Failure{}) || s.LastError != "" {
				t.Errorf("after recovery %+v, want healthy", s)
			}
		})
	}
}

// TestHealthFlapping: failures that never last N in a row, or never last
// M, tell nobody however often they come back.
func TestHealthFlapping(t *testing.T) {
	tests := []struct {
		name   string
		policy HealthPolicy
		steps  []string
	}{
		{"fewer than N in a row", HealthPolicy{Failures: 3, After: 0},
			[]string{"fail", "fail", "304", "fail", "fail", "ok", "fail", "fail", "304", "fail"}},
		{"never for M", HealthPolicy{Failures: 1, After: 30 * time.Minute},
			[]string{"fail", "304", "fail", "ok", "fail", "304", "fail", "ok", "fail"}},
		{"notices off", HealthPolicy{},
			[]string{"fail", "fail", "fail", "fail", "fail", "fail", "304"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openTestDB(t)
			id := ensureSource(t, db, "flappy")
			if err := db.SetHealthChannel(context.Background(), "", opsConfig); err != nil {
				t.Fatal(err)
			}
			var steps []healthStep
			for k, o := range tt.steps {
				// Ten minutes apart: three failures in a row span 20 min.
				steps = append(steps, healthStep{name: o + " " + string(rune('a'+k)), at: time.Duration(k) * 10 * time.Minute, outcome: o})
			}
			runHealth(t, db, id, tt.policy, steps)
			if got := healthRows(t, db, opsConfig); len(got) != 0 {
				t.Errorf("notices %v, want none", got)
			}
		})
	}
}

// TestHealthChannels: one notice per distinct channel, whoever set it; a
// removed channel hears nothing; with no channel the state still changes.
func TestHealthChannels(t *testing.T) {
	ctx := context.Background()
	policy := HealthPolicy{Failures: 1}
	tests := []struct {
		name     string
		channels map[string]string // guild → channel
		want     map[string]int    // channel → notices per state change
	}{
		{"config and a guild", map[string]string{"": opsConfig, healthGld: opsGuild}, map[string]int{opsConfig: 1, opsGuild: 1}},
		{"same channel twice", map[string]string{"": opsConfig, healthGld: opsConfig}, map[string]int{opsConfig: 1}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openTestDB(t)
			id := ensureSource(t, db, "src")
			for g, ch := range tt.channels {
				if err := db.SetHealthChannel(ctx, g, ch); err != nil {
					t.Fatal(err)
				}
			}
			total := 0
			for _, n := range tt.want {
				total += n
			}
			runHealth(t, db, id, policy, []healthStep{
				{name: "down", outcome: "fail", wantN: total, wantDown: true, wantState: "down"},
				{name: "up", at: time.Hour, outcome: "304", wantN: total, wantState: "up"},
			})
			for _, ch := range []string{opsConfig, opsGuild} {
				if got, want := len(healthRows(t, db, ch)), 2*tt.want[ch]; got != want {
					t.Errorf("channel %s: %d notices, want %d", ch, got, want)
				}
			}
		})
	}

	db := openTestDB(t)
	if err := db.SetHealthChannel(ctx, healthGld, opsGuild); err != nil {
		t.Fatal(err)
	}
	if err := db.SetHealthChannel(ctx, healthGld, opsConfig); err != nil {
		t.Fatal(err)
	}
	if ch, err := db.HealthChannel(ctx, healthGld); err != nil || ch != opsConfig {
		t.Errorf("HealthChannel after a change = %q, %v; want %s", ch, err, opsConfig)
	}
	if err := db.SetHealthChannel(ctx, healthGld, ""); err != nil {
		t.Fatal(err)
	}
	if ch, err := db.HealthChannel(ctx, healthGld); err != nil || ch != "" {
		t.Errorf("HealthChannel after removal = %q, %v; want none", ch, err)
	}
	id := ensureSource(t, db, "src")
	if c, err := db.RecordFailure(ctx, id, Failure{Kind: "timeout"}, "timeout", t0, t0, policy); err != nil || c.Notices != 0 {
		t.Errorf("failure with the channel removed: %d notices, %v; want 0", c.Notices, err)
	}
}
