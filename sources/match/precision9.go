package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// precision9.go: look-alikes of trust events read once an alert exists,
// each by the evidence any wording of it carries across the title and the
// lead's first sentence (trust-events.md decides each):
//   - a statistic or forecast ("supply chain attacks surged 430%",
//     "attacks doubled", "predicts 45% will suffer"): a report's figures,
//     no vendor's channel turned;
//   - a past compromise's leftovers ("images still contain the XZ Utils
//     backdoor" — "from last year's incident"; "years after") and an
//     analysis of one ("SolarWinds hackers used Sunspot ..." — "published
//     an analysis ... last year"): coverage of the past event;
//   - copies spread through channels the vendor never ran (fake download
//     sites, malvertising, search poisoning, cracked or repackaged
//     installers) when nothing says the vendor's own channel was broken
//     into;
//   - update traffic hijacked in the middle (routers, ISPs, DNS, an
//     adversary-in-the-middle) when the vendor's hosting or site is not
//     said to be the one compromised;
//   - an action taken for another reason than trust, read in the title
//     and the lead together (violence, morals, content, children, exams,
//     local trade) with no security, data or state motive beside it;
//   - junk or spam packages a registry cleans up ("PyPI removes thousands
//     of junk packages uploaded in dependency confusion spam"): never
//     trusted;
//   - a law drafted that could ban ("Poland drafts law that could exclude
//     Huawei"): a proposal, until a chamber passes it;
//   - a court keeping things as they are (a challenge rejected, a
//     lawsuit dismissed, a bid lost, a vendor staying on a list, a
//     listing upheld) and hearings: coverage of the action that stands.

// precision9After vetoes or marks as coverage the look-alikes above;
// false drops the alert.
func precision9After(title, lead string, u *unit) bool {
	tw := lowerWords(headline(titleWords(title)))
	lw := lowerWords(titleWords(firstSentence(lead)))
	if statistic(title, tw) {
		return false
	}
	switch u.category {
	case trust.CategoryCompromise, trust.CategoryOSS:
		if fakeDistribution(tw, lw) || middleHijack(tw, lw) && !namedUpdates(tw, u) {
			return false
		}
		if junkPackages(tw) {
			return false
		}
		if leftoversOf(tw, lw) || pastAnalysis(tw, lw, u) {
			u.coverage = true
		}
	case trust.CategoryBan, trust.CategoryDelisting, trust.CategoryDirective, trust.CategoryReversal:
		if otherReason(tw, lw) || u.category == trust.CategoryBan && draftOnly(tw) {
			return false
		}
	}
	if u.category != trust.CategoryCompromise && u.category != trust.CategoryOSS && (statusQuo(tw) || hearing(tw)) {
		u.coverage = true
	}
	return true
}

// lowerWords is each word's text in lower case, a trailing dot dropped.
func lowerWords(words []titleWord) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(strings.TrimRight(w.text, "."))
	}
	return out
}

