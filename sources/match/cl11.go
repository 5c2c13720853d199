package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cl11.go reads the class family where class9 and class10 need their
// actor before the verb or an instrument enacted: any authority, in the
// title or as the lead's speaker, acting on a class of product the title
// names, by a verb of barring or riddance in any form or voice.
//
//   - an action: a verb of barring (cl9Bar) or riddance (cl10Rid) or one
//     of cl11Acts ("scraps", "pulls", "wiped of", "shut out of",
//     "off-limits", "no more", "switch off", "disconnect");
//   - a class in the title: a kind with its origin or risk (cl9Class:
//     "Chinese patient monitors", "foreign messaging apps", "drones made
//     in China");
//   - an authority other than the class's own country word: in the title
//     ("City council votes to scrap", "GSA", "Georgia law"), or in the
//     lead's first sentence when the title names no actor of its own
//     ("Hospitals barred from buying Chinese patient monitors" — "The
//     health ministry said ...").
//
// Refused: the family's talk, bills and intentions (cl9Refused), a call
// by voices that do not act (cl10TalkerAsks), trade measures, a state's
// curb on its own exports, an action stopped short, commentary, and an
// active verb with no authority before it ("Utility drops Chinese-made
// drones", "Apple pulls Quran app in China": a company's own policy).

// cl11Acts are the family's verbs and phrases beyond cl9Bar and cl10Rid,
// in every form; cl11Particles end a phrasal one ("shut out", "rip
// out", "switch off", "no more").
var (
	cl11Acts = wordSet(`scrap scraps scrapped scrapping retire retired retiring pull pulls
		pulled pulling ditched ditching dropped dropping purged purging stripped wipe
		wipes wiped wiping disconnect disconnects disconnected disconnecting replaced phased
		swapped swapping axe axes axed axing shun shuns shunned expel expels
		expelled uninstall uninstalls uninstalled isolate isolates isolated unplug unplugs
		unplugged removed rips ripped ripping off-limits shut shuts kick kicks kicked
		boot boots booted switch turn more longer withdrawn withdrew excluded grounded
		cleanse cleanses cleansed scrub scrubs scrubbed rid evict evicts evicted
		dump dumps dumped`)
	// cl11Phrasal need their particle after them.
	cl11Phrasal = map[string]string{"shut": "out", "shuts": "out", "kick": "out", "kicks": "out", "kicked": "out",
		"boot": "out", "boots": "out", "booted": "out", "switch": "off", "turn": "off", "more": "", "longer": ""}
)

// cl11Bodies are authorities the authorities list lacks: bodies of any
// level, and the sub-national states security news names.
var cl11Bodies = wordSet(`council councils city county regulator legislature legislators assembly
	ministers cabinet executive force marines police province provinces municipality
	municipalities victoria queensland ontario quebec bavaria scotland wales scottish
	welsh nhs omb usda dhs ndaa`)

// cl11Authority reports an authority among words outside lo..hi (the
// class's own words: "Chinese" qualifies, it does not act); an
// instrument ("rules", "policy") counts in a title only: a lead's may be
// anyone's ("The league said sponsorship rules changed").
func cl11Authority(words []titleWord, lo, hi int, title bool) bool {
	for k, w := range words {
		if k >= lo && k <= hi {
			continue
		}
		lw := lower(w)
		if cl11Bodies[lw] || cl9Service(words, k) || (title && cl9Actor(lw)) ||
			authorities[lw] || govHeadsOfState[lw] || cl9Actors[lw] {
			return true
		}
	}
	return false
}

// cl11Action finds the title's first verb of the family from i on, and
// whether it stands without its actor before it (a passive, "no more",
// "off-limits", "to be wiped of"): then the class may stand anywhere and
// the authority anywhere in the title or the lead.
func cl11Action(words []titleWord, i int) (v int, passive, ok bool) {
	for v := i; v < len(words); v++ {
		lw := lower(words[v])
		if !cl9Bar[lw] && !cl10Rid[lw] && !cl11Acts[lw] {
			continue
		}
		p, phrasal := cl11Phrasal[lw]
		bare := phrasal && p == ""
		switch {
		case bare && (v == 0 || !strings.EqualFold(words[v-1].text, "no")):
			continue // "no more Chinese modules", "no longer allowed"
		case phrasal && !bare && (v+1 >= len(words) || !strings.EqualFold(words[v+1].text, p)):
			continue // "shut out", "switch off"
		case !bare && cl9Negated(words, v) || cl9Exports(words, v):
			continue
		case v > 0 && oneOf(lower(words[v-1]), "the", "a", "an"):
			continue // "on the ban of Chinese routers": a noun, talked about
		case cl12Revokes[lw] && !cl12Approvals(words, v):
			continue // "revokes authorizations for" bars a kind; "revokes orders" undoes (cl12.go)
		}
		// "Foreign-made drones face ban": the class suffers the bar
		faced := v > 0 && oneOf(lower(words[v-1]), "face", "faces", "facing")
		passive := bare || faced || lw == "off-limits" || lw == "forbidden" || lw == "withdrawn" || lw == "shut" ||
			strings.HasSuffix(lw, "ed") || v > 0 && oneOf(lower(words[v-1]), "be", "been", "being", "are", "is", "get", "gets")
		return v, passive, true
	}
	return 0, false, false
}

