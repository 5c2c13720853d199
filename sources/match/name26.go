package match

import (
	"fmt"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// name26Off turns off name26Role and name26Tie (the grid tests' before).
var name26Off = false

// The trust action's object. An alert often names a party the clause
// sets around the action rather than the one it is taken against: the
// body ordered to act ("Beijing orders telecom carriers, including China
// Mobile, to phase out Intel and AMD processors"), the victim an action
// protects ("barring NSO Group from targeting WhatsApp", "code that
// sends data to China Mobile") or the attacker and its malware ("Iron
// Tiger trojanized MiMi", "hunt for ArcaneDoor implants on Cisco
// firewalls"), the reporter, a precedent a fronted clause holds ("After
// TikTok, ...") or a sentence-case title's opening word. name26Role
// reads each name's role from the words around it, whoever the name is,
// and hands the alert to the object; on a class's alert, to the members
// the lead writes as the action's objects. name26Tie gives the alert the
// other half of a maker and its product the clause ties to its name.

// name26Orders are the verbs that address an order, an advice or a
// request to a party, the action following as "to" and a verb.
var name26Orders = wordSet("tell tells told order orders ordered urge urges urged direct directs directed",
	"instruct instructs instructed ask asks asked require requires required advise advises advised",
	"press presses pressed force forces forced call calls called push pushes pushed get gets",
	"recommend recommends recommended encourage encourages encouraged warn warns warned")

// name26Modals put an order on its subject without naming who orders.
var name26Modals = wordSet("must should")

// name26Rids are the verbs of doing away with a vendor's products: what
// the addressee of an order is told to do.
var name26Rids = wordSet("phase stop shun remove replace drop avoid ditch rip uninstall delete disconnect cease",
	"abandon purge swap quit halt exclude scrap dump cut strip ban bar block boycott eliminate discontinue",
	"refrain sever")

// name26RidSkips are words between a riddance verb and its object
// ("phase out", "stop using", "refrain from buying", "replace core
// processors from").
var name26RidSkips = wordSet("out away off using use buying buy of from the a an all any their its core",
	"installing install deploying deploy with ties purchasing purchases products equipment gear parts components kit",
	"processors chips devices phones apps software hardware modules systems cameras routers switches terminals")

// name26Victims are the words that make the name after them the one an
// attack harms, when an attacker's word stands before them
// (name26Agents): a sanction or a law "targeting" a vendor is of it.
var name26Victims = wordSet("targeting targets target targeted")

// name26Agents are the words before a victim's verb that make it an
// attack's: an order against it ("barring NSO Group from targeting"),
// an attacker's noun.
var name26Agents = wordSet("from stop stopped stops for hackers attackers spyware malware campaign group gang actors operation",
	"app apps tool tools")

// name26Attacks are the verbs whose active subject is the attacker and
// whose object the vendor turned against its users.
var name26Attacks = wordSet("trojanized trojanised backdoored hijacked compromised infected poisoned breached hacked tampered")

// name26Delivers are the verbs whose object is the malware a channel
// delivered.
var name26Delivers = wordSet("dropped dropping distribute distributes distributed distributing deliver delivers",
	"delivered delivering deployed deploying spread spreads spreading pushed pushing")

// name26Spreads are the delivering verbs whose object at the field's end
// is malware still ("hacked to distribute Cobalt Strike"): a vendor is
// not what a channel spreads.
var name26Spreads = wordSet("distribute distributes distributed distributing deliver delivers delivered delivering spread spreads spreading")

// name26Malware are the nouns a malware's name stands before.
var name26Malware = wordSet("implant implants beacon beacons backdoor backdoors loader loaders malware trojan trojans",
	"ransomware stealer stealers payload payloads code worm rat")

// name26Places are the prepositions that set the malware in the vendor's
// product ("implants on Cisco firewalls", "code into builds of Orion").
var name26Places = wordSet("on in into inside through via within")

// name26Articles may stand between a verb and its object.
var name26Articles = wordSet("a an the its their his her")

// Roles of a name in a field.
const (
	n26None = iota
	n26Addressee
	n26Victim
	n26Attacker
	n26Reporter
	n26Opening
	n26Fronted
)

// name26Fronts open a clause set before a title's action: a precedent,
// a likeness ("After TikTok, PUBG Mobile among 118 more apps blocked").
var name26Fronts = wordSet("after following like unlike besides beyond")

// name26Tells are the verbs a reporter's name stands before: the story
// it tells is of another ("The New York Times reported that ToTok...",
// "Kaspersky researchers found a backdoor in ...").
var name26Tells = wordSet("says said reports reported finds found discovers discovered reveals revealed uncovers uncovered",
	"researchers researcher analysts")

// name26Bad are the adjectives of an apposition that says a name is
// malware's ("SourMint, a malicious component in the Mintegral SDK").
var name26Bad = wordSet("malicious rogue trojanized trojanised backdoored fake counterfeit")

// name26Cue: the title or the lead's first sentence writes a word that
// can set a name beside the action (cheap: the role reader runs only
// then).
func name26Cue(title, lead string) bool {
	for _, s := range [...]string{title, lead} {
		for _, c := range [...]string{"tell", "told", "order", "urge", "direct", "instruct", "ask", "requir", "advis", "must", "should",
			"press", "force", "call", "push", "recommend", "encourag", "warn", "target", "rojani", "said", "says", "report", "found",
			"finds", "research", "malicious", "rogue", "ackdoor", "ijack", "ompromis",
			"nfect", "oison", "reach", "hack", "tamper", "implant", "beacon", "spread", "drop", "distribut", "deliver", "deploy"} {
			if containsFold(s, c) {
				return true
			}
		}
	}
	return false
}

// name26RoleAt is the role of the name at ws[i:end] and the first word
// of the name the clause sets as the action's object beside it (an
// order's riddance's, an attack's, the product malware sits in), else
// -1.
func name26RoleAt(ws []titleWord, i, end int) (int, int) {
	if i < 0 || end > len(ws) || i >= end {
		return n26None, -1
	}
	// Active order: "orders X to replace Y"; the verb within ten words
	// before, "to" and a riddance verb within eight after.
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		if name26Orders[ws[j].lc()] {
			if obj := name26RidAfter(ws, end, 8); obj >= 0 {
				return n26Addressee, obj
			}
			break
		}
	}
	// Passive or modal: "X told to stop using Y", "operators must remove
	// Y"; "China tells carriers to ..." is the orderer's.
	if end+1 < len(ws) && !ws[end-1].stop {
		l := ws[end].lc()
		if name26Orders[l] && (l == "told" || strings.HasSuffix(l, "ed")) && ws[end+1].lc() == "to" || name26Modals[l] {
			if obj := name26RidAfter(ws, end+1, 1); obj >= 0 {
				return n26Addressee, obj
			}
		}
	}
	if i > 0 && !ws[i-1].stop {
		p := ws[i-1].lc()
		if name26Victims[p] && i > 1 && name26Agents[ws[i-2].lc()] {
			return n26Victim, -1
		}
		if i > 1 && !ws[i-2].stop {
			pp := ws[i-2].lc()
			// Not "spied on X users": the app whose users are spied on
			// is as often the one spying.
			if p == "to" && pp == "data" || p == "by" && pp == "used" {
				return n26Victim, -1
			}
		}
	}
	// "SourMint, a malicious component in the Mintegral ad SDK".
	if end+1 < len(ws) && ws[end-1].stop && !ws[end-1].dash {
		k := end
		if name26Articles[ws[k].lc()] {
			k++
		}
		if k < len(ws) && name26Bad[ws[k].lc()] {
			return n26Attacker, name26PlacedName(ws, k+1, 4)
		}
	}
	// A reporter: "X said", "X researchers found", unless the sentence
	// goes on of the speaker's own ("its update server").
	if end < len(ws) && !ws[end-1].stop && name26Tells[ws[end].lc()] && ws[end].text == ws[end].lc() && !name26Own(ws, end) {
		return n26Reporter, -1
	}
	e := name26PastCaps(ws, end) // "Cobalt Strike beacon"
	if e < len(ws) && !ws[e-1].stop && ws[e].text == ws[e].lc() {
		n := ws[e].lc()
		// "Iron Tiger trojanized MiMi chat app": an active verb with a
		// name for object.
		if e == end && name26Attacks[n] && e+1 < len(ws) && !ws[e].stop {
			k := e + 1
			if name26Articles[ws[k].lc()] && k+1 < len(ws) {
				k++
			}
			if nameWord(ws[k]) && hasUpperOrDigit(ws[k].text) {
				return n26Attacker, k
			}
		}
		// "ArcaneDoor implants on Cisco firewalls", "NotPetya spread
		// through an update to M.E.Doc".
		if (name26Malware[n] || e == end && (n == "spread" || n == "spreads")) && !ws[e].stop && e+1 < len(ws) && name26Places[ws[e+1].lc()] {
			if obj := name26PlacedName(ws, e+2, 5); obj >= 0 {
				return n26Attacker, obj
			}
		}
	}
	// "dropped a Cobalt Strike beacon", "hacked to distribute Cobalt Strike".
	j := i - 1
	if j >= 0 && name26Articles[ws[j].lc()] {
		j--
	}
	if j >= 0 && !ws[j].stop && name26Delivers[ws[j].lc()] &&
		(e < len(ws) && !ws[e-1].stop && name26Malware[ws[e].lc()] || name26Spreads[ws[j].lc()] && (e == len(ws) || ws[e-1].stop)) {
		return n26Attacker, -1
	}
	return n26None, -1
}

