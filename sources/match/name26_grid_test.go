package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// name26Targets are invented makers (and registry vendors) an action is
// taken against.
var name26Targets = []string{"Varnholt", "Ombrix", "Tamsworth", "Huawei"}

// name26Sides are invented parties a clause sets beside the action: an
// order's addressee, a victim, an attacker, its malware, a reporter.
var name26Sides = []string{"Korvane", "Drellis", "Pentagrid"}

// name26Cells write the target {V} as the object of the action and {S}
// in a role beside it, in shapes the readable rows do not have: official
// notices, consumer-tech press, business titles, translated wording,
// terse titles with the fact in the lead.
var name26Cells = []struct{ axis, title, lead string }{
	// An order's addressee.
	{"addressee", "Industry ministry instructs operators, including {S} Telecom, to phase out {V} equipment by 2028",
		"The notice, published on the ministry's website on Friday, cites risks to the security of public networks."},
	{"addressee", "Carriers told to rip out foreign gear from core networks",
		"The industry ministry ordered {S} Mobile and Telvanta to replace {V} switches in their core networks by 2027, according to people familiar with the matter."},
	{"addressee", "Federal office asks network operators to drop components made by Chinese supplier",
		"According to the notice, the Federal Office for Information Security asked the operators {S} and Telvanta to remove components of {V} from their 5G networks within two years."},
	{"addressee", "Finance ministry orders state lenders, including {S} Bank, to stop using {V} payment terminals",
		"The directive, sent to all state-owned banks, says the terminals may transmit card data to servers abroad."},
	{"addressee", "Mobile operators must remove {V} kit from 5G cores by 2026",
		"The interior ministry said {S} and the other operators must remove {V} components from core networks by the end of 2026."},
	// A victim the action protects.
	{"victim", "Court bars spyware vendor from targeting {S} users",
		"A federal judge issued a permanent injunction barring {V} from targeting {S} and its users, and ordered the spyware maker to delete the data it collected."},
	{"victim", "Chatbot's login page hides code that can send data to {S} China, researchers say",
		"Analysts found obfuscated code in {V}'s web login page linked to an identity service run by {S} China, a state-owned carrier."},
	{"victim", "Weather app's hidden SDK quietly sent location data to {S}, analysis finds",
		"Security researchers found that {V}'s weather app embedded code that sent users' precise location data to {S}, a data broker, without consent."},
	// An attacker or its malware beside the turned channel.
	{"attacker", "{S} Panda trojanized {V} installer on developer's official site",
		"Researchers said the Windows and macOS installers, served from the vendor's own servers, delivered a remote access backdoor."},
	{"attacker", "Agencies ordered to hunt for {S}Door implants on {V} gateways",
		"Emergency Directive 26-01 requires agencies to collect forensic data from affected appliances and permanently disconnect those past end of support."},
	{"attacker", "{S}Wiper spread through an update to {V} accounting software",
		"Attackers had access to the vendor's update server and pushed a malicious update to its customers."},
	{"attacker", "Certificate authority's site hacked to distribute {S}Beacon",
		"A public web server of {V}, one of the country's certification authorities, hosted a modified installer that dropped a {S}Beacon loader for six weeks."},
	// A class's action whose lead names its members.
	{"member", "Ministry bars Chinese-made surveillance cameras from state buildings",
		"The decree orders agencies to phase out cameras from {V} and Telvanta by the end of 2026, citing risks to state secrets."},
	{"member", "Commerce adds 37 Chinese entities to Entity List over military ties",
		"{V}, a drone maker based in Shenzhen, is among the companies added, the department said on Tuesday."},
	{"member", "India blocks 54 more apps with Chinese links",
		"Photo editor {V} and the game Quellon Saga are among the apps blocked by the IT ministry, which cited threats to national security."},
	{"member", "Government shuts Chinese suppliers out of 5G core networks",
		"The interior ministry said critical components from {V} may no longer be used in the operators' core networks after 2026."},
	// A precedent a fronted clause sets before the action.
	{"fronted", "After {S}, Commerce adds {V} to Entity List over military ties",
		"The Commerce Department said the company supplies the People's Liberation Army."},
	{"fronted", "Following {S} ban, Montana bars {V} from state devices",
		"The governor said the app could share users' data with a foreign government."},
	{"attacker", "Popular Android SDK accused of spying on millions of users",
		"{S}Mint, a malicious component in the {V} advertising SDK used by over 1,000 apps, tracked clicks and sent users' requests to a remote server."},
}

