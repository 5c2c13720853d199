package bot

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"
	"strconv"
	"time"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

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
	img, err := drawBars(title, labels, names, values)
	if err != nil {
		return nil, fmt.Errorf("trend chart: %w", err)
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("trend chart: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// The chart's colours: the series colours (and a tenth, one per
// category), axis and text greys of the ECharts light theme.
var (
	chartSeries = []color.RGBA{
		{0x54, 0x70, 0xc6, 0xff}, {0x91, 0xcc, 0x75, 0xff}, {0xfa, 0xc8, 0x58, 0xff},
		{0xee, 0x66, 0x66, 0xff}, {0x73, 0xc0, 0xde, 0xff}, {0x3b, 0xa2, 0x72, 0xff},
		{0xfc, 0x84, 0x52, 0xff}, {0x9a, 0x60, 0xb4, 0xff}, {0xea, 0x7c, 0xcc, 0xff}, {0x8d, 0x6e, 0x63, 0xff},
	}
	chartText  = color.RGBA{70, 70, 70, 0xff}
	chartAxis  = color.RGBA{110, 112, 121, 0xff}
	chartSplit = color.RGBA{224, 230, 242, 0xff}
)

// goMediumGz is the Go Medium font of golang.org/x/image/font/gofont
// (font/README is its licence), gzipped: 76 KB of the binary where
// gomedium.TTF was 157 KB (TestGoMediumTTF checks that it is that font).
//
//go:embed font/Go-Medium.ttf.gz
var goMediumGz []byte

// goMediumTTF unpacks goMediumGz, about a millisecond a chart.
func goMediumTTF() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(goMediumGz))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// drawBars draws a stacked bar chart: the title top left, the legend
// under it to the right, one bar per label stacking the series' values,
// a value axis with grid lines from 0 to a round maximum.
//
// It is hand-written rather than drawn by a charting library: the one it
// replaced (go-analyze/charts) embeds four TrueType fonts and an engine
// for a dozen chart kinds, 1.3 MB of the binary, for this one chart, and
// the container image must stay under 20 MiB (issue 4). Text is
// rasterised by freetype with Go Medium (goMediumTTF).
func drawBars(title string, labels, names []string, values [][]float64) (*image.RGBA, error) {
	ttf, err := goMediumTTF()
	if err != nil {
		return nil, fmt.Errorf("font: %w", err)
	}
	f, err := truetype.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("font: %w", err)
	}
	titleFace := truetype.NewFace(f, &truetype.Options{Size: 15, Hinting: font.HintingFull})
	face := truetype.NewFace(f, &truetype.Options{Size: 11, Hinting: font.HintingFull})
	defer titleFace.Close()
	defer face.Close()

	img := image.NewRGBA(image.Rect(0, 0, ChartWidth, ChartHeight))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	const pad = 12
	text := func(fc font.Face, s string, x, baseline int, c color.Color) {
		d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: fc, Dot: fixed.P(x, baseline)}
		d.DrawString(s)
	}
	width := func(fc font.Face, s string) int { return font.MeasureString(fc, s).Ceil() }
	fill := func(r image.Rectangle, c color.Color) {
		draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
	}

	// Title, then the legend right-aligned on the line below.
	m := face.Metrics()
	lineH := (m.Ascent + m.Descent).Ceil()
	tm := titleFace.Metrics()
	y := pad + tm.Ascent.Ceil()
	text(titleFace, title, pad, y, chartText)
	y += tm.Descent.Ceil() + 6
	const swatchW, swatchH, swatchGap, itemGap = 20, 10, 4, 14
	// Legend rows, each right-aligned, wrapping where a row would pass
	// the left margin (ten categories do not fit on one).
	itemW := func(n string) int { return swatchW + swatchGap + width(face, n) }
	for start := 0; start < len(names); {
		end, rowW := start+1, itemW(names[start])
		for end < len(names) && rowW+itemGap+itemW(names[end]) <= ChartWidth-2*pad {
			rowW += itemGap + itemW(names[end])
			end++
		}
		x := max(pad, ChartWidth-pad-rowW)
		for i := start; i < end; i++ {
			top := y + (lineH-swatchH)/2
			fill(image.Rect(x, top, x+swatchW, top+swatchH), chartSeries[i%len(chartSeries)])
			x += swatchW + swatchGap
			text(face, names[i], x, y+m.Ascent.Ceil(), chartText)
			x += width(face, names[i]) + itemGap
		}
		y += lineH + 2
		start = end
	}
	y += 6

	// The value axis: a round step giving at most six intervals.
	top := 0.0
	for k := range labels {
		sum := 0.0
		for _, v := range values {
			sum += v[k]
		}
		top = math.Max(top, sum)
	}
	step := niceStep(top / 6)
	ticks := max(1, int(math.Ceil(top/step)))
	if float64(ticks)*step <= top {
		ticks++ // headroom above the tallest bar
	}
	tickLabel := func(k int) string { return strconv.FormatFloat(float64(k)*step, 'f', -1, 64) }
	labelW := 0
	for k := 0; k <= ticks; k++ {
		labelW = max(labelW, width(face, tickLabel(k)))
	}
	plot := image.Rect(pad+labelW+6, y+m.Ascent.Ceil()/2, ChartWidth-pad, ChartHeight-pad-lineH-4)
	yAt := func(v float64) int {
		return plot.Max.Y - int(math.Round(v/(float64(ticks)*step)*float64(plot.Dy())))
	}
	for k := 0; k <= ticks; k++ {
		ty := yAt(float64(k) * step)
		if k > 0 {
			fill(image.Rect(plot.Min.X, ty, plot.Max.X, ty+1), chartSplit)
		}
		s := tickLabel(k)
		text(face, s, plot.Min.X-6-width(face, s), ty+m.Ascent.Ceil()/2-1, chartText)
	}

	// Bars, stacked bottom up in series order, and the month labels.
	band := float64(plot.Dx()) / float64(len(labels))
	for k, l := range labels {
		x0 := plot.Min.X + int(math.Round(float64(k)*band+band*0.2))
		x1 := plot.Min.X + int(math.Round(float64(k+1)*band-band*0.2))
		base := 0.0
		for i, v := range values {
			if v[k] <= 0 {
				continue
			}
			fill(image.Rect(x0, yAt(base+v[k]), x1, yAt(base)), chartSeries[i%len(chartSeries)])
			base += v[k]
		}
		cx := plot.Min.X + int(math.Round((float64(k)+0.5)*band))
		text(face, l, cx-width(face, l)/2, plot.Max.Y+4+m.Ascent.Ceil(), chartText)
	}
	fill(image.Rect(plot.Min.X, plot.Max.Y, plot.Max.X, plot.Max.Y+1), chartAxis)
	return img, nil
}

// niceStep is the smallest of 1, 2 and 5 times a power of ten (at least
// 1: the counts are whole) that is not below rough.
func niceStep(rough float64) float64 {
	if rough <= 1 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(rough)))
	for _, f := range []float64{1, 2, 5, 10} {
		if f*p >= rough {
			return f * p
		}
	}
	return 10 * p
}