// cl11ActorBefore reports an authority before the verb at v in its
// clause, cl9ActorBefore's with any body: "City council votes to scrap".
func cl11ActorBefore(words []titleWord, v int) bool {
	for k := v - 1; k >= 0; k-- {
		if words[k].stop && k < v-1 {
			return false
		}
		if cl9Actor(lower(words[k])) || cl11Bodies[lower(words[k])] || cl9Service(words, k) {
			return true
		}
	}
	return false
}

// cl11Matters are objects of an active verb that stand before the class
// and are no product: "drops investigation into Chinese apps".
var cl11Matters = wordSet(`investigation investigations probe probes inquiry case cases lawsuit
	lawsuits suit charges complaint complaints review bid bids deal deals claims
	objections opposition support funding subsidies talks`)

// cl11Talk are talk's words cl9Talk lacks: an interview, a poll.
var cl11Talk = wordSet("q&a interview interviews poll polls voters webinar podcast explainer")

// cl11Read finds an authority's action on a class in a title and its
// lead (the header).
func cl11Read(title, lead string) (cl9Reading, bool) {
	words := titleWords(unquote(title))
	if len(words) < 3 || cl9Refused(words) || cl10TalkerAsks(words) || commentary(title) || inWords(words, cl11Talk) || cl11BarTalked(words) {
		return cl9Reading{}, false
	}
	for i := 0; i < len(words); {
		v, passive, ok := cl11Action(words, i)
		if !ok {
			break
		}
		i = v + 1
		if r, ok := cl11ReadAt(words, v, passive, title, lead); ok {
			return r, true
		}
	}
	return cl9Reading{}, false
}

// cl11ReadAt reads the class and the authority of the verb at v: an
// active verb's class after it and its authority before it ("Apple
// pulls", "Utility drops": no authority acts); a passive's anywhere.
func cl11ReadAt(words []titleWord, v int, passive bool, title, lead string) (cl9Reading, bool) {
	obj := v + 1
	if passive {
		obj = 0
	} else if !cl11ActorBefore(words, v) {
		return cl9Reading{}, false
	}
	lo, hi, ok := cl9Class(words, cl9Act{v: v, obj: obj})
	if !ok || v >= lo && v <= hi || cl9TradeOnly(title, lead) || !passive && inWords(words[v+1:lo], cl11Matters) {
		return cl9Reading{}, false
	}
	if passive && !cl11Authority(words, lo, hi, true) {
		// the lead's speaker: "The health ministry said ...", "Under the
		// new law, agencies may not buy ..."
		lw := titleWords(firstSentence(lead))
		if !cl11Authority(lw, -1, -1, false) || cl9Refused(lw) {
			return cl9Reading{}, false
		}
	}
	if cl9Suppliers[lower(words[cl9Head(words, lo, hi)])] && !techContext(words) && !cl9Motive(words, lead) {
		return cl9Reading{}, false // "bars foreign firms from bidding": no technology
	}
	src := unquote(title)
	r := cl9Reading{words: words, act: cl9Act{v: v, cat: cl11Category(words, v)}}
	r.phrase = strings.Join(strings.Fields(strings.Trim(src[words[lo].start:words[hi].end], "'‘’")), " ")
	r.country, r.category = cl9Reach(words[lo : hi+1])
	return r, true
}

// cl11Category is the action's category before class10Category reads
// whom it tells: a list's a sanction, advice or an order to others a
// directive, else a ban.
func cl11Category(words []titleWord, v int) trust.Category {
	if c := cl9Category(words, v); c != trust.CategoryBan {
		return c
	}
	if inWords(words, cl10Advice) || inWords(words[:v+1], cl10Orders) && !inWords(words, cl10Own) || inWords(words, govDirectiveWords) {
		return trust.CategoryDirective
	}
	return trust.CategoryBan
}

// class11Alert is cl11Read's unit (class9Alert calls it last).
func (m *Matcher) class11Alert(title, lead string, hits []hit, question bool) unit {
	r, ok := cl11Read(title, lead)
	if !ok {
		return unit{}
	}
	return m.classUnit(hits, question, r.words[r.act.v].text, r.act.cat, false, r, title, lead)
}

// class11OpenBits reports whether a title's gate bits (class9.go's) hold
// a verb of the family: cl11Read finds the authority and the class.
func class11OpenBits(got cl9Gate) bool {
	return got&(cl9GBar|cl10GRid|cl11GAct) != 0 && got&cl11GQual != 0
}

