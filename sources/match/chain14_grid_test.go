package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of chain14's family, a named vendor's compromise: its
// own channel turned against its users. Cells differ only in structure:
// the channel, the verb in each form and voice, who tells it (attackers
// as subject, the vendor of its own channel, a security firm), the
// name's shape (a registry vendor, one unknown word, two words, a product
// with its maker), and where the name and the signal stand. The
// look-alike grid uses the same parts for what is no compromise of the
// vendor: a flaw exploited, an implant, a breach that ships nothing, a
// fake installer, a firm reporting another's compromise, commentary, a
// denial.

// ch14Vendor is a name as written and the name the alert must carry.
type ch14Vendor struct{ shape, written, want string }

var ch14Vendors = []ch14Vendor{
	{"registry", "3CX", "3CX"},
	{"one-word", "Arvoro", "Arvoro"},
	{"two-words", "Tenmark Systems", "Tenmark Systems"},
	{"product", "Quillstack Editor", "Quillstack Editor"},
}

var ch14Channels = []string{
	"update server", "installer", "download site", "build system", "CDN",
	"firmware update", "desktop app", "plugin marketplace", "software updates",
}

// ch14TitleWordings name the vendor {V} and the channel {C} in the title.
var ch14TitleWordings = []string{
	"Hackers hijack {V} {C} to push malware",
	"Hackers hijacked {V} {C} to push malware",
	"{V} {C} hijacked to push malware",
	"{V} {C} was hijacked to deliver malware",
	"{V} {C} hacked to deliver backdoor",
	"Attackers trojanize {V} {C}",
	"North Korean hackers trojanized {V}'s {C}",
	"{V}'s {C} compromised in supply chain attack",
	"{V} {C} compromised to spread malware",
	"Malware pushed through {V} {C}",
	"{V} {C} laced with malware",
	"{V} {C} poisoned to spread infostealer",
	"{V} {C} tampered with to serve backdoor",
	"Attackers tamper with {V} {C} to deliver malware",
	"Compromise of {V} {C} spread malware to customers",
	"Hijacking of {V} {C} delivered backdoor to users",
	"{V} says hackers breached its {C}, pushed tainted update",
	"{V} says attackers compromised its {C} to ship malware",
	"{V} confirms its {C} was compromised to deliver malware",
	"{V} discloses breach of its {C} that served malware",
	"{V} warns customers after hackers hijacked its {C}",
	"ESET: {V} {C} hijacked to deliver backdoor",
	"Researchers say {V} {C} was trojanized in supply chain attack",
	"Supply chain attack hits {V} {C}",
	"Chinese APT used {V} {C} to deliver backdoor",
	"{V} {C} served malware to users for weeks",
	"{V} {C} serving malware to visitors",
	"{V} {C} pushing backdoor to customers",
}

// ch14LeadCells tell the name only in the lead, the title only a kind, or
// the signal only in the lead.
var ch14LeadCells = [][2]string{
	{"Popular PDF tool's updates laced with malware", "{V} said attackers compromised the build server for its PDF product."},
	{"A VPN app's installer was trojanized in a supply chain attack", "Researchers said the official installer of {V} carried a backdoor for two weeks."},
	{"Chat app's update server hijacked to push spyware", "ESET said attackers breached the update server of {V} and delivered a backdoor to users."},
	{"Software maker's build system breached to push tainted update", "{V} said the attackers added malicious code to a signed release."},
	{"Hackers trojanize VoIP app in supply chain attack", "The desktop client of {V} was signed and shipped with malicious code."},
	{"{V} warns customers after security incident", "Attackers compromised its update server and pushed a malicious version to users."},
	{"{V} investigating tainted software update", "The company said hackers breached its build system and shipped malware to customers."},
}