// name26PlacedName is the first capitalised word of ws[k:k+n] before a
// phrase's end: the product a malware's place names ("into builds of
// its Orion platform"), or -1.
func name26PlacedName(ws []titleWord, k, n int) int {
	for j := k; j < len(ws) && j < k+n; j++ {
		if nameWord(ws[j]) && hasUpperOrDigit(ws[j].text) {
			return j
		}
		if ws[j].stop {
			return -1
		}
	}
	return -1
}

// name26PastCaps is the first word from end on that is not a
// capitalised word going on with the name before it ("Cobalt Strike
// beacon"): at most two.
func name26PastCaps(ws []titleWord, end int) int {
	k := end
	for k < len(ws) && k < end+2 && !ws[k-1].stop && hasUpperOrDigit(ws[k].text) && !name26Articles[ws[k].lc()] && ws[k].lc() != "and" {
		k++
	}
	return k
}

// name26Own: the words after a speaker at k tell of its own ("its",
// "our"): the speaker is the vendor telling of itself.
func name26Own(ws []titleWord, k int) bool {
	for j := k; j < len(ws); j++ {
		switch ws[j].lc() {
		case "its", "our", "we", "itself":
			return true
		}
	}
	return false
}

// name26RidAfter is the first word of the object of a "to" and a
// riddance verb that start within n words from k ("to phase out foreign
// processors"), or -1.
func name26RidAfter(ws []titleWord, k, n int) int {
	for j := k; j < len(ws) && j < k+n; j++ {
		l := ws[j].lc()
		if l == "to" || name26Modals[l] {
			if j+1 < len(ws) && name26Rids[ws[j+1].lc()] {
				o := j + 2
				for o < len(ws) && name26RidSkips[ws[o].lc()] && !ws[o-1].stop {
					o++
				}
				return o
			}
			if l == "to" {
				return -1
			}
		}
		if name26Rids[l] && j == k && name26Modals[ws[k-1].lc()] {
			o := j + 1
			for o < len(ws) && name26RidSkips[ws[o].lc()] && !ws[o-1].stop {
				o++
			}
			return o
		}
	}
	return -1
}

