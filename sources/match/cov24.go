package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cov24Off turns the readers of this file off (the grid tests' before).
var cov24Off = false

// cov24Coverage reports whether an alert, whichever path made it, is in
// one of the forms of coverage below: the title tells other news of the
// vendor and the event is the lead's background (leadBackground); the
// title is a genre's item, a ranked list or a look back (genreForm); the
// vendor's product used by hackers or in a campaign (usedBySpies); a
// vendor reporting what others did (reporterVoice); a trend of calls or
// steps (actionTrend). Such an item may join an open event as a further
// report, never start one.
func cov24Coverage(title string, a *trust.Alert) bool {
	return leadBackground(title, a) || genreForm(title) || usedBySpies(title, a) || reporterVoice(title, a) || actionTrend(title, a)
}

// leadBackground reports whether the alert's evidence is the lead's
// sentence alone, the title names the alert's vendor without any signal
// (its news is another: "Huawei to cut 10% of jobs"), and the sentence
// places its action in the past ("banned ... in 2019", "last year",
// "years ago") with no future beside it ("will be removed in 2027"):
// background the lead gives, not the item's news. An event's lead written under a title
// that describes the vendor ("FCC adds Russian cybersecurity firm to
// national security threat list") tells it as news, with no such time.
func leadBackground(title string, a *trust.Alert) bool {
	if a.InTitle || a.Across || a.Evidence == "" || !titleNamesVendor(title, a.Vendors) {
		return false
	}
	words := titleWords(a.Evidence)
	past := false
	for i, w := range words {
		lw := w.lc()
		switch {
		case lw == "will" || lw == "by" && i+1 < len(words) && c24Year(words[i+1].lc()):
			return false
		case (lw == "in" || lw == "since") && i+1 < len(words):
			// "in 2019", "in May 2019", "since 2017"
			past = past || c24Year(words[i+1].lc()) || i+2 < len(words) && monthNames[words[i+1].lc()] && c24Year(words[i+2].lc())
		case lw == "ago" && i > 0 && agoUnits[words[i-1].lc()]:
			past = true // "years ago", "two months ago"
		case lw == "last" && i+1 < len(words) && words[i+1].lc() == "year":
			past = true
		}
	}
	return past
}

// c24Year reports whether w is a year a lead's background names.
func c24Year(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// titleNamesVendor reports whether the title writes the name or the term
// of one of the alert's vendors.
func titleNamesVendor(title string, vs []trust.VendorHit) bool {
	lt := strings.ToLower(title)
	for _, v := range vs {
		for _, n := range []string{v.Term, v.Name} {
			if len(n) > 1 && containsWord(lt, strings.ToLower(n)) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether s holds w with no letter or digit on
// either side.
func containsWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(w)
		if (i == 0 || !asciiAlnum(s[i-1])) && (j == len(s) || !asciiAlnum(s[j])) {
			return true
		}
		off = i + 1
	}
}

var (
	monthNames = wordSet(`january february march april may june july august september october
		november december jan feb mar apr jun jul aug sep sept oct nov dec`)
	agoUnits = wordSet("years months decades year month decade")
)

// genreForm reports whether a title is a genre's item rather than news:
// a label before a colon made of a genre's noun and its modifiers only
// ("Video:", "Watch:", "Upcoming webinar:", "Editor's picks:", "Today's
// headlines:", "Top cybersecurity stories of 2023:"), a ranked list of
// happenings ("The 10 biggest supply chain attacks of 2023, from X to
// Y"), or a look back ("A look back at the X backdoor scandal").
func genreForm(title string) bool {
	lt := strings.ToLower(strings.TrimSpace(title))
	lt = strings.NewReplacer("’", "'", "‘", "'").Replace(lt)
	if c := strings.IndexByte(lt, ':'); c > 0 && c <= 60 && genreLabel(lt[:c]) {
		return true
	}
	for _, p := range lookBackOpeners {
		if strings.HasPrefix(lt, p) {
			return true
		}
	}
	return rankedList(lt)
}

// genreLabel reports whether a label is a genre noun with modifiers only.
func genreLabel(label string) bool {
	f := strings.Fields(label)
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	genre := false
	for _, w := range f {
		switch {
		case genreNouns[w]:
			genre = true
		case genreModifiers[w], c24Year(w), c24Count(w):
		default:
			return false
		}
	}
	return genre
}

// rankedList reports a title opening with a ranking ("the 10 biggest",
// "top", "worst") of happenings in the plural, over a span of time or
// "from X to Y".
func rankedList(lt string) bool {
	f := strings.Fields(strings.NewReplacer(",", " , ", ":", " : ").Replace(lt))
	i := 0
	if i < len(f) && f[i] == "the" {
		i++
	}
	if i < len(f) && c24Count(f[i]) {
		i++
	}
	if i >= len(f) || !rankWords[f[i]] {
		return false
	}
	listed := false
	for k := i + 1; k < len(f) && k <= i+5; k++ {
		if listNouns[f[k]] {
			listed = true
			break
		}
	}
	if !listed {
		return false
	}
	for k := i + 1; k+1 < len(f); k++ {
		switch {
		case f[k] == "of" && (c24Year(f[k+1]) || f[k+1] == "the" || f[k+1] == "all"):
			return true
		case f[k] == "," && k+1 < len(f) && f[k+1] == "from":
			return true
		case (f[k] == "this" || f[k] == "so") && (f[k+1] == "year" || f[k+1] == "far"):
			return true
		}
	}
	return false
}

// c24Count reports a number written in digits ("10", "5").
func c24Count(w string) bool {
	if w == "" || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

var (
	// genreNouns are the genres of an item that is no news of its own.
	genreNouns = wordSet(`video videos watch webinar webinars webcast webcasts livestream
		podcast podcasts headlines stories picks highlights infographic slideshow listen
		op-ed column guest`)
	// genreModifiers may stand beside a genre noun in its label.
	genreModifiers = wordSet(`upcoming live free on-demand today's editor's editors' editors
		most-read most read popular top best weekly daily monthly new our week's month's
		year's this week month year the of in a post cybersecurity security cyber tech
		technology infosec sponsored exclusive`)
	lookBackOpeners = []string{"a look back", "a look at the", "revisiting the", "the legacy of",
		"on the anniversary", "anniversary of"}
	rankWords = wordSet("biggest worst largest top notable scariest most major costliest")
	listNouns = wordSet(`attacks hacks breaches stories incidents compromises events moments bans
		headlines threats cyberattacks scandals`)
)

// usedBySpies reports whether an espionage or state-links alert's title
// tells the vendor's product used by spies or attackers ("X routers used
// in Chinese espionage campaign", "X cameras used by Iranian hackers to
// spy on Israel", "Russian spies used X antivirus to search for
// secrets"): the attackers' deed, not the vendor's (trust-events.md:
// compromise vs use; a spyware maker's tools used on victims). A
// distribution channel or a backdoor named beside keeps the alert
// ("update server used to seed NotPetya").
func usedBySpies(title string, a *trust.Alert) bool {
	if a.Category != trust.CategoryEspionage && a.Category != trust.CategoryStateLinks {
		return false
	}
	words := titleWords(title)
	for _, w := range words {
		if usedChannels[w.lc()] || stateUsers[possessor(w.lc())] {
			return false
		}
	}
	for i, w := range words {
		if !c24UseVerbs[w.lc()] || i == 0 {
			continue
		}
		if i >= 2 && words[i-1].lc() == "be" {
			return false // "could be used for espionage": a warning of what the product allows
		}
		rest := words[i+1:]
		// "X routers used by/in/to ...": the vendor before, an attacker after.
		if len(rest) > 0 && usePreps[rest[0].lc()] && cl16NamedBefore(words[:i], a.Vendors) && !cl16NamedBefore(rest, a.Vendors) {
			return anyAttacker(rest)
		}
		// "Russian spies used X antivirus to ...": an attacker before, the vendor after.
		if anyAttacker(words[:i]) && cl16NamedBefore(rest, a.Vendors) && !cl16NamedBefore(words[:i], a.Vendors) {
			return true
		}
		return false
	}
	return false
}

func anyAttacker(words []titleWord) bool {
	for _, w := range words {
		if attackerWords[possessor(w.lc())] {
			return true
		}
	}
	return false
}

var (
	c24UseVerbs   = wordSet("used uses use using abused exploited weaponized")
	usePreps      = wordSet("by in to for against")
	usedChannels  = wordSet(`update updates updater installer installers supply backdoor backdoors backdoored trojanized firmware`)
	attackerWords = wordSet(`hackers hacker attackers attacker apt campaign campaigns operation
		cyberattacks attacks gang gangs criminals cybercriminals botnet`)
	// stateUsers name a state's services as the user: a product a state's
	// intelligence uses ties the vendor to it (trust-events.md's
	// state-links), whatever the verb.
	stateUsers = wordSet(`intelligence spies military beijing kremlin moscow tehran pyongyang
		government fsb gru svr mss pla nsa cia`)
)

// reporterVoice reports whether an espionage or state-links alert names
// only the vendor that reports ("X reveals Chinese state hackers spied
// on telecoms", "X researchers link spyware to government"): the vendor
// is the reporter, never the subject (trust-events.md). The report must
// name no alert vendor after its verb and refer back to none ("X says
// hackers breached its servers" is left alone), and name an attacker.
func reporterVoice(title string, a *trust.Alert) bool {
	if a.Category != trust.CategoryEspionage && a.Category != trust.CategoryStateLinks || len(a.Vendors) == 0 {
		return false
	}
	words := titleWords(title)
	for v := 1; v < len(words) && v <= 4; v++ {
		if !reportVerbs[words[v].lc()] {
			continue
		}
		speaker, rest := words[:v], words[v+1:]
		if !nameOpens(speaker[0].text) || !cl16NamedBefore(speaker, a.Vendors) || cl16NamedBefore(rest, a.Vendors) {
			return false
		}
		for _, w := range speaker {
			lw := possessor(w.lc())
			if c23cPublic(lw) || speakerPeople[lw] || !reporterNouns[lw] && !inVendorTerm(lw, a.Vendors) {
				return false // "Huawei employees' CVs reveal ...": the speaker is no vendor's voice
			}
		}
		for _, w := range rest {
			if backRefs[possessor(w.lc())] {
				return false
			}
		}
		return anyAttacker(rest) || c24SpyDeeds(rest)
	}
	return false
}

// nameOpens reports whether w opens as a name does: a capital or a digit
// ("3CX").
func nameOpens(w string) bool {
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9')
}

// inVendorTerm reports whether w is a word of one of the vendors' names
// or terms.
func inVendorTerm(w string, vs []trust.VendorHit) bool {
	for _, v := range vs {
		for _, n := range []string{v.Term, v.Name} {
			if containsWord(strings.ToLower(n), w) {
				return true
			}
		}
	}
	return false
}

func c24SpyDeeds(words []titleWord) bool {
	for _, w := range words {
		if reportedDeeds[w.lc()] {
			return true
		}
	}
	return false
}

var (
	reportVerbs = wordSet(`reveals revealed uncovers uncovered exposes exposed details links
		discovers discovered finds warns reports says tracks spots identifies attributes unmasks
		reveal uncover expose detail link discover find warn report say track spot identify`)
	backRefs = wordSet("it its itself their our us we company firm")
	// reporterNouns may stand beside a vendor's name as its voice.
	reporterNouns = wordSet("researchers researcher report analysts analyst team labs lab unit experts threat")
	reportedDeeds = wordSet("spied spyware surveillance stalkerware")
)

// actionTrend reports whether a title tells a trend of a step rather than
// a step taken: a trend's noun and verb side by side ("Bans on TikTok
// gain momentum in Washington and States", "Pressure mounts to ban X",
// "Calls grow to ban X", "Push to sanction X gathers pace"). A step
// told after it ("Pressure mounts on Huawei as UK bans its gear") keeps
// the alert, as does a trend told after the step ("Texas bans X after
// calls grow").
func actionTrend(title string, a *trust.Alert) bool {
	switch a.Category {
	case trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective, trust.CategoryDelisting, trust.CategoryReversal:
	default:
		return false
	}
	words := titleWords(title)
	at := -1
	for i := 0; i+1 < len(words) && at < 0; i++ {
		l, next := words[i].lc(), words[i+1].lc()
		switch {
		case c24TrendVerbs[l] && c24TrendNouns[next], c24TrendNouns[l] && c24TrendVerbs[next]:
			at = i + 1
		case c24TrendVerbs[l] && next == "up" && i+2 < len(words) && c24TrendNouns[words[i+2].lc()]:
			at = i + 2 // "picks up steam"
		}
	}
	if at < 0 {
		return false
	}
	for _, w := range words {
		if c24TrendBreaks[w.lc()] {
			return false
		}
	}
	return true
}

var (
	c24TrendVerbs = wordSet(`gain gains gaining gathers gather gathering builds build building grows grow
		growing mounts mount mounting picks pick`)
	c24TrendNouns  = wordSet("momentum pace steam pressure calls support appetite push")
	c24TrendBreaks = wordSet("as after following with when")
)