// name26Stays are headlines whose name stands in a role and is the
// action's object all the same: the alert keeps naming {V}.
var name26Stays = []struct{ title, lead string }{
	{"FCC orders {V} to stop operating in the US",
		"The commission said the carrier's operations pose national security risks and gave it 60 days to discontinue service."},
	{"Judge orders spyware maker {V} to stop targeting {S} users",
		"A federal judge issued a permanent injunction barring {V} from targeting {S} and its users."},
	{"House passes bill targeting {V} over ties to Beijing",
		"The measure would bar federal contracts with {V} and companies that use its products."},
	{"{V} says attackers compromised its update server to push malware",
		"{V} said an intruder gained access to its build system and shipped a trojanized release to customers for two days."},
	{"Agencies told to stop installing {V} software on government computers",
		"The Department of Homeland Security gave agencies 90 days to remove {V} products from their networks."},
}

// name26Silent are look-alikes: attackers, victims and malware beside a
// vendor in stories that are no trust event.
var name26Silent = []struct{ title, lead string }{
	{"{S} hackers target {V} users with phishing emails",
		"The campaign sends fake invoices that lead to a credential-stealing page."},
	{"{S}Door malware spread through fake {V} installers on lookalike sites",
		"The typosquatted domains served trojanized copies of the installer; the vendor's own site was not affected."},
	{"{V} warns customers of {S}Door implants on unpatched gateways",
		"Attackers exploited a known vulnerability to plant the implants on devices that had not been updated."},
}

// TestName26Grid holds name26.go's naming of the action's object over a
// name in a role beside it. Three in four cells must be named right
// with name26.go, and name26.go must make a third of them right that
// were not; names in a role that are the object stay, and look-alikes
// stay silent.
func TestName26Grid(t *testing.T) {
	m := defaultMatcher(t)
	on, off := newProbeGrid(m), newProbeGrid(m)
	for _, v := range name26Targets {
		for _, s := range name26Sides {
			rp := strings.NewReplacer("{V}", v, "{S}", s)
			for _, c := range name26Cells {
				right := func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && namesLoosely(a, v) && !namesLoosely(a, s)
				}
				title, lead := rp.Replace(c.title), rp.Replace(c.lead)
				on.check(title, lead, []string{c.axis}, right, c.axis)
				name26Off = true
				off.check(title, lead, nil, right, c.axis)
				name26Off = false
			}
			for _, c := range name26Stays {
				title, lead := rp.Replace(c.title), rp.Replace(c.lead)
				if a, ok := m.Match(title, lead); ok && !a.Coverage && !namesLoosely(a, v) {
					t.Errorf("%q: named %v, want %q (%s)", title, a.VendorNames(), v, a.Why())
				}
			}
			for _, c := range name26Silent {
				title, lead := rp.Replace(c.title), rp.Replace(c.lead)
				if a, ok := m.Match(title, lead); ok && !a.Coverage {
					t.Errorf("look-alike alerted: %q: %v %s", title, a.VendorNames(), a.Category)
				}
			}
		}
	}
	name26Hold(t, m, on, off)
}

// name26Makers and name26Products are invented makers and their
// products the registry does not hold.
var (
	name26Makers   = []string{"Varnholt", "Ombrix Software", "Tamsworth Labs"}
	name26Products = []string{"Keystash", "Orvex Desk", "Nimbulon"}
)