// name26Role renames an alert whose every name stands beside the action
// (an order's addressee, a victim, an attacker or its malware) in each
// field that writes it: to the names the order's riddance is of, or to
// the maker-like name the ranker likes best of those in no such role
// when it scores above the alert's.
func (m *Matcher) name26Role(title, text string, a *trust.Alert) {
	if name26Off || a.Coverage || len(a.Vendors) == 0 || a.Category == trust.CategoryOSS || m.learned == nil || m.learned.rank == nil {
		return
	}
	if name26ClassAlert(a) && text != "" && m.name26ClassObject(m.rankRead(title, text), a) {
		return
	}
	if !name26Cue(title, firstSentence(text)) {
		return
	}
	it := m.rankRead(title, text)
	if len(it.cands) < 2 {
		return
	}
	role := func(c *rankCand) (int, []int) {
		if len(a.Vendors) == 1 && name26Opening(it, c) {
			return n26Opening, nil
		}
		if name26Fronted(it.tw, c.ti, c.ti+c.tn) && c.li < 0 {
			return n26Fronted, nil
		}
		r, objs := n26None, []int(nil)
		for _, f := range [...]struct {
			ws   []titleWord
			i, n int
		}{{it.tw, c.ti, c.tn}, {it.lw, c.li, c.ln}} {
			if f.i < 0 {
				continue
			}
			fr, obj := name26RoleAt(f.ws, f.i, f.i+f.n)
			if fr == n26None {
				return n26None, nil
			}
			r = fr
			objs = append(objs, obj)
		}
		return r, objs
	}
	// The alert's names in a role; the others stay the alert's when
	// there are any ("instructs operators, including Korvane Telecom,
	// to phase out Varnholt equipment").
	var curs []int
	var keep []trust.VendorHit
	addressee := false
	for _, v := range a.Vendors {
		k := rankFind(it, v)
		r := n26None
		if k >= 0 {
			r, _ = role(&it.cands[k])
		}
		if r == n26None || v.Class != "" && r != n26Addressee {
			keep = append(keep, v) // a class's description holds its own words ("technology that sends data to China")
			continue
		}
		addressee = addressee || r == n26Addressee
		curs = append(curs, k)
	}
	if len(curs) == 0 {
		return
	}
	if len(keep) > 0 {
		old := a.VendorNames()
		a.Vendors = keep
		a.Signals = append(a.Signals, trust.SignalHit{
			Term:     fmt.Sprintf("name the action is of (%s, not %s beside it)", strings.Join(a.VendorNames(), ", "), strings.Join(old, ", ")),
			Category: a.Category,
		})
		return
	}
	ours := func(k int) bool {
		for _, c := range curs {
			if k == c || rankLoose(it.cands[k].name, it.cands[c].name) {
				return true
			}
		}
		for _, v := range a.Vendors {
			if rankLoose(it.cands[k].name, v.Name) {
				return true
			}
		}
		return false
	}
	// The names at the object the clause gives a role's name: the
	// riddance's, the attack's, the malware's place.
	var picks []int
	for k := range it.cands {
		c := &it.cands[k]
		if ours(k) || !rankMakerLike(it, c) || c.li >= 0 && name25KindNamed(it.lw, c) {
			continue // "to phase out ICT equipment": a kind
		}
		if r, _ := role(c); r != n26None {
			continue
		}
		for _, cur := range curs {
			cc := &it.cands[cur]
			if name26InObject(it.tw, cc.ti, cc.tn, c.ti) || name26InObject(it.lw, cc.li, cc.ln, c.li) {
				picks = append(picks, k)
				break
			}
		}
	}
	if len(picks) == 0 && !addressee {
		// Else the maker-like name in no role the ranker likes best, when
		// it likes it better than the alert's.
		s := rankScores(it, m.learned.rank)
		top := s[curs[0]]
		for _, c := range curs {
			top = max(top, s[c])
		}
		best := -1
		for k := range it.cands {
			c := &it.cands[k]
			if ours(k) || !rankMakerLike(it, c) || s[k] <= top {
				continue
			}
			if r, _ := role(c); r != n26None {
				continue
			}
			if best < 0 || s[k] > s[best] {
				best = k
			}
		}
		if best >= 0 {
			picks = append(picks, best)
		}
	}
	if len(picks) == 0 {
		return
	}
	old := a.VendorNames()
	var vs []trust.VendorHit
	for _, k := range picks {
		vs = append(vs, m.name26Hit(&it.cands[k]))
	}
	a.Vendors = dedupeVendors(vs)
	a.Signals = append(a.Signals, trust.SignalHit{
		Term:     fmt.Sprintf("name the action is of (%s, not %s beside it)", strings.Join(a.VendorNames(), ", "), strings.Join(old, ", ")),
		Category: a.Category,
	})
}

