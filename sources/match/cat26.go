package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cat26.go settles an alert's category by who acts, what the act's verb
// is and what its object is (trust-events.md's table), where the word
// that chose the category names a reason, a described thing or another
// clause:
//
//   - a store, a seller or a platform pulling the vendor in the main
//     clause, a ban or a listing only its reason ("Retailers yank X from
//     shelves as US ban looms", "X phones pulled from carrier stores
//     after US denial order", "Google suspends X app over malware found
//     in its versions"): the seller's act is the news (delisting);
//   - downloads of an app suspended in a state over a motive: the app
//     taken off the stores (delisting, as labelled);
//   - a state stopping its own use or its market ("defence ministry
//     cuts off access to X on military computers", "FCC orders carrier to end U.S. operations", "Seimas
//     blocks remote access from China", "will keep them off its own
//     networks", "India orders removal of X from app stores"): a ban;
//   - a title whose own clause is a finding of data sent, recorded or
//     hidden in a product, or of collusion with a state, where the
//     category came from the lead or the learned scorer: the finding
//     (espionage, state-links);
//   - an extension or a package caught spying after it was sold: the
//     release turned by its new owner (open source);
//   - a hold that lapses or expires: a reversal;
//   - users given days to rip a product out: a directive;
//   - a store or platform telling developers to rip a vendor's code out,
//     or banning a vendor from its own platform: a delisting.
//
// It reads only alerts, after cat25.go and the namers, and changes only
// the category and the signal that explains it: never whether an alert is
// made, nor its names.
//
// Left as labelled, where the readable labels disagree for one shape: an
// authority barring a vendor from selling people's data ("FTC bars Avast
// from selling browsing data": espionage six times, a ban twice, devset's
// among them), a state's own bodies told to stop using a product (a
// directive mostly, a ban in some sets), downloads suspended by a state
// (a delisting eight times to one), the Pentagon's 1260H list (state-links
// or sanctions).

// cat26Off turns the readers of this file off (the grid tests' before).
var cat26Off = false

// cat26Category recasts a's category by the structure above.
func cat26Category(title, lead string, a *trust.Alert) {
	if cat26Off || a.Coverage {
		return
	}
	words := titleWords(title)
	if len(words) == 0 {
		return
	}
	term, cat := cat26Read(words, lead, a.Category)
	if term == "" && (a.Across || !a.InTitle) && !cat26Acting(words) {
		// A terse title with the fact in the lead ("Kaspersky: US retail
		// exit" | "Retailers yanked its antivirus from shelves as the US
		// ban loomed"): the lead's first sentence read as a title.
		if lw := titleWords(firstSentence(lead)); len(lw) >= 3 {
			term, cat = cat26Read(lw, lead, a.Category)
		}
	}
	if term == "" && a.Category != trust.CategoryBan && a.Category != trust.CategoryDirective {
		if term = cat26GivenDays(words); term != "" {
			cat = trust.CategoryDirective
		}
	}
	if term == "" && cat26Findable[a.Category] && cat26FromOutside(title, a) {
		term, cat = cat26Finding(words)
	}
	if term == "" || cat == a.Category {
		return
	}
	cat25Set(a, cat, term)
}

// cat26Read reads words (a title, or a lead's first sentence) by the
// readers of the alert's category c; it returns the term and category.
func cat26Read(words []titleWord, lead string, c trust.Category) (string, trust.Category) {
	term, cat := "", trust.Category("")
	switch c {
	case trust.CategoryBan:
		if term = cat26PulledFor(words, false); term != "" {
			cat = trust.CategoryDelisting
		} else if term = cat26OwnPlatform(words); term != "" {
			cat = trust.CategoryDelisting
		} else if term = cat26Lapsed(words); term != "" {
			cat = trust.CategoryReversal
		}
	case trust.CategorySanctions:
		if term = cat26PulledFor(words, false); term != "" {
			cat = trust.CategoryDelisting
		} else if term = cat26AccessCut(words); term != "" {
			cat = trust.CategoryBan
		}
	case trust.CategoryOSS, trust.CategoryCompromise:
		if term = cat26PulledFor(words, true); term != "" {
			cat = trust.CategoryDelisting
		}
	case trust.CategoryDelisting:
		term, cat = cat26Grounds(words), trust.CategoryBan
	case trust.CategoryDirective:
		if term = cat26StoresOrdered(words); term != "" {
			cat = trust.CategoryBan
		} else if term = cat26PlatformTells(words); term != "" {
			cat = trust.CategoryDelisting
		}
	case trust.CategoryEspionage, trust.CategoryStateLinks:
		if term = cat26TurnedPackage(words, lead); term != "" {
			cat = trust.CategoryOSS
			break
		}
		if term = cat26Downloads(words); term != "" {
			cat = trust.CategoryDelisting
			break
		}
		if term = cat26OrderedOut(words); term == "" {
			if term = cat26ChamberActs(words); term == "" {
				term = cat26KeepsOff(words)
			}
		}
		cat = trust.CategoryBan
	}
	return term, cat
}

