package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cov23bOff turns the readers of this file off (the grid tests' before).
var cov23bOff = false

// weighedOnAlert reports whether a title's step is only weighed ("U.S.
// weighs blacklisting Chinese surveillance firms", "Commerce considers
// sanctioning X", "EU mulls ban on Y"): a step not taken is no event
// (trust-events.md). The rules veto it where the title holds the alert's
// evidence (rumouredStep in match); this reads it on the answer whichever
// path made it, a lead's vendor or the rescue, and only on an alert.
// A step threatened ("Trump threatens to ban TikTok unless it is sold",
// "China threatens to blacklist X") is weighed too: the threat is no step.
func weighedOnAlert(title string) bool {
	if rumouredStep(title) {
		return true
	}
	words := titleWords(title)
	for i := 0; i+2 < len(words); i++ {
		if threatensVerbs[words[i].lc()] && words[i+1].lc() == "to" && threatSteps[words[i+2].lc()] {
			return true
		}
	}
	return false
}

var (
	threatensVerbs = wordSet("threaten threatens threatened threatening")
	// threatSteps are the holds a threat may promise.
	threatSteps = wordSet(`ban bar block blacklist sanction restrict delist remove pull exclude
		add cut kick expel outlaw shut prohibit`)
)

// aheadOfHold reports whether a title's hold is the occasion its news is
// ahead of, not the news ("Chinese buyers rush to stock Nvidia chips
// ahead of new export curbs", "X stockpiles chips in anticipation of US
// sanctions", "Y braces for ban"): the clause before the marker is what
// happened, the hold after it is awaited. With the evidence in the title,
// every signal must stand after the marker ("Amazon pulls X ahead of US
// ban" keeps its alert); with the evidence in the lead, the title must
// write a hold after the marker and none before it.
func aheadOfHold(title string, a *trust.Alert) bool {
	lt := strings.ToLower(title)
	at, end := -1, 0
	for _, p := range aheadMarkers {
		if i := strings.Index(lt, p); i >= 0 && (at < 0 || i < at) {
			at, end = i, i+len(p)
		}
	}
	if at < 0 {
		return false
	}
	if a.InTitle {
		return signalsAfter(lt, at, a)
	}
	return hasWordIn(lt[end:], awaitedHolds) && !hasWordIn(lt[:at], awaitedHolds)
}

// signalsAfter reports whether every signal of a with a weight stands in
// lt after byte at, and there is one.
func signalsAfter(lt string, at int, a *trust.Alert) bool {
	n := 0
	for _, sg := range a.Signals {
		if sg.Weight <= 0 {
			continue
		}
		if i := strings.Index(lt, strings.ToLower(sg.Term)); i <= at {
			return false
		}
		n++
	}
	return n > 0
}

// aheadMarkers open the clause of what a title's news is ahead of.
var aheadMarkers = []string{" ahead of ", " in anticipation of ", " in preparation for ",
	" in the run-up to ", " in the lead-up to ", " braces for ", " brace for ", " bracing for ",
	" prepares for ", " prepare for ", " preparing for "}

// awaitedHolds are a hold's nouns that a title may await.
var awaitedHolds = wordSet(`ban bans curbs restrictions sanctions controls tariffs blacklisting
	blacklist prohibition deadline delisting crackdown`)

// billUnpassed reports whether a title's news is a bill put forward or
// moved by a committee, not passed by a chamber ("Senators introduce bill
// to ban X", "House panel advances bill to put X on FCC's Covered List",
// "Bill to ban X introduced in Congress", "Lawmakers unveil the Y Act"):
// trust-events.md counts a bill once it passes a chamber. The rules read
// some of these for a ban (pr11Alert) or in the lead (prec17); this reads
// the title on the answer whatever its category or path, and only on an
// alert. A chamber's pass or a signing in the title without a committee
// ("House passes bill introduced by X") leaves the alert alone.
func billUnpassed(title string) bool {
	words := titleWords(title)
	bill, committee, step, passed := false, false, false, false
	for _, w := range words {
		lw := w.lc()
		switch {
		case billNouns[lw] || lw == "act" && w.text == "Act":
			bill = true
		case billCommittees[lw]:
			committee = true
		case billPutForward[lw]:
			step = true
		case billPassed[lw]:
			passed = true
		}
	}
	if !bill {
		return false
	}
	if committee {
		return step || passed
	}
	return step && !passed
}

var (
	// billNouns are a bill's names; an agency's rule or measure is none.
	billNouns = wordSet("bill bills legislation")
	// billCommittees move a bill before a chamber votes on it.
	billCommittees = wordSet("committee committees subcommittee panel")
	// billPutForward are a bill's steps before a chamber's vote.
	billPutForward = wordSet(`introduce introduces introduced introducing reintroduce reintroduces
		reintroduced unveil unveils unveiled file files filed draft drafts drafted advance advances
		advanced advancing`)
	// billPassed are a chamber's pass or a signing (or, after a committee,
	// its own vote).
	billPassed = wordSet(`pass passes passed approve approves approved clears cleared backs backed
		signs signed enacts enacted`)
)

// heardOnAlert reports whether a title's news is a hearing or testimony
// ("Senate hearing on SolarWinds: Microsoft, FireEye executives testify",
// "Lawmakers grill X executive over hack"): coverage of the happening
// it is about (trust-events.md), whatever the alert's category or path.
// The lead's pass reads hearing for every category but a compromise's and
// a package's; this reads it on the answer, only on an alert. A decision
// beside the hearing ("House passes ban after hearing") is left to hearing.
func heardOnAlert(title string) bool {
	return hearing(lowerWords(titleWords(title)))
}

// vendorChallenges reports whether a title's news is the vendor's own
// challenge of a hold ("Hikvision to challenge Canada's wind-up order in
// court", "Huawei appeals Swedish court ruling", "TikTok sues to block
// Montana's ban"): the challenge withdraws no trust, and a ruling is the
// reversal's news. The rules read a vendor that sues an authority
// (cl16VendorSues) on their own path; this reads the wider verbs on the
// answer whichever path made it, only on an alert. The vendor must be the
// verb's subject (its name or a maker's noun right before it, or "to",
// "will" after one): "Texas sues TP-Link", "Apple sues NSO Group", "X wins
// appeal against ban" and "ban suspended pending appeal" are left alone.
func vendorChallenges(title string, a *trust.Alert) bool {
	if len(a.Vendors) == 0 {
		return false
	}
	words := titleWords(title)
	for v := 1; v < len(words); v++ {
		if !challengeVerbs[words[v].lc()] {
			continue
		}
		subj := v - 1
		for subj > 0 && challengeAux[words[subj].lc()] {
			subj--
		}
		if challengeAux[words[subj].lc()] || !cl16NamedBefore(words[subj:subj+1], a.Vendors) {
			return false
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if l := words[k].lc(); authorities[l] || challengedHolds[l] || l == "over" || l == "to" && k == v+1 {
				return true
			}
		}
		return false
	}
	return false
}

var (
	challengeVerbs = wordSet(`sue sues challenge challenges contest contests appeal appeals
		fight fights`)
	// challengeAux stand between the vendor and its challenge ("to",
	// "will", "says it will", "plans to", "vows to").
	challengeAux = wordSet("to will would says said it plans plan vows vow moves move seeks seek")
	// challengedHolds are what a vendor challenges.
	challengedHolds = wordSet(`ban bans order orders ruling decision designation listing label
		sanctions rule rules exclusion blacklisting law restrictions`)
)