// name26InObject: the word at o lies in the object the clause sets
// beside the role's name at ws[i:i+n], within eight words of the
// object's start.
func name26InObject(ws []titleWord, i, n, o int) bool {
	if i < 0 || o < 0 {
		return false
	}
	_, obj := name26RoleAt(ws, i, i+n)
	if obj < 0 || o < obj || o > obj+8 {
		return false
	}
	// "to stop targeting WhatsApp" is no riddance of it.
	return name26ListFrom(ws, obj, o)
}

// name26Coordinated: the comma after ws[k] joins names of one list.
func name26Coordinated(ws []titleWord, k int) bool {
	return k+1 < len(ws) && hasUpperOrDigit(ws[k].text) && (hasUpperOrDigit(ws[k+1].text) || ws[k+1].lc() == "and")
}

// name26ClassObject names, on an alert of one class, the makers the
// lead writes as the action's objects: what an order tells its
// addressees to do away with ("Carriers told to rip out foreign gear"
// over "The ministry ordered Korvane Mobile and Telvanta to replace
// Varnholt switches"), or what name26Member reads as one of the class
// the action took: the class's members the story names.
func (m *Matcher) name26ClassObject(it *rankItem, a *trust.Alert) bool {
	if !name26ClassAlert(a) {
		return false
	}
	var picks []int
	for k := range it.cands {
		c := &it.cands[k]
		if c.li < 0 || !rankMakerLike(it, c) || !name26Capital(c.name) || name25KindNamed(it.lw, c) {
			continue
		}
		if r, _ := name26RoleAt(it.lw, c.li, c.li+c.ln); r != n26None {
			continue
		}
		if name26Member(it.lw, c.li, c.li+c.ln) {
			picks = append(picks, k)
			continue
		}
		for j := range it.cands {
			d := &it.cands[j]
			if j != k && d.li >= 0 && name26InObject(it.lw, d.li, d.ln, c.li) {
				if r, _ := name26RoleAt(it.lw, d.li, d.li+d.ln); r == n26Addressee {
					picks = append(picks, k)
					break
				}
			}
		}
	}
	if len(picks) == 0 {
		return false
	}
	old := a.VendorNames()
	a.Vendors = a.Vendors[:0]
	for _, k := range picks {
		a.Vendors = append(a.Vendors, m.name26Hit(&it.cands[k]))
	}
	a.Vendors = dedupeVendors(a.Vendors)
	a.Signals = append(a.Signals, trust.SignalHit{
		Term:     fmt.Sprintf("name the lead's order is of (%s among %s)", strings.Join(a.VendorNames(), ", "), strings.Join(old, ", ")),
		Category: a.Category,
	})
	return true
}

