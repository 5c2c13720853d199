package bot_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestTrendChartBars reads the drawn chart back: each month's bar is as
// tall as its count on the value axis and coloured by series, months
// without alerts have no bar, and the legend has one swatch per series.
func TestTrendChartBars(t *testing.T) {
	now := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	counts := []trust.MonthCount{
		{Month: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Category: trust.CategoryBan, Count: 4},
		{Month: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), Category: trust.CategoryBan, Count: 2},
		{Month: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), Category: trust.CategorySanctions, Count: 2},
	}
	data, err := bot.TrendChart("Kaspersky: alerts per month", counts, now)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	ban := color.RGBA{0x54, 0x70, 0xc6, 0xff}
	sanctions := color.RGBA{0x91, 0xcc, 0x75, 0xff}
	// Columns of each colour, by month band, and the height of each bar.
	type run struct{ x, top, bottom int }
	find := func(c color.RGBA, x int) (run, bool) {
		r := run{x: x, top: -1}
		for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
			if color.RGBAModel.Convert(img.At(x, y)) == c {
				if r.top < 0 {
					r.top = y
				}
				r.bottom = y
			} else if r.top >= 0 && y-r.bottom > 1 {
				break
			}
		}
		return r, r.top >= 0
	}
	band := func(month int) int { // a column near the middle of the month's band
		w := img.Bounds().Dx()
		for x := w * month / 12; x < w*(month+1)/12+30 && x < w; x++ {
			// the bar area is below the legend: skip the top 60 rows
			for y := 60; y < img.Bounds().Dy(); y++ {
				if c := color.RGBAModel.Convert(img.At(x, y)); c == ban || c == sanctions {
					return x + 3
				}
			}
		}
		return -1
	}
	jan, jun := band(0), band(5)
	if jan < 0 || jun < 0 {
		t.Fatalf("no bar in January (%d) or June (%d)", jan, jun)
	}
	janBan, _ := find(ban, jan)
	junBan, ok1 := find(ban, jun)
	junSanc, ok2 := find(sanctions, jun)
	if !ok1 || !ok2 {
		t.Fatalf("June bar: ban %v, sanctions %v; want both stacked", ok1, ok2)
	}
	if junSanc.bottom >= junBan.top {
		t.Errorf("sanctions (rows %d-%d) not stacked above ban (rows %d-%d)", junSanc.top, junSanc.bottom, junBan.top, junBan.bottom)
	}
	h := func(r run) int { return r.bottom - r.top + 1 }
	if d := h(janBan) - 2*h(junBan); d < -2 || d > 2 {
		t.Errorf("January's 4 is %d px tall, June's 2 of ban %d px; want twice", h(janBan), h(junBan))
	}
	if d := h(junSanc) - h(junBan); d < -2 || d > 2 {
		t.Errorf("June: sanctions 2 is %d px tall, ban 2 is %d px; want equal", h(junSanc), h(junBan))
	}
	for _, month := range []int{1, 2, 3, 4, 6, 7, 8, 9, 10, 11} {
		x := img.Bounds().Dx() * (2*month + 1) / 24
		for y := 60; y < img.Bounds().Dy(); y++ {
			if c := color.RGBAModel.Convert(img.At(x, y)); c == ban || c == sanctions {
				t.Errorf("month %d has a bar at (%d,%d), want none", month+1, x, y)
				break
			}
		}
	}
	// The legend: a swatch of each series' colour above the plot.
	legend := image.Rect(0, 0, img.Bounds().Dx(), 60)
	for name, c := range map[string]color.RGBA{"ban": ban, "sanctions": sanctions} {
		found := false
		for y := legend.Min.Y; y < legend.Max.Y && !found; y++ {
			for x := legend.Min.X; x < legend.Max.X; x++ {
				if color.RGBAModel.Convert(img.At(x, y)) == c {
					found = true
					break
				}
			}
		}
		if !found {
			t.Errorf("no %s swatch in the legend", name)
		}
	}
}
