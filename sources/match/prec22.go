package match

import (
	"strings"
	"unicode"

	"github.com/vendorwatch/vendorwatch/trust"
)

// prec22.go: look-alikes read once an alert exists, by the structure of
// the title rather than its words (testdata/lk22_tune.tsv was written
// blind to find them; the grids in prec22_test.go hold each structure's
// parts):
//   - a topic's label and a commentary after a colon ("Ivanti's emergency
//     directive: did CISA's disconnect order work?", "The Juniper
//     backdoor: how a hijacked NSA algorithm ended up in firewalls"): the
//     label names a past event as a noun phrase, and what follows asks
//     about it or explains it. Coverage, not news.
//   - a newsletter's label before a colon ("Risky Bulletin: ..."): a
//     roundup of other articles' news. Coverage.
//   - a ban whose object is people or media, not products ("Wimbledon bans
//     Russian and Belarusian players", "European Parliament bars Huawei
//     lobbyists", "Meta bans RT and other Russian state media networks"):
//     no one's products are barred, and a platform's moderation of outlets
//     is content, not trust.
//   - a country banned from a competition ("Russia banned from
//     Olympics"): the name after "from" is the venue, no vendor.
//   - a ban or a store's pull whose stated reason is commerce or content
//     and no security ("Amazon bans Chinese electronics brands over
//     review abuse", "Indonesia blocks Steam under new licensing rules").
// Only alerts reach these readers: no cost on the items the rules are
// silent on.

// prec22After applies the readers above to an alert made: it sets the
// alert's Coverage for a commentary's shape and reports whether to drop
// it.
func prec22After(title string, a *trust.Alert) bool {
	if a.Coverage {
		return false
	}
	if prec22Commentary(title) || prec22Gerund(title) {
		a.Coverage = true
		return false
	}
	if a.Category != trust.CategoryCompromise && a.Category != trust.CategoryOSS && prec22Floated(lowerWords(titleWords(title))) {
		return true
	}
	switch a.Category {
	case trust.CategoryBan, trust.CategoryDelisting, trust.CategoryReversal:
	case trust.CategorySanctions:
		return prec22Violated(lowerWords(headline(titleWords(title))))
	default:
		return false
	}
	words := headline(titleWords(title))
	tw := lowerWords(words)
	if a.Category == trust.CategoryReversal {
		return prec22NotProducts(words, tw, a) // "EU Parliament lifts ban on Huawei lobbyists"
	}
	return prec22NotProducts(words, tw, a) || prec22Venue(tw, a) || prec22OtherMotive(tw)
}

var (
	// prec22Newsletters name a newsletter or a show in a title's label.
	prec22Newsletters = wordSet(`bulletin bulletins newsbites dispatch podcast episode daily map
		maps chart charts quiz gallery photos interview q&a`)
	// prec22Asks open a question: an auxiliary or a question word.
	prec22Asks = wordSet(`did does do is are was were can could will would should has have
		how why what who when where which`)
	// prec22EventNouns end a label that names an event as a noun phrase
	// ("TikTok ban", "SolarWinds hack").
	prec22EventNouns = wordSet(`ban bans backdoor backdoors hack hacks breach directive directives
		sanctions compromise attack attacks saga affair fiasco blacklisting delisting crackdown`)
)

// prec22Commentary reports a title whose label before a colon is a
// newsletter's, or names an event as a noun phrase (opening "The", a
// possessive, or ending in an event's noun) with a question or an
// explainer after the colon.
func prec22Commentary(title string) bool {
	c := strings.IndexByte(title, ':')
	if c <= 0 || c > 60 {
		return false
	}
	label := titleWords(title[:c])
	if len(label) == 0 {
		return false
	}
	if inWords(label, prec22Newsletters) {
		return true
	}
	rest := strings.TrimSpace(title[c+1:])
	after := titleWords(rest)
	if len(label) > 6 || len(after) < 3 {
		return false
	}
	first := strings.ToLower(label[0].text)
	topic := first == "the" || strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s") ||
		prec22EventNouns[strings.ToLower(label[len(label)-1].text)]
	if !topic {
		return false
	}
	question := strings.HasSuffix(strings.TrimRight(rest, " \"'’”"), "?") && prec22Asks[strings.ToLower(after[0].text)]
	return question || commentary(rest)
}