// name26Hit is the vendor candidate c names: the registry's when it is
// a registry vendor's term.
func (m *Matcher) name26Hit(c *rankCand) trust.VendorHit {
	if c.reg {
		if h := m.hitFor(c.regName); !h.Unlisted {
			return h
		}
	}
	return m.hitFor(c.name)
}

// name26MakerVerbs are the verbs before "by" that tie a product to its
// maker ("builds released by NetSarang", "CCleaner, built by Avast").
var name26MakerVerbs = wordSet("built developed made released published owned created maintained produced manufactured",
	"sold run operated designed written distributed")

// name26MakerNouns name a maker before "of" and its product ("Click
// Studios, the Australian maker of the Passwordstate password manager").
var name26MakerNouns = wordSet("maker makers developer developers vendor publisher manufacturer creator owner parent")

// name26Tie gives a compromise or spying alert naming one vendor the
// other half of a maker and its product the clause ties to it: a
// possessive ("Justice AV Solutions' JAVS Viewer"), "from" ("JAVS
// Viewer from Justice AV Solutions"), a maker's verb and "by" ("builds
// released by NetSarang"), a maker's noun and "of" ("the maker of
// Passwordstate") or the subject's own product ("Asus pushed ...
// through its own Live Update tool" gives Live Update's alert Asus). Labels, readers and users name either half; the
// alert names both.
func (m *Matcher) name26Tie(title, text string, a *trust.Alert) {
	if name26Off || a.Coverage || len(a.Vendors) != 1 || a.Vendors[0].Class != "" || m.learned == nil || m.learned.rank == nil ||
		a.Category != trust.CategoryCompromise && a.Category != trust.CategoryEspionage && a.Category != trust.CategoryStateLinks {
		return
	}
	lead := firstSentence(text)
	if !name26TieCue(title) && !name26TieCue(lead) {
		return
	}
	it := m.rankRead(title, text)
	cur := rankFind(it, a.Vendors[0])
	if cur < 0 {
		return
	}
	c := &it.cands[cur]
	for _, f := range [...]struct {
		ws   []titleWord
		i, n int
		lead bool
	}{{it.tw, c.ti, c.tn, false}, {it.lw, c.li, c.ln, true}} {
		if f.i < 0 {
			continue
		}
		o := name26Partner(f.ws, f.i, f.i+f.n)
		if o < 0 {
			continue
		}
		for k := range it.cands {
			d := &it.cands[k]
			at := d.ti
			if f.lead {
				at = d.li
			}
			if k == cur || at != o || rankLoose(d.name, c.name) || !rankMakerLike(it, d) {
				continue
			}
			if r, _ := name26RoleAt(f.ws, at, at+max(d.tn, d.ln)); r != n26None {
				continue
			}
			a.Vendors = append(a.Vendors, m.name26Hit(d))
			a.Signals = append(a.Signals, trust.SignalHit{
				Term:     fmt.Sprintf("maker and product both (%s, %s)", c.name, d.name),
				Category: a.Category,
			})
			return
		}
	}
}