// cat26Acting reports whether a title has an act of its own: a verb of
// pulling, barring, ordering or sanctioning.
func cat26Acting(words []titleWord) bool {
	return inWords(words, cat26Acts) || inWords(words, cat26Pulls) || inWords(words, cat26BarVerbs)
}

var (
	// cat26Pulls are a seller's or a store's verbs of pulling, and the
	// product's of leaving a store.
	cat26Pulls = wordSet(`pull pulls pulled yank yanks yanked remove removes removed drop drops
		dropped delist delists delisted purge purges purged vanishes vanish vanished disappears
		disappear disappeared gone suspends suspended kicks kicked boots booted withdraws
		withdrawn withdrew`)
	// cat26Shelves are a seller's places.
	cat26Shelves = wordSet(`store stores shelves shelf marketplace marketplaces play listings shop
		shops catalog catalogue`)
	// cat26Reasons open a reason clause after the main clause.
	cat26Reasons = wordSet("as after amid following over ahead")
	// cat26Holds are a state's holds a reason clause may name.
	cat26Holds = wordSet(`ban bans banning sanctions sanction blacklisting blacklist denial
		order prohibition restrictions curbs listing`)
	// cat26Apps are what a store pulls for malware as a delisting.
	cat26Apps = wordSet("app apps")
	// cat26Ahead tell a hold is still to come: "as US ban looms".
	cat26Ahead = wordSet(`looms loom loomed looming nears neared approaches approached threatens
		ahead mulled weighed considered proposed`)
	// cat26Bad are malware a store gives as its reason.
	cat26Bad = wordSet("malware malicious spyware adware trojan")
	// cat26Turned name a release hijacked or turned: its own news.
	cat26Turned = wordSet(`hijacked compromised backdoored trojanized poisoned update updates
		updated owner owners sold turned turning`)
)

// cat26PulledFor finds a store or a seller pulling the vendor in the
// main clause and a state's hold (or, for malware, the malware) only its
// reason: "Retailers yank Kaspersky antivirus from shelves as US ban
// looms", "ZTE phones pulled from carrier stores after US denial order",
// "Google suspends Pinduoduo shopping app over malware found in its
// versions". A state before the pull decides it ("US orders X pulled"),
// and a store carrying out a ban as it takes effect is the state's ban
// (storesUnderBan, lifted.go). For malware, an app's only: a package, an
// extension or a release turned is its own news (cat25.go).
func cat26PulledFor(words []titleWord, malware bool) string {
	r := -1
	for i, w := range words {
		if cat26Reasons[w.lc()] && i > 1 {
			r = i
			break
		}
	}
	if r < 0 || stateActor(words[:1]) && !inWords(words[:1], storeOwners) {
		return ""
	}
	p := -1
	for i := 1; i < r; i++ {
		if cat26Pulls[words[i].lc()] {
			p = i
			break
		}
	}
	if p < 0 || inWords(words[:p], authorities) && !inWords(words[:p], storeOwners) {
		return ""
	}
	seller := inWords(words[:p], storeOwners) || inWords(words[:p], cat25Sellers)
	if !seller && !inWords(words[p:r], cat26Shelves) && !inWords(words[p:r], storeOwners) {
		return ""
	}
	if malware {
		if !inWords(words[:r], cat26Apps) || inWords(words, cat25Packages) || inWords(words, cat26Turned) {
			return ""
		}
		if !inWords(words[r:], cat26Bad) {
			return ""
		}
		return joinSpan(words, p, r)
	}
	if storesUnderBan(words) != "" && !inWords(words[r:], cat26Ahead) || inWords(words[:r], cat26Holds) {
		return ""
	}
	for k := r + 1; k < len(words) && k <= r+5; k++ {
		if cat26Holds[words[k].lc()] {
			return joinSpan(words, p, r)
		}
	}
	return ""
}

