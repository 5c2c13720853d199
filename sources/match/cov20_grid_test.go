package match

import (
	"fmt"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The cov20 probe grid crosses the parts of a title that tells a trust
// action on a vendor it only describes, with a lead whose first sentence
// names the vendor under the same action (leadNews, match.go): an
// authority listing, sanctioning or barring "Russian cybersecurity firm",
// "Chinese camera maker", with or without an outlet's "..., FCC says";
// a root store distrusting "two certificate authorities". From the same
// parts, the look-alikes that stay coverage or silent: the lead dating
// the listing to a past year under a title of other news, a title of
// talk (lawmakers urging a listing), a title naming another vendor than
// the lead's, and a supply-chain title whose lead compares a past attack.

type cov20Cell struct {
	title, lead string
	vendor      string
	want        trust.Category
}

func cov20Cells() (alert, silent []cov20Cell) {
	lists := [][3]string{
		{"Kaspersky", "China Telecom", "China Mobile"},
		{"Positive Technologies", "NSO Group", "Candiru"},
		{"Hikvision", "Dahua", "Hytera"},
	}
	for _, l := range lists {
		names := fmt.Sprintf("%s, %s and %s", l[0], l[1], l[2])
		for _, f := range []struct{ title, lead string }{
			{"Commerce adds three foreign tech firms to trade blacklist", "The Commerce Department added %s to the Entity List on Thursday."},
			{"Three more foreign firms land on the FCC's national security list", "The FCC added %s to its Covered List on Tuesday."},
			{"Security firms among entities added to Entity List", "The Commerce Department added %s to the Entity List for trafficking in cyber tools."},
			{"Treasury sanctions technology companies over ties to intelligence services", "The Treasury Department sanctioned %s, saying they support state intelligence services."},
			{"Governor bars foreign tech from state networks", "The order prohibits state agencies from using products from %s, citing espionage risks."},
		} {
			want := trust.CategorySanctions
			if f.title == "Governor bars foreign tech from state networks" {
				want = trust.CategoryBan
			}
			for _, voice := range []string{"", ", report says"} {
				alert = append(alert, cov20Cell{title: f.title + voice, lead: fmt.Sprintf(f.lead, names), vendor: l[0], want: want})
			}
		}
		// The listing dated to a past year under a title of other news.
		for _, t := range []string{"Three Chinese tech firms open offices in Dubai", "Foreign tech firms expand in Texas", "Three foreign firms report record sales"} {
			silent = append(silent, cov20Cell{title: t,
				lead: fmt.Sprintf("%s, which the US added to the Entity List in 2021, said they plan to hire 200 staff.", names), vendor: l[0]})
		}
		// Talk: a listing asked for, not made.
		silent = append(silent,
			cov20Cell{title: "Lawmakers urge Commerce to blacklist three foreign tech firms",
				lead: fmt.Sprintf("Members of the House China committee wrote to the Commerce Department asking it to consider adding %s to the Entity List.", names), vendor: l[0]})
	}
	// A root store distrusting authorities it counts.
	for _, t := range []string{"Chrome Root Store to stop trusting two CAs", "Chrome to distrust two certificate authorities over compliance failures"} {
		alert = append(alert, cov20Cell{title: t,
			lead: "Google said Chrome will distrust new TLS certificates from Chunghwa Telecom and Netlock issued after July 31.", vendor: "Netlock", want: trust.CategoryDistrust})
	}
	// A title naming another vendor than the lead's.
	silent = append(silent, cov20Cell{title: "House China committee calls DeepSeek a 'profound threat' to US security",
		lead: "The Select Committee on the CCP says the chatbot sends Americans' data to China through infrastructure linked to state-owned China Mobile.", vendor: "China Mobile"})
	// A supply-chain title with a past attack compared in the lead.
	for _, n := range []string{"JumpCloud", "Zorvault"} {
		silent = append(silent, cov20Cell{title: fmt.Sprintf("North Korean hackers suspected in %s supply chain attack", n),
			lead: "An analysis of the intrusion points to North Korean state-sponsored groups, in a style reminiscent of the supply chain attack targeting 3CX.", vendor: "3CX"})
	}
	return alert, silent
}

func TestCov20Grid(t *testing.T) {
	m := defaultMatcher(t)
	alert, silent := cov20Cells()
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, c := range alert {
		g.check(c.title, c.lead, []string{string(c.want)}, gridAlerts(c.want, c.vendor))
	}
	for _, c := range silent {
		// Right: no alert, coverage, or an alert that does not name the
		// lead's vendor (the title's own story).
		look.check(c.title, c.lead, []string{"look-alike"}, func(a trust.Alert, ok bool) bool {
			return gridSilent(a, ok) || !namesLoosely(a, c.vendor)
		})
	}
	g.holdWithLookalikes(t, look, "cov20 grid", cov20Floor)
}

// cov20Floor is the share of alerting cells that must be right.
const cov20Floor = 0.9

// The cov20 store grid crosses a store or platform removing a vendor's
// product before "after" with the reasons after it (a malicious update,
// an export ban, a blacklist): the removal is the news
// (storeRemovesBeforeTurn, cov20.go). From the same parts, the
// look-alikes that stay coverage: the vendor itself acting after the
// event (shutting down, laying off, selling) or its shares moving.
func cov20StoreCells() (alert, silent []cov20Cell) {
	for _, s := range []string{"Apple", "Google", "Mozilla", "Best Buy", "Amazon"} {
		for _, v := range []struct{ name, prod string }{{"ZTE", "phones"}, {"Huawei", "devices"}, {"Hikvision", "cameras"}} {
			for _, verb := range []string{"removes", "pulls", "quietly removes", "delists"} {
				for _, why := range []string{"after US export ban", "after Commerce blacklist", "after Entity List designation"} {
					alert = append(alert, cov20Cell{title: fmt.Sprintf("%s %s %s %s %s", s, verb, v.name, v.prod, why),
						lead: "The products no longer appear on the site.", vendor: v.name, want: trust.CategoryDelisting})
				}
			}
			for _, t := range []string{"%s shuts down US business after Commerce ban", "%s lays off US staff after export ban takes effect",
				"%s sells its US unit after blacklist", "%s shares slide after Washington's blacklist move"} {
				silent = append(silent, cov20Cell{title: fmt.Sprintf(t, v.name), lead: "The company said it will focus on other markets.", vendor: v.name})
			}
		}
	}
	return alert, silent
}

func TestCov20StoreGrid(t *testing.T) {
	m := defaultMatcher(t)
	alert, silent := cov20StoreCells()
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, c := range alert {
		// Right: an alert naming the vendor, a delisting, or the
		// listing the reason tells when it is read as the news itself.
		g.check(c.title, c.lead, []string{string(c.want)}, func(a trust.Alert, ok bool) bool {
			return gridAlerts(c.want, c.vendor)(a, ok) || gridAlerts(trust.CategorySanctions, c.vendor)(a, ok)
		})
	}
	for _, c := range silent {
		look.check(c.title, c.lead, []string{"look-alike"}, gridSilent)
	}
	g.holdWithLookalikes(t, look, "cov20 store grid", cov20Floor)
}