// name26TieCue: s writes a word that can tie a maker and a product
// (cheap: the reader runs only then).
func name26TieCue(s string) bool {
	return strings.Contains(s, "'") || strings.Contains(s, "’") || strings.Contains(s, " from ") || strings.Contains(s, " by ") ||
		strings.Contains(s, " of ") || strings.Contains(s, " its ")
}

// name26Partner is the first word of the name ws ties to the name at
// ws[i:end] as its maker or its product, or -1.
func name26Partner(ws []titleWord, i, end int) int {
	name := func(k int) bool { return k >= 0 && k < len(ws) && hasUpperOrDigit(ws[k].text) && nameWord(ws[k]) }
	poss := func(k int) bool { return k >= 0 && k < len(ws) && ws[k].end-ws[k].start > len(ws[k].text) }
	// "Justice AV Solutions' JAVS Viewer": the name is the maker; the
	// possessive's name before it: the product.
	if poss(end-1) && !ws[end-1].stop && name(end) {
		return end
	}
	if i > 0 && poss(i-1) && !ws[i-2+1].stop {
		return name26Start(ws, i-1)
	}
	// "JAVS Viewer from Justice AV Solutions" and back.
	if end+1 < len(ws) && !ws[end-1].stop && ws[end].lc() == "from" {
		k := end + 1
		if ws[k].lc() == "the" {
			k++
		}
		if name(k) {
			return k
		}
	}
	if i >= 2 && ws[i-1].lc() == "from" && !ws[i-2].stop && name(i-2) {
		return name26Start(ws, i-2)
	}
	// "Xmanager and Xshell builds released by NetSarang", "CCleaner,
	// built by Avast subsidiary Piriform".
	for j := end; j < len(ws) && j < end+6; j++ {
		if ws[j].lc() == "by" && j > end && name26MakerVerbs[ws[j-1].lc()] {
			for k := j + 1; k < len(ws) && k <= j+3; k++ {
				if name(k) {
					return k
				}
			}
		}
		if ws[j].stop && j > end {
			break
		}
	}
	if i >= 2 && ws[i-1].lc() == "by" && name26MakerVerbs[ws[i-2].lc()] {
		// The product within three words before the verb: "CCleaner,
		// built by", "Xshell builds released by".
		for k := i - 3; k >= 0 && k >= i-5; k-- {
			if name(k) {
				return name26Start(ws, k)
			}
			if ws[k].stop && k < i-3 {
				break
			}
		}
	}
	// "Click Studios, the Australian maker of the Passwordstate ...".
	for j := end; j < len(ws) && j < end+5; j++ {
		if name26MakerNouns[ws[j].lc()] && j+1 < len(ws) && ws[j+1].lc() == "of" {
			k := j + 2
			if k < len(ws) && ws[k].lc() == "the" {
				k++
			}
			if name(k) {
				return k
			}
			break
		}
		if j > end && ws[j].stop && !ws[end-1].stop {
			break
		}
	}
	// "Asus pushed ... through its own Live Update tool", "Ecovacs
	// collects ... captured by its Deebot robots": the product is the
	// subject's own, when the subject tells no story of another's. (The
	// maker's alert keeps its product unnamed: "Hacking Team breach
	// exposes backdoor in its Remote Control System" is of the maker.)
	if j := i - 1; j >= 1 && (ws[j].lc() == "its" || ws[j].lc() == "own" && ws[j-1].lc() == "its") && name(0) {
		s := 0
		for s < len(ws) && !ws[s].stop && name(s) {
			s++
		}
		if s < j && !ws[s-1].stop && !name26Tells[ws[s].lc()] {
			return 0
		}
	}
	return -1
}