// cat26BarVerbs restrict what their object may do ("bars X from").
var cat26BarVerbs = wordSet(`bans banned banning bars barred barring prohibits prohibited prohibiting
	forbids forbade forbidden forbidding enjoins enjoined blocks blocked stops stopped`)

// cat26OwnPlatform finds a company banning a vendor from its own platform:
// "Twitter bans Kaspersky Lab from advertising on its platform". The
// platform's owner pulls the vendor: a delisting.
func cat26OwnPlatform(words []titleWord) string {
	for v := 1; v+3 < len(words); v++ {
		if !cat26BarVerbs[words[v].lc()] || stateActor(words[:v]) || inWords(words[:v], courts) {
			continue
		}
		for k := v + 2; k+1 < len(words) && k <= v+8; k++ {
			if oneOf(words[k].lc(), "on", "from") && oneOf(words[k+1].lc(), "its", "their") && k+2 < len(words) &&
				oneOf(words[k+2].lc(), "platform", "platforms", "site", "sites", "service", "services", "network",
					"marketplace", "store", "app", "apps") {
				return joinSpan(words, v, k+2)
			}
		}
		return ""
	}
	return ""
}

// cat26TurnedPackage finds an extension, an add-on or a package caught
// spying whose title or lead's first sentence tells it turned: "Stylish
// browser extension caught recording users' entire browsing history" —
// "Since it was sold to SimilarWeb, ...". The release turned by its new
// owner is open source's news (trust-events.md), as cat25.go reads a
// store's pull of one; with no new owner the spying stays the news.
func cat26TurnedPackage(words []titleWord, lead string) string {
	if !inWords(words, cat25Packages) || inWords(words, cat25Fakes) {
		return ""
	}
	if turn := cat26OwnerTurn(words); turn != "" {
		return turn
	}
	return cat26OwnerTurn(titleWords(firstSentence(lead)))
}

// cat26Owned tell a release changed hands ("new owner" too). An update
// alone does not: the vendor's own update that spies is its spying, as
// labelled ("VPN extension began capturing AI chats after an update").
var cat26Owned = wordSet(`ownership sold sale bought buyer acquired acquisition`)

// cat26OwnerTurn returns the first word in words telling a release
// changed hands.
func cat26OwnerTurn(words []titleWord) string {
	for i, w := range words {
		if cat26Owned[w.lc()] {
			return w.text
		}
		if oneOf(w.lc(), "owner", "owners") && i > 0 && words[i-1].lc() == "new" {
			return joinSpan(words, i-1, i) // not "sent them to its owner"
		}
		if oneOf(w.lc(), "changed", "change", "changes") && i+1 < len(words) && words[i+1].lc() == "hands" {
			return joinSpan(words, i, i+1)
		}
	}
	return ""
}

// cat26Downloads finds downloads of an app suspended or blocked in a
// state: "DeepSeek app downloads suspended in South Korea over privacy
// concerns". The motive (espionage's words) is why; the app taken off
// the stores is the news, a delisting as the readable sets label "South
// Korea suspends new downloads of DeepSeek" eight times to one (the one
// labels it a ban: left so).
func cat26Downloads(words []titleWord) string {
	for i, w := range words {
		if w.lc() != "downloads" && w.lc() != "download" {
			continue
		}
		for k := max(0, i-3); k < len(words) && k <= i+3; k++ {
			switch words[k].lc() {
			case "suspends", "suspended", "suspend", "halts", "halted", "halt", "blocks", "blocked", "block",
				"bans", "banned", "pauses", "paused", "stops", "stopped":
			default:
				continue
			}
			if !stateActor(words) {
				return ""
			}
			return joinSpan(words, min(i, k), max(i, k))
		}
	}
	return ""
}

// cat26Grounds finds a state grounding its drones or its fleet: "Interior
// Department grounds its drone fleet over Chinese spying fears", whose
// lead names the maker: a ban on its own use (named3.go reads the maker
// named in the title). Grounding for safety ("after crash") is none.
func cat26Grounds(words []titleWord) string {
	for v := 1; v+1 < len(words); v++ {
		if !groundVerbs[words[v].lc()] || !inWords(words[:v], authorities) && !authorityHeads[words[v-1].lc()] ||
			inWords(words, groundSafety) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if droneWords[words[k].lc()] || oneOf(words[k].lc(), "fleet", "fleets") {
				return joinSpan(words, v, k)
			}
			if words[k].stop {
				break
			}
		}
	}
	return ""
}

