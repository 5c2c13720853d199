package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// nm12.go: the progressive read as the present. "Microsoft is removing
// Entrust from its trusted root list", "Amazon is pulling X cameras",
// "Commerce is adding X to the Entity List": the readers know each verb
// of an action family as "removes", "removed", "to remove", but most never
// learned its "-ing" form, so a headline in the progressive made no
// candidate at all. Rather than teach every reader's verb set a further
// form, the title's "is/are/be <verb>ing" is rewritten to the form the
// readers know ("removes"; after "are" and "be", "remove") before it is
// read. Only the verbs of the families the matcher reads are rewritten;
// any other "-ing" is left as it stands.

// nm12Progressive maps an action verb's "-ing" form to its base.
var nm12Progressive = map[string]string{
	// bans and restrictions
	"banning": "ban", "barring": "bar", "blocking": "block", "prohibiting": "prohibit", "restricting": "restrict",
	"phasing": "phase", "ditching": "ditch", "scrapping": "scrap", "replacing": "replace", "ripping": "rip",
	"stripping": "strip", "excluding": "exclude", "expelling": "expel", "forcing": "force",
	// removals and delistings
	"removing": "remove", "pulling": "pull", "dropping": "drop", "delisting": "delist", "kicking": "kick",
	"booting": "boot", "purging": "purge", "yanking": "yank", "disabling": "disable", "suspending": "suspend",
	"halting": "halt", "stopping": "stop", "ending": "end", "cutting": "cut", "withdrawing": "withdraw",
	"terminating": "terminate", "cancelling": "cancel", "canceling": "cancel",
	// lists and sanctions
	"adding": "add", "placing": "place", "putting": "put", "blacklisting": "blacklist", "sanctioning": "sanction",
	"designating": "designate",
	// distrust
	"distrusting": "distrust", "revoking": "revoke",
	// orders and advice
	"ordering": "order", "telling": "tell", "directing": "direct", "instructing": "instruct", "requiring": "require",
	"urging": "urge", "warning": "warn", "advising": "advise",
	// reversals
	"lifting": "lift", "reversing": "reverse", "unbanning": "unban", "restoring": "restore", "reinstating": "reinstate",
	// probes and suits
	"investigating": "investigate", "probing": "probe", "suing": "sue", "accusing": "accuse",
	// a channel turned
	"pushing": "push", "delivering": "deliver", "distributing": "distribute", "shipping": "ship",
	"hijacking": "hijack", "trojanizing": "trojanize", "poisoning": "poison", "backdooring": "backdoor",
	"infecting": "infect", "serving": "serve", "planting": "plant",
}

// nm12Present rewrites a title's progressive of an action verb to the
// present ("X is removing Y" → "X removes Y"; "X are pulling Y", "will be
// removing" → "pull", "remove"). It runs on every title, so it is one
// pass over the words that compares an auxiliary's bytes before any
// lookup (six strings.Contains scans before it were 5% of the matcher's
// time); a title with none is returned as it is, without allocating.
func nm12Present(title string) string {
	var b strings.Builder
	last := 0 // title[:last] is written to b
	for i := 0; i < len(title); {
		j := strings.IndexByte(title[i:], ' ')
		if j < 0 {
			break
		}
		aux := title[i : i+j]
		next := i + j + 1
		if i > 0 && len(aux) <= 3 && (strings.EqualFold(aux, "is") || strings.EqualFold(aux, "are") || strings.EqualFold(aux, "be")) {
			end := len(title)
			if k := strings.IndexByte(title[next:], ' '); k >= 0 {
				end = next + k
			}
			verb := title[next:end]
			if base, ok := nm12Progressive[strings.ToLower(verb)]; ok && len(verb) > 4 {
				if strings.EqualFold(aux, "is") {
					base = nm12ThirdPerson(base)
				}
				if verb[0] >= 'A' && verb[0] <= 'Z' {
					base = strings.ToUpper(base[:1]) + base[1:]
				}
				b.WriteString(title[last:i])
				b.WriteString(base)
				last = end
			}
		}
		i = next
	}
	if last == 0 {
		return title
	}
	b.WriteString(title[last:])
	return b.String()
}

