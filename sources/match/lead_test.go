package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLeadHeadlines holds the matcher to testdata/lead.tsv: authority
// actions and state links split between a title and its lead (the
// summary's first sentence), against look-alikes whose lead holds an
// action as background, a reporter, many victims or a patch. Floor:
// today's recall less a margin.
func TestLeadHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/lead.tsv", 0.70)
}

// TestDescribedLead reads titles that describe their vendor ("Chinese
// drone maker", "the app") with a lead that names it: the vendor comes
// from the lead, the action from the title, and why says so. Rows are
// variants not in lead.tsv: other vendors, other descriptions, and the
// look-alikes the shape must leave alone.
func TestDescribedLead(t *testing.T) {
	m := defaultMatcher(t)
	cases := []struct {
		name, title, lead string
		vendor            string // "" for no alert
		category          trust.Category
		as                string // the description why names
	}{
		{"origin and kind before a maker", "Commerce adds Chinese surveillance camera maker to Entity List",
			"The US Commerce Department added Dahua Technology to its Entity List over human rights abuses in Xinjiang.",
			"Dahua", trust.CategorySanctions, ""},
		{"the app after a ban verb", "Florida bans the Chinese-owned app on state devices",
			"Governor Ron DeSantis signed a law banning TikTok on government phones and networks.",
			"TikTok", trust.CategoryBan, ""},
		{"possessive description, lead repeats the verb", "FCC adds Russian antivirus firm to national security threat list",
			"The Federal Communications Commission has added Kaspersky to its list of companies that pose a risk to national security.",
			"Kaspersky", trust.CategorySanctions, ""},
		{"a maker named in apposition", "Pentagon adds Chinese battery maker to military companies list",
			"The Defense Department added CATL, the world's largest EV battery maker, to its list of Chinese military companies.",
			"CATL", trust.CategorySanctions, "Chinese battery maker"},
		{"the description opens the title, then what was done", "Chinese AI chatbot banned on Navy devices",
			"The US Navy has told its members not to use DeepSeek, banning it on government devices over security concerns.",
			"DeepSeek", trust.CategoryBan, "Chinese AI chatbot"},
		{"unlisted name after a word of kind", "US sanctions Chinese cybersecurity company for aiding state hackers",
			"The Treasury Department sanctioned Beijing-based cybersecurity company Sichuan Silence Information Technology for its role in firewall attacks.",
			"Sichuan Silence Information Technology", trust.CategorySanctions, ""},
		// Look-alikes.
		{"the description is the actor", "Chinese drone maker sues Pentagon over military list",
			"DJI sued the Defense Department, which added it to its list of Chinese military companies.", "", "", ""},
		{"the lead mentions a vendor in passing", "Viral photo app pulled from App Store",
			"The app climbed the charts after a trend on TikTok.", "", "", ""},
		{"the lead lists vendors as examples", "Schools tell parents to delete social media apps",
			"Some schools suggested parents delete apps such as TikTok, Instagram, Snapchat and X over violent content.", "", "", ""},
		{"the title names the vendor", "Kaspersky antivirus removed from store",
			"Google removed Kaspersky's apps from the Play Store.", "Kaspersky", trust.CategoryDelisting, ""},
		{"a vendor as reporter", "Security company warns of Chinese backdoor in routers",
			"ESET researchers found that hackers planted a backdoor in Fortinet routers.", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, ok := m.Match(c.title, c.lead)
			if !expectNews(t, &a, ok, c.vendor) {
				return
			}
			if len(a.Vendors) == 0 || !looseName(a.Vendors[0].Name, c.vendor) || a.Category != c.category {
				t.Fatalf("got %v/%s, want %s/%s (%s)", a.VendorNames(), a.Category, c.vendor, c.category, a.Why())
			}
			if c.as != "" {
				if why := a.Why(); !strings.Contains(why, `(as "`+c.as+`")`) || !strings.Contains(why, "across the title and lead") {
					t.Errorf("why %q does not say the title described %q", why, c.as)
				}
				if !strings.Contains(a.Evidence, " — ") {
					t.Errorf("evidence %q is not the title and lead", a.Evidence)
				}
			}
		})
	}
}