// name26Start is the first word of the capitalised run that ends at k.
func name26Start(ws []titleWord, k int) int {
	for k > 0 && !ws[k-1].stop && hasUpperOrDigit(ws[k-1].text) && nameWord(ws[k-1]) {
		k--
	}
	return k
}

// name26Opening: candidate c is the first word of a title in sentence
// case capitalised only for opening it, a description's word before
// lower-case words that end in a kind of product or maker ("Enterprise
// password manager's upgrade feature hijacked", "Remote support tool's
// installer laced"), which the lead never writes.
func name26Opening(it *rankItem, c *rankCand) bool {
	if c.ti != 0 || c.tn != 1 || c.li >= 0 || c.reg || it.titleCase || len(it.tw) < 3 {
		return false
	}
	w := it.tw[0].text
	if brandLike(w) || w == strings.ToUpper(w) || !startsAsWritten(it.tw, w, it.lw) {
		return false
	}
	if it.tw[1].text != it.tw[1].lc() {
		return false
	}
	for k := 1; k < len(it.tw) && k <= 3; k++ {
		if it.tw[k].text != it.tw[k].lc() {
			return false
		}
		if name26Kinds[it.tw[k].lc()] {
			return true
		}
	}
	return false
}

// name26Kinds are the nouns a description of a product or its maker
// ends in.
var name26Kinds = wordSet("manager tool software app application client maker vendor developer company firm utility program",
	"suite service device devices")

