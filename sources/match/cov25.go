package match

import "github.com/vendorwatch/vendorwatch/trust"

// cov25Off turns the reading of this file off (the grid tests' before).
var cov25Off = false

// turnToldAfter reports whether a compromise's or a package's title
// tells the turn itself as a clause after "after" or "following": a
// subject and its turning verb ("Developers warned after popular
// Packagist packages hijacked", "Exchange drained after custody
// software vendor's update was poisoned", "Third-party package racks
// up downloads after being hijacked", "Python developers hit after
// attackers take over popular PyPI projects", "plugins pulled after new
// owner planted a backdoor"). Such a clause is the day's news of the
// turn, and what the title tells before it its consequence. A clause
// that only names the event with a noun ("after SolarWinds supply-chain
// attack", "after the hijacked update") or dates it ("after last year's
// update hijack", "months after its packages were hijacked") looks back
// on an event another article told (afterClause), and stays coverage; so
// does a turn that only could happen ("after hackers could push malware").
func turnToldAfter(title string, u *unit) bool {
	if cov25Off || u.category != trust.CategoryCompromise && u.category != trust.CategoryOSS {
		return false
	}
	words := titleWords(title)
	at := -1
	for i := 1; i+1 < len(words); i++ {
		if l := words[i].lc(); l == "after" || l == "following" {
			at = i
			break
		}
	}
	if at < 0 || words[at-1].stop {
		return false // "..., after ...": no main clause of the title's own before it
	}
	for k := at - 3; k < at; k++ {
		if k >= 0 && c25Times[words[k].lc()] {
			return false // "months after", "a year after"
		}
	}
	clause := words[at+1:]
	for _, w := range clause {
		if l := w.lc(); c25Times[l] || c25Modals[l] || c24Year(l) || possessor(l) == "year" || possessor(l) == "week" || possessor(l) == "month" {
			return false // "after last year's hijack", "after the 2021 breach"
		}
	}
	for j, w := range clause {
		l := w.lc()
		switch {
		case c25Passive[l]:
			// "packages hijacked", "update was poisoned", "being
			// hijacked": a participle after its subject or an
			// auxiliary, not an adjective before a noun ("after
			// hijacked update"), and ending the clause or followed by
			// its agent or a preposition.
			if j == 0 || c25Determiners[clause[j-1].lc()] {
				continue
			}
			if j+1 == len(clause) || w.stop || c25AfterVerb[clause[j+1].lc()] {
				return true
			}
		case c25TakeOver[l]:
			// "attackers take over popular PyPI projects"
			if j > 0 && j+1 < len(clause) && clause[j+1].lc() == "over" && !c25Determiners[clause[j-1].lc()] {
				return true
			}
		case c25Ships[l]:
			// "new owner planted a backdoor", "update traffic
			// delivered malware": a subject's verb whose object is a
			// payload.
			if j == 0 || c25Determiners[clause[j-1].lc()] {
				continue
			}
			for k := j + 1; k < len(clause) && k <= j+3; k++ {
				if ch14Payload[clause[k].lc()] {
					return true
				}
			}
		}
	}
	return false
}

var (
	// c25Passive are the participles of a channel turned.
	c25Passive = wordSet(`hijacked compromised backdoored trojanized trojanised poisoned tampered
		hacked infected subverted`)
	// c25TakeOver: the verb of a takeover before its "over".
	c25TakeOver = wordSet("take takes took taking")
	// c25Ships are the verbs of a payload put in a channel.
	c25Ships = wordSet(`planted plants plant pushed pushes push delivered delivers deliver shipped ships
		ship injected injects inject inserted inserts insert slipped slips slip served serves serve
		distributed distributes distribute added adds`)
	// c25Determiners stand before an adjective or a noun, never before a
	// finite verb ("to" before an infinitive: "attempts to push malware").
	c25Determiners = wordSet(`after following the a an its their his her our this that these those
		of by with from newly recently to`)
	// c25Modals make a clause's turn one that could happen.
	c25Modals = wordSet("could would might may can cannot can't couldn't")
	// c25AfterVerb may follow a participle that ends its clause.
	c25AfterVerb = wordSet(`by in on to with through via for and at from`)
	// c25Times date a clause to the past.
	c25Times = wordSet(`last earlier previous past prior ago years months weeks decades year month
		week decade days anniversary`)
)