// ch14MakerCells write both a product {P} and its maker {M}: the alert
// names both, so a user watching either is told.
var ch14MakerCells = [][2]string{
	{"{M} confirms supply chain attack on {P} app", ""},
	{"Hackers hijack {M}'s {P} updates to push malware", ""},
	{"North Korean hackers trojanized {M}'s {P}", ""},
	{"{P} from {M} hijacked to push malware", ""},
	{"{P}, made by {M}, hit by supply chain attack", ""},
	{"{M}, the developer of {P}, says its update server was breached to push malware", ""},
	{"The {M}-owned {P} app was trojanized in supply chain attack", ""},
	{"{M} says hackers breached its build system, pushed tainted {P} update", ""},
	{"Popular PDF tool's updates laced with malware", "{M} said attackers compromised the build server for its {P} product."},
	{"Hackers trojanize {P} updates", "{P}, a VoIP app made by {M}, shipped a signed installer with malicious code."},
	{"{P} installer laced with backdoor", "{M} said attackers replaced the installer of its {P} app on its download site."},
}

// ch14FromCells name the maker after "from" or "by", past a nationality
// and a trade, or as the object broken into, or as a speaker before a
// colon; {M} the maker, {P} its product. The alert names the maker.
var ch14FromCells = []string{
	"Trojanized updates from {M} deliver backdoor to users",
	"Malware-laced installer served from {M} website",
	"Backdoored update from {M} hits thousands of PCs",
	"Chat app from Mongolian developer {M} trojanized in supply chain attack",
	"Lazarus hackers trojanized {P} installer from {M}",
	"Supply chain attack: {P} app from {M} laced with malware",
	"{M}: hackers breached our update server, pushed malware",
	"Hackers compromise {M} to push malicious {P} updates",
	"Popular VPN app's installer trojanized by hackers | {M} said attackers replaced the installer on its download site.",
}

var ch14Makers = [][2]string{
	{"Tenmark Systems", "Quillstack Desktop"},
	{"Arvoro", "PDF Forge"},
}

func ch14Expand(s string, v ch14Vendor, ch string) string {
	return strings.NewReplacer("{V}", v.written, "{C}", ch).Replace(s)
}