var (
	// prec22Barred are a ban's verbs whose object follows.
	prec22Barred = wordSet(`ban bans banned banning bar bars barred barring block blocks blocked
		suspends suspended expels expelled excludes excluded boots booted kicks`)
	// prec22People are people, teams and media a ban may fall on: none is
	// a vendor's product.
	prec22People = wordSet(`players player athletes athlete teams team clubs club fans competitors
		skaters swimmers gymnasts runners riders drivers referees jockeys coaches
		journalists reporters correspondents lobbyists lobbyist diplomats tourists visitors
		spectators delegates students nationals citizens executives employees staff workers
		media outlets outlet broadcasters broadcaster publishers channels propaganda news
		accounts influencers creators users sponsor sponsors`)
	// prec22Between may stand between a ban's verb and its object noun:
	// names, places and their adjectives are read apart.
	prec22Between = wordSet(`and other all its their the some several state state-run
		state-backed state-owned state-controlled foreign pro-kremlin`)
	// prec22Access are what a body withdraws from people: "for" may
	// follow them ("suspends access for Huawei lobbyists").
	prec22Access = wordSet(`access entry badges badge passes accreditation`)
	// prec22Products are what a ban on use or buying names.
	prec22Products = wordSet(`device devices phone phones app apps software equipment gear
		camera cameras product products router routers drone drones technology tech
		services service platform platforms antivirus chips components hardware`)
)

// prec22NotProducts reports a ban whose object, after names, places
// and their adjectives, is people or media (prec22People), with no
// product named and no "from using" after it.
func prec22NotProducts(words []titleWord, tw []string, a *trust.Alert) bool {
	if anyOf(tw, prec22Products) {
		return false
	}
	for i, w := range tw {
		if !prec22Barred[w] || words[i].stop {
			continue
		}
		// "Huawei executives banned from entering US": the people are
		// the passive's subject.
		if prec22Passive[w] && i > 0 && prec22People[tw[i-1]] && !prec22FromVendor(tw[i:], a) {
			return true
		}
		for k := i + 1; k < len(tw) && k <= i+6; k++ {
			if k == i+1 && oneOf(w, "ban", "bans") && oneOf(tw[k], "on", "of") {
				continue // "lifts ban on Huawei lobbyists"
			}
			if prec22People[tw[k]] {
				// "bars staff from TikTok": a use barred, of the
				// vendor after "from".
				return !prec22FromVendor(tw[k+1:], a)
			}
			if tw[k] == "for" && prec22Access[tw[k-1]] {
				continue // "suspends access for Huawei lobbyists"
			}
			if !prec22Between[tw[k]] && !prec22Access[tw[k]] && !otherStates[tw[k]] && !prec22Named(words[k].text) || words[k].stop {
				break
			}
		}
	}
	return false
}

