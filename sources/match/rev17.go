package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Reversals in the wordings the older readers (lifted.go, classrev.go)
// miss, read as one structure: a verb or noun of undoing applied to a
// state's hold on a vendor, or to the vendor's being let back. Each shape
// below names the hold it undoes, so that a title that tells both the
// hold and its undoing ("UK drops Hikvision from list of banned
// surveillance suppliers") is a reversal, never the hold
// (trust-events.md's reversal row). liftedHold reads them after its own
// shapes, under the same talk and content checks, and classrevUndo's
// callers (the reversal alert, settle's recategorisation) read them
// through it.
//
//   - A plan or order undone: "UK scraps plan to strip Huawei from
//     broadband networks", "Dutch government suspends order seizing
//     control of chipmaker Nexperia", "Netherlands suspends order over
//     Chinese-owned chipmaker". A plan dropped before it applied is read
//     as the reversal of the threatened exclusion, as walkedBack reads
//     "Brazil scraps plan to ban Huawei": the news is trust restored.
//   - Off a list of the banned told in more words: "drops Hikvision from
//     list of banned surveillance suppliers", "to strike Xiaomi from
//     military blacklist".
//   - A reprieve, waiver or licence from a hold: "grants Huawei temporary
//     reprieve from export blacklist", "issues general license for ZTE".
//   - A grounding lifted: "lifts grounding of DJI drones".
//   - Use resumed or a reopening allowed after a hold: "resumes use of
//     DJI spray drones after waiver", "lets TikTok Shop reopen after ban".
//   - A court finding the authority overstepped in acting: "Appeals court
//     rules Treasury overstepped in sanctioning Tornado Cash".
//
// Not read: a hold lifted on a person, an account or a creator ("lifts
// sanctions on former Intellexa executive", "TikTok ban lifted for
// creators"), which rv17ForPerson vetoes on every reversal alert.

var (
	// rv17UndoVerbs undo a plan or an order.
	rv17UndoVerbs = wordSet("scraps scrapped scrap drops dropped abandons abandoned shelves shelved suspends",
		"suspended pauses paused halts halted withdraws withdrew withdrawn revokes",
		"revoked rescinds rescinded cancels cancelled canceled reverses reversed lifts",
		"lifted ends ended axes axed nixes nixed retracts retracted")
	// rv17Plans are what rv17UndoVerbs undo.
	rv17Plans = wordSet("plan plans order orders proposal directive requirement mandate intervention")
	// rv17Holding are the acts a plan or order would have done: after
	// "to" ("plan to strip Huawei") or as a gerund ("order seizing").
	rv17Holding = wordSet("strip ban bar remove exclude block blacklist sanction ground rip phase seize",
		"restrict prohibit stripping banning barring removing excluding blocking",
		"blacklisting sanctioning grounding seizing restricting prohibiting forcing",
		"requiring taking delist delisting")
	// rv17OffVerbs take a vendor off a list in the forms offVerbsAny lacks.
	rv17OffVerbs = wordSet("strike striking removes removed remove drops dropped drop takes took take",
		"strikes struck delists delisted delist")
	// rv17BannedAdjs say a list is of the banned: "list of banned
	// suppliers", "list of blacklisted firms".
	rv17BannedAdjs = wordSet("banned blacklisted prohibited sanctioned restricted excluded high-risk untrusted",
		"barred forbidden")
	// rv17Grants are a hold's relief an authority grants.
	rv17Grants = wordSet("reprieve reprieves waiver waivers exemption exemptions license licence licenses",
		"licences")
	// rv17LiftHolds are holds lifted beyond holds: a grounding.
	rv17LiftHolds = wordSet("grounding groundings blacklisting delisting blockade")
	// rv17Resume resume a use; rv17Uses what is resumed.
	rv17Resume = wordSet("resumes resumed resume restarts restarted")
	rv17Uses   = wordSet("use using flying buying purchases purchasing deployment deploying procurement")
	// rv17PriorHolds tell the hold a use resumes after.
	rv17PriorHolds = wordSet("waiver waivers ban bans grounding reprieve exemption review suspension pause",
		"lifted halt")
	// rv17Reopen let a vendor's business back.
	rv17Reopen = wordSet("reopen reopens reopened relaunch relaunches operate resume return")
	// rv17Oversteps: a court's finding against the authority's act.
	rv17Oversteps = wordSet("overstepped oversteps exceeded exceeds erred unlawfully illegally")
	// rv17Persons are holders of a hold who are no vendor.
	rv17Persons = wordSet("executive executives founder founders ceo official officials individual",
		"individuals person creators creator accounts account journalist journalists",
		"activist activists director directors oligarch oligarchs influencers streamers",
		"livestreamers developer developers cfo cto coo chairman chairwoman co-founder",
		"cofounder relatives wife husband employee employees",
		"chief")
)

