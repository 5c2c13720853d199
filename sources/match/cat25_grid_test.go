package match

import (
	"fmt"
	"slices"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cat25Cell is one cell of cat25's grids: a title and lead, the
// categories the cell is right with (nil: the cell is a look-alike of the
// structure and must alert as it does with cat25 off).
type cat25Cell struct {
	title, lead string
	want        []trust.Category
	axes        []string
}

// cat25Run judges the cells with cat25 on and off. A news cell is right
// when it alerts in one of its categories; a look-alike cell when cat25
// leaves its answer as it was. It returns the news cells right with
// cat25 on and off, and the look-alike cells changed.
func cat25Run(t *testing.T, m *Matcher, cells []cat25Cell) (on, off, news, looks, moved int) {
	t.Helper()
	for _, c := range cells {
		cat25Off = true
		b, okb := m.Match(c.title, c.lead)
		cat25Off = false
		a, ok := m.Match(c.title, c.lead)
		if c.want == nil {
			looks++
			if ok != okb || a.Category != b.Category || a.Coverage != b.Coverage {
				moved++
				t.Errorf("look-alike moved %v: %q | %q: %s -> %s", c.axes, c.title, c.lead, b.Category, a.Category)
			}
			continue
		}
		if !okb || b.Coverage {
			continue // out of the reader's reach: it reads alerts only
		}
		news++
		if ok && !a.Coverage && slices.Contains(c.want, a.Category) {
			on++
		} else {
			t.Logf("miss %v: %q | %q: %v %s", c.axes, c.title, c.lead, ok, a.Category)
		}
		if okb && !b.Coverage && slices.Contains(c.want, b.Category) {
			off++
		}
	}
	return on, off, news, looks, moved
}

// cat25Hold holds a grid: news cells right with cat25 at floor or more,
// fewer right without it (the grid needs the reader), no look-alike moved.
func cat25Hold(t *testing.T, name string, cells []cat25Cell, floor float64) {
	t.Helper()
	m := defaultMatcher(t)
	on, off, news, looks, moved := cat25Run(t, m, cells)
	t.Logf("%s: news cells right %d of %d (without cat25 %d; %d more out of its reach); look-alikes moved %d of %d", name, on, news, off, len(cells)-news-looks, moved, looks)
	if float64(on) < floor*float64(news) {
		t.Errorf("%s: %d of %d news cells right, want at least %.0f%%", name, on, news, 100*floor)
	}
	if off >= on {
		t.Errorf("%s: %d right without cat25, %d with it: the grid no longer needs the reader", name, off, on)
	}
}

var cat25Supply = []trust.Category{trust.CategoryOSS, trust.CategoryCompromise}

// TestCat25TurnedGrid: stores × verbs × releases × turns, the store's
// pull of a release that turned read as the release's supply event; the
// same pulls for malware with no turn, and fakes, left as they were.
func TestCat25TurnedGrid(t *testing.T) {
	stores := []string{"Google", "Mozilla", "Microsoft", "Chrome"}
	verbs := []string{"removes", "pulls", "disables", "kills"}
	releases := []string{"The Great Suspender extension", "Tab Keeper add-on", "Barcode Scanner app", "Nano Adblocker extension"}
	turns := []struct{ title, lead string }{
		{"after new owner adds malware", "The tool was sold last year."},
		{"after malicious update", "The release pushed code that tracked users."},
		{"flags it as malware", "The tool changed hands last year and its new owner added tracking code."},
		{"after it went rogue", "An update added adware to the popular tool."},
	}
	plain := []struct{ title, lead string }{
		{"over malware found in versions outside the store", "Researchers found malware in versions distributed elsewhere."},
		{"over privacy concerns", "The store said the tool collected more data than it disclosed."},
	}
	var cells []cat25Cell
	for _, s := range stores {
		for _, v := range verbs {
			for _, r := range releases {
				for i, tu := range turns {
					cells = append(cells, cat25Cell{fmt.Sprintf("%s %s %s %s", s, v, r, tu.title), tu.lead, cat25Supply, []string{s, v, r, fmt.Sprint("turn", i)}})
				}
				for i, p := range plain {
					cells = append(cells, cat25Cell{fmt.Sprintf("%s %s %s %s", s, v, r, p.title), p.lead, nil, []string{s, v, r, fmt.Sprint("plain", i)}})
				}
				cells = append(cells, cat25Cell{fmt.Sprintf("%s %s fake %s after new owner adds malware", s, v, r), "The copy was sold last year.", nil, []string{s, v, r, "fake"}})
			}
		}
	}
	cat25Hold(t, "turned", cells, 0.9)
}

// TestCat25DesignatedGrid: the FCC's designation verbs × vendors ×
// threats, sanctions; another authority's designation left as it was.
func TestCat25DesignatedGrid(t *testing.T) {
	verbs := []string{"names", "designates", "labels", "lists", "deems"}
	vendors := []string{"China Mobile and China Telecom", "Kaspersky", "Hytera, Hikvision and Dahua", "Quectel"}
	threats := []string{"national security threats", "as threats to national security", "a national security risk"}
	var cells []cat25Cell
	for _, v := range verbs {
		for _, n := range vendors {
			for i, th := range threats {
				cells = append(cells, cat25Cell{fmt.Sprintf("FCC %s %s %s", v, n, th), "The agency added them to its list of equipment and services deemed a risk.",
					[]trust.Category{trust.CategorySanctions}, []string{v, n, fmt.Sprint("threat", i)}})
				for _, actor := range []string{"Pentagon", "Lawmakers", "Czech cyber watchdog"} {
					cells = append(cells, cat25Cell{fmt.Sprintf("%s %s %s %s", actor, v, n, th), "The finding follows a review.", nil, []string{actor, v, n}})
				}
			}
		}
	}
	cat25Hold(t, "designated", cells, 0.75)
}

// TestCat25BackdoorGrid: authorities × vendors × products × flows, a
// backdoor found in a product a compromise; a backdoor's risk or access
// through backdoors left as they were.
func TestCat25BackdoorGrid(t *testing.T) {
	actors := []string{"CISA warns of", "FDA finds", "Researchers find", "CISA and FDA find"}
	vendors := []string{"Contec", "Hikvision", "Unitree", "Xiongmai"}
	products := []string{"patient monitors", "cameras", "robots", "routers"}
	flows := []string{"sending data to China", "that sends data to a hard-coded address"}
	var cells []cat25Cell
	for _, a := range actors {
		for _, v := range vendors {
			for _, p := range products {
				for i, f := range flows {
					cells = append(cells, cat25Cell{fmt.Sprintf("%s backdoor in %s %s %s", a, v, p, f), "The hidden functionality lets a remote party run commands.",
						[]trust.Category{trust.CategoryCompromise}, []string{a, v, p, fmt.Sprint("flow", i)}})
				}
				cells = append(cells, cat25Cell{fmt.Sprintf("China summons %s over backdoor risks in %s", v, p), "The regulator asked the company to explain.", nil, []string{v, p, "risk"}})
				cells = append(cells, cat25Cell{fmt.Sprintf("Officials say %s can access %s through backdoors", v, p), "The company denied it.", nil, []string{v, p, "through"}})
			}
		}
	}
	cat25Hold(t, "backdoor", cells, 0.6)
}

// TestCat25Attributive: a ban's participle that describes the goods a
// store pulls is the store's delisting; the ban as the act stays a ban.
func TestCat25Attributive(t *testing.T) {
	var cells []cat25Cell
	for _, store := range []string{"Retailers", "Online marketplaces", "Amazon and Walmart", "Major sellers"} {
		for _, verb := range []string{"pull", "remove", "drop"} {
			for _, part := range []string{"banned", "prohibited", "blacklisted"} {
				for _, goods := range []string{"Huawei devices", "Hikvision cameras", "ZTE phones"} {
					cells = append(cells, cat25Cell{fmt.Sprintf("%s %s millions of listings of %s %s, FCC says", store, verb, part, goods), "",
						[]trust.Category{trust.CategoryDelisting}, []string{store, verb, part, goods}})
				}
			}
		}
	}
	for _, v := range []string{"Huawei", "Hikvision", "ZTE"} {
		cells = append(cells, cat25Cell{"FCC bans " + v + " equipment", "Retailers removed listings after the ruling.", nil, []string{v, "act"}})
	}
	cat25Hold(t, "attributive", cells, 0.6)
}
