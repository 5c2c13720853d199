package match

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of names13's family: named-vendor events told with a
// dozen fixed templates per category, crossed with the shapes a name
// takes in real headlines (multiword, legal forms, acronyms, digits,
// inner capitals, punctuation, transliterations, common words, role
// words, a product with its maker, a list of names) and the headline's
// style (case, "Exclusive:", a quote, a source after a colon). The
// look-alike grid puts the same names in templates that are no event.
// NX13_GRID=1 lists failing cells and the share right by axis.

// nx13Name is a shape of name: written as the title has it, core the
// words an alert's vendor must hold (any one of them), registry whether
// the registry knows it (its canonical name may then hold words the
// title does not write).
type nx13Name struct {
	kind, written string
	core          []string
	registry      bool
}

var nx13Names = []nx13Name{
	{"plain", "Tenmark", []string{"Tenmark"}, false},
	{"multiword", "Tenmark Systems", []string{"Tenmark"}, false},
	{"multiword-place", "Sichuan Arvoro Technology", []string{"Arvoro"}, false},
	{"legal-co", "Sichuan Arvoro Technology Co.", []string{"Arvoro"}, false},
	{"legal-ltd", "Quillstack Ltd", []string{"Quillstack"}, false},
	{"legal-llc", "Quillstack LLC", []string{"Quillstack"}, false},
	{"legal-gmbh", "Vornholt GmbH", []string{"Vornholt"}, false},
	{"legal-jsc", "Rostelmash JSC", []string{"Rostelmash"}, false},
	{"legal-inc", "Tenmark Inc.", []string{"Tenmark"}, false},
	{"legal-long", "Vektorsoft Limited Liability Company", []string{"Vektorsoft"}, false},
	{"acronym", "QXT", []string{"QXT"}, false},
	{"acronym-registry", "ZTE", []string{"ZTE"}, true},
	{"acronym-group", "KRV Group", []string{"KRV"}, false},
	{"digits", "8x8", []string{"8x8"}, false},
	{"digits-lead", "4Sight Networks", []string{"4Sight"}, false},
	{"digits-registry", "3CX", []string{"3CX"}, true},
	{"innercaps", "eVorta", []string{"eVorta"}, false},
	{"innercaps-mid", "QuillStack", []string{"QuillStack"}, false},
	{"innercaps-registry", "WeChat", []string{"WeChat"}, true},
	{"punct-amp", "K&T Systems", []string{"K&T"}, false},
	{"punct-dot", "Tenmark.io", []string{"Tenmark"}, false},
	{"punct-hyphen", "Arvoro-Tech", []string{"Arvoro"}, false},
	{"punct-apostrophe", "Xi'an Quillcam Technology", []string{"Quillcam"}, false},
	{"owned", "Tenmark-owned Quillcam", []string{"Quillcam"}, false},
	{"translit", "Shenzhen Yuntai Xinke", []string{"Yuntai"}, false},
	{"translit-ru", "Positivnye Tekhnologii", []string{"Positivnye"}, false},
	{"common-bright", "Bright", []string{"Bright"}, false},
	{"common-sunrise", "Sunrise", []string{"Sunrise"}, false},
	{"common-square", "Square", []string{"Square"}, false},
	{"role-secure", "SecureLink", []string{"SecureLink"}, false},
	{"role-shield", "Shield Networks", []string{"Shield"}, false},
	{"role-trust", "TrustPoint", []string{"TrustPoint"}, false},
	{"role-telecom", "Arvoro Telecom", []string{"Arvoro"}, false},
	{"product-maker", "Arvoro CloudGate", []string{"Arvoro", "CloudGate"}, false},
	{"registry", "Kaspersky", []string{"Kaspersky"}, true},
}

// nx13Tmpl is one template: {V} is the name, {A} an actor; lead may name
// the vendor alone.
type nx13Tmpl struct{ id, title, lead string }

