package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The class16 probe grid crosses the parts of cl16's shapes: a product's
// own traffic to a state ("phones home to China", "accessed from China",
// "sent encryption keys to servers in China") with known and unknown
// names, the voice or none; a product called malware with its voice after
// the charge ("Temu app is malware, lawsuit says"); a vendor called a
// state's arm or failing an authority's security review; countries described
// rather than named ("countries sharing a border", "countries with
// offensive cyber programmes") under every bar and order; purchases
// allowed only from trusted sources; and, from the
// same parts, the look-alikes that must stay silent: a denial, malware
// or hackers phoning home, a bill, a description of no threat, a ban
// told as trade, the vendor suing over its listing. (A privacy order barring a data practice, "FTC bans
// Avast from selling browsing data", is an event by the readable sets'
// labels, devset, precision3, recent, lx13_u: not a look-alike here.)

type cl16Cell struct {
	title, lead string
	vendor      string // "" for a class: any class vendor
	want        trust.Category
}

func cl16Cells() (alert, silent []cl16Cell) {
	// a product's own traffic to a state
	for _, v := range []struct{ name, prod string }{{"Hikvision", "cameras"}, {"Unitree", "robots"}, {"DJI", "drones"},
		{"TikTok", "app"}} {
		for _, verb := range []string{"phones home to", "phone home to", "quietly phones home to", "is phoning home to"} {
			for _, state := range []string{"China", "Russia", "Chinese servers"} {
				for _, voice := range []string{", researchers say", ", study finds", ""} {
					alert = append(alert, cl16Cell{title: fmt.Sprintf("%s %s %s %s%s", v.name, v.prod, verb, state, voice),
						lead: "x", vendor: v.name, want: trust.CategoryEspionage})
				}
			}
			silent = append(silent,
				cl16Cell{title: fmt.Sprintf("%s says its %s do not %s China", v.name, v.prod, strings.TrimSuffix(strings.Fields(verb)[len(strings.Fields(verb))-3], "s")+" home to")},
				cl16Cell{title: fmt.Sprintf("Malware hidden in fake %s %s %s China-based server", v.name, v.prod, verb)})
		}
		for _, f := range []string{"US user data %s repeatedly accessed from China, leaked audio shows", "Leaked audio shows %s data accessed from China"} {
			if v.name == "TikTok" {
				alert = append(alert, cl16Cell{title: fmt.Sprintf(f, "TikTok"), lead: "x", vendor: "TikTok", want: trust.CategoryEspionage})
			}
		}
		silent = append(silent, cl16Cell{title: fmt.Sprintf("Chinese hackers accessed %s email accounts from China", v.name)})
	}
	// what is sent named by where it lands
	for _, v := range []struct{ name, prod string }{{"Hikvision", "cameras"}, {"DJI", "app"}, {"Xiaomi", "phones"}} {
		for _, obj := range []string{"encryption keys", "flight logs", "video footage", "keystrokes"} {
			for _, dest := range []string{"to servers in China", "to Chinese servers", "to a server in Russia"} {
				alert = append(alert, cl16Cell{title: fmt.Sprintf("%s %s sent %s %s", v.name, v.prod, obj, dest), lead: "x",
					vendor: v.name, want: trust.CategoryEspionage})
			}
		}
		silent = append(silent,
			cl16Cell{title: fmt.Sprintf("%s denies sending data to servers in China", v.name)},
			cl16Cell{title: fmt.Sprintf("Hackers exfiltrated %s customer data to servers in China", v.name)},
			cl16Cell{title: fmt.Sprintf("Malware in fake %s %s sends credentials to servers in China", v.name, v.prod)})
	}
	// a product called malware or spyware, its voice after the charge
	for _, v := range []string{"Temu", "TikTok", "Tenmark Systems"} {
		for _, f := range []string{"%s app is malware, lawsuit says", "%s is dangerous malware, Arkansas lawsuit alleges",
			"%s software is spyware, state lawsuit claims"} {
			alert = append(alert, cl16Cell{title: fmt.Sprintf(f, v), lead: "x", vendor: v, want: trust.CategoryEspionage})
		}
		silent = append(silent,
			cl16Cell{title: fmt.Sprintf("%s is not malware, company says", v)},
			cl16Cell{title: fmt.Sprintf("Fake %s app is malware, researchers warn", v)})
	}
	silent = append(silent, cl16Cell{title: "New Android malware is spyware, researchers say"})
	// a vendor called a state's instrument; a security review failed
	for _, v := range []string{"Hikvision", "Huawei", "Kaspersky", "ZTE"} {
		for _, f := range []struct {
			form string
			want trust.Category
		}{
			{"%s is an arm of the Chinese state, FCC says", trust.CategoryStateLinks},
			{"%s is a tool of the Chinese government, US officials say", trust.CategoryStateLinks},
			{"FCC calls %s an extension of the Chinese Communist Party", trust.CategoryStateLinks},
			{"%s fails security review, German agency says", trust.CategoryEspionage},
			{"Regulator says %s products failed cybersecurity review", trust.CategoryEspionage},
		} {
			alert = append(alert, cl16Cell{title: fmt.Sprintf(f.form, v), lead: "x", vendor: v, want: f.want})
		}
		silent = append(silent,
			cl16Cell{title: fmt.Sprintf("%s denies being an arm of the Chinese state", v)},
			cl16Cell{title: fmt.Sprintf("%s products passed security review, regulator says", v)},
			cl16Cell{title: fmt.Sprintf("Chinese state hackers breached %s devices", v)})
	}
	// countries described, under each bar and order
	for _, d := range []string{"countries sharing a border", "countries sharing a land border", "countries bordering India", "countries with offensive cyber programmes",
		"nations hostile to the US", "states with offensive cyber programs"} {
		for _, k := range []string{"apps", "drones", "routers", "cameras"} {
			for _, f := range []struct {
				form string
				want trust.Category
			}{
				{"Ministry bans %s from %s", trust.CategoryBan},
				{"Government bars agencies from using %s from %s", trust.CategoryBan},
				{"Civil servants told to stop using %s from %s", trust.CategoryDirective},
				{"Agencies ordered to remove %s from %s", trust.CategoryDirective},
			} {
				alert = append(alert, cl16Cell{title: fmt.Sprintf(f.form, k, d), lead: "x", want: f.want})
			}
			silent = append(silent,
				cl16Cell{title: fmt.Sprintf("Bill would ban %s from %s", k, d)},
				cl16Cell{title: fmt.Sprintf("Lawmakers urge ban on %s from %s", k, d)})
		}
	}
	for _, k := range []string{"apps", "drones", "routers"} {
		silent = append(silent,
			cl16Cell{title: fmt.Sprintf("Ministry bans %s from countries with cheap labour", k)},
			cl16Cell{title: fmt.Sprintf("Ministry bans %s from countries that make them", k)},
			cl16Cell{title: fmt.Sprintf("Ministry bars %s makers' owners from buying land near borders", k)})
	}
	for _, v := range []string{"TikTok", "Huawei"} {
		alert = append(alert, cl16Cell{title: fmt.Sprintf("Army bans soldiers from using %s", v), lead: "x", vendor: v, want: trust.CategoryBan},
			cl16Cell{title: fmt.Sprintf("Texas bars %s from sharing user data with China", v), lead: "x", vendor: v, want: trust.CategoryBan})
	}
	// the vendor suing an authority over its listing or ban; the
	// authority's own step alerts
	for _, v := range []string{"DJI", "Hikvision", "Xiaomi", "Kaspersky"} {
		for _, f := range []string{"%s sues Pentagon over Chinese military company designation", "%s sues US government over blacklisting",
			"%s sues Commerce Department over ban on its products", "%s challenges FCC ban in court"} {
			silent = append(silent, cl16Cell{title: fmt.Sprintf(f, v),
				lead: "The company asked a court to order the government to remove it from the list of firms tied to Beijing's military."})
		}
	}
	for _, v := range []string{"DJI", "Hikvision"} {
		alert = append(alert, cl16Cell{title: fmt.Sprintf("Pentagon adds %s to list of Chinese military companies", v), lead: "x", vendor: v,
			want: trust.CategorySanctions})
	}
	// purchases allowed only from trusted sources, told by an authority
	for _, b := range []string{"Telecom operators", "Telcos", "Carriers", "Federal agencies"} {
		for _, k := range []string{"network gear", "equipment", "telecom gear", "routers"} {
			for _, f := range []string{"%s can buy %s only from 'trusted sources' from June 15, DoT says",
				"%s must buy %s only from trusted sources, government says", "%s to procure %s only from trusted vendors, ministry says"} {
				alert = append(alert, cl16Cell{title: fmt.Sprintf(f, b, k), lead: "x", want: trust.CategoryDirective})
			}
		}
	}
	for _, k := range []string{"apps", "software", "extensions"} {
		silent = append(silent,
			cl16Cell{title: fmt.Sprintf("Users should download %s only from trusted sources, FBI warns", k)},
			cl16Cell{title: fmt.Sprintf("Apple says it buys %s only from trusted suppliers", k)},
			cl16Cell{title: fmt.Sprintf("Install %s only from trusted sources, CISA reminds consumers", k)})
	}
	// a ban told as trade
	for _, k := range []string{"drones", "CCTV cameras", "routers"} {
		for _, p := range []string{"to boost local manufacturing", "to protect domestic makers", "to promote local production"} {
			silent = append(silent, cl16Cell{title: fmt.Sprintf("India bans import of foreign %s %s", k, p),
				lead: "The ban exempts imports for research, defence and security purposes."})
		}
		alert = append(alert, cl16Cell{title: fmt.Sprintf("India bans Chinese %s over security concerns", k), lead: "x", want: trust.CategoryBan})
	}
	return alert, silent
}

// TestCl16Grid holds the grid: every silent cell silent, and at least
// cl16Floor of the alerting cells right (vendor and category). Cells
// that fail: an unknown name called "malware" by a lawsuit ("Tenmark
// Systems app is malware, lawsuit says"), which the unlisted-name reader
// wants told as spyware or with a motive (2 of 344 at the end).
func TestCl16Grid(t *testing.T) {
	m := defaultMatcher(t)
	alert, silent := cl16Cells()
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, c := range alert {
		// Right: the cell's category naming its vendor, or a class where
		// it names none.
		g.check(c.title, c.lead, []string{string(c.want)}, func(a trust.Alert, ok bool) bool {
			if !ok || a.Coverage || a.Category != c.want {
				return false
			}
			if c.vendor != "" {
				return slicesContains(a.VendorNames(), c.vendor)
			}
			return cl12ClassVendors(a.Vendors)
		})
	}
	for _, c := range silent {
		look.check(c.title, c.lead, []string{"look-alike"}, gridSilent) // coverage is no alert of its own (testHeadlines)
	}
	g.holdWithLookalikes(t, look, "class16 grid", cl16Floor)
}

// cl16Floor is the share of alerting cells that must be right.
const cl16Floor = 0.9

func slicesContains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