// ch14Names reports whether the alert names want (loosely) and nothing
// that is not a name of the text's vendors.
func ch14Names(a trust.Alert, want ...string) bool {
	for _, w := range want {
		found := false
		for _, n := range a.VendorNames() {
			if looseName(n, w) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func TestChain14Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	check := func(title, lead string, want []string, axes ...string) {
		g.check(title, lead, axes, func(a trust.Alert, ok bool) bool {
			return ok && !a.Coverage && (a.Category == trust.CategoryCompromise || a.Category == trust.CategoryOSS) && ch14Names(a, want...)
		}, axes...)
	}
	for wi, w := range ch14TitleWordings {
		for _, v := range ch14Vendors {
			for _, ch := range ch14Channels {
				check(ch14Expand(w, v, ch), "", []string{v.want}, "title/"+v.shape, "channel/"+ch, fmt.Sprintf("wording/%02d", wi))
			}
		}
	}
	for ci, c := range ch14LeadCells {
		for _, v := range ch14Vendors {
			check(ch14Expand(c[0], v, ""), ch14Expand(c[1], v, ""), []string{v.want}, "lead/"+v.shape, fmt.Sprintf("leadcell/%02d", ci))
		}
	}
	for ci, c := range ch14MakerCells {
		for _, mk := range ch14Makers {
			r := strings.NewReplacer("{M}", mk[0], "{P}", mk[1])
			check(r.Replace(c[0]), r.Replace(c[1]), []string{mk[0], mk[1]}, "maker/both", fmt.Sprintf("makercell/%02d", ci))
		}
	}
	for ci, c := range ch14FromCells {
		for _, mk := range ch14Makers {
			title, lead, _ := strings.Cut(strings.NewReplacer("{M}", mk[0], "{P}", mk[1]).Replace(c), " | ")
			check(title, lead, []string{mk[0]}, "from/maker", fmt.Sprintf("fromcell/%02d", ci))
		}
	}
	for _, f := range g.fails {
		t.Log(f)
	}
	g.stat.log(t, "%s: %d of %d")
	t.Logf("grid: %d of %d right", g.right, g.all)
	// 834 of 1076 before chain14. The cells left: malware "pushed
	// through" an installer or app with no word that it was the
	// vendor's own (a copy may be anyone's); a maker's trade in the
	// title whose lead's subject is only a speaker ("Software maker's
	// build system breached ..." — "Arvoro said ..."); "X, made by Y,
	// hit by supply chain attack" (a company hit by one is mostly a
	// victim); a product with no channel word ("trojanized Arvoro's PDF
	// Forge"); "Tenmark Systems CDN" read as one name by an older veto.
	if float64(g.right) < 0.96*float64(g.all) {
		t.Errorf("grid: %d of %d right, want >= 96%%", g.right, g.all)
	}
}

// ch14LookWordings are the grid's parts told of what is no compromise of
// the vendor: {V} a vendor, {C} a channel.
var ch14LookWordings = [][2]string{
	{"Hackers exploit {V} flaw to plant backdoor on devices", "Attackers used a critical vulnerability to install an implant."},
	{"Chinese hackers backdoor {V} appliances through zero-day", "The group exploited an unpatched flaw to deploy malware."},
	{"Attackers exploit {V} zero-day to hijack {C}", "The vulnerability lets attackers take over servers."},
	{"{V} says hackers stole source code from its repositories", "No customer data or services were affected."},
	{"{V} breach: attackers stole customer data", "The company said an intruder copied a database backup."},
	{"{V} says hackers breached its network, stole data", "The company said no products or updates were affected."},
	{"Fake {V} installers on look-alike sites push ransomware", "Attackers registered domains imitating the download page."},
	{"Malvertising campaign impersonates {V} to drop backdoor", "Search ads lead admins to fake download sites."},
	{"Trojanized {V} installers spread through fake download sites", "Attackers host modified copies on look-alike domains."},
	{"Cracked copies of {V} laced with cryptominer", "Pirated versions shared on torrent sites install a miner."},
	{"North Korean hackers use trojanized {V} in fake job offers", "Victims were sent a modified copy over WhatsApp."},
	{"Attackers abuse {V} to deliver malware", "The phishing messages come from compromised accounts."},
	{"ESET researchers discover new backdoor used by Chinese APT", "The malware was deployed against government targets in spearphishing."},
	{"{V} denies its {C} was hijacked to push malware", "The company said the reports were false."},
	{"Three years after {V} supply chain attack, lessons for defenders", "Experts look back at the compromise."},
	{"{V} settles lawsuit over supply chain attack", "The company agreed to pay to resolve claims."},
	{"Researchers show how {V} {C} could be hijacked to push malware", "A talk demonstrated the attack in a lab."},
	{"Hackers hijack {V} routers to build botnet", "The attackers exploit old vulnerabilities."},
	{"{V} patches flaw that could let attackers hijack its {C}", "The bug allowed remote code execution."},
	{"{V} warns of phishing emails posing as its {C}", "The messages push malware to customers."},
	{"{V} fixes bug in its {C}", "The update addresses a crash."},
	{"ESET says hackers breached its partner's network to send wipers", "The attack went through a reseller."},
	{"Hackers hijack {V} accounts to push scams", "Stolen credentials were used to post links."},
	{"Webinar: what the {V} {C} compromise teaches us", "Join our experts."},
	{"{V} investigates claims its {C} was hacked", "A threat actor claims to sell access."},
	{"{V}: we found no evidence our {C} was breached", "The company said reports of tainted updates were wrong."},
	{"Hackers compromise {V} to steal customer data", "The attackers accessed a support database."},
	{"Researchers from ESET find fake {V} installers on look-alike sites", "The copies carry an infostealer."},
	{"Malware from Lazarus hackers hits {V} customers through phishing", "Employees received lure documents."},
}

// TestChain14LookalikeGrid: the grid's parts told of what is no
// compromise of the vendor stay silent.
func TestChain14LookalikeGrid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, w := range ch14LookWordings {
		for _, v := range ch14Vendors {
			for _, ch := range []string{"update server", "installer", "build system", "CDN"} {
				g.check(ch14Expand(w[0], v, ch), ch14Expand(w[1], v, ch), []string{v.shape, ch}, gridSilent)
			}
		}
	}
	for _, f := range g.fails {
		t.Log(f)
	}
	alerts, all := len(g.fails), g.all
	t.Logf("look-alikes alerting: %d of %d", alerts, all)
	// 36 of 464 before chain14 (a breach that took data, accounts
	// hijacked, a claim looked into).
	if alerts > 4 {
		t.Errorf("look-alikes alerting: %d of %d, want <= 4", alerts, all)
	}
}