// cat26AccessCut finds a state cutting off access to a product on its
// own systems: "South Korea's defence ministry cuts off access to
// DeepSeek on military computers": a ban on its own use, not the
// sanction "cuts off" is when a state cuts a vendor off from suppliers.
func cat26AccessCut(words []titleWord) string {
	for v := 1; v+3 < len(words); v++ {
		if !oneOf(words[v].lc(), "cuts", "cut", "cutting") || words[v+1].lc() != "off" || words[v+2].lc() != "access" {
			continue
		}
		if !stateActor(words[:v]) {
			return ""
		}
		for k := v + 3; k+1 < len(words) && k <= v+8; k++ {
			if oneOf(words[k].lc(), "on", "from", "across") && inWords(words[k+1:min(len(words), k+4)], stateSystems) {
				return joinSpan(words, v, k+1)
			}
		}
		return ""
	}
	return ""
}

// cat26StoresOrdered finds a state ordering a product's removal from
// stores: "India orders removal of Krafton's Battlegrounds Mobile India
// from app stores". The state decides, the stores execute: a ban, as
// storesOrdered (lifted.go) reads "orders app stores to remove X".
func cat26StoresOrdered(words []titleWord) string {
	for v := 1; v+2 < len(words); v++ {
		if !orderVerbsStrict[words[v].lc()] || !stateActor(words[:v]) {
			continue
		}
		if !oneOf(words[v+1].lc(), "removal", "delisting", "takedown", "withdrawal") {
			continue
		}
		for k := v + 2; k+1 < len(words) && k <= v+10; k++ {
			if words[k].lc() == "from" && inWords(words[k+1:min(len(words), k+4)], cat26Shelves) {
				return joinSpan(words, v, k+1)
			}
		}
	}
	return ""
}

// cat26PlatformTells finds a store or a platform, not a state, telling
// those who build on it to rip a vendor's code out: "Apple and Google
// tell developers to rip out location-tracking SDK": the platform cuts
// the vendor off, a delisting.
func cat26PlatformTells(words []titleWord) string {
	for v := 1; v+2 < len(words); v++ {
		switch words[v].lc() {
		case "tell", "tells", "order", "orders", "force", "forces", "give", "gives", "require", "requires":
		default:
			continue
		}
		if !inWords(words[:v], storeOwners) || stateActor(words[:v]) {
			return ""
		}
		if oneOf(words[v+1].lc(), "developers", "developer", "publishers", "sellers", "makers", "apps", "partners") {
			return joinSpan(words, v, v+1)
		}
		return ""
	}
	return ""
}

// cat26OrderedOut is orderedOut (category.go) with the verbs of ending a
// business: "FCC orders Chinese state carrier to end U.S. operations
// within 60 days": the vendor ordered out of a market, a ban, whatever
// motive the lead gives.
func cat26OrderedOut(words []titleWord) string {
	if term := orderedOut(words); term != "" {
		return term
	}
	for i := 1; i < len(words); i++ {
		if !oneOf(words[i].lc(), "orders", "ordered", "forces", "forced", "tells", "told") || !inWords(words[:i], authorities) {
			continue
		}
		for t := i + 2; t+2 < len(words) && t <= i+6; t++ {
			if !strings.EqualFold(words[t].text, "to") {
				if words[t].stop {
					break
				}
				continue
			}
			if inWords(words[i+1:t], users) || !oneOf(words[t+1].lc(), "end", "terminate", "discontinue", "suspend", "cease", "wind") {
				return ""
			}
			for k := t + 2; k < len(words) && k <= t+5; k++ {
				if strings.HasPrefix(words[k].lc(), "operat") || oneOf(words[k].lc(), "service", "services", "business") {
					return joinSpan(words, i, k)
				}
			}
			return ""
		}
	}
	return ""
}

// cat26Chambers are legislatures, by their own names too (translated
// news names them so: "Seimas", "Bundestag").
var cat26Chambers = wordSet(`parliament seimas saeima riigikogu sejm bundestag bundesrat knesset duma
	riksdag storting folketing eduskunta althing rada senate congress legislature assembly
	lawmakers legislators mps`)

