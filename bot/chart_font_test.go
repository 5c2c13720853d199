package bot

import (
	"bytes"
	"testing"

	"golang.org/x/image/font/gofont/gomedium"
)

// TestGoMediumTTF checks that the chart's embedded font unpacks to
// golang.org/x/image's Go Medium byte for byte: the font is gzipped into
// the package for the binary's size, not changed.
func TestGoMediumTTF(t *testing.T) {
	ttf, err := goMediumTTF()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ttf, gomedium.TTF) {
		t.Fatalf("font/Go-Medium.ttf.gz unpacks to %d bytes that are not gomedium.TTF (%d bytes)", len(ttf), len(gomedium.TTF))
	}
	if len(goMediumGz) >= len(gomedium.TTF)*6/10 {
		t.Errorf("font/Go-Medium.ttf.gz is %d bytes for a %d-byte font: not compressed", len(goMediumGz), len(gomedium.TTF))
	}
}
