package match

import (
	"slices"
	"strings"
	"testing"
)

// TestNames holds the matcher to testdata/names.tsv: security-news titles
// whose right vendor is hard to read (coordinations, descriptors,
// possessives, a product beside its maker, package names, threat actors
// beside victims), against look-alikes naming the same kinds of words
// (floors: today's 0.86 loose and 49/58 strict, less a margin).
func TestNames(t *testing.T) {
	testHeadlines(t, "testdata/names.tsv", 0.80)
	strictNames(t, "testdata/names.tsv", 0.78)
}

// strictNames scores a set on who its alerts name, more strictly than
// testHeadlines: each of a row's vendors must be contained in a name of
// the alert ("WIZVERA VeraPort" holds "WIZVERA"; "Free" does not hold
// "Free Download Manager"), and every name of the alert must hold one of
// the row's vendors (no attacker, descriptor or product word beside them).
// It fails when fewer than floor of the positives are right.
func strictNames(t *testing.T, path string, floor float64) {
	t.Helper()
	var right, pos int
	m := defaultMatcher(t)
	holds := func(n, v string) bool { return strings.Contains(strings.ToLower(n), strings.ToLower(v)) }
	for _, c := range readCases(t, path) {
		if !c.positive {
			continue
		}
		pos++
		a, ok := m.Match(c.title, c.body)
		if !ok || a.Coverage || !slices.Contains(c.category, a.Category) {
			continue
		}
		names := a.VendorNames()
		good := true
		for _, v := range c.vendors {
			if !slices.ContainsFunc(names, func(n string) bool { return holds(n, v) }) {
				good = false
			}
		}
		for _, n := range names {
			if !slices.ContainsFunc(c.vendors, func(v string) bool { return holds(n, v) }) {
				good = false
			}
		}
		if !good {
			t.Logf("strict name (line %d): %q names %q, want %v", c.line, c.title, names, c.vendors)
			continue
		}
		right++
	}
	t.Logf("strict names: %d/%d positives name exactly their vendors", right, pos)
	if float64(right) < floor*float64(pos) {
		t.Errorf("strict names %d/%d", right, pos)
	}
}

// extraNames scores a headline set strictly on who its alerts name: a
// caught positive whose alert also names something none of the row's
// vendors loosely matches (an attacker, a descriptor, a product word)
// counts, since that name posts under the wrong vendor and splits the
// event from its other reports.
func extraNames(t *testing.T, path string) (extra int) {
	t.Helper()
	m := defaultMatcher(t)
	for _, c := range readCases(t, path) {
		if !c.positive {
			continue
		}
		a, ok := m.Match(c.title, c.body)
		if !ok || a.Coverage || !slices.Contains(c.category, a.Category) {
			continue
		}
		for _, vh := range a.Vendors {
			n := vh.Name
			if vh.Class != "" || coNamed(c.title, n, c.vendors) {
				continue // a class's registry members; a name put together with the row's
			}
			if !slices.ContainsFunc(c.vendors, func(v string) bool { return looseName(n, v) }) {
				extra++
				t.Logf("extra name (%s line %d): %q names %q, want %v", path, c.line, c.title, n, c.vendors)
			}
		}
	}
	return extra
}

// coNamed reports whether the title puts n together with one of vendors
// ("Huawei and ZTE", "Alipay, WeChat Pay"): rows often list only one.
func coNamed(title, n string, vendors []string) bool {
	lt := strings.ToLower(title)
	n = strings.ToLower(n)
	for _, v := range vendors {
		v = strings.ToLower(v)
		for _, sep := range []string{" and ", ", ", " or "} {
			if strings.Contains(lt, v+sep+n) || strings.Contains(lt, n+sep+v) {
				return true
			}
		}
	}
	return false
}

// TestNamesNoExtra holds every headline set to a ceiling of alerts naming
// something beside the row's vendors (a name put together with one of
// them, or a class action's registry members, is not "beside"); the
// ceilings are today's counts.
func TestNamesNoExtra(t *testing.T) {
	for _, tc := range []struct {
		path string
		max  int
	}{
		{"testdata/names.tsv", 1},
		{"testdata/devset.tsv", 2},
		{"testdata/recent.tsv", 1},
		{"testdata/supplychain.tsv", 1},
		{"testdata/gov.tsv", 0},
		{"testdata/vendorcomp.tsv", 1},
		{"testdata/precision.tsv", 1},
	} {
		t.Run(tc.path, func(t *testing.T) {
			if got := extraNames(t, tc.path); got > tc.max {
				t.Errorf("%d extra names, want <= %d", got, tc.max)
			}
		})
	}
}