// name26TieCells tie the maker {V} and its product {P} in the clause,
// in shapes the readable rows do not have: the alert names both.
var name26TieCells = []struct{ title, lead string }{
	{"Security advisory: trojanized builds of remote support tool served from vendor's update server",
		"The advisory says versions 4.1 and 4.2 of {P}, developed by {V}, were signed and served from the official update server with a backdoor."},
	{"{V}'s {P} app shipped with a hidden backdoor, researchers say",
		"The backdoor account in the firmware gave remote access to anyone who knew the hard-coded password."},
	{"Accounting software update hijacked to push ransomware to thousands of firms",
		"{V} pushed a malicious update to customers through its own {P} updater after attackers breached its build server, the company said."},
	{"Remote support tool's installer laced with backdoor on the official site",
		"Investigators found that an installer for {P} from {V}, downloaded from the vendor's own website, dropped a loader."},
	{"Password manager's upgrade mechanism hijacked to deliver credential stealer",
		"{V}, the Danish maker of the {P} password manager, has told customers that attackers compromised its upgrade feature."},
}

// name26TieStays tie a product to a name that is no maker of it: a
// researcher, an attacker. The alert must not name it.
var name26TieStays = []struct{ title, lead, not string }{
	{"Backdoor found in {P} builds, researchers say",
		"Korvane researchers found a backdoor in a code library of {P} builds released by {V} in July.", "Korvane"},
	{"{P} update server hijacked to push malware",
		"Drellis Panda, a group linked to Beijing, compromised the update server of {P} from {V} and pushed a trojanized release.", "Drellis"},
}

// TestName26TieGrid holds name26Tie: the maker and its product both,
// where the clause ties them; never a researcher or an attacker.
func TestName26TieGrid(t *testing.T) {
	m := defaultMatcher(t)
	on, off := newProbeGrid(m), newProbeGrid(m)
	for _, v := range name26Makers {
		for _, p := range name26Products {
			rp := strings.NewReplacer("{V}", v, "{P}", p)
			for _, c := range name26TieCells {
				right := func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && namesLoosely(a, v) && namesLoosely(a, p)
				}
				title, lead := rp.Replace(c.title), rp.Replace(c.lead)
				on.check(title, lead, []string{"tie"}, right, "tie")
				name26Off = true
				off.check(title, lead, nil, right, "tie")
				name26Off = false
			}
			for _, c := range name26TieStays {
				title, lead := rp.Replace(c.title), rp.Replace(c.lead)
				if a, ok := m.Match(title, lead); ok && namesLoosely(a, c.not) {
					t.Errorf("%q: named %v, not %q (%s)", title, a.VendorNames(), c.not, a.Why())
				}
			}
		}
	}
	name26Hold(t, m, on, off)
}

// name26Hold ends both name26 grids: a class's story whose lead names a
// commentator or a researcher names no member, and the grid's cells must
// be three in four right with name26.go and a third of them made right
// by it.
func name26Hold(t *testing.T, m *Matcher, on, off *probeGrid) {
	t.Helper()
	// A class's story whose lead names a commentator or a researcher:
	// no member.
	for _, s := range name26Sides {
		for _, lead := range []string{
			s + " Research, which tracks export controls, said the additions had been expected for months.",
			s + " analysts were among the first to warn that the additions would hit suppliers.",
		} {
			a, ok := m.Match("Commerce adds 37 Chinese entities to Entity List over military ties", lead)
			if ok && namesLoosely(a, s) {
				t.Errorf("%q: named %v (%s)", lead, a.VendorNames(), a.Why())
			}
		}
	}
	for _, f := range on.fails {
		t.Logf("miss: %s", f)
	}
	on.stat.log(t, "with name26 %s: %d/%d")
	off.stat.log(t, "without %s: %d/%d")
	if on.right < on.all*3/4 {
		t.Errorf("with name26.go %d of %d cells named right, want 75%%", on.right, on.all)
	}
	if on.right-off.right < on.all/3 {
		t.Errorf("name26.go makes %d of %d cells right: the grid no longer holds it", on.right-off.right, on.all)
	}
}