// name26Fronted: the name at ws[i:end] stands in a clause a front's word
// opens at the title's start and a comma closes ("After TikTok, ..."):
// the action is of what follows.
func name26Fronted(ws []titleWord, i, end int) bool {
	if i < 1 || end > len(ws) || !name26Fronts[ws[0].lc()] {
		return false
	}
	for k := 0; k < end-1; k++ {
		if ws[k].stop {
			return false
		}
	}
	// The comma at the name or two words on ("Following TikTok ban,").
	for k := end - 1; k < len(ws)-1 && k <= end+1; k++ {
		if ws[k].stop {
			return i <= 3
		}
	}
	return false
}

// name26MemberKinds are the plural nouns of a class a lead's "including"
// or "among" lists members of.
var name26MemberKinds = wordSet("apps companies firms makers vendors entities suppliers developers manufacturers businesses",
	"products brands services applications games")

// name26Goods are the nouns of goods a lead writes before "from" and
// their maker ("security screening equipment from Nuctech").
var name26Goods = wordSet("equipment products apps software devices gear hardware cameras scanners drones phones chips",
	"components parts modules systems technology services")

// name26Member: the lead writes the name at lw[i:end] as a member of
// the class the action took: the object of a riddance ("guidelines to
// phase out Intel and AMD microprocessors"), the subject of "is among"
// ("PUBG Mobile, one of the country's most popular games, is among the
// apps blocked"), a maker of goods ("equipment from Nuctech") or one a
// class's "including" lists ("Russian internet companies, including
// antivirus maker Kaspersky").
func name26Member(lw []titleWord, i, end int) bool {
	if i < 0 {
		return false
	}
	for j := 0; j+1 < i; j++ {
		if lw[j].lc() == "to" && name26Rids[lw[j+1].lc()] {
			if obj := name26RidAfter(lw, j, 1); obj >= 0 && name26ListFrom(lw, obj, i) {
				return true
			}
		}
	}
	if i <= 10 {
		for j := end; j+1 < len(lw) && j <= end+12; j++ {
			if lw[j].lc() == "among" && name26Be[lw[j-1].lc()] {
				return true
			}
		}
	}
	if i >= 2 && lw[i-1].lc() == "from" && name26Goods[lw[i-2].lc()] && !lw[i-2].stop {
		return true
	}
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if lw[j].lc() == "including" {
			return name26MemberKinds[lw[j-1].lc()]
		}
		if lw[j].stop {
			break
		}
	}
	return false
}

// name26Be are the forms of "be" before "among".
var name26Be = wordSet("is are was were")

// name26ListFrom: only names, their list's joints and a riddance's
// skipped words stand from obj to o.
func name26ListFrom(ws []titleWord, obj, o int) bool {
	if o < obj || o > obj+8 {
		return false
	}
	for k := obj; k < o; k++ {
		l := ws[k].lc()
		if ws[k].stop && !name26Coordinated(ws, k) || !hasUpperOrDigit(ws[k].text) && l != "and" && l != "or" && !name26RidSkips[l] && !name26Articles[l] {
			return false
		}
	}
	return true
}

// name26Capital: n starts with a capital letter and is no hyphenated
// description ("high-risk", "point-of-sale", "5G" are none).
func name26Capital(n string) bool {
	return n != "" && 'A' <= n[0] && n[0] <= 'Z' && !hyphenAdjective(strings.ToLower(n))
}

// name26ClassAlert: every name of a stands for one class (its
// description or the registry's members of it).
func name26ClassAlert(a *trust.Alert) bool {
	if len(a.Vendors) == 0 {
		return false
	}
	for _, v := range a.Vendors {
		if v.Class == "" || v.Class != a.Vendors[0].Class {
			return false
		}
	}
	return true
}
