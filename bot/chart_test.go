package bot_test

import (
	"bytes"
	"flag"
	"image/png"
	"os"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/trust"
)

var writeDocs = flag.Bool("docs", false, "rewrite docs/vendor-trend.png, the README's example chart")

// TestTrendChart renders a year of alerts: the PNG decodes, has the
// documented size and stays small for phones. With -docs it rewrites the
// README's example.
func TestTrendChart(t *testing.T) {
	now := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	month := func(ago int) time.Time { return time.Date(2026, time.Month(12-ago), 1, 0, 0, 0, 0, time.UTC) }
	counts := []trust.MonthCount{
		{Month: month(11), Category: trust.CategorySanctions, Count: 2},
		{Month: month(9), Category: trust.CategoryBan, Count: 1},
		{Month: month(6), Category: trust.CategorySanctions, Count: 5},
		{Month: month(6), Category: trust.CategoryDirective, Count: 3},
		{Month: month(5), Category: trust.CategoryBan, Count: 7},
		{Month: month(5), Category: trust.CategorySanctions, Count: 4},
		{Month: month(4), Category: trust.CategoryEspionage, Count: 2},
		{Month: month(2), Category: trust.CategoryDirective, Count: 1},
		{Month: month(0), Category: trust.CategoryReversal, Count: 1},
		{Month: month(12), Category: trust.CategoryBan, Count: 99}, // before the window: left out
	}
	tests := []struct {
		name   string
		counts []trust.MonthCount
	}{
		{"a year", counts},
		{"one alert", counts[8:9]},
		{"nothing", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := bot.TrendChart("Kaspersky: alerts per month", tc.counts, now)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			if b := img.Bounds(); b.Dx() != bot.ChartWidth || b.Dy() != bot.ChartHeight {
				t.Errorf("size %v, want %dx%d", b, bot.ChartWidth, bot.ChartHeight)
			}
			if len(data) > 60<<10 {
				t.Errorf("%d bytes, want at most 60 KiB", len(data))
			}
			t.Logf("%s: %d bytes", tc.name, len(data))
			if *writeDocs && tc.name == "a year" {
				if err := os.WriteFile("../docs/vendor-trend.png", data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
