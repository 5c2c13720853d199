package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// offGrid is the probe grid of a reader that runs on alerts and has a
// switch to turn it off (cov23Off, cov23bOff). Its look-alike cells must
// stay silent with the reader, and enough of them must alert without it,
// or the grid no longer needs the reader; its news cells, where the
// matcher without the reader alerts on them, must alert the same way
// with it (the category kept, the vendor named).
type offGrid struct {
	g, look *probeGrid
	off     func(title, lead string) (trust.Alert, bool)
	leaked  int // look-alike cells that alert with the reader off
}

// newOffGrid makes the grid of the readers *sw turns off.
func newOffGrid(m *Matcher, sw *bool) *offGrid {
	return &offGrid{g: newProbeGrid(m), look: newProbeGrid(m), off: func(title, lead string) (trust.Alert, bool) {
		*sw = true
		defer func() { *sw = false }()
		a, ok := m.Match(title, lead)
		return a, ok && !a.Coverage
	}}
}

// silent adds a look-alike cell.
func (o *offGrid) silent(title, lead string, parts []string, key string) {
	o.look.check(title, lead, parts, gridSilent, key)
	if _, ok := o.off(title, lead); ok {
		o.leaked++
	}
}

// news adds a news cell about vendor, when the matcher without the
// reader alerts on it.
func (o *offGrid) news(title, lead string, parts []string, vendor, key string) {
	a, ok := o.off(title, lead)
	if !ok {
		return
	}
	o.g.check(title, lead, parts, func(b trust.Alert, okb bool) bool {
		return okb && !b.Coverage && b.Category == a.Category && namesLoosely(b, vendor)
	}, key)
}

// hold holds the grid (holdWithLookalikes) and fails when fewer than one
// look-alike cell in share alerts with the reader off, or fewer than
// minNews news cells alert.
func (o *offGrid) hold(t *testing.T, reader, what string, share, minNews int) {
	t.Helper()
	o.g.holdWithLookalikes(t, o.look, reader, 1)
	t.Logf("%s cells alerting with the reader off: %d of %d", what, o.leaked, o.look.all)
	if o.leaked < o.look.all/share {
		t.Errorf("%s cells alerting with the reader off: %d of %d, want at least 1 in %d (the grid no longer needs the reader)", what, o.leaked, o.look.all, share)
	}
	if o.g.all < minNews {
		t.Errorf("only %d news cells alert, want at least %d", o.g.all, minNews)
	}
}