// prec22Named reports a word written as a name: a capital or a digit
// first.
func prec22Named(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// prec22FromVendor reports whether tw holds "from" with one of the
// alert's vendors or a use after it.
func prec22FromVendor(tw []string, a *trust.Alert) bool {
	for i, w := range tw {
		if w != "from" || i+1 >= len(tw) {
			continue
		}
		if oneOf(tw[i+1], "using", "buying", "installing", "downloading", "accessing", "owning") {
			return true
		}
		for _, v := range a.Vendors {
			if strings.HasPrefix(strings.ToLower(v.Name), tw[i+1]) || strings.HasPrefix(strings.ToLower(v.Term), tw[i+1]) {
				return true
			}
		}
	}
	return false
}

// prec22Venue reports a place, people or a team barred from a name
// ("Russia banned from Olympics", "Russian athletes barred from Paris
// Olympics", "FIFA bans Russia from World Cup") when every vendor the
// alert names is written after that "from" and none is in the registry:
// the name is a venue, not a vendor.
func prec22Venue(tw []string, a *trust.Alert) bool {
	for _, v := range a.Vendors {
		if !v.Unlisted || v.Class != "" {
			return false
		}
	}
	for i := 1; i+2 < len(tw); i++ {
		from := -1
		switch {
		case prec22Passive[tw[i]] && (otherStates[tw[i-1]] || prec22People[tw[i-1]]) && tw[i+1] == "from":
			from = i + 1 // "Russia banned from Olympics"
		case prec22Barred[tw[i]] && otherStates[tw[i+1]] && i+3 < len(tw) && tw[i+2] == "from":
			from = i + 2 // "FIFA bans Russia from World Cup"
		}
		if from < 0 {
			continue
		}
		rest := strings.Join(tw[from+1:], " ")
		all := len(a.Vendors) > 0
		for _, v := range a.Vendors {
			all = all && strings.Contains(rest, strings.ToLower(v.Name))
		}
		if all {
			return true
		}
	}
	return false
}

// prec22Passive are a ban's passive forms.
var prec22Passive = wordSet(`banned barred suspended excluded expelled`)

// prec22Gerund reports an opinion told with a gerund of the action as its
// subject and a modal, a negation or a judgement after it ("Banning TikTok
// won't fix America's data problem", "Blacklisting Huawei could
// backfire"): the action is weighed, not taken.
func prec22Gerund(title string) bool {
	words := titleWords(title)
	if len(words) < 3 || !prec22Gerunds[strings.ToLower(words[0].text)] {
		return false
	}
	for _, w := range words[1:min(len(words), 8)] {
		if prec22Weighs[strings.ToLower(w.text)] {
			return true
		}
	}
	return false
}

var (
	// prec22Gerunds are the actions' gerunds that open a weighed title.
	prec22Gerunds = wordSet(`banning barring blacklisting sanctioning blocking delisting
		restricting boycotting`)
	// prec22Weighs are a modal, a negation or a judgement after the
	// gerund's object.
	prec22Weighs = wordSet(`won't wont wouldn't could might should can't cannot isn't doesn't
		don't shouldn't not never mistake backfire`)
)

var (
	// prec22Reasons open a ban's stated reason.
	prec22Reasons = wordSet(`over amid under citing`)
	// prec22Trade are reasons of commerce, law outside security, or
	// content.
	prec22Trade = wordSet(`review reviews licensing license licence registration tax taxes investment
		copyright piracy misinformation disinformation doping bribery gambling pornography
		porn obscenity blasphemy antitrust monopoly pricing counterfeit counterfeits fake-review
		payment payments cheating content`)
	// prec22Security are reasons of security, privacy or a state.
	prec22Security = wordSet(`security cybersecurity privacy data spying spy spies espionage
		surveillance malware malicious spyware backdoor backdoors hacked hacking hack national
		intelligence threat threats risk risks military ties cyber safety`)
)

// prec22OtherMotive reports a ban whose reason clause (after "over",
// "amid", "under" or "citing") names commerce or content and no security.
func prec22OtherMotive(tw []string) bool {
	for i, w := range tw {
		if !prec22Reasons[w] {
			continue
		}
		return anyOf(tw[i+1:], prec22Trade) && !anyOf(tw[i+1:], prec22Security)
	}
	return false
}

var (
	// prec22Controls name sanctions or export controls as a rule.
	prec22Controls = wordSet(`sanctions sanction embargo embargoes controls`)
	// prec22Breaks are a rule broken or dodged.
	prec22Breaks = wordSet(`violations violation violating violated violate breach breaches
		breaching breached evasion evading evaded evade busting circumventing circumvent
		skirting skirt dodging`)
	// prec22Lists are a listing or a ban told beside the breach ("US
	// slaps export ban on ZTE for violating sanctions on Iran").
	prec22Lists = wordSet(`adds added adding blacklists blacklisted blacklist list listing
		bans banned ban bars barred imposes imposed slaps slapped sanctioned designates
		designated cuts restricts restricted`)
)

// prec22Violated reports a sanctions alert whose only sanctions or export
// controls are a rule the vendor or someone broke ("ZTE pays fine to
// settle sanctions violations", "Former supplier charged over shipments
// to Huawei in breach of export controls"): a prosecution or a
// settlement over a past breach lists no one, unless the title lists or
// bans too.
func prec22Violated(tw []string) bool {
	if anyOf(tw, prec22Lists) {
		return false
	}
	broken := false
	for i, w := range tw {
		if !prec22Controls[w] {
			continue
		}
		// "sanctions violations", "breach of export controls",
		// "violating US sanctions".
		near := i+1 < len(tw) && prec22Breaks[tw[i+1]]
		for k := max(0, i-4); k < i && !near; k++ {
			near = prec22Breaks[tw[k]]
		}
		if !near {
			return false // the word is the act: "US sanctions X"
		}
		broken = true
	}
	return broken
}

var (
	// prec22Floats are an idea put forward, not a step taken: the verbs
	// rumourWords lacks.
	prec22Floats = wordSet(`floats floated floating teases teased hints hinted muses mused
		touts touted`)
	// prec22Acts are the action a floated idea names.
	prec22Acts = wordSet(`ban bans banning barring blacklisting sanctioning adding listing
		restricting restrictions sanctions blacklist delisting removing`)
)

// prec22Floated reports a title in which an action is only floated
// ("FCC chair floats banning Chinese labs from testing devices", "Trump
// floats sanctions on Huawei"): the verb of the idea right before the
// action, with at most an article between.
func prec22Floated(tw []string) bool {
	for i, w := range tw {
		if !prec22Floats[w] {
			continue
		}
		for k := i + 1; k < len(tw) && k <= i+3; k++ {
			if prec22Acts[tw[k]] {
				return true
			}
			if !oneOf(tw[k], "a", "an", "new", "possible", "the", "idea", "of") {
				break
			}
		}
	}
	return false
}
