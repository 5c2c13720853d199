package explain

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/poller"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestExplainServerFeedAlert: an alert from one server's own feed is
// explained as alerted to that server, and as not for another.
func TestExplainServerFeedAlert(t *testing.T) {
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := poller.NewPipeline(cfg, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	f, err := db.AddServerFeed(ctx, trust.ServerFeed{GuildID: "g1", Name: "Own"}, "https://own.example/rss", "Own", 0)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	a := &trust.Alert{Title: "Huawei banned", Link: "https://news.example/1", Source: "Own", Published: now,
		Vendors: []trust.VendorHit{{Name: "Huawei", Term: "Huawei"}}, Category: trust.CategoryBan, Severity: trust.SeverityHigh}
	it := trust.Item{Key: "guid:1", Link: a.Link, CanonicalLink: a.Link, Title: a.Title, Published: now, DateKnown: true}
	if _, err := storagetest.SaveItem(ctx, db, f.Source.ID, it, a); err != nil {
		t.Fatal(err)
	}
	for guild, want := range map[string]string{"g1": "Alerted:", "g2": "No alert for this server"} {
		ex, err := Explain(ctx, db, p, cfg, a.Link, guild)
		if err != nil {
			t.Fatal(err)
		}
		if text := strings.Join(ex.Lines, "\n"); !strings.Contains(text, want) {
			t.Errorf("explain for %s lacks %q:\n%s", guild, want, text)
		}
	}
}