// nx13Family is one category's templates.
type nx13Family struct {
	name  string
	cats  []trust.Category
	tmpls []nx13Tmpl
}

var nx13Actors = []string{"Australia", "Pentagon", "Texas", "Taiwan"}

var nx13Families = []nx13Family{
	{"ban", []trust.Category{trust.CategoryBan}, []nx13Tmpl{
		{"active", "{A} bans {V} on government devices", "Officials cited national security risks."},
		{"passive", "{V} banned from federal networks", "The government ordered the removal over security concerns."},
		{"barred", "{V} products barred from government use", "Officials said the equipment posed a national security risk."},
		{"lead-only", "Government bans Chinese app over security concerns", "The ban covers {V}, which officials said could send user data to Beijing."},
		{"possessive", "{V}'s software banned on state devices over spying fears", "The order takes effect immediately."},
		{"prohibits", "{A} prohibits agencies from using {V}", "The decision follows a security review."},
		{"name-colon", "{V}: {A} bans its apps on official phones", "Officials cited espionage risks."},
		{"nominal", "Ban on {V} takes effect across government agencies", "Agencies have 30 days to remove the software."},
		{"bill", "House passes bill banning {V} on government devices", "The measure now goes to the Senate."},
		{"restricts", "{A} restricts use of {V} by government employees", "The move follows concerns over data security."},
		{"over", "{A} bans {V} over national security concerns", "The ban covers all government networks."},
		{"name-first", "{V} banned by {A} over security risks", "The decision applies to all state agencies."},
	}},
	{"sanctions", []trust.Category{trust.CategorySanctions}, []nx13Tmpl{
		{"active", "Treasury sanctions {V} over ransomware attacks", "The department said the company supported hackers."},
		{"list-passive", "{V} added to Entity List", "The Commerce Department cited national security concerns."},
		{"blacklist", "US adds {V} to trade blacklist", "The company is accused of supporting the Chinese military."},
		{"lead-only", "Commerce adds five Chinese firms to Entity List", "The companies include {V}, which the department said supports the military."},
		{"passive", "{V} sanctioned for supporting state hackers", "The Treasury said the company provided infrastructure for attacks."},
		{"designates", "OFAC designates {V} for providing infrastructure to hackers", "The designation freezes the company's US assets."},
		{"uk", "UK sanctions {V} over cyberattacks on Ukraine", "The Foreign Office said the company worked with Russian intelligence."},
		{"covered", "FCC adds {V} to Covered List", "The agency said the company's equipment poses an unacceptable risk."},
		{"imposes", "US imposes sanctions on {V}", "Officials said the company helped state-sponsored hackers."},
		{"eu", "EU sanctions {V} over cyber espionage", "The Council said the company supported cyberattacks against member states."},
		{"military-list", "Pentagon adds {V} to list of Chinese military companies", "The list names firms the department says work with the People's Liberation Army."},
		{"hit", "{V} hit with US sanctions over spyware sales", "The Treasury said the company's tools were used against officials."},
	}},
	{"delisting", []trust.Category{trust.CategoryDelisting}, []nx13Tmpl{
		{"pulls", "Best Buy pulls {V} products from its stores over security concerns", "The retailer cited government warnings."},
		{"stops", "Amazon stops selling {V} devices after security report", "Researchers found the devices sent data to unknown servers."},
		{"removes-app", "Google removes {V} app from Play Store over spying", "Researchers found the app collected users' data without consent."},
		{"passive", "{V} apps pulled from App Store over data collection", "Apple said the apps violated its privacy rules."},
		{"lead-only", "Apple pulls three apps over hidden data collection", "The apps, made by {V}, sent users' browsing history to a server in China."},
		{"drops", "Retailer drops {V} cameras over security concerns", "The company said it would no longer sell the devices."},
		{"delisted", "{V} delisted from Microsoft Store over malware", "Microsoft said the app had been found to install malware."},
		{"halts", "Home Depot halts sales of {V} routers", "The retailer cited concerns about the routers' security."},
		{"possessive", "{V}'s app removed from Google Play after malware found", "Researchers found malicious code in the latest version."},
		{"tablets", "Walmart stops selling {V} tablets that shipped with malware", "Researchers found preinstalled malware on the devices."},
		{"suspends", "Google Play suspends {V} over malicious code in its app", "Google said it found malware in versions of the app."},
		{"addons", "Mozilla removes {V} extensions from its add-on store over data harvesting", "The extensions collected users' browsing data."},
	}},
	{"directive", []trust.Category{trust.CategoryDirective}, []nx13Tmpl{
		{"disconnect", "CISA orders agencies to disconnect {V} appliances", "The emergency directive gives agencies 48 hours."},
		{"ordered-remove", "Agencies ordered to remove {V} software within 90 days", "The Department of Homeland Security issued a binding directive."},
		{"warns-against", "Germany's BSI warns against using {V} antivirus", "The agency said the software could be used for cyberattacks."},
		{"stop-using", "Emergency directive orders federal agencies to stop using {V}", "The directive follows a breach at the company."},
		{"must-remove", "{V} products must be removed from federal systems, DHS says", "Agencies were given 90 days."},
		{"citizens", "Government warns citizens to stop using {V} phones", "The defence ministry said the phones had built-in censorship tools."},
		{"uninstall", "Cyber agency urges users to uninstall {V} app", "The agency said the app sends data to foreign servers."},
		{"stores", "Regulator asks Apple and Google to remove {V} from app stores", "The data protection authority said the app unlawfully transfers data to China."},
		{"unplug", "CISA tells agencies to unplug {V} gateways after breach", "The agency said attackers may have stolen credentials."},
		{"lead-only", "Agencies told to disconnect devices after breach", "The emergency directive orders agencies to disconnect {V} gateways by Friday."},
		{"japan", "Japan warns companies against using {V} software", "The ministry cited risks of data leaks to foreign governments."},
		{"possessive", "{V}'s devices must be disconnected, CISA orders", "Agencies have until Friday to comply."},
	}},
	{"compromise", []trust.Category{trust.CategoryCompromise, trust.CategoryOSS}, []nx13Tmpl{
		{"server", "{V} update server hacked to push malware", "Customers who installed the update received a backdoor."},
		{"hijack", "Hackers hijack {V} software updates to spread backdoor", "The trojanized updates were signed with the company's certificate."},
		{"installer", "{V}'s installer trojanized in supply chain attack", "The official installer downloaded from the company's website carried a backdoor."},
		{"found", "Backdoor found in {V} firmware", "Researchers found a hidden account that lets the vendor log in remotely."},
		{"app", "{V} app compromised to deliver malware to users", "Attackers pushed a malicious version through the app's update channel."},
		{"hits", "Supply chain attack hits {V} customers through malicious update", "Attackers breached the company's build system."},
		{"lead-only", "Supply chain attack pushes malware through software update", "Attackers compromised the update server of {V} and pushed a backdoored version to customers."},
		{"build", "{V} confirms its build system was breached to ship malicious updates", "The company urged customers to reinstall."},
		{"laced", "Malware-laced {V} installer served from official website", "The trojanized installer was signed with the vendor's certificate."},
		{"shipped", "{V} routers shipped with hidden backdoor account", "Researchers found hard-coded credentials in the firmware."},
		{"trojanized-update", "Trojanized {V} software update infects thousands of companies", "The malicious update was distributed from the vendor's servers."},
		{"abused", "{V} software updates abused to plant backdoor", "Attackers intercepted the product's update mechanism."},
	}},
	{"distrust", []trust.Category{trust.CategoryDistrust}, []nx13Tmpl{
		{"chrome", "Chrome to distrust {V} certificates", "Google cited a pattern of compliance failures."},
		{"root-store", "Mozilla removes {V} from its root store", "The certificate authority failed to meet the program's requirements."},
		{"stop-trusting", "Google to stop trusting {V} certificates", "The change takes effect in Chrome 127."},
		{"apple", "Apple distrusts certificate authority {V}", "Certificates issued after November will not be trusted."},
		{"browsers", "Browsers to distrust {V} after compliance failures", "Google and Mozilla announced the move on Tuesday."},
		{"issued-by", "Chrome will no longer trust TLS certificates issued by {V}", "Google cited repeated incidents."},
		{"possessive", "{V}'s root certificates distrusted by Mozilla", "Firefox will stop trusting the certificates."},
		{"microsoft", "Microsoft pulls {V} from trusted root program", "The company cited security lapses."},
		{"lead-only", "Google to distrust certificate authority after repeated failures", "Chrome will stop trusting new certificates issued by {V} from November."},
		{"passive", "{V} certificates to be distrusted by Chrome", "The decision follows a series of incidents."},
		{"drop", "Mozilla and Google drop trust in {V}", "Both cited the certificate authority's compliance failures."},
		{"program", "Chrome root program distrusts {V}", "Sites using its certificates must switch providers."},
	}},
	{"state-links", []trust.Category{trust.CategoryStateLinks, trust.CategoryEspionage}, []nx13Tmpl{
		{"regulator-finds", "{V} app secretly sent user data to China, regulator finds", "The watchdog said the transfers broke the law."},
		{"lawsuit", "Lawsuit calls {V} app spyware", "The state's attorney general said the app harvests users' data."},
		{"found-sending", "{V} phones found sending users' data to servers in China", "Researchers said the data included contacts and location."},
		{"fbi", "FBI probes {V} over ties to Chinese intelligence", "Agents are examining whether the company's devices transmit data to Beijing."},
		{"linked", "{V} linked to Chinese military, Pentagon says", "The department said the company works with the People's Liberation Army."},
		{"investigation", "Investigation finds {V} routers send data to Chinese state servers", "The findings were shared with lawmakers."},
		{"sues", "State sues {V}, calling its app malware", "The complaint says the app can read users' messages."},
		{"transferred", "Regulator finds {V} transferred user data to Beijing", "The agency ordered the company to stop."},
		{"ties", "Report ties {V} to Russian intelligence", "Documents show the company worked with the FSB."},
		{"accused", "{V} accused of spying on users for Chinese government", "Lawmakers cited a government investigation."},
		{"doj", "Justice Department investigates {V} over data gathering", "Officials are examining whether the company shared data with Beijing."},
		{"lead-only", "Regulator finds app sent data to China", "The watchdog said {V}'s app transferred users' personal data to servers in China without consent."},
	}},
	{"reversal", []trust.Category{trust.CategoryReversal}, []nx13Tmpl{
		{"court-blocks", "Court blocks ban on {V}", "The judge said the government failed to show a security threat."},
		{"judge", "Judge blocks {A}'s ban on {V}", "The ruling halts the ban from taking effect."},
		{"lifts-sanctions", "Treasury lifts sanctions on {V}", "The department removed the company from the sanctions list."},
		{"removed-list", "{V} removed from Entity List", "The Commerce Department said the company had addressed concerns."},
		{"lifts-ban", "US lifts ban on {V}", "The Commerce Department ended the denial order."},
		{"wins", "{V} wins court fight, removed from Pentagon blacklist", "The Defense Department agreed to drop the company from its list."},
		{"commerce-removes", "Commerce removes {V} from Entity List", "The department cited changes in the company's ownership."},
		{"ban-lifted", "Ban on {V} lifted", "The government ended the restrictions after a review."},
		{"strikes", "Court strikes down {A}'s ban on {V}", "The judge called the ban unconstitutional."},
		{"sanctions-lifted", "Sanctions on {V} lifted after court ruling", "The Treasury removed the company from its list."},
		{"drops-ban", "Government drops ban on {V} after review", "Officials said the risks had been addressed."},
		{"lead-only", "Judge halts ban on Chinese app", "The ruling blocks the state's ban on {V} from taking effect."},
	}},
}

