package match

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCov25Dump lists every readable event the matcher reads as coverage
// only, with the reader that made the coverage: one of the files' readers
// on every alert (cov23, cov23b, cov23c, cov24's five), else the rules'
// own coverage (match's lead and title readings). Look-alikes are counted.
func TestCov25Dump(t *testing.T) {
	out := dumpPath(t, "COV25_DUMP")
	m := defaultMatcher(t)
	var b strings.Builder
	var events, right, caught, silent, coverage, looks, looksAlerting int
	eachReadable(t, func(set string, c devCase) {
		a, ok := m.Match(c.title, c.body)
		if !c.positive {
			looks++
			if ok && !a.Coverage {
				looksAlerting++
			}
			return
		}
		events++
		switch {
		case !ok:
			silent++
			return
		case !a.Coverage:
			caught++
			if r23Right(c, a) {
				right++
			}
			return
		}
		coverage++
		fmt.Fprintf(&b, "%s\t%s\t%s\t%v/%v\tgot %v/%s\t%s\t%.300s\n", cov25Reader(m, c), set, eventKind(c), c.vendors, c.category, a.VendorNames(), a.Category, c.title, c.body)
	})
	fmt.Fprintf(&b, "# events %d right %d caught %d silent %d coverage %d; look-alikes alerting %d of %d\n", events, right, caught, silent, coverage, looksAlerting, looks)
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// cov25Reader names the reader that made an event's alert coverage.
func cov25Reader(m *Matcher, c devCase) string {
	try := func(sw *bool) (trust.Alert, bool) {
		*sw = true
		defer func() { *sw = false }()
		a, ok := m.Match(c.title, c.body)
		return a, ok && !a.Coverage
	}
	if _, ok := try(&cov24Off); ok {
		a, _ := try(&cov24Off)
		lt := nx13Unlabel(c.title)
		switch {
		case leadBackground(lt, &a):
			return "cov24.leadBackground"
		case genreForm(lt):
			return "cov24.genreForm"
		case usedBySpies(lt, &a):
			return "cov24.usedBySpies"
		case reporterVoice(lt, &a):
			return "cov24.reporterVoice"
		case actionTrend(lt, &a):
			return "cov24.actionTrend"
		}
		return "cov24.?"
	}
	if a, ok := try(&cov23Off); ok {
		lt := nx13Unlabel(c.title)
		switch {
		case cov23Form(lt):
			return "cov23.form"
		case cov23Purpose(lt, &a):
			return "cov23.purpose"
		}
		return "cov23.?"
	}
	if a, ok := try(&cov23bOff); ok {
		lt := nx13Unlabel(c.title)
		switch {
		case aheadOfHold(lt, &a):
			return "cov23b.ahead"
		case heardOnAlert(lt):
			return "cov23b.heard"
		}
		return "cov23b.?"
	}
	if _, ok := try(&cov23cOff); ok {
		return "cov23c.promises"
	}
	if _, ok := try(&cov22Off); ok {
		return "cov22"
	}
	a, _ := m.Match(c.title, c.body)
	return "rules:" + strings.ReplaceAll(a.Why(), "\t", " ")
}

// TestCov25Count counts the readable sets with turnToldAfter off and on
// (countSwitched). Set COV25_COUNT=1 to run it.
func TestCov25Count(t *testing.T) {
	countSwitched(t, "COV25_COUNT", []string{"before", "after"}, func(i int) { cov25Off = i == 0 })
}