// anyOf reports whether ws holds a word of set.
//
// Not inlined, for the binary's size (see oneOf).
//
//go:noinline
func anyOf(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// pairIn reports whether ws holds a word of first followed, within span
// words, by a word of second.
//
// Not inlined, for the binary's size (see oneOf).
//
//go:noinline
func pairIn(ws []string, first, second map[string]bool, span int) bool {
	for i, w := range ws {
		if !first[w] {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+span; k++ {
			if second[ws[k]] {
				return true
			}
		}
	}
	return false
}

var (
	// p9trend are the verbs and nouns of a figure's movement.
	p9trend = wordSet(`surge surges surged surging soar soars soared rise rises rose jump jumps
		jumped grow grows grew growth increase increases increased spike spikes spiked climb
		climbs climbed up fall falls fell drop drops dropped decline declines declined`)
	// p9multiply are a figure multiplied, a trend on their own.
	p9multiply = wordSet(`doubled doubles tripled triples quadrupled quadruple quadruples twofold
		threefold fourfold tenfold`)
	// p9forecast are a prediction's words: what will happen to many.
	p9forecast = wordSet("predicts predict predicted forecast forecasts forecasted")
)

// statistic reads a title that reports a figure: a percentage or a
// multiple beside a trend ("attacks surged 430%", "PyPI attacks doubled
// last year") or a forecast ("Gartner predicts 45% of organizations").
// A trust event names what was done to whom, never a rate.
func statistic(title string, tw []string) bool {
	if anyOf(tw, p9forecast) {
		return true
	}
	for i, w := range tw {
		if p9multiply[w] && (i+1 == len(tw) || tw[i+1] != "down") {
			return true // "doubles down" is resolve, not a figure
		}
	}
	percent := false
	for _, w := range tw {
		percent = percent || w == "percent"
	}
	for i := 1; i < len(title) && !percent; i++ {
		percent = title[i] == '%' && title[i-1] >= '0' && title[i-1] <= '9'
	}
	return percent && anyOf(tw, p9trend)
}

var (
	// p9fakeMarks are channels the vendor never ran, standing alone:
	// ads and search results, cracked, repackaged or bundled copies.
	p9fakeMarks = wordSet(`malvertising seo cracked pirated torrent torrents repackaged
		repackages nulled warez typosquatted typosquat impersonating impersonate impersonates`)
	// p9bundled with malware: a copy repackaged, not an SDK "bundled in"
	// apps.
	p9bundled = wordSet("bundled bundling bundles")
	p9with    = wordSet("with")
	// p9fakeAdjs make a channel one the vendor never ran ("fake download
	// sites", "lookalike domain"); a "fake banking overlay" is the payload.
	p9fakeAdjs = wordSet(`fake fraudulent spoofed lookalike look-alike bogus counterfeit cloned
		unofficial knockoff`)
	p9fakeChannels = wordSet(`site sites website websites download downloads installer installers page
		pages domain domains portal portals store stores version versions copy copies app
		apps update updates link links repository repositories mirror mirrors`)
	// p9adBuyers before "ads" make them the channel ("Google ads", "via
	// ads"), not the payload ("injects ads").
	// "sponsored" alone is as often "state sponsored".
	p9adBuyers = wordSet(`search google bing sponsored malicious paid facebook youtube via through
		bought buying buy purchased rogue`)
	p9ads = wordSet("ads advertisements results listings")
	// p9ownChannel words tell the vendor's own channel broken into, or
	// its maintainers' accounts phished through the fake page.
	p9ownChannel = wordSet(`official compromised hacked breached breach hack hijacked takeover stolen owner
		phished phishing tampered login credentials maintainer maintainers account accounts`)
)

// fakeChannel reports whether ws names a channel the vendor never ran.
func fakeChannel(ws []string) bool {
	return anyOf(ws, p9fakeMarks) || pairIn(ws, p9fakeAdjs, p9fakeChannels, 2) || adChannel(ws) ||
		pairIn(ws, p9bundled, p9with, 1)
}

// p9payloadVerbs before "search results" or "ads" make them what the
// turned copy does ("pushed updates that hijack search results"), not
// the channel it came through.
var p9payloadVerbs = wordSet(`hijack hijacks hijacking hijacked inject injects injecting injected
	redirect redirects redirecting manipulate manipulates alter alters show shows display
	displays insert inserts swap swaps replace replaces`)

// adChannel reports whether ws names ads or search results as the way a
// copy reached users ("via malicious Google ads", "search results"),
// unless a payload verb just before makes them its payload.
func adChannel(ws []string) bool {
	for i, w := range ws {
		if !p9adBuyers[w] || i+1 >= len(ws) || !p9ads[ws[i+1]] {
			continue
		}
		if i > 0 && p9payloadVerbs[ws[i-1]] {
			continue
		}
		return true
	}
	return false
}

// fakeDistribution reads a turned copy spread through a channel the vendor
// never ran ("Zoom installers bundled with malware" — "repackaged Zoom
// installers from fake download sites"), with no word in title or lead
// of the vendor's own channel broken into.
func fakeDistribution(tw, lw []string) bool {
	return (fakeChannel(tw) || fakeChannel(lw)) && !anyOf(tw, p9ownChannel) && !anyOf(lw, p9ownChannel)
}

var (
	// p9middle are the places between a user and a vendor where traffic
	// is taken over.
	// A vendor's own domain hijacked through its DNS account is its
	// channel, so DNS is not read as a middle.
	p9middle = wordSet(`adversary-in-the-middle man-in-the-middle in-the-middle aitm mitm
		isp isps isp-level bgp slaac`)
	// p9devices are a middle only when traffic through them is
	// redirected: a router maker's own update hijacked is its channel.
	p9devices = wordSet("router routers wi-fi gateway gateways")
	// p9divert are traffic redirected on its way, never a channel taken.
	p9divert = wordSet(`redirect redirects redirected redirecting intercept intercepts intercepted
		intercepting reroute reroutes rerouted spoofing spoof`)
	// p9redirect are traffic taken over on its way.
	p9redirect = wordSet(`redirect redirects redirected redirecting intercept intercepts intercepted
		intercepting reroute reroutes rerouted spoofing spoof hijack hijacks hijacked
		hijacking adversary-in-the-middle man-in-the-middle aitm mitm`)
	// p9vendorSide words tell the vendor's own server, host or site broken
	// into ("compromised the project's shared hosting provider").
	p9vendorSide = wordSet("hosting host website site developer developers official vendor's cdn")
	p9update     = wordSet("update updates")
	p9servers    = wordSet("server servers")
)

// middleHijack reads update traffic taken over between users and the
// vendor ("PlushDaemon hackers hijack software updates" — "a network
// implant ... on compromised routers to redirect update requests"): the
// vendor's channel was never turned, unless title or lead say its
// hosting or site was.
func middleHijack(tw, lw []string) bool {
	middle := (anyOf(tw, p9middle) || anyOf(lw, p9middle)) && (anyOf(tw, p9redirect) || anyOf(lw, p9redirect)) ||
		(anyOf(tw, p9devices) || anyOf(lw, p9devices)) && (anyOf(tw, p9divert) || anyOf(lw, p9divert))
	return middle && !anyOf(tw, p9vendorSide) && !anyOf(lw, p9vendorSide) &&
		!pairIn(tw, p9update, p9servers, 1) && !pairIn(lw, p9update, p9servers, 1)
}

// namedUpdates reports whether the title names the alert's vendor just
// before its updates ("GuptiMiner abuses eScan antivirus updates",
// "hackers hijack Tencent QQ updates"): one vendor's update mechanism
// carried the malware, however it was taken over on the way, which is a
// shipping channel of that vendor (trust-events.md: "its updates"). A
// middle hijack of "software updates" of no named vendor stays out.
func namedUpdates(tw []string, u *unit) bool {
	for _, v := range u.vendors {
		first, _, _ := strings.Cut(strings.ToLower(v.Name), " ")
		for i, w := range tw {
			if w != first {
				continue
			}
			for k := i + 1; k < len(tw) && k <= i+3; k++ {
				if p9update[tw[k]] {
					return true
				}
			}
		}
	}
	return false
}

var (
	// p9persist say a thing is still where a past compromise left it.
	p9persist = wordSet(`still remain remains remained linger lingers lingering persist persists
		leftover leftovers`)
	// p9pastAfter follow "years"/"year"/"months" when they look back.
	p9pastAfter = wordSet("after later on ago since")
	p9periods   = wordSet("year years month months")
)

// pastDated reports whether ws dates something to before the news:
// "last year('s)", "years after", "a year on", "months later", "a
// years-old backdoor".
func pastDated(ws []string) bool {
	for i, w := range ws {
		switch {
		case w == "last" && i+1 < len(ws) && (ws[i+1] == "year" || ws[i+1] == "year's"):
			return true
		case p9periods[w] && i+1 < len(ws) && p9pastAfter[ws[i+1]]:
			return true
		case w == "years-old" || w == "year-old":
			return true
		}
	}
	return false
}

// leftoversOf reads a past compromise's leftovers ("Dozens of Docker Hub
// images still contain the XZ Utils backdoor" — "from last year's
// incident"; "Sunburst backdoor still found on Orion servers years
// after"): a thing that persists, dated to before the news.
func leftoversOf(tw, lw []string) bool {
	return (anyOf(tw, p9persist) || anyOf(lw, p9persist)) && (pastDated(tw) || pastDated(lw))
}

var (
	// p9attackerNouns name the people of a known attack after its
	// vendor's name ("SolarWinds hackers"); "X hack:" titles an event.
	p9attackerNouns = wordSet("hackers attackers intruders actors")
	// p9analysis are a later study of an attack.
	p9analysis = wordSet(`analysis analyses analyzed analysed dissects dissected post-mortem retrospective
		details reconstructs reconstructed`)
	// p9behind: "the hackers behind the SolarWinds attack", an attack
	// already known.
	p9behind = wordSet("behind")
)

// pastAnalysis reads an analysis of a known compromise ("SolarWinds
// hackers used 'Sunspot' malware to inject backdoor into builds" —
// "CrowdStrike has published an analysis ... last year"; "... the hackers
// behind the SolarWinds attack planted ..."): the title calls the
// attackers by their vendor's past event and the lead dates, studies or
// refers back to it. A lead alone dating a compromise is as often its
// first disclosure.
func pastAnalysis(tw, lw []string, u *unit) bool {
	for i := 0; i+1 < len(tw); i++ {
		if p9attackerNouns[tw[i+1]] && namesVendor(u.vendors, tw[i]) {
			return pastDated(lw) || anyOf(lw, p9analysis) || anyOf(lw, p9behind)
		}
	}
	return false
}

var (
	// p9otherReasons are motives that judge no vendor's trust: violence,
	// morals and content, children and young people, exams, local trade,
	// a store's own rules (spam, deceptive behaviour, payments).
	p9otherReasons = wordSet(`violence violent brawl stabbing stabbed killing murder shooting
		riot riots immoral immorality indecent obscene obscenity vulgar pornography porn
		gambling betting casino blasphemy blasphemous religious propaganda extremist extremism
		terrorist terrorism hate misinformation disinformation harmony morals moral children
		child minors kids teen teens teenager teenagers youth addiction addictive
		cheating exam exams msmes smes spam deceptive functionality copycat
		trademark payment payments billing copyright piracy cyberbullying bullying suicide`)
	// p9local and p9trade: local trade protected ("small businesses").
	p9local = wordSet("small local domestic")
	p9trade = wordSet("businesses sellers merchants traders retailers shops shopkeepers producers")
	// p9screen and p9time: children's screen time.
	p9screen = wordSet("screen gaming online")
	p9time   = wordSet("time")
	// p9trustReasons are motives of trust: security, data, spying, a state.
	p9trustReasons = wordSet(`security secure cybersecurity cyber privacy data information spy spying
		spyware espionage surveillance intelligence hack hacked hacking hackers malware
		backdoor backdoors foreign china chinese beijing ccp communist russia russian
		kremlin iran iranian state-backed state-linked national sovereignty military`)
)

// otherReason reads an action taken for another reason than trust, said
// anywhere in title or lead ("Albania bans TikTok for a year after deadly
// school fight" — "blaming the platform for fuelling violence among young
// people"; "Indonesia bans Temu to protect small businesses"), with no
// motive of security, data or a state beside it.
func otherReason(tw, lw []string) bool {
	other := anyOf(tw, p9otherReasons) || anyOf(lw, p9otherReasons) || pairIn(tw, p9local, p9trade, 1) || pairIn(lw, p9local, p9trade, 1) ||
		pairIn(tw, p9screen, p9time, 1) || pairIn(lw, p9screen, p9time, 1)
	return other && !anyOf(tw, p9trustReasons) && !anyOf(lw, p9trustReasons)
}

var (
	// p9refuse are a court or an authority turning something down.
	p9refuse = wordSet(`rejects rejected reject denies denied deny dismisses dismissed dismiss
		tosses tossed refuses refused rebuffs rebuffed loses lost lose upholds upheld
		uphold affirms affirmed`)
	// p9challenges are what a vendor brings to undo an action, or the
	// action kept ("upholds listing").
	p9challenges = wordSet(`lawsuit lawsuits suit challenge challenges bid appeal appeals petition
		request plea case complaint claims listing designation blacklisting`)
	// p9proceed are what a refused bid would have ended: a case against
	// the vendor that now goes on ("rejects NSO's bid to dismiss").
	p9proceed = wordSet("dismiss dismissal immunity quash toss")
	p9courts  = wordSet("court courts judge judges justices tribunal")
	p9suits   = wordSet("lawsuit lawsuits suit appeal appeals")
	p9stay    = wordSet("stay stays remain remains keep keeps kept")
	p9on      = wordSet("on")
	p9lists   = wordSet("list lists blacklist entity register roster")
)

// statusQuo reads a ruling that keeps things as they are: a vendor's
// challenge rejected, a lawsuit dismissed, a bid lost, a listing upheld
// ("Appeals court denies Kaspersky bid to overturn federal ban"), or a
// vendor staying on a list ("Judge rules DJI can stay on Pentagon's
// Chinese military company list"). A bid to end a case against the
// vendor refused is the case going on, and is left to the other rules.
func statusQuo(tw []string) bool {
	if anyOf(tw, p9proceed) {
		return false
	}
	// An agency refusing a vendor's request ("FCC denies China Mobile bid")
	// is an action of its own; a court's or a suit's is not.
	return (anyOf(tw, p9courts) || anyOf(tw, p9suits)) && p9Refused(tw) || pairIn(tw, p9stay, p9on, 1) && pairIn(tw, p9on, p9lists, 6)
}

// p9Refused finds a refusal and what it refuses within six words: a
// challenge turned down, a listing upheld. A court tossing the listing
// itself ("Judge tosses Pentagon designation of Xiaomi") undoes it: the
// first of p9challenges after "tosses" must be a contest, not the hold.
func p9Refused(tw []string) bool {
	for i, w := range tw {
		if !p9refuse[w] {
			continue
		}
		for k := i + 1; k < len(tw) && k <= i+6; k++ {
			if !p9challenges[tw[k]] {
				continue
			}
			if (w == "tosses" || w == "tossed") && oneOf(tw[k], "listing", "designation", "blacklisting") {
				break
			}
			return true
		}
	}
	return false
}

var (
	// p9hearing are a hearing and what is said at one.
	p9hearing = wordSet(`hearing hearings testifies testified testify testimony grill grills grilled
		grilling`)
	// p9tellVerbs and p9panels: "tells House panel", "told lawmakers".
	p9tellVerbs = wordSet("tell tells told telling warn warns warned")
	p9panels    = wordSet(`lawmakers congress senators panel committee parliament mps house senate
		legislators`)
	// p9decided are decisions that stand beside a hearing ("passes ban
	// after hearing").
	p9decided = wordSet("passes passed signs signed votes voted approves approved enacts enacted")
)

// hearing reads a hearing or testimony ("FCC commissioner tells House
// panel Chinese routers pose national security risk", "Senators grill
// Temu executives"): talk about a vendor, no action taken. A hearing in
// a clause of reason or time is the action's occasion, not the news
// ("Pentagon bans TikTok after hearing on Chinese influence").
func hearing(tw []string) bool {
	if anyOf(tw, p9decided) {
		return false
	}
	if pairIn(tw, p9tellVerbs, p9panels, 2) {
		return true
	}
	for i, w := range tw {
		if p9hearing[w] && !p9Occasion(tw, i) {
			return true
		}
	}
	return false
}

// p9Occasion reports whether a turn word ("after", "amid", "following",
// "during") opens a clause within the three words before tw[i].
func p9Occasion(tw []string, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if oneOf(tw[j], "after", "amid", "following", "during") {
			return true
		}
	}
	return false
}

var (
	// p9junk are packages no one trusted: spam, junk, squats.
	p9junk = wordSet(`junk spam spammy bogus typosquat typosquats typosquatting typosquatted copycat
		confusion placeholder placeholders`)
)

// junkPackages reads a registry's clean-up of packages never trusted
// ("PyPI removes thousands of junk packages uploaded in dependency
// confusion spam"), with no word of a channel broken into.
func junkPackages(tw []string) bool {
	return anyOf(tw, p9junk) && !anyOf(tw, p9ownChannel)
}

var (
	// p9drafts are a law or rule still being written.
	p9drafts = wordSet("draft drafts drafted drafting")
	// p9modals say what a draft would do.
	p9modals = wordSet("could would might may")
)

// draftOnly reads a ban that is only drafted ("Poland drafts law that
// could exclude Huawei from 5G networks"): a law counts once a chamber
// passes it (trust-events.md), and a passed one is no draft.
func draftOnly(tw []string) bool {
	return anyOf(tw, p9drafts) && anyOf(tw, p9modals) && !anyOf(tw, p9decided)
}