// nx13Style is a headline's style: a function of the title; namedLead
// ends the lead with a sentence that writes the name again, as most
// feeds' summaries do (a Title Case or lower-case title alone cannot
// tell a name from the words around it).
type nx13Style struct {
	name      string
	fn        func(string) string
	namedLead bool
}

var nx13Styles = []nx13Style{
	{"sentence", func(s string) string { return s }, false},
	{"titlecase", nx13TitleCase, false},
	{"titlecase-named", nx13TitleCase, true},
	{"lower-named", strings.ToLower, true},
	{"exclusive", func(s string) string { return "Exclusive: " + s }, false},
	{"quote", func(s string) string { return "'An unacceptable risk': " + s }, false},
	{"source", func(s string) string { return s + " - report" }, false},
}

// nx13Small are the words a title-case headline leaves lower case.
var nx13Small = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true,
	"in": true, "on": true, "for": true, "by": true, "at": true, "from": true, "with": true}

// nx13TitleCase capitalises every word but the small ones after the first.
func nx13TitleCase(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if i > 0 && nx13Small[w] {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// nx13Cell is one cell of the grid; want lists the names an alert must
// carry (each of them, for a list), none for a look-alike.
type nx13Cell struct {
	axes        []string
	title, lead string
	want        []nx13Name
	cats        []trust.Category
}

// nx13Fill expands a template with a name written as vendor.
func nx13Fill(s, vendor string, i int) string {
	return strings.NewReplacer("{V}", vendor, "{A}", nx13Actors[i%len(nx13Actors)]).Replace(s)
}

// nx13Grid lists the event cells: every family's templates with every
// name in every style, and lists of two to five names in sentence case.
func nx13Grid() []nx13Cell {
	var cells []nx13Cell
	for _, f := range nx13Families {
		for i, tp := range f.tmpls {
			for _, n := range nx13Names {
				for _, st := range nx13Styles {
					lead := nx13Fill(tp.lead, n.written, i)
					if st.namedLead && !strings.Contains(tp.lead, "{V}") {
						lead += nx13Fill(" A spokesperson for {V} did not respond to a request for comment.", n.written, i)
					}
					cells = append(cells, nx13Cell{
						axes:  []string{"fam=" + f.name, "tmpl=" + f.name + "/" + tp.id, "name=" + n.kind, "style=" + st.name},
						title: st.fn(nx13Fill(tp.title, n.written, i)), lead: lead,
						want: []nx13Name{n}, cats: f.cats,
					})
				}
			}
			for _, l := range nx13Lists {
				written := nx13Join(l)
				cells = append(cells, nx13Cell{
					axes:  []string{"fam=" + f.name, "tmpl=" + f.name + "/" + tp.id, fmt.Sprintf("list=%d", len(l)), "style=list"},
					title: nx13Fill(tp.title, written, i), lead: nx13Fill(tp.lead, written, i),
					want: l, cats: f.cats,
				})
			}
		}
	}
	return cells
}

// nx13Lists are the lists of names a title may carry.
var nx13Lists = [][]nx13Name{
	{nx13Names[1], nx13Names[10]},
	{nx13Names[4], nx13Names[16], nx13Names[7]},
	{nx13Names[1], nx13Names[24], nx13Names[12], nx13Names[19]},
	{nx13Names[0], nx13Names[2], nx13Names[10], nx13Names[16], nx13Names[34]},
}

// nx13Join writes names as a title lists them: "X, Y and Z".
func nx13Join(names []nx13Name) string {
	w := make([]string, len(names))
	for i, n := range names {
		w[i] = n.written
	}
	if len(w) == 2 {
		return w[0] + " and " + w[1]
	}
	return strings.Join(w[:len(w)-1], ", ") + " and " + w[len(w)-1]
}

// nx13Looks are the look-alike templates: the same names in news that is
// no trust event.
var nx13Looks = []nx13Tmpl{
	{"vuln", "Critical flaw in {V} software exploited in attacks", "The company released a patch on Tuesday."},
	{"zero-day", "{V} patches zero-day exploited by hackers", "CISA added the bug to its catalog of known exploited vulnerabilities."},
	{"abuse", "Hackers abuse {V} to spread malware", "The attackers sent links through the service to victims."},
	{"exploit-devices", "Attackers exploit {V} routers to build botnet", "The devices were hijacked through default passwords."},
	{"backdoored-by-hackers", "Chinese hackers backdoor {V} devices through zero-day", "The attackers left implants on customers' appliances."},
	{"report", "{V} report warns of rising ransomware attacks", "The company's researchers counted 400 victims in March."},
	{"reporter-backdoor", "{V} uncovers espionage campaign targeting diplomats", "The company's researchers attributed the attacks to a Chinese group."},
	{"proposal", "Lawmakers propose banning {V} from government devices", "The bill has not yet been voted on."},
	{"urge", "Senators urge Commerce to sanction {V}", "The letter cites national security concerns."},
	{"weighs", "US weighs ban on {V} routers", "No decision has been made, officials said."},
	{"denial", "{V} denies sending user data to China", "The company said it stores data in the United States."},
	{"denial-backdoor", "{V} denies its products contain a backdoor", "The company called the report false."},
	{"privacy-fine", "{V} fined $20 million over privacy violations", "The regulator said the company kept users' data too long."},
	{"children", "Regulator fines {V} for collecting children's data", "The company said it would appeal."},
	{"content-ban", "{V} bans accounts linked to state hackers", "The company said the accounts spread propaganda."},
	{"breach", "{V} hit by data breach, customer data stolen", "The company said no payment data was taken."},
	{"question", "Will {V} be banned?", "Officials are still reviewing the company's products."},
}

// nx13LookalikeGrid lists the look-alike cells.
func nx13LookalikeGrid() []nx13Cell {
	var cells []nx13Cell
	for _, tp := range nx13Looks {
		for _, n := range nx13Names {
			for _, st := range nx13Styles[:4] {
				cells = append(cells, nx13Cell{
					axes:  []string{"look=" + tp.id, "name=" + n.kind, "style=" + st.name},
					title: st.fn(nx13Fill(tp.title, n.written, 0)), lead: nx13Fill(tp.lead, n.written, 0),
				})
			}
		}
	}
	return cells
}

// nx13Holds reports whether an alert's vendor name holds n: one of its
// core words, and (unless the registry names it) nothing the title does
// not write as the name, so a word beside the name is wrong.
func nx13Holds(got string, n nx13Name) bool {
	g := strings.ToLower(got)
	if !slices.ContainsFunc(n.core, func(c string) bool { return strings.Contains(g, strings.ToLower(c)) }) {
		return false
	}
	return n.registry || strings.Contains(strings.ToLower(n.written), strings.TrimSuffix(g, "'s"))
}

// nx13Right judges a cell: silent (coverage at most) where it wants no
// vendor, else an alert, not coverage, of one of its categories holding
// every name it wants (nx13Holds).
func nx13Right(c nx13Cell) func(trust.Alert, bool) bool {
	if len(c.want) == 0 {
		return gridSilent
	}
	return func(a trust.Alert, ok bool) bool {
		if !ok || a.Coverage || !slices.Contains(c.cats, a.Category) {
			return false
		}
		names := a.VendorNames()
		for _, n := range c.want {
			if !slices.ContainsFunc(names, func(g string) bool { return nx13Holds(g, n) }) {
				return false
			}
		}
		return true
	}
}

// nx13Run scores cells and returns the share right; NX13_GRID=1 logs
// the failing cells and every axis's share.
func nx13Run(t *testing.T, m *Matcher, cells []nx13Cell) float64 {
	g := newProbeGrid(m)
	for _, c := range cells {
		g.check(c.title, c.lead, c.axes, nx13Right(c), c.axes...)
	}
	if os.Getenv("NX13_GRID") != "" {
		for _, f := range g.fails {
			t.Log(f)
		}
		g.stat.log(t, "AXIS %-40s %d/%d")
	}
	share := float64(g.right) / float64(g.all)
	t.Logf("right %d/%d (%.3f)", g.right, g.all, share)
	return share
}

// TestNx13Grid holds the event grid to a floor. Left failing, and why:
// the template families round 12 read (a passive ban with no actor,
// "ban lifted", "halts sales of", the name only in the lead for
// delistings and reversals); an all-lower-case title; a Title Case title
// whose summary names the vendor only past its first sentence
// ("titlecase-named"): confirming the name there was tried and dropped,
// the held-out corpus lost post precision 0.99 -> 0.89 through it (article
// bodies write every capitalised word again); a quote before a colon
// whose words carry a signal of their own ("'An unacceptable risk': ...");
// "KRV Group sanctioned ...": a "Group" read as part of a name before
// the signal was tried and dropped, it named a group of attackers on the
// held-out corpus (post precision 0.99 -> 0.97), as did capitalised
// prepositions as stop words ("Pushes Malware Through Software Update"
// names "Through").
func TestNx13Grid(t *testing.T) {
	m := defaultMatcher(t)
	if share := nx13Run(t, m, nx13Grid()); share < nx13GridFloor {
		t.Errorf("event grid right %.3f, want at least %.3f (NX13_GRID=1 lists the cells)", share, nx13GridFloor)
	}
}

const nx13GridFloor = 0.62

// TestNx13LookalikeGrid holds the look-alike grid to a ceiling.
func TestNx13LookalikeGrid(t *testing.T) {
	m := defaultMatcher(t)
	if share := nx13Run(t, m, nx13LookalikeGrid()); share < nx13LookFloor {
		t.Errorf("look-alike grid right %.3f, want at least %.3f (NX13_GRID=1 lists the cells)", share, nx13LookFloor)
	}
}

const nx13LookFloor = 0.99

// TestNx13Batch measures the untouched set (logged, never tuned on).
func TestNx13Batch(t *testing.T) {
	logBatch(t, "testdata/nx13_u.tsv")
}

// TestNx13Shapes holds each axis names13 fixed: a wire's label, a Title
// Case name cut to the summary's, an ampersand, a list read past a
// member's legal form, a place opening a name; and their look-alikes.
func TestNx13Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		{name: "label exclusive", title: "Exclusive: OFAC designates Tenmark for providing infrastructure to hackers",
			body: "The designation freezes the company's US assets.", vendor: "Tenmark", category: trust.CategorySanctions},
		{name: "label wire dash", title: "EXCLUSIVE-Tenmark confirms its build system was breached to ship malicious updates",
			body: "The company urged customers to reinstall.", vendor: "Tenmark", category: trust.CategoryCompromise},
		{name: "label breaking", title: "Breaking: Treasury sanctions Quillstack over ransomware attacks",
			body: "The department said the company supported hackers.", vendor: "Quillstack", category: trust.CategorySanctions},
		{name: "group object", title: "Treasury sanctions Aeza Group over bulletproof hosting",
			body: "The Russian company hosted infostealer servers.", vendor: "Aeza Group", category: trust.CategorySanctions},
		{name: "group technology", title: "Commerce adds Vornholt Technology Group to Entity List",
			body: "The department cited national security concerns.", vendor: "Vornholt Technology Group", category: trust.CategorySanctions},
		{name: "group acting refused", title: "Lazarus Group hijacks software updates of Korean vendor",
			body: "The attackers compromised the update server of a Korean security company."},
		{name: "group attackers refused", title: "Treasury sanctions Lazarus Group over crypto theft",
			body: "The North Korean hacking group stole billions in cryptocurrency."},
		{name: "titlecase trim verb and kind", title: "CISA Orders Agencies to Disconnect Tenmark Appliances",
			body: "The emergency directive gives agencies 48 hours. A spokesperson for Tenmark did not respond.", vendor: "Tenmark", category: trust.CategoryDirective},
		{name: "titlecase trim adverb", title: "QXT App Secretly Sent User Data to China, Regulator Finds",
			body: "The watchdog said the transfers broke the law. A spokesperson for QXT did not respond.", vendor: "QXT", category: trust.CategoryEspionage},
		{name: "titlecase whole name kept", title: "Australia Bans Tenmark Systems on Government Devices",
			body: "Australia has banned Tenmark Systems software from government devices.", vendor: "Tenmark Systems", category: trust.CategoryBan},
		{name: "titlecase look-alike named later", title: "Hackers Abuse Tenmark to Spread Malware",
			body: "The attackers sent links through the service. A spokesperson for Tenmark did not respond."},
		{name: "ampersand", title: "Australia bans K&T Systems on government devices",
			body: "Officials cited national security risks.", vendor: "K&T Systems", category: trust.CategoryBan},
		{name: "list past suffixes", title: "Pentagon prohibits agencies from using Tenmark, Sichuan Arvoro Technology, QXT and eVorta",
			body: "The decision follows a security review.", vendor: "Tenmark", category: trust.CategoryBan},
		{name: "place opens the name", title: "Shenzhen Yuntai Xinke phones found sending users' data to servers in China",
			body: "Researchers said the data included contacts and location.", vendor: "Shenzhen Yuntai Xinke", category: trust.CategoryEspionage},
		{name: "place opens the lead's name", title: "Government bans Chinese app over security concerns",
			body: "The ban covers Sichuan Arvoro Technology, which officials said could send user data to Beijing.", vendor: "Sichuan Arvoro Technology", category: trust.CategoryBan},
	})
}