// TestWarnLead reads an authority's warning on a vendor in the title
// with the order in the lead to give the product up: a directive, across
// the title and lead. Variants name other vendors and authorities; the
// look-alikes tell customers to patch, or have the vendor warn.
func TestWarnLead(t *testing.T) {
	m := defaultMatcher(t)
	cases := []struct {
		name, title, lead string
		vendor            string // "" for no alert
	}{
		{"an unlisted appliance, replace", "FBI warns hacked Acme SecureMail gateways remain compromised",
			"The FBI urges customers to immediately remove and replace all affected Acme SecureMail gateways.", "Acme SecureMail"},
		{"a registry vendor, stop using", "Dutch government issues guidance on Kaspersky software",
			"The Dutch government has told ministries to stop using Kaspersky antivirus products over espionage risks.", "Kaspersky"},
		{"the order in the second sentence", "CISA issues new guidance on Ivanti gateways",
			"CISA published new guidance on Thursday. It ordered federal agencies to disconnect all Ivanti Connect Secure appliances by Friday.", "Ivanti"},
		{"block access", "Australian government issues directive on DeepSeek",
			"The Department of Home Affairs told agencies to block access to DeepSeek on government devices.", "DeepSeek"},
		// Look-alikes.
		{"patch, not give up", "FBI warns of hackers exploiting Acme SecureMail flaws",
			"The FBI urges customers to patch and then replace default passwords on Acme SecureMail gateways.", ""},
		{"the vendor warns", "Ivanti warns customers of new Connect Secure zero-day",
			"Ivanti urges customers to disconnect affected Ivanti appliances until a patch is out.", ""},
		{"the order names another product", "CISA issues guidance on Ivanti gateways",
			"CISA told agencies to replace end-of-life Cisco routers.", ""},
		{"no order, only a warning", "FBI warns about Acme SecureMail attacks",
			"The FBI said attackers are targeting Acme SecureMail gateways worldwide.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, ok := m.Match(c.title, c.lead)
			if !expectNews(t, &a, ok, c.vendor) {
				return
			}
			if len(a.Vendors) == 0 || !looseName(a.Vendors[0].Name, c.vendor) || a.Category != trust.CategoryDirective ||
				!strings.Contains(a.Why(), "across the title and lead") {
				t.Fatalf("got %v/%s (%s), want %s/directive across the title and lead", a.VendorNames(), a.Category, a.Why(), c.vendor)
			}
		})
	}
}

// TestDescribedTie: a title whose authority speaks of a described vendor
// (or only describes it) over a lead that carries the state tie at a
// core weight; the title's own talk keeps it coverage at most.
func TestDescribedTie(t *testing.T) {
	m := defaultMatcher(t)
	cases := []struct {
		title, lead, vendor string
	}{
		{"US government warns of Chinese camera maker's military ties",
			"The US government warned that surveillance camera maker Hikvision has suspicious ties to China's military.", "Hikvision"},
		{"US military bases still use a Chinese camera maker's equipment",
			"The US government warns that surveillance camera maker Hikvision has suspicious ties to China's military.", "Hikvision"},
		{"Lawmakers debate whether a Chinese camera maker's equipment is safe?",
			"The US government warns that surveillance camera maker Hikvision has suspicious ties to China's military.", ""},
		{"Brazil police buy cameras from Chinese camera maker",
			"Hikvision, which the Pentagon says has ties to China's military, will supply 5,000 cameras to the state police.", ""},
	}
	for _, c := range cases {
		a, ok := m.Match(c.title, c.lead)
		switch {
		case c.vendor == "" && ok && !a.Coverage:
			t.Errorf("%q: alert %s, want none", c.title, a.Why())
		case c.vendor != "" && (!ok || a.Coverage || a.Category != trust.CategoryStateLinks || !looseName(a.VendorNames()[0], c.vendor)):
			t.Errorf("%q: got ok %v %s [%s], want %s/state-links", c.title, ok, a.Why(), a.Category, c.vendor)
		}
	}
}

// TestInRelative: a lead's clause after ", which" or ", who" up to the
// next comma is background about the vendor.
func TestInRelative(t *testing.T) {
	s := "Hikvision, which the Pentagon says has ties to China's military, will supply cameras."
	for _, c := range []struct {
		word string
		want bool
	}{{"military", true}, {"Pentagon", true}, {"supply", false}, {"Hikvision", false}} {
		off := strings.Index(s, c.word) + len(c.word)
		if got := inRelative(s, off); got != c.want {
			t.Errorf("inRelative(%q) = %v, want %v", c.word, got, c.want)
		}
	}
	m := defaultMatcher(t)
	for _, c := range []struct {
		lead string
		want bool
	}{
		{s, true},
		{"The Pentagon says Hikvision has suspicious ties to China's military.", false},
		{"Hikvision, which makes cameras, has suspicious ties to China's military.", false},
	} {
		ss := m.ac.scan(scanState{grow: true}, c.lead)
		if got := m.background(c.lead, ss.hits); got != c.want {
			t.Errorf("background(%q) = %v, want %v", c.lead, got, c.want)
		}
	}
}

// TestLeadNames: the name a lead gives the vendor a title described —
// the registry's, else one written beside a word of kind — never a word
// of kind inside another name ("App Store").
func TestLeadNames(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct{ lead, want string }{
		{"Apple removed Acmechat's apps from the App Store after the sanctions.", "Acmechat"},
		{"The Treasury sanctioned Beijing-based cybersecurity company Sichuan Silence Information Technology.", "Sichuan Silence Information"},
		{"The Treasury sanctioned Aeza Group, a Russia-based bulletproof hosting provider.", "Aeza"},
		{"The app was removed from the App Store on Tuesday.", ""},
		{"Regulators fined Kaspersky, Huawei and ZTE.", ""}, // a list: not the one described
	} {
		names := m.leadNames(c.lead, &item{})
		got := ""
		if len(names) == 1 {
			got = names[0].Name
		}
		if c.want == "" && got != "" || c.want != "" && !looseName(got, c.want) {
			t.Errorf("leadNames(%q) = %v, want %q", c.lead, names, c.want)
		}
	}
}