// TestNameShapes holds each reading of whonamed.go to variants with
// other vendors than the sets', and to the names it must leave alone.
func TestNameShapes(t *testing.T) {
	m := defaultMatcher(t)
	checkNameRows(t, m, false, []nameRow{
		// A description where the name would be: the lead names it.
		{"description, lead maker", "Payroll software maker's update server hijacked to push ransomware",
			"ESET says attackers hijacked the update server of Brazilian payroll software maker Folhamax to deliver ransomware.", []string{"Folhamax"}},
		{"description, lead channel", "Dental software provider's installer trojanized in supply chain attack",
			"Attackers replaced the installer of Dentalyx Suite, a practice management app, with a backdoored copy.", []string{"Dentalyx Suite"}},
		{"technology, lead owner", "Hidden backdoor found in Bluetooth module used in smart locks",
			"Researchers found undocumented commands in Quectel's BT200 module that let attackers take over locks.", []string{"Quectel"}},
		{"description, lead noun", "Backdoor found in Chinese hospital ventilators sends data abroad",
			"Researchers said Vexor V300 ventilators contain a hard-coded backdoor that uploads patient data.", []string{"Vexor V300"}},
		{"description, no lead", "Budget tablets sold to schools come with preinstalled malware", "", []string{"Budget tablets"}},
		{"domain before supply chain attack", "Quuxfill.io JavaScript supply chain attack hits over 50,000 sites",
			"After a company bought the domain, the popular CDN began injecting malicious code.", []string{"Quuxfill.io JavaScript"}},
		{"technology, lead turned product", "LockBit ransomware hits hundreds of firms in MSP supply-chain attack",
			"The attack reached managed service providers' customers through a compromised Quuxmon RMM update.", []string{"Quuxmon RMM"}},
		// A name that is a name stays, whatever the lead says.
		{"name before description", "Comm100 chat provider hijacked to push malware via supply chain attack",
			"A trojanized desktop agent installer was hosted on the company's official site.", []string{"Comm100"}},
		// Attackers and campaigns are never the vendor.
		{"actor, no lead", "Volt Typhoon supply chain attack hits remote-support tool", "", nil},
		{"campaign, lead victim", "Shadowtree supply chain attack hit accounting software users",
			"Attackers compromised the installer of TaxPro Desktop and shipped a backdoor to its users.", []string{"TaxPro"}},
		{"victim's attack", "Zorblax supply chain attack hits thousands",
			"Attackers compromised Zorblax's build server and pushed a trojanized update.", []string{"Zorblax"}},
		// A product whose registry maker the article names.
		{"product, maker", "Ivanti says hackers backdoored Connect Secure update", "", []string{"Ivanti"}},
		// A name cut short.
		{"company suffix", "US sanctions bulletproof hosting provider Zservo Group over ransomware", "", []string{"Zservo Group"}},
		{"product words", "Smart Download Manager site hacked to serve Linux backdoor", "", []string{"Smart Download Manager"}},
		// Names put together.
		{"and", "Florida bans Zangi and Tamtam apps on state devices over China ties", "", []string{"Zangi", "Tamtam"}},
		{"list of packages", "'foo-utils', 'bar-cli' and 'baz-core' npm packages hijacked to steal tokens", "",
			[]string{"foo-utils", "bar-cli", "baz-core"}},
		{"clause after a list", "Developer corrupts npm libraries colors and faker, breaking thousands of apps", "",
			[]string{"colors", "faker"}},
		// A class phrase describing one named vendor.
		{"class describes one", "US blacklists Chinese AI startup Zhipu over military ties", "", []string{"Zhipu"}},
		// An attacker's headline naming its victim's channel.
		{"actor, title victim", "Andariel supply chain attack abused Innorix software updates", "", []string{"Innorix"}},
		// Title Case runs a name on into the verb and channel after it.
		{"title case run-on", "Hidden Backdoor in Zentrix Systems Firmware Exposes 2 Million Routers", "", []string{"Zentrix Systems"}},
		{"title case product words", "Quick Download Manager Site Compromised to Push Linux Malware", "", []string{"Quick Download Manager"}},
		{"title case registry prefix", "Australia Bans WeChat and Kaspersky Due to Espionage Fears", "", []string{"WeChat", "Kaspersky"}},
		// A longer description up to its possessive noun.
		{"long description, lead", "Hospital billing software vendor's update hijacked to spread ransomware",
			"Attackers hijacked the update mechanism of Medbill Pro to push ransomware to clinics.", []string{"Medbill Pro"}},
		// The owner written before its product.
		{"owner's product", "Vantoro's 'fastcsv' and 'csvkit-lite' packages hijacked to steal tokens", "", []string{"Vantoro"}},
		{"kind's product", "Ransomware gang encrypts clients via MSP's Corvex software update", "", []string{"Corvex"}},
		// Verbs are not package names.
		{"attack verb", "Attackers poison npm package left-pad-ng with credential stealer", "", []string{"left-pad-ng"}},
	})
}