// cat26ChamberActs finds a legislature blocking or barring: "Seimas
// blocks remote access to Lithuanian solar and wind farms from China":
// a law passed by a chamber, a ban (trust-events.md).
func cat26ChamberActs(words []titleWord) string {
	for v := 1; v+1 < len(words); v++ {
		switch words[v].lc() {
		case "blocks", "bars", "bans", "restricts", "prohibits", "outlaws":
		default:
			continue
		}
		if !cat26Chambers[strings.ToLower(words[v-1].text)] {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if oneOf(words[k].lc(), "bill", "law", "ban", "bans", "vote", "nomination", "deal", "motion", "sanctions") {
				return ""
			}
		}
		return joinSpan(words, v-1, v)
	}
	return ""
}

// cat26KeepsOff finds a state's clause of keeping a vendor off its own
// systems beside a finding: "EU Commission says Huawei and ZTE pose
// higher risks, will keep them off its own networks". The act, a ban,
// outranks the finding.
func cat26KeepsOff(words []titleWord) string {
	for v := 1; v+2 < len(words); v++ {
		switch words[v].lc() {
		case "keep", "keeps", "bar", "bars", "ban", "bans", "exclude", "excludes", "remove", "removes", "cut", "cuts":
		default:
			continue
		}
		if !words[v-1].stop && !oneOf(words[v-1].lc(), "will", "to", "and") || !stateActor(words[:v]) {
			continue
		}
		for k := v + 1; k+1 < len(words) && k <= v+5; k++ {
			if oneOf(words[k].lc(), "off", "out", "from") && inWords(words[k+1:min(len(words), k+5)], stateSystems) {
				return joinSpan(words, v, k+1)
			}
		}
	}
	return ""
}

