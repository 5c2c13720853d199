package match

import (
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pr11.go: look-alikes of authority actions read once an alert exists, by
// evidence any wording of them carries (trust-events.md decides each):
//   - fake apps or sites that impersonate a brand removed or ordered
//     removed ("Regulator orders app stores to remove fake Binance apps"):
//     the copies were never the vendor's, so no trust in it is withdrawn;
//   - a law or bill only proposed or introduced ("Canada proposes law to
//     ban Huawei and ZTE"), or a ban put out for consultation: a law counts
//     once a chamber passes it. An agency's proposed rule is a formal step
//     and is left alone;
//   - goods kept out for trade ("India bans import of foreign drones to
//     boost local manufacturing", "Indonesia bans Temu to protect small
//     businesses"): a ban needs a security, privacy or foreign-control
//     motive, and a trade motive with none of those beside it is not one.
//     The vendors' country ("Chinese", "foreign") is no motive of its own.
//   - a vendor's own sales or exports to a country curbed or freed ("US
//     restricts Nvidia AI chip sales to China", "US eases export curbs on
//     Nvidia chips to Gulf states"): the vendor is the seller, not the
//     one whose trust is withdrawn; a buyer named after "to" ("curbs chip
//     exports to Huawei") stays the target.
//   - an app or feature stopped over content or speech ("Vietnam orders
//     halt to TikTok livestream sales over content violations", "Apple
//     removes ICEBlock app ... sightings of immigration agents"): content
//     moderation and censorship are not events, unless a security, data or
//     spying motive stands beside them. Such a stop lifted is left to the
//     reversal rules (recall10's "Pakistan lifts suspension of Tinder").
//   - advice after a colon ("Chrome distrust deadline: what Entrust
//     customers need to do", "Kaspersky ban: how to replace your
//     antivirus"): a guide to an event, coverage of it, not its news.
// A court upholding a ban is left alone: the corpus labels "Judge upholds
// Texas TikTok ban on government devices" an event.

// pr11After vetoes the look-alikes above; false drops the alert.
func pr11After(title, lead string, u *unit) bool {
	if pr11Advice(title) {
		u.coverage = true
	}
	switch u.category {
	case trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective, trust.CategoryDelisting:
	case trust.CategoryReversal:
		tw := lowerWords(headline(titleWords(title)))
		return !pr11SellerCurbed(tw, u)
	default:
		return true
	}
	tw := lowerWords(headline(titleWords(title)))
	// Sanctions on those who run such copies stay: the sanctioned firm
	// is the one whose trust is withdrawn.
	if u.category != trust.CategorySanctions && pairIn(tw, pr11Fakes, pr11Copies, 3) {
		return false
	}
	if u.category == trust.CategoryBan && pairIn(tw, pr11Propose, pr11Laws, 3) && !anyOf(tw, p9decided) {
		return false
	}
	lw := lowerWords(titleWords(firstSentence(lead)))
	if u.category == trust.CategoryBan && (anyOf(tw, pr11Propose) || anyOf(tw, pr11Proposal)) &&
		(anyOf(tw, pr11Consult) || anyOf(lw, pr11Consult)) && !anyOf(tw, p9decided) {
		return false
	}
	if u.category != trust.CategorySanctions && (pr11TradeOnly(tw, lw) || cl16TradePurpose(tw) || pr11SpeechOnly(tw, lw)) {
		return false
	}
	if u.category != trust.CategoryDelisting && u.category != trust.CategoryDirective && pr11SellerCurbed(tw, u) {
		return false
	}
	return true
}

var (
	// pr11Fakes are copies posing as a brand: never the vendor's own.
	pr11Fakes = wordSet(`fake fakes counterfeit fraudulent clone cloned clones copycat copycats
		impostor imposter bogus knockoff spoofed lookalike look-alike impersonating`)
	// pr11Copies are what such copies are.
	pr11Copies = wordSet(`app apps application applications site sites website websites extension
		extensions accounts account pages versions wallets wallet`)
	// pr11Propose are a law put forward, not yet passed.
	pr11Propose = wordSet(`proposes proposed propose proposing introduces introduced introduce
		table tables tabled file files filed unveil unveils unveiled`)
	// pr11Laws are laws and bills; an agency's rule is not among them.
	pr11Laws = wordSet("law laws bill bills legislation amendment amendments")
)

// pr11TradeOnly reads a trade motive in title or lead (imports, tariffs,
// local industry or sellers protected) with no motive of trust beside it.
func pr11TradeOnly(tw, lw []string) bool {
	trade := anyOf(tw, pr11Trade) || anyOf(lw, pr11Trade) || pairIn(tw, p9local, p9trade, 1) || pairIn(lw, p9local, p9trade, 1) ||
		pairIn(tw, p9local, pr11Industry, 1) || pairIn(lw, p9local, pr11Industry, 1)
	return trade && !anyOf(tw, pr11Motives) && !anyOf(lw, pr11Motives)
}

var (
	// pr11Proposal and pr11Consult: a ban put out for comment.
	// pr11Sales and pr11Regions: a vendor's goods sold to a place.
	pr11Sales    = wordSet("sales sale exports export shipments shipment selling sell sells")
	pr11Regions  = wordSet("gulf middle uae saudi iran countries nations asia africa")
	pr11Proposal = wordSet("proposal proposals proposed")
	pr11Consult  = wordSet("consultation consultations consults consult consulting")
	// pr11Trade are motives of trade: goods kept out to help local makers.
	pr11Trade = wordSet(`tariff tariffs anti-dumping dumping subsidies subsidised subsidized overcapacity
		protectionism protectionist self-reliance self-reliant made-in-india manufacturing`)
	// pr11Industry are local makers protected ("domestic industry").
	pr11Industry = wordSet("industry industries manufacturers makers jobs economy")
	// pr11Motives are motives of trust, without the vendors' country
	// (a trade story names it too).
	pr11Motives = wordSet(`security secure cybersecurity cyber privacy data spy spying spyware
		espionage surveillance intelligence hack hacked hacking hackers malware backdoor
		backdoors snooping eavesdropping sovereignty military`)
)

// pr11SellerCurbed reads "<vendor> ... sales|exports to <country>": the
// vendor named before the sale, a country or region after "to", and no
// vendor after it.
func pr11SellerCurbed(tw []string, u *unit) bool {
	for k := 1; k+1 < len(tw); k++ {
		if tw[k] != "to" || !anyOf(tw[max(0, k-5):k], pr11Sales) {
			continue
		}
		dest := tw[k+1]
		if dest == "the" && k+2 < len(tw) {
			dest = tw[k+2]
		}
		if !otherStates[dest] && !pr11Regions[dest] {
			continue
		}
		before, after := false, false
		for _, v := range u.vendors {
			first := strings.ToLower(strings.Fields(v.Name + " x")[0])
			before = before || slices.Contains(tw[:k], first)
			after = after || slices.Contains(tw[k:], first)
		}
		return before && !after
	}
	return false
}

// pr11SpeechOnly reads a motive of content or speech in title or lead
// with no motive of trust beside it.
func pr11SpeechOnly(tw, lw []string) bool {
	return (anyOf(tw, pr11Speech) || anyOf(lw, pr11Speech)) && !anyOf(tw, pr11Motives) && !anyOf(lw, pr11Motives)
}

// pr11Speech are content, speech and politics: what moderation and
// censorship act on.
// Censorship itself is not among them: a vendor's product that censors
// ("Xiaomi handsets could detect and censor terms") is a motive of trust,
// and creators bring suits that strike bans down.
var pr11Speech = wordSet(`content livestream livestreams livestreaming monetisation monetization political
	politics protest protests protesters opposition dissident dissidents immigration lgbt lgbtq
	satire`)

// pr11Advice reads a title whose clause after a colon opens with "what"
// or "how" and tells readers what to do ("need to", "should", "how to").
func pr11Advice(title string) bool {
	c := strings.IndexByte(title, ':')
	if c < 0 {
		return false
	}
	after := strings.Fields(strings.ToLower(title[c+1:]))
	if len(after) < 2 || after[0] != "what" && after[0] != "how" {
		return false
	}
	return after[0] == "how" && after[1] == "to" || slices.Contains(after, "should") ||
		pairIn(after, pr11Need, pr11To, 1)
}

var (
	// pr11Need and pr11To: "need to", "needs to", "have to".
	pr11Need = wordSet("need needs have has ought")
	pr11To   = wordSet("to")
)
