package explain

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestExplainHeldAlert: /explain says an alert held for a digest is held,
// and once its digest is queued, where that stands.
func TestExplainHeldAlert(t *testing.T) {
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	db.SetClock(func() time.Time { return now })
	src, err := db.EnsureSource(ctx, "News", "https://news.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	sub, err := db.AddSubscription(ctx, storage.Subscription{GuildID: "g", ChannelID: "c", MinSeverity: trust.SeverityLow,
		Mode: trust.ModeDigest, Schedule: "0 8 * * *"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	a := &trust.Alert{Title: "Huawei banned", Link: "https://news.example/1", Source: "News", Published: now,
		Vendors: []trust.VendorHit{{Name: "Huawei", Term: "Huawei"}}, Category: trust.CategoryBan, Severity: trust.SeverityHigh}
	it := trust.Item{Key: "guid:1", Link: a.Link, CanonicalLink: a.Link, Title: a.Title, Published: now, DateKnown: true}
	res, err := storagetest.SaveItem(ctx, db, src.ID, it, a)
	if err != nil {
		t.Fatal(err)
	}
	a.ID, a.CreatedAt = res.AlertID, now
	say := func() string {
		var lines []string
		if err := explainDeliveries(ctx, db, a, "g", func(f string, args ...any) { lines = append(lines, fmt.Sprintf(f, args...)) }); err != nil {
			t.Fatal(err)
		}
		return strings.Join(lines, "\n")
	}
	if got := say(); !strings.Contains(got, "held for the channel's digest.") {
		t.Errorf("before the digest: %q", got)
	}
	if _, err := db.CloseDigest(ctx, sub.ID, "digest", sub.LastDigest, now.Add(20*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := say(); !strings.Contains(got, "held for the channel's digest; the digest is pending.") {
		t.Errorf("after the digest closed: %q", got)
	}
}
