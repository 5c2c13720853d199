package storage

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestSourceState(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	s, err := db.EnsureSource(ctx, "cisa", "https://cisa.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	if s.ID == 0 || s.Seeded || s.Failures != 0 || !s.LastAttempt.IsZero() {
		t.Fatalf("new source = %+v, want an id and empty state", s)
	}
	at := time.Date(2026, 3, 1, 10, 0, 0, 123e6, time.UTC)
	next := at.Add(15 * time.Minute)
	refused := Failure{Kind: "network", Detail: "dial tcp: refused"}
	tooLarge := Failure{Kind: "too_large", Status: 200, Cap: 8 << 20, Detail: "body over the 8388608-byte cap"}
	status500 := Failure{Kind: "status", Status: 500, Detail: "internal server error"}

	steps := []struct {
		name string
		do   func() error
		want SourceState
	}{
		{"failure", func() error {
			_, err := db.RecordFailure(ctx, s.ID, refused, "fetch https://cisa.example/feed: network: dial tcp: refused", at, next, HealthPolicy{})
			return err
		},
			SourceState{Failures: 1, LastError: "fetch https://cisa.example/feed: network: dial tcp: refused", LastFailure: refused, FailingSince: at, LastAttempt: at, NextPoll: next}},
		{"second failure", func() error {
			_, err := db.RecordFailure(ctx, s.ID, tooLarge, "too large", at.Add(time.Minute), next, HealthPolicy{})
			return err
		},
			SourceState{Failures: 2, LastError: "too large", LastFailure: tooLarge, FailingSince: at, LastAttempt: at.Add(time.Minute), NextPoll: next}},
		{"failure without values", func() error {
			_, err := db.RecordFailure(ctx, s.ID, Failure{Kind: "timeout"}, "timeout", at.Add(2*time.Minute), next, HealthPolicy{})
			return err
		},
			SourceState{Failures: 3, LastError: "timeout", LastFailure: Failure{Kind: "timeout"}, FailingSince: at, LastAttempt: at.Add(2 * time.Minute), NextPoll: next}},
		{"success", func() error {
			_, err := db.SaveFeed(ctx, s.ID, nil, nil, &PollSuccess{ETag: `"abc"`, LastModified: "Sat, 01 Mar 2026 09:00:00 GMT", At: at, Next: next})
			return err
		},
			SourceState{ETag: `"abc"`, LastModified: "Sat, 01 Mar 2026 09:00:00 GMT", LastAttempt: at, LastSuccess: at, NextPoll: next, Seeded: true}},
		{"failure after success", func() error {
			_, err := db.RecordFailure(ctx, s.ID, status500, "500", at.Add(time.Hour), next.Add(time.Hour), HealthPolicy{})
			return err
		},
			SourceState{ETag: `"abc"`, LastModified: "Sat, 01 Mar 2026 09:00:00 GMT", LastAttempt: at.Add(time.Hour), LastSuccess: at, NextPoll: next.Add(time.Hour), Failures: 1, LastError: "500", LastFailure: status500, FailingSince: at.Add(time.Hour), Seeded: true}},
		{"not modified", func() error {
			_, err := db.RecordNotModified(ctx, s.ID, at.Add(2*time.Hour), next.Add(2*time.Hour))
			return err
		},
			SourceState{ETag: `"abc"`, LastModified: "Sat, 01 Mar 2026 09:00:00 GMT", LastAttempt: at.Add(2 * time.Hour), LastSuccess: at.Add(2 * time.Hour), NextPoll: next.Add(2 * time.Hour), Seeded: true}},
		{"ensure, same url", func() error { _, err := db.EnsureSource(ctx, "cisa", "https://cisa.example/feed"); return err },
			SourceState{ETag: `"abc"`, LastModified: "Sat, 01 Mar 2026 09:00:00 GMT", LastAttempt: at.Add(2 * time.Hour), LastSuccess: at.Add(2 * time.Hour), NextPoll: next.Add(2 * time.Hour), Seeded: true}},
		{"ensure, new url", func() error { _, err := db.EnsureSource(ctx, "cisa", "https://cisa.example/new"); return err },
			SourceState{URL: "https://cisa.example/new", LastAttempt: at.Add(2 * time.Hour), LastSuccess: at.Add(2 * time.Hour), NextPoll: next.Add(2 * time.Hour)}},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		got, err := db.Source(ctx, s.ID)
		if err != nil {
			t.Fatalf("%s: Source: %v", st.name, err)
		}
		want := st.want
		want.ID, want.Name = s.ID, "cisa"
		if want.URL == "" {
			want.URL = "https://cisa.example/feed"
		}
		if got != want {
			t.Errorf("after %s:\n got %+v\nwant %+v", st.name, got, want)
		}
	}

	if _, err := db.EnsureSource(ctx, "bleeping", "https://bleeping.example/feed"); err != nil {
		t.Fatal(err)
	}
	all, err := db.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Name != "bleeping" || all[1].Name != "cisa" {
		t.Errorf("Sources = %+v, want bleeping and cisa", all)
	}

	if _, err := db.Source(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Source(999) error = %v, want ErrNotFound", err)
	}
	if _, err := db.SaveFeed(ctx, 999, nil, nil, &PollSuccess{At: at, Next: next}); !errors.Is(err, ErrNotFound) {
		t.Errorf("SaveFeed(999) error = %v, want ErrNotFound", err)
	}
}
