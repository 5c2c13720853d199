package match

import (
	"slices"
	"testing"
)

// TestNames5 holds the matcher to testdata/names5.tsv: events whose title
// names a word that is no vendor or only part of who the news is about,
// against look-alikes on the same names and words (floors: the three
// batches' figures at the end, 31/48 every vendor named and 28/48
// exactly, less a margin).
func TestNames5(t *testing.T) {
	testHeadlines(t, "testdata/names5.tsv", 0.60)
	strictNames(t, "testdata/names5.tsv", 0.50)
	logBatch(t, "testdata/names5.tsv")
}

// TestNeverNameWord reads single words as names or as tokens no vendor is
// called by.
func TestNeverNameWord(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"4.3", true}, {"v1.4.2", true}, {"2.9.11.1", true}, {"1,200", true}, {"cve-2024-3094", true},
		{"ide", true}, {"sdk", true}, {"plugin", true}, {"router", true}, {"app", true},
		{"ip", true}, {"dns", true}, {"vpn", true}, {"rdp", true},
		{"years", true}, {"months", true},
		{"re-registered", true}, {"hard-coded", true}, {"self-replicating", true}, {"pre-installed", true},
		// Names, however close in form.
		{"3cx", false}, {"7-zip", false}, {"notepad++", false}, {"pre-commit", false}, {"re-frame", false},
		{"auto-changelog", false}, {"quux-sched", false}, {"eset", false}, {"ledger", false}, {"1password", false},
	} {
		if got := neverNameWord(c.word); got != c.want {
			t.Errorf("neverNameWord(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// TestNames5Shapes holds each reading of names5.go to variants with other
// vendors than the set's (invented names), and to the names it must
// leave alone: the alert must name exactly want, in any order.
func TestNames5Shapes(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		name, title, lead string
		want              []string
	}{
		// A word that is never a name: the lead's product instead.
		{"kind of product", "Popular IDE extension hijacked to push info-stealer",
			"The Zorbtheme Pro extension, installed 300,000 times, received an update that steals saved tokens.", []string{"Zorbtheme Pro"}},
		{"protocol acronym", "CISA, FDA warn of backdoor in Chinese-made patient monitors",
			"The agencies said the Quuxmed QM-500 contains hidden functionality that sends patient data to a hard-coded IP address and can download and run files.",
			[]string{"Quuxmed QM-500"}},
		{"described product, holder in the lead", "Backdoor found in Chinese-made network switches",
			"Researchers say the Zorbnet ZS-200 switch contains an undocumented root account that phones home.", []string{"Zorbnet ZS-200"}},
		{"prefixed participle", "Rust crate hijacked via expired maintainer email domain",
			"An attacker re-registered the lapsed domain of a quux-tls maintainer and published a release that steals SSH keys.", []string{"quux-tls"}},
		// A possessive owner and its product.
		{"owner's account, product's releases", "Attackers hijack Quuxsoft's npm account, publish malicious zorb-forms releases",
			"The releases ran a postinstall script that stole environment variables.", []string{"Quuxsoft", "zorb-forms"}},
		{"owner's one product", "Supply chain attack hits Zentrix's quux-grid packages with 2 million weekly downloads",
			"", []string{"Zentrix", "quux-grid"}},
		{"owner's scoped package", "Hackers hijack Zorbjs's npm account, publish stealer in @zorbjs/cli releases",
			"Version 2.0.1 of @zorbjs/cli ran a script that stole tokens.", []string{"Zorbjs", "@zorbjs/cli"}},
		// A speaker of "our" product; a lead's speaker of its own channel.
		{"speaker's our product", "Quuxmon: attackers inserted malicious code into our Zorbview monitoring updates",
			"The company said builds released in May contained a backdoor planted through its build system.", []string{"Quuxmon", "Zorbview"}},
		{"speaker of our", "Zorbpay: attackers tampered with our Checkout SDK served from our CDN",
			"Zorbpay says the Checkout SDK skimmed card data for six hours.", []string{"Zorbpay", "Checkout"}},
		{"lead speaker of its servers", "Quuxbackup update server hijacked to deliver ransomware",
			"Zorbsoft Inc confirmed that its update servers were breached and used to push a malicious build.", []string{"Quuxbackup", "Zorbsoft Inc"}},
		{"researcher speaking is no maker", "Quuxplayer update mechanism hijacked to spread spyware",
			"ESET says attackers compromised the update mechanism of Quuxplayer to target users in Asia.", []string{"Quuxplayer"}},
		{"lead owner of the channel", "Quuxplayer update mechanism hijacked to spread spyware",
			"ESET says attackers compromised Zorbnox's update infrastructure to target users in Asia.", []string{"Quuxplayer", "Zorbnox"}},
		// A maker the lead gives.
		{"made by", "Quuxcam firmware update pushed botnet malware to thousands of cameras",
			"Firmware for Quuxcam cameras, made by Zorbvision, was replaced on the vendor's download server.", []string{"Quuxcam", "Zorbvision"}},
		{"the maker of", "Zorbchat installer backdoored in supply chain attack",
			"Zorbware, the Vietnamese maker of Zorbchat, said its download site was breached.", []string{"Zorbchat", "Zorbware"}},
		{"the product's developer, comma", "Quuxnote update mechanism hijacked to push malware",
			"Quuxnote's developer, Zorbsoft, said attackers hijacked traffic to its update server.", []string{"Quuxnote", "Zorbsoft"}},
		{"which makes", "Hackers hijack Quuxnote's updater to deliver backdoor",
			"Zorbsoft Ltd, which makes the Quuxnote editor, confirmed the incident.", []string{"Quuxnote", "Zorbsoft Ltd"}},
		{"the company behind", "Quuxnote installer backdoored in supply chain attack",
			"Zorbsoft, the company behind Quuxnote, says its download site was breached.", []string{"Quuxnote", "Zorbsoft"}},
		{"described vendor, maker in the lead", "Taiwanese ERP vendor's update server hacked to push backdoor",
			"Attackers breached the update server of Taiwanese ERP software maker Quuxsoft to infect its customers.", []string{"Quuxsoft"}},
		{"owned by, in the title", "Montana bans ByteDance-owned Lemon8 on state devices", "", []string{"ByteDance", "Lemon8"}},
		{"parent company", "Zorbchat banned on House staffers' devices",
			"The House told staff the app, owned by parent company Quuxmeta, is high risk because of how it protects user data.",
			[]string{"Zorbchat", "Quuxmeta"}},
		{"a vendor confirms its incident", "Zorbsync update server hijacked to push backdoor",
			"Quuxlabs confirmed that attackers breached a server and used it to push a malicious Zorbsync build.", []string{"Zorbsync", "Quuxlabs"}},
		// A maker of another product the lead mentions is not named.
		{"another product's maker", "Quuxchat banned on government devices over data security",
			"The ban follows similar action against Zorbtok, owned by Zorbdance, and against Zorbtok owner Zorbdance's other apps.",
			[]string{"Quuxchat"}},
		// A lead going on with the title's list.
		{"lead continues the title's list", "Zorbcore and quuxlib npm packages hijacked to steal crypto",
			"Attackers published malicious versions of zorbcore, quuxlib and zorb-utils after phishing their maintainer.",
			[]string{"Zorbcore", "quuxlib", "zorb-utils"}},
		{"lead's list under a title naming none", "Hackers hijack npm packages with 2 billion weekly downloads",
			"Attackers hijacked 18 npm packages, including quuxchalk and zorbdebug, after phishing a maintainer.", []string{"quuxchalk"}},
		// Titles with a colon and no "our": no speaker.
		{"a column is no speaker", "Opinion: our industry must learn from the Quuxlib npm package hijack",
			"", nil},
		{"US is no speaker's our", "Biden's TikTok ultimatum: Sever ties with China or face US ban", "", []string{"TikTok"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, ok := m.Match(c.title, c.lead)
			if c.want == nil {
				if ok && slices.Contains(a.VendorNames(), "Opinion") {
					t.Errorf("names %q (%s)", a.VendorNames(), a.Why())
				}
				return
			}
			if !ok || a.Coverage {
				t.Fatalf("no alert (ok %v, coverage %v), want one naming %v", ok, a.Coverage, c.want)
			}
			got := a.VendorNames()
			if len(got) != len(c.want) {
				t.Fatalf("names %q, want %q (%s)", got, c.want, a.Why())
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("names %q, want %q (%s)", got, c.want, a.Why())
				}
			}
		})
	}
}

// TestNamesAroundCap caps the names one alert gives at maxNamed.
func TestNamesAroundCap(t *testing.T) {
	m := defaultMatcher(t)
	a, ok := m.Match("Zorbcore, quuxlib and zorbfmt npm packages hijacked to steal crypto",
		"Attackers published malicious versions of zorbcore, quuxlib, zorbfmt, quux-a, quux-b, quux-c and quux-d after phishing their maintainer.")
	if !ok {
		t.Fatal("no alert")
	}
	if n := len(a.VendorNames()); n > maxNamed || n < 3 {
		t.Errorf("names %q: want 3 to %d", a.VendorNames(), maxNamed)
	}
}