// nm12ThirdPerson is a base verb's third person singular.
func nm12ThirdPerson(base string) string {
	for _, suf := range []string{"ch", "sh", "s", "x", "z"} {
		if strings.HasSuffix(base, suf) {
			return base + "es"
		}
	}
	return base + "s"
}

// nm12RootPlace is the words of a title naming a root program a
// certificate authority is taken out of ("removes Entrust from its trusted
// root list", "Entrust removed from Apple's root store"), or "": a
// removal from there is distrust, not a store pulling a product.
func nm12RootPlace(words []titleWord) string {
	for i := 0; i+1 < len(words); i++ {
		lw := words[i].lc()
		next := words[i+1].lc()
		if (lw == "root" || lw == "roots" || lw == "trust") && nm12RootPlaces[next] || lw == "trusted" && (next == "roots" || next == "root") {
			return joinSpan(words, i, i+1)
		}
	}
	return ""
}

// nm12RootPlaces are the nouns after "root" or "trust" that name a root
// program.
var nm12RootPlaces = wordSet("store stores list lists program programs programme certificate certificates")

// nm12SingularKinds are the singular kinds a class of products may be
// named by: a title acting on "Chinese AI app" or "Russian messaging
// service" acts on one vendor its lead names, not on the class.
var nm12SingularKinds = wordSet(`app application chatbot service platform startup browser router
	camera drone phone smartphone antivirus`)

// nm12UseWords stand between a verb of barring or warning and what it
// bars: "warns against using X", "prohibits use of X", "bans purchases
// of X".
var nm12UseWords = wordSet("using use buying purchasing installing deploying purchases procurement")

// nm12CyberAuthorities are authorities whose only remit is cybersecurity
// or communications: whatever they act on is technology ("CISA warns
// against using X products", "NUKIB warns against Y").
var nm12CyberAuthorities = wordSet(`cisa bsi ncsc anssi nukib acsc cccs enisa cert-in fcc ofcom
	roskomnadzor cac`)

// nm12ListedSubject is the subject of a passive or nominal listing ("X
// added to Entity List", "X was placed on the Covered List", "X's
// addition to the Entity List"), or "": the name stands before the verb,
// past its auxiliaries, where an active verb's object would follow it.
func nm12ListedSubject(words []titleWord, titleCase bool, accept func(string) bool) string {
	for i, w := range words {
		if !nm12ListVerbs[w.lc()] || i+1 >= len(words) || !oneOf(words[i+1].lc(), "to", "on") {
			continue
		}
		j := i - 1
		for j >= 0 && nm12Auxiliaries[words[j].lc()] {
			j--
		}
		if j < 0 {
			return ""
		}
		if name := subjectRun(words, j, -1, titleCase); name != "" && accept(name) {
			return name
		}
		return ""
	}
	return ""
}

// nm12ListVerbs put a name on a list in the passive or as a noun.
var nm12ListVerbs = wordSet("added addition placed put placement")

// nm12Auxiliaries stand between a subject and its participle: "X was
// added to", "X has been placed on".
var nm12Auxiliaries = wordSet("has have had is are was were been being be")

// nm12OwnStopAlert reads a government ending its own use or purchase of a
// product: "Army stops using DJI drones", "Pentagon will stop buying
// Kaspersky products", "State ends use of Arvoro software". That is a ban
// (trust-events.md: a state restricts buying or using the vendor's
// products); "tells agencies to stop using" is another's use, a
// directive, read elsewhere. A company ending its own use of a supplier
// is no trust event, so the subject must be a state body.
func (m *Matcher) nm12OwnStopAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	// Both verb sets are in gateSets: match's one pass over the title
	// answers them (two scans of every title here had been 3% of the
	// matcher's time).
	if question || !gate.any(gNm12Stop, gNm12Rid) {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	lo, hi, ok := nm12OwnStop(words)
	if !ok {
		return unit{}
	}
	m.mark(words, hits)
	u := m.gov9Unit(title, lead, words, lo, hi, hi+1, min(len(words), hi+6), trust.CategoryBan, hits, question)
	if u.ok && u.vendors[0].Unlisted && !banMotive(trust.CategoryBan, words, gate.words(firstSentence(lead))) {
		return unit{} // a name as written needs a motive, as any ban on one does
	}
	return u
}

