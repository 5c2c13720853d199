package match

import "strings"

// Shapes of the leftovers4 set: shapes reported as still wrong after the
// classrev and leftovers3 rounds.
//
//   - Advice to drop a named registry vendor: "Estonia tells ministries to
//     drop Huawei". classrevOpen lets the advice, halt and move shapes
//     read a title only when it holds a kind of product or a country (the
//     gate for titles with no vendor); a title naming a registry vendor
//     after the verb has its object already, so the shape's own words are
//     gate enough (namedShapeOpen).

// namedShapeOpen reports whether a title naming a registry vendor holds
// the words of one of classrev's shapes (advice to drop, an ordered halt,
// a move to bar, a ban walked back).
func (m *Matcher) namedShapeOpen(g gateBits, hits []hit) bool {
	shape := g&gAdviceVerbs != 0 && g&(gDropVerbs|gHaltNouns) != 0 || g&gWalkVerbs != 0 && g&gBanNouns != 0 ||
		g&gMoveVerbs != 0 && g&gBarActs != 0
	if !shape {
		return false
	}
	for _, h := range hits {
		if m.has(h.pat, kindVendor) {
			return true
		}
	}
	return false
}

// weighedBan reads a step only weighed, told with the step's noun: "US
// weighs ban on TP-Link routers", "White House eyes ban on DeepSeek",
// "EU mulls restrictions on Huawei", "UK considering a ban on Hikvision".
// trust-events.md counts a ban once imposed and sanctions from a formal
// proposal; officials weighing either have done neither. A formal step
// named in the title ("weighs proposal", "considers rule") is left to
// the shapes that read it.
func weighedBan(title string) bool {
	var sc wordScan
	sc.s = title
	gap := -1 // words since a verb of weighing; -1 before any
	for w := sc.next(); w != nil; w = sc.next() {
		switch {
		case rumourWords[string(w)]:
			gap = 0
			continue
		case gap < 0:
			continue
		case weighedSteps[string(w)]:
			return true
		case gap < 2 && weighedFillers[string(w)]:
			gap++
			continue
		}
		gap = -1
	}
	return false
}

var (
	// weighedSteps: the nouns of a step that is weighed.
	weighedSteps = set("ban", "bans", "restrictions", "curbs", "blacklisting", "sanctions", "prohibition", "blacklist")
	// weighedFillers may stand between the verb and its step.
	weighedFillers = set("a", "an", "new", "possible", "potential", "nationwide", "total", "outright", "wider", "broad",
		"fresh", "further", "more")
)

// liftedWhere reads a hold lifted in the passive whose object runs on in
// lower case and place words before the verb: "Ban on TikTok in Nepal is
// lifted", "Ban on Huawei equipment in Portugal lifted by court",
// "Sanctions against Kaspersky's US unit are lifted". passiveLifted
// (leftovers2.go) stops at the first lower-case word of the object; here
// the hold must be followed by "on" or "against", and any words up to the
// verb do, so long as none turns the clause (a stop, "after", "but").
func liftedWhere(words []titleWord) (lo, hi int, ok bool) {
	for i := 0; i+2 < len(words); i++ {
		if !liftedHolds[strings.ToLower(words[i].text)] || words[i].stop || !oneOf(strings.ToLower(words[i+1].text), "on", "against") {
			continue
		}
		for k := i + 2; k < len(words) && k <= i+9; k++ {
			lk := strings.ToLower(words[k].text)
			if liftedVerbs[lk] && k > i+2 {
				return i, k, true
			}
			if words[k].stop || clauseTurns[lk] || liftedTurns[lk] {
				break
			}
		}
	}
	return 0, 0, false
}

// liftedTurns end a hold's object before its verb: "Ban on Huawei stays
// after appeal is lifted" is not the ban lifted.
var liftedTurns = set("after", "but", "while", "as", "despite", "stays", "remains", "until", "not", "still", "once",
	"when", "if", "unless", "before")
