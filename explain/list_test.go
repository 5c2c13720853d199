package explain

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/poller"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestExplainListChange: /explain of a list's alert shows the list's diff
// at that change, the entries that were no trust event included.
func TestExplainListChange(t *testing.T) {
	ctx := context.Background()
	dir := shareddir.OrSkip(t, "lists", "ofac-sdn")
	file := filepath.Join(t.TempDir(), "sdn.csv")
	put := func(name string, mod time.Time) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(file, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	clock := time.Date(2024, 3, 4, 20, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	p, err := poller.NewPipeline(cfg, now)
	if err != nil {
		t.Fatal(err)
	}
	d := poller.New(cfg, db, p, slog.New(slog.DiscardHandler), now)
	var alerts []*trust.Alert
	d.Emit = func(a *trust.Alert, _ int) { alerts = append(alerts, a) }
	l, _ := cfg.List("OFAC SDN list")
	l.URL = file
	st, err := db.EnsureList(ctx, l.Name, l.URL)
	if err != nil {
		t.Fatal(err)
	}
	put("2024-03-04-sdn.csv", time.Date(2024, 3, 4, 18, 43, 38, 0, time.UTC))
	d.PollList(ctx, l, st.ID)
	changed := time.Date(2024, 3, 5, 18, 43, 24, 0, time.UTC)
	put("2024-03-05-sdn.csv", changed)
	clock = changed.Add(time.Hour)
	d.PollList(ctx, l, st.ID)
	if len(alerts) != 3 {
		t.Fatalf("%d alerts, want 3 (Intellexa, Cytrox, Thalestris)", len(alerts))
	}
	ex, err := Explain(ctx, db, p, cfg, alerts[0].Link, "")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(ex.Lines, "\n")
	for _, want := range []string{"The OFAC SDN list changed on 5 March 2024 18:43 UTC", `added 48059 "INTELLEXA S.A."`, `removed 23306 "RONDON RIJO, Angel"`} {
		if !strings.Contains(text, want) {
			t.Errorf("explain lacks %q:\n%s", want, text)
		}
	}
}