// nm12OwnStop finds a state body's own use or purchase stopped: the verb
// at lo, its object's noun at hi (after "of" when it is "use of").
func nm12OwnStop(words []titleWord) (lo, hi int, ok bool) {
	if inWords(words, listWords) {
		return 0, 0, false // "removes X from list": a listing undone, read elsewhere
	}
	for i := 1; i+1 < len(words); i++ {
		if words[i].stop {
			continue
		}
		lw, next := lower(words[i]), lower(words[i+1])
		rid := nm12RidVerbs[lw] && (next == "out" || !nm12OutVerbs[lw])
		if !rid && (!nm12StopVerbs[lw] || !nm12UseWords[next]) {
			continue
		}
		// Not past "must": a duty laid on the body is a directive
		// ("departments must remove Hikvision cameras").
		k, to := i-1, false
		for k > 0 && oneOf(lower(words[k]), "will", "to", "would", "is", "are", "has", "have") {
			to = to || lower(words[k]) == "to"
			k--
		}
		if !nm12StateUsers[lower(words[k])] && !authorities[lower(words[k])] || words[k].stop {
			continue
		}
		if to && nm12Ordered(words[:k]) {
			continue // "orders agencies to stop using X": others' use, a directive
		}
		if inWords(words[:k], nm12Subordinators) {
			continue // "Nokia gains share as Europe phases out Huawei": the clause is the reason
		}
		hi = i
		if !rid || next == "out" {
			hi = i + 1 // "stops using", "phases out"
		}
		if hi+1 < len(words) && lower(words[hi+1]) == "of" {
			hi++
		}
		return i, hi, true
	}
	return 0, 0, false
}

// nm12StopVerbs end a use; nm12RidVerbs get rid of what is used
// (nm12OutVerbs only with "out": "phases out", "rips out");
// nm12StateUsers are the state bodies whose own use ending is a ban.
var (
	nm12RidVerbs = wordSet("removes removed ditches ditched dumps dumped scraps scrapped purges",
		"purged axes axed strips stripped abandons abandoned uninstalls uninstalled phases",
		"phased rips ripped bins binned retires retired",
		// after a plural body ("Governments ditch X")
		"remove ditch dump scrap purge axe strip abandon uninstall phase rip bin retire")
	nm12OutVerbs   = wordSet("phases phased rips ripped phase rip")
	nm12StopVerbs  = wordSet("stop stops stopped halts halted ends ended ceases ceased suspends suspended")
	nm12StateUsers = wordSet(`pentagon army navy military force marines agencies agency government governments
		ministry ministries department police state states congress house senate parliament
		nasa dod dhs administration cabinet council departments forces troops officials`)
)

// nm12Ordered reports whether words hold a verb telling someone to act
// ("DHS orders federal agencies to stop using").
func nm12Ordered(words []titleWord) bool {
	for _, w := range words {
		if lw := lower(w); activeVerb(lw) || nm12OrderVerbs[lw] {
			return true
		}
	}
	return false
}

// nm12Subordinators open a clause that gives the reason or time of
// another's news: its action is not the title's own.
var nm12Subordinators = wordSet("as while after amid since because when before until if")

// nm12OrderVerbs tell someone else to act.
var nm12OrderVerbs = wordSet(`orders ordered tells told urges urged asks asked directs directed
	instructs instructed requires required forces forced advises advised wants calls`)

// nm12SellerDrop is the words of a seller, platform or partner getting
// rid of what it sells or carries ("Best Buy dumps X", "retailer ends
// sales of X", "Apple dumps X"), or "": told over a motive of spying it is a delisting,
// the motive why it was done.
func nm12SellerDrop(words []titleWord) string {
	for i := 1; i < len(words); i++ {
		lw := lower(words[i])
		if !nm12RidVerbs[lw] && !nm12StopVerbs[lw] || words[i-1].stop {
			continue
		}
		k := i - 1
		for k > 0 && oneOf(lower(words[k]), "will", "to", "has", "have") {
			k--
		}
		if !stores[lower(words[k])] && !platformActors[lower(words[k])] && lower(words[k]) != "buy" {
			continue
		}
		return joinSpan(words, k, i)
	}
	return ""
}
