package bot

import (
	"bytes"
	"fmt"
	"image/png"
	"time"

	"github.com/go-analyze/charts"
	"github.com/vendorwatch/vendorwatch/trust"
)

// The trend chart's size: wide enough for twelve labelled months, small
// enough (a few tens of KiB) to load fast on a phone.
const (
	ChartWidth  = 600
	ChartHeight = 300
	chartMonths = 12
)

// chartSince is the first instant of the chart's first month: the month
// eleven months before now's, in UTC.
func chartSince(now time.Time) time.Time {
	y, m, _ := now.UTC().Date()
	return time.Date(y, m-chartMonths+1, 1, 0, 0, 0, 0, time.UTC)
}

// TrendChart draws a vendor's alerts per month over the twelve months up
// to now's, stacked by category, as a PNG. Months without alerts show as
// gaps; categories without any alert are left out of the legend.
func TrendChart(title string, counts []trust.MonthCount, now time.Time) ([]byte, error) {
	since := chartSince(now)
	labels := make([]string, chartMonths)
	for k := range labels {
		labels[k] = since.AddDate(0, k, 0).Format("Jan 06")
	}
	byCat := map[trust.Category][]float64{}
	for _, c := range counts {
		k := (c.Month.Year()-since.Year())*12 + int(c.Month.Month()-since.Month())
		if k < 0 || k >= chartMonths {
			continue
		}
		if byCat[c.Category] == nil {
			byCat[c.Category] = make([]float64, chartMonths)
		}
		byCat[c.Category][k] += float64(c.Count)
	}
	var values [][]float64
	var names []string
	// Categories in their fixed order, so one category keeps its colour
	// from chart to chart; unknown ones (none today) last.
	order := append([]trust.Category(nil), trust.Categories...)
	for c := range byCat {
		if !c.Valid() {
			order = append(order, c)
		}
	}
	for _, c := range order {
		if v := byCat[c]; v != nil {
			values = append(values, v)
			names = append(names, string(c))
		}
	}
	if len(values) == 0 {
		values, names = [][]float64{make([]float64, chartMonths)}, []string{"alerts"}
	}

	opt := charts.NewBarChartOptionWithData(values)
	opt.StackSeries = charts.Ptr(true)
	opt.CategoryAxis.Labels = labels
	opt.CategoryAxis.LabelFontStyle = charts.FontStyle{FontSize: 8}
	opt.CategoryAxis.LabelCount = chartMonths // every month named
	opt.ValueAxis[0].LabelFontStyle = charts.FontStyle{FontSize: 8}
	opt.ValueAxis[0].Min = charts.Ptr(0.0)
	opt.ValueAxis[0].ValueFormatter = func(f float64) string { return fmt.Sprintf("%.0f", f) }
	opt.Title = charts.TitleOption{Text: title, FontStyle: charts.FontStyle{FontSize: 11}}
	opt.Legend = charts.LegendOption{SeriesNames: names, Offset: charts.OffsetRight, FontStyle: charts.FontStyle{FontSize: 8}}
	opt.Padding = charts.NewBoxEqual(12)
	p := charts.NewPainter(charts.PainterOptions{OutputFormat: charts.ChartOutputPNG, Width: ChartWidth, Height: ChartHeight},
		charts.PainterThemeOption(charts.GetTheme(charts.ThemeLight)))
	if err := p.BarChart(opt); err != nil {
		return nil, fmt.Errorf("trend chart: %w", err)
	}
	raw, err := p.Bytes()
	if err != nil {
		return nil, fmt.Errorf("trend chart: %w", err)
	}
	return recompress(raw)
}

// recompress re-encodes a PNG at the best compression; the library
// encodes at the default level (png.Encode).
func recompress(raw []byte) ([]byte, error) {
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("trend chart: decode: %w", err)
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("trend chart: encode: %w", err)
	}
	return buf.Bytes(), nil
}