// rv17Gate and rv17Objects join liftGate and liftObjects (lifted.go):
// the words the shapes here turn on and need beside them, beyond those
// sets' own. The objects are the shapes' rarer words (a plan's noun, a
// list's adjective, a grounding, a reopening), not every word a shape
// reads: a common word ("review", "move") would open the gate, and split
// the title into words, for most titles that hold a verb of the gate.
var (
	rv17Gate    = union(rv17UndoVerbs, rv17OffVerbs, rv17Resume, letVerbs, grantVerbs, rv17Oversteps)
	rv17Objects = wordSet("plan plans proposal directive requirement intervention banned blacklisted",
		"prohibited sanctioned excluded barred untrusted high-risk grounding groundings",
		"blacklisting delisting blockade reopen reopens reopened relaunch exemption",
		"sanctioning banning")
)

// rv17Undo finds one of the reversal shapes here in a title's words: the
// span of its evidence.
func rv17Undo(words []titleWord) (int, int, bool) {
	for v, w := range words {
		if !inFold(rv17Gate, w.text) {
			continue
		}
		lw := w.lc()
		if rv17UndoVerbs[lw] && stateActor(words[:v]) {
			if hi, ok := rv17PlanUndone(words, v); ok {
				return v, hi, true
			}
			if liftVerbs[lw] {
				if hi, ok := rv17After(words, v, 4, rv17LiftHolds); ok {
					return v, hi, true // "lifts grounding of DJI drones"
				}
			}
		}
		if rv17OffVerbs[lw] {
			if hi, ok := rv17OffList(words, v); ok {
				return v, hi, true
			}
		}
		if grantVerbs[lw] && stateActor(words[:v]) {
			if hi, ok := rv17Granted(words, v); ok {
				return v, hi, true
			}
		}
		if letVerbs[lw] && stateActor(words[:v]) {
			if hi, ok := rv17After(words, v, 5, rv17Reopen); ok && rv17HoldBefore(words, hi) {
				return v, hi, true // "lets TikTok Shop reopen after ban"
			}
		}
		if rv17Resume[lw] && stateActor(words[:v]) {
			if hi, ok := rv17After(words, v, 2, rv17Uses); ok && rv17HoldBefore(words, hi) {
				return v, hi, true // "resumes use of DJI spray drones after waiver"
			}
		}
		if rv17Oversteps[lw] && inWords(words[:v], courtWords) {
			for k := v + 1; k < len(words) && k <= v+4; k++ {
				if stepGerunds[words[k].lc()] {
					return v, k, true // "court rules Treasury overstepped in sanctioning"
				}
				if words[k].stop {
					break
				}
			}
		}
	}
	return 0, 0, false
}