// cl11Quals are the words of a class's origin or risk as the gate scans
// them (a hyphened compound is one word): countries and places, their
// compounds with a tie ("china-linked", "russian-made"), the risk words
// and "concern" (countries of concern).
func cl11Quals() map[string]bool {
	m := wordSet("concern sharing bordering offensive") // cl16Described's countries
	for w := range cl9Risk {
		m[w] = true
	}
	add := func(w string) {
		m[w] = true
		for t := range cl9Ties {
			m[w+"-"+t] = true
		}
		m[w+"-brand"], m[w+"-branded"] = true, true
	}
	for w := range classCountries {
		add(w)
	}
	for w := range places {
		if !placeParts[w] {
			add(w)
		}
	}
	return m
}

// cl11Kinds are kinds of connected product the class heads lack: "Chinese
// payment terminals", "Chinese genetic sequencers", "Chinese-made buses".
var cl11Kinds = wordSet(`terminals sequencers monitors buses trucks ships vessels trains railcars
	kiosks tablets doorbells locks machines models platforms vehicle car bus`)

// cl11Leaders are heads of government acting by decree or order ("Putin
// bans foreign software at critical infrastructure"): actors for the
// class readers, and other states than the US for the reach of
// "foreign" (reachClass). cl11Governors are the US states' heads.
var (
	cl11Leaders = wordSet(`putin xi modi macron trudeau carney albanese starmer sunak scholz
		merz meloni zelensky erdogan kishida ishiba takaichi yoon lai tsai`)
	cl11Governors = wordSet("abbott desantis youngkin noem dewine")
)

func init() {
	for w := range cl11Leaders {
		cl9Actors[w] = true
		otherStates[w] = true
	}
	for w := range cl11Governors {
		cl9Actors[w] = true
	}
}

// cl11Addressed is where a warning's preposition stands after addressees
// of up to three words the addressee lists lack ("CISA and FBI warn
// critical infrastructure about Chinese-made drones"), or v+1.
func cl11Addressed(words []titleWord, v int) int {
	for j := v + 2; j < len(words) && j <= v+4; j++ {
		if words[j-1].stop {
			break
		}
		if oneOf(lower(words[j]), "about", "against", "over") {
			return j
		}
	}
	return v + 1
}

// cl11FlowsToState reports a warned kind's data said to flow to a state
// ("DHS warns Chinese-made drones may be sending data to China"): the
// warning is about foreign control, told to whoever uses the kind.
func cl11FlowsToState(words []titleWord) bool {
	flow := false
	for i, w := range words {
		lw := lower(w)
		switch {
		case flowVerbs[lw]:
			flow = true
		case flow && lw == "to" && i+1 < len(words) && inWords(words[:i], dataNouns):
			if c, ok := classCountries[lower(words[i+1])]; ok && c != "" {
				return true
			}
		}
	}
	return false
}

// cl11Vetoed reports a class ban, sanction or directive whose only authority is the class's
// own country word ("Chinese phone makers banned from sponsoring football
// league": "Chinese" qualifies the makers, no one acts), with no
// authority speaking in the lead either.
func cl11Vetoed(title, lead string, best unit) bool {
	switch best.category {
	case trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective:
	default:
		return false // a finding in the class ("hidden modems found on Chinese-made turbines") needs no authority
	}
	if !best.ok || best.across || !cl10IsClass(&best) {
		return false
	}
	phrase := best.vendors[0].Class
	if phrase == "" {
		phrase = best.vendors[0].Name
	}
	i := strings.Index(title, phrase)
	if i < 0 {
		return false
	}
	words := titleWords(title)
	lo, hi := -1, -1
	for k, w := range words {
		if w.start >= i && w.end <= i+len(phrase) {
			if lo < 0 {
				lo = k
			}
			hi = k
		}
	}
	// a passive order to its addressees implies its authority (cl15.go):
	// "Utilities told to disconnect Chinese-made inverters"
	return !cl11Authority(words, lo, hi, true) && !cl11Authority(titleWords(firstSentence(lead)), -1, -1, false) &&
		cl15PassiveAt(words) < 0
}

// cl11BarTalked reports a bar named as a noun that is the subject of a
// verb of state or judgement ("Minister says ban on Chinese drones is
// working", "Why the ban on Chinese drones is failing"): an existing
// ban talked about, not taken ("... takes effect" is taken).
func cl11BarTalked(words []titleWord) bool {
	for v := 0; v+1 < len(words); v++ {
		if !oneOf(lower(words[v]), "ban", "bans", "restrictions", "curbs", "prohibition") || !oneOf(lower(words[v+1]), "on", "of") {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+7; k++ {
			if words[k-1].stop {
				break
			}
			if cl11Judged[lower(words[k])] {
				return true
			}
		}
	}
	return false
}

// cl11Judged are verbs of state or judgement after a bar's noun.
var cl11Judged = wordSet(`is was are were has have remains remain works working worked
	fails failing failed hurts hurting backfires backfired costs faces`)