// cat26Lapsed finds a hold that lapses or expires: "Trump's ban on
// Chinese grid equipment lapses as DOE starts over". Not one set to, or
// that may ("ban set to expire", "could lapse").
func cat26Lapsed(words []titleWord) string {
	for i, w := range words {
		if !oneOf(w.lc(), "ban", "bans", "sanctions", "restrictions", "prohibition", "order", "blacklisting") {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+6; k++ {
			if oneOf(words[k].lc(), "lapses", "lapsed", "expires", "expired", "sunsets", "sunsetted") {
				if oneOf(words[k-1].lc(), "to", "will", "could", "may", "might", "not", "never") {
					return ""
				}
				return joinSpan(words, i, k)
			}
			if words[k].stop || oneOf(words[k].lc(), "as", "after", "before", "while", "if", "unless") {
				break
			}
		}
	}
	return ""
}

// cat26GivenDays finds users given a time to rip a product out:
// "Federal agencies given 90 days to rip Kaspersky out of their
// networks": an order to its users, a directive.
func cat26GivenDays(words []titleWord) string {
	for v := 1; v+3 < len(words); v++ {
		if !oneOf(words[v].lc(), "given", "get", "gets", "have", "has") || !users[words[v-1].lc()] {
			continue
		}
		for t := v + 1; t+1 < len(words) && t <= v+4; t++ {
			if strings.EqualFold(words[t].text, "to") {
				if !oneOf(words[t-1].lc(), "days", "weeks", "months", "hours", "year", "years") {
					return ""
				}
				switch words[t+1].lc() {
				case "rip", "remove", "purge", "delete", "uninstall", "drop", "replace", "phase", "disconnect", "stop", "scrub", "ditch", "dump":
					return joinSpan(words, v-1, t+1)
				}
				return ""
			}
		}
	}
	return ""
}

// cat26Findable are the categories a title's finding outranks when the
// lead or the learned scorer gave them: acts of states and stores, a
// compromise. A root program's distrust and a listing's undoing are
// read from their own words.
var cat26Findable = map[trust.Category]bool{trust.CategoryBan: true, trust.CategoryDelisting: true,
	trust.CategoryDirective: true, trust.CategoryCompromise: true}

// cat26FromOutside reports whether the alert's category came from outside
// its title: the learned scorer's, or a signal whose words the title does
// not hold (the lead's).
func cat26FromOutside(title string, a *trust.Alert) bool {
	if len(a.Signals) == 0 {
		return false
	}
	t := a.Signals[0].Term
	if strings.HasPrefix(t, "learned ") {
		return true
	}
	return (a.Across || !a.InTitle) && !strings.Contains(strings.ToLower(title), strings.ToLower(t))
}

var (
	// cat26Sending are a product's acts of sending data away.
	cat26Sending = wordSet(`sending sent sends transferring transferred transfers transmitting
		transmitted transmits recording records recorded collecting collected harvesting
		leaking leaked uploading uploaded siphoning exfiltrating beaming`)
	// cat26Data are people's data, what a product sends.
	cat26Data = wordSet(`data information info browsing location personal biometric faceprints
		messages contacts history`)
	// cat26Flows are where or what data flows.
	cat26Flows = wordSet(`abroad china russia beijing moscow overseas logins login prompts files
		footage conversations urls private keystrokes people users user customers`)
	// cat26Attacks tell of attackers or malware: a compromise's words,
	// not a product's own sending.
	cat26Attacks = wordSet(`hacked hackers hacker attackers attacker breach breached hijacked
		compromised backdoored trojanized poisoned malware malicious phishing stolen`)
	// cat26Found are the words of a finding.
	cat26Found = wordSet("find finds found uncover uncovers uncovered discover discovers discovered reveal reveals revealed")
	// cat26Hidden are what a finding finds built into a product.
	cat26Hidden = wordSet(`function functions feature features code capability capabilities
		tool tools module modules component components`)
	// cat26Alarms head a title whose finding follows "over".
	cat26Alarms = wordSet("warning warnings alarm alarms concern concerns fears fear outcry questions")
	// cat26Denials deny the finding.
	cat26Denials = wordSet(`deny denies denied rejects rejected refutes refuted dismisses dismissed
		disputes disputed`)
	// cat26State is a state unnamed: "collusion with Chinese state".
	cat26State = wordSet("state")
	// cat26Ties are a state's hold on a vendor.
	cat26Ties = wordSet("collusion colluding ties links control")
	// cat26Acts are actions: a title with one is no bare finding.
	cat26Acts = wordSet(`sanctions sanctioned orders ordered tells told restricts restricted drop
		drops dropped ditch ditches ditched dump dumps dumped distrust distrusts warns warned
		urges urged advises advised halts halted ends ended cuts cut kicks kicked excludes
		excluded`)
)

// cat26Finding reads a title whose own clause is a finding, where the
// alert's category came from the lead or the learned scorer: data a
// product sends or records ("Researchers find code capable of sending
// chatbot logins to China Mobile", "Chinese AI app transferred user
// prompts abroad without consent", "Xiaomi recording millions of
// people's private web and phone use"), a function found built into it
// ("Lithuania finds censorship function built into Xiaomi phones"):
// espionage; evidence of its collusion with a state: state-links. A title
// with an act of its own keeps the category its act gave.
func cat26Finding(words []titleWord) (string, trust.Category) {
	if cat26Acting(words) || inWords(words, cat26Attacks) || inWords(words, cat26Denials) {
		return "", ""
	}
	for i, w := range words {
		lw := w.lc()
		if (cat26Reasons[lw] || lw == "for" || lw == "because") && !(i == 1 && cat26Alarms[words[0].lc()]) {
			// What follows is a reason ("halts sales over data sent to
			// China"), unless only an alarm stands before it: "Warning
			// over Xiaomi recording ...".
			return "", ""
		}
		switch {
		case cat26Ties[lw]:
			for k := i + 1; k+1 < len(words) && k <= i+3; k++ {
				if oneOf(words[k].lc(), "with", "to") && (inWords(words[k+1:min(len(words), k+4)], authorities) ||
					inWords(words[k+1:min(len(words), k+4)], places) || inWords(words[k+1:min(len(words), k+4)], cat26State)) {
					return joinSpan(words, i, k+1), trust.CategoryStateLinks
				}
			}
		case cat26Sending[lw]:
			for k := i + 1; k < len(words) && k <= i+6; k++ {
				if cat26Data[words[k].lc()] || cat26Flows[words[k].lc()] {
					return joinSpan(words, i, k), trust.CategoryEspionage
				}
				if hardStop(words, k) {
					break
				}
			}
		case cat26Found[lw]:
			for k := i + 1; k+1 < len(words) && k <= i+4; k++ {
				if cat26Hidden[words[k].lc()] && oneOf(words[k+1].lc(), "built", "hidden", "in", "inside", "capable") {
					return joinSpan(words, i, k+1), trust.CategoryEspionage
				}
			}
		}
	}
	return "", ""
}