// rv17PlanUndone finds a plan or order after the verb at v (up to three
// words between: "its", "the", "controversial") and the act it would have
// done right after it: "scraps plan to strip", "suspends order seizing",
// "suspends order over".
func rv17PlanUndone(words []titleWord, v int) (int, bool) {
	for k := v + 1; k+1 < len(words) && k <= v+4; k++ {
		lk := words[k].lc()
		if rv17Plans[lk] {
			next := words[k+1].lc()
			switch {
			case next == "to" && k+2 < len(words) && rv17Holding[words[k+2].lc()]:
				return k + 2, true
			case rv17Holding[next] && strings.HasSuffix(next, "ing"):
				return k + 1, true
			case (lk == "order" || lk == "orders") && oneOf(next, "over", "against", "on"):
				return k + 1, true
			}
			return 0, false
		}
		if words[k].stop {
			break
		}
	}
	return 0, false
}

// rv17After finds a word of set within n words after v, in its clause.
func rv17After(words []titleWord, v, n int, set map[string]bool) (int, bool) {
	for k := v + 1; k < len(words) && k <= v+n; k++ {
		if set[words[k].lc()] {
			return k, true
		}
		if words[k].stop {
			break
		}
	}
	return 0, false
}

// rv17HoldBefore reports whether a hold is told after the word at k: "after
// ban", "after waiver", "following review".
func rv17HoldBefore(words []titleWord, k int) bool {
	for j := k + 1; j < len(words); j++ {
		if oneOf(words[j].lc(), "after", "following", "under") {
			for i := j + 1; i < len(words) && i <= j+3; i++ {
				if rv17PriorHolds[words[i].lc()] {
					return true
				}
			}
		}
	}
	return false
}

// rv17OffList finds "from" or "off" and then a list of the banned told in
// the words offBannedList does not read: "from list of banned
// surveillance suppliers", "from military blacklist", "from Chinese
// military company list".
func rv17OffList(words []titleWord, v int) (int, bool) {
	military := false // a "military" since "from": "from Chinese military company list"
	return fromOffList(words, v, 6, func(k, j int) (int, bool) {
		lj := words[j].lc()
		military = military || lj == "military"
		if lj == "blacklist" || lj == "blacklists" || (lj == "list" || lj == "lists") && (military || j > k+1 && bannedLists[words[j-1].lc()]) {
			return j, true
		}
		if (lj == "list" || lj == "lists") && j+2 < len(words) && words[j+1].lc() == "of" &&
			(rv17BannedAdjs[words[j+2].lc()] || j+3 < len(words) && words[j+2].lc() == "the" && rv17BannedAdjs[words[j+3].lc()]) {
			return j + 2, true
		}
		return 0, false
	})
}

// rv17Granted finds relief granted after the verb at v: a reprieve, or a
// waiver, exemption or licence from a hold or a list, or a general
// licence ("grants Huawei temporary reprieve from export blacklist",
// "issues general license for ZTE").
func rv17Granted(words []titleWord, v int) (int, bool) {
	for k := v + 1; k < len(words) && k <= v+4; k++ {
		lk := words[k].lc()
		if rv17Grants[lk] {
			if strings.HasPrefix(lk, "reprieve") || words[k-1].lc() == "general" {
				return k, true
			}
			if k+1 < len(words) && oneOf(words[k+1].lc(), "from", "to") {
				for j := k + 2; j < len(words) && j <= k+5; j++ {
					lj := words[j].lc()
					if holds[lj] || lj == "blacklist" || lj == "list" || lj == "controls" || rv17LiftHolds[lj] {
						return j, true
					}
					if words[j].stop {
						break
					}
				}
			}
			return 0, false
		}
		if words[k].stop {
			break
		}
	}
	return 0, false
}