// TestNx13Unlabel holds what a label strip keeps.
func TestNx13Unlabel(t *testing.T) {
	for in, want := range map[string]string{
		"Exclusive: U.S. adds SMIC to trade blacklist":   "U.S. adds SMIC to trade blacklist",
		"EXCLUSIVE-U.S. adds SMIC to trade blacklist":    "U.S. adds SMIC to trade blacklist",
		"Exclusive — U.S. adds SMIC to trade blacklist":  "U.S. adds SMIC to trade blacklist",
		"Update: Chrome to distrust Tenmark":             "Chrome to distrust Tenmark",
		"Exclusive deal lets Tenmark sell routers":       "Exclusive deal lets Tenmark sell routers",
		"Updates from Tenmark pushed malware":            "Updates from Tenmark pushed malware",
		"Scoopz app banned":                              "Scoopz app banned",
		"Pentagon bars agencies from using QXT - report": "Pentagon bars agencies from using QXT",
		"Exclusive: Chrome to distrust QXT – sources":    "Chrome to distrust QXT",
		"Chrome to distrust QXT in new report":           "Chrome to distrust QXT in new report",
	} {
		if got := nx13Unlabel(in); got != want {
			t.Errorf("nx13Unlabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNx13List holds a list read past a member's legal form to its end,
// the ampersand written back.
func TestNx13List(t *testing.T) {
	m := defaultMatcher(t)
	a, ok := m.Match("Pentagon prohibits agencies from using Tenmark, Sichuan Arvoro Technology, QXT, eVorta and K&T Systems", "")
	if want := []string{"Tenmark", "Sichuan Arvoro", "QXT", "eVorta", "K&T Systems"}; !ok || !slices.Equal(a.VendorNames(), want) {
		t.Errorf("got %v %v, want %v", ok, a.VendorNames(), want)
	}
}

// TestNx13Set holds names13's own set (read and tuned on). Its misses
// are the axes dropped for the held-out corpus's sake (TestNx13Grid): a
// Title Case name told only past the summary's first sentence, "X Group"
// before its signal, "Through" capitalised.
func TestNx13Set(t *testing.T) {
	testBatch(t, "testdata/nx13.tsv", nx13SetFloor)
}

const nx13SetFloor = 0.78