// rv17ForPerson reports whether a title lifts its hold on a person, an
// account or a creator rather than a vendor: a person's noun the hold or
// its lifting is on or for ("lifts sanctions on former Intellexa
// executive", "TikTok ban lifted for creators in Indonesia"). Another
// preposition ends the hold's object ("ban in suit by creators"), and a
// person before the hold is its authority ("revokes Trump executive
// orders").
func rv17ForPerson(title string) bool {
	words := titleWords(title)
	for i, w := range words {
		lw := w.lc()
		if !holds[lw] && !liftVerbs[lw] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			lk := words[k].lc()
			if oneOf(lk, "on", "for", "against") {
				for j := k + 1; j < len(words) && j <= k+4; j++ {
					if rv17Persons[words[j].lc()] {
						return true
					}
					if words[j].stop || stopWords[words[j].lc()] && words[j].lc() != "the" && !nameSuffix(words, j) {
						break
					}
				}
				break
			}
			if words[k].stop || stopWords[lk] {
				break
			}
		}
	}
	return false
}

// rv17Held reports whether a reversal alert is none: a hold lifted on a
// person (rv17ForPerson), or a lifting only asked about ("Will US lift
// sanctions on Huawei?").
func rv17Held(title string, a trust.Alert) bool {
	return a.Category == trust.CategoryReversal && (rv17ForPerson(title) || rv17Asked(title))
}

// rv17Auxiliaries open a question asked of a step not taken.
var rv17Auxiliaries = wordSet("will would could can should might may does do did is are")

// rv17Asked reports whether a title is a question opened by an auxiliary:
// "Will the US lift its ban on Huawei?", not "Ban struck down: what next?".
func rv17Asked(title string) bool {
	if !isQuestion(title) {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(title), " ")
	return inFold(rv17Auxiliaries, first)
}

// rv17MainClause reports whether a reversal alert's title tells the
// undoing in its main clause with one of the shapes here, so that the hold
// its reason clause names ("lets TikTok Shop reopen after ban") is the
// undoing's past, not a past event the title retells.
func rv17MainClause(title string, u *unit) bool {
	if u.category != trust.CategoryReversal {
		return false
	}
	_, _, ok := rv17Undo(titleWords(title))
	return ok
}

// rv17Open reports whether the reversal alert may read a title that
// names no registry vendor and no kind: one of the shapes here, whose
// words tell the hold undone. The older shapes keep their gates for such
// a title: "Nigeria lifts Twitter ban" names a ban whose motive (a post
// deleted) only the lead tells, and its name as written would alert.
func rv17Open(title string, g gateBits) bool {
	if !g.all(gLift, gLiftObj) {
		return false
	}
	_, _, ok := rv17Undo(titleWords(title))
	return ok
}

// rv17Object names the vendor a reversal shape at lo..hi undoes a hold on,
// as written: the first name after the shape's verb within its clause
// ("grants Arvoro reprieve", "walks back Arvoro ban", "plan to strip
// Arvoro from", "lifts ban on Tenmark Systems", "overstepped in
// blacklisting Arvoro"), never an authority, a place or a nationality. A
// list's name ("Entity List") follows the vendor, so the first name is
// the vendor's. Only the shapes here are named so: "Nigeria lifts Twitter
// ban" is liftedHold's, whose naming wants the hold's object told.
func rv17Object(words []titleWord, lo, hi int) string {
	if l, h, ok := rv17Undo(words); !ok || l != lo || h != hi {
		return "" // an older shape's: its own naming (rc10HoldObject, shapeObject)
	}
	for k := lo + 1; k < len(words) && k <= hi+4; k++ {
		lk := words[k].lc()
		if k > hi && (clauseTurns[lk] || lk == "from" || lk == "to" && k > hi+1) {
			break // "... after ban", "reprieve from export blacklist"
		}
		if hasUpperOrDigit(words[k].text) && nameWord(words[k]) && !authorities[lk] && !places[lk] && !nationality[lk] && !courtWords[lk] {
			n := nameAt(words, k)
			if n == "" || nationality[strings.ToLower(n)] || authorities[strings.ToLower(n)] || actors[strings.ToLower(n)] {
				return ""
			}
			return n
		}
		if words[k].stop {
			break
		}
	}
	return ""
}
