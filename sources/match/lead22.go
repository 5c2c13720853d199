package match

import "strings"

// A title that acts on a vendor it only describes by a kind ("US, UK and
// Australia sanction Russian bulletproof hosting provider", "memo says
// Chinese e-commerce giant aids PLA targeting") while the lead names it
// not as the object of an action (ds15LeadNames) but as what a lead
// names first: its subject ("Zservers, based in Barnaul, provided
// infrastructure to LockBit"), a name in apposition of the title's kind
// ("Qihoo 360, a firm sanctioned by the U.S."), or the name beside the
// kind ("the hosting provider Zservers"). The title's reading still
// decides the alert and its category (ds15Read); the explanation says the
// name is the lead's.

// ld22Generic are kinds any business is: a lead may call the title's
// "company" a "firm".
var ld22Generic = wordSet("firm firms company companies business businesses group")

// ld22Voices are a subject's verbs that make it a voice, not the actor
// ("Sansec says polyfill.io began injecting"), or a customer or victim
// of what the title tells ("X lost", "X paid", "X used").
var ld22Voices = wordSet(`said says say told tells found finds reported reports warned warns
	wrote writes claimed claims alleged alleges confirmed confirms noted notes added adds
	announced announces disclosed discloses discovered discovers observed observes
	lost loses paid pays used uses hired hires bought buys suffered suffers fell
	was were is are has have had will would could can may might did does do`)

// ld22SameKind reports whether a lead's noun k is the title's kind.
func ld22SameKind(kind, k string) bool {
	if k == kind || strings.TrimSuffix(k, "s") == strings.TrimSuffix(kind, "s") ||
		strings.TrimSuffix(k, "ies")+"y" == kind || strings.TrimSuffix(kind, "ies")+"y" == k {
		return true
	}
	return ld22Generic[kind] && ld22Generic[k]
}

// ld22LeadNames are the names lead (a first sentence) gives the vendor a
// title describes by kind: its subject acting, a name in apposition of
// the kind, or the name right after the kind. nil for none.
func ld22LeadNames(title, lead, kind string) []string {
	names := ld22Names(lead, kind)
	for _, n := range names {
		if strings.Contains(strings.ToLower(title), strings.ToLower(n)) {
			return nil // "Google pulls 30 apps": the title's actor, not its object
		}
	}
	return names
}

func ld22Names(lead, kind string) []string {
	lw := titleWords(lead)
	if len(lw) < 3 {
		return nil
	}
	// The kind beside a name: "the hosting provider Zservers", "X, a
	// Moscow-based hosting provider,".
	for i := 1; i+1 < len(lw); i++ {
		if !ld22SameKind(kind, lw[i].lc()) || hasUpperOrDigit(lw[i].text) {
			continue
		}
		if names, e := ds15List(lw, i+1, lead); !lw[i].stop && len(names) == 1 && !ld22Reporter(lw, i, e) {
			return names
		}
	}
	for i := 0; i+2 < len(lw); i++ {
		// "X, a firm sanctioned by", "X, the e-commerce giant,"
		if !lw[i].stop || !oneOf(lw[i+1].lc(), "a", "an", "the") {
			continue
		}
		hit := false
		for k := i + 2; k < len(lw) && k <= i+6; k++ {
			if ld22SameKind(kind, lw[k].lc()) {
				hit = true
				break
			}
			if lw[k].stop {
				break
			}
		}
		if !hit {
			continue
		}
		// The name ending at lw[i]: its first word at most three back.
		for s := max(0, i-3); s <= i; s++ {
			if names, e := ds15List(lw, s, lead); len(names) == 1 && e == i+1 {
				return names
			}
		}
	}
	// The subject, acting: "Zservers, based in Barnaul, provided"; or
	// the name a voice tells acting: "a memo alleges Alibaba provides".
	if names := ld22Acting(lw, 0, lead); names != nil {
		return names
	}
	for i := 1; i+2 < len(lw) && i < 16; i++ {
		if ld22Says[lw[i].lc()] && !lw[i].stop && !hasUpperOrDigit(lw[i].text) {
			at := i + 1
			if lw[at].lc() == "that" {
				at++
			}
			return ld22Acting(lw, at, lead)
		}
	}
	return nil
}

// ld22Says are a voice's verbs before what it tells.
var ld22Says = wordSet("said says alleges alleged claims claimed found finds")

// ld22Acts are a subject's verbs of acting that do not end in -ed or are
// told in the present: what a vendor does for a state or its users.
var ld22Acts = wordSet(`provides supplies sells runs makes builds operates develops owns
	sold built made ran sent gave took aids helps supports hosts shares sends collects
	harvests funnels transfers`)

// ld22Acting is the name at lw[i] when a verb of acting follows it,
// past an apposition or a relative clause.
func ld22Acting(lw []titleWord, i int, lead string) []string {
	if i >= len(lw) {
		return nil
	}
	names, e := ds15List(lw, i, lead)
	if len(names) != 1 {
		return nil
	}
	if e > 0 && lw[e-1].stop && e < len(lw) {
		// An apposition or a relative clause between: skip to its end.
		k := e
		for k < len(lw) && k < e+10 && !lw[k].stop {
			k++
		}
		if k >= len(lw) || k >= e+10 {
			return nil
		}
		e = k + 1
	}
	if e > 0 && e < len(lw) && lw[e-1].lc() == "and" && oneOf(lw[e].lc(), "its", "their") {
		// "X and its owners Y and Z were listed": the company with its
		// people (ds15List stops at "its").
		for k := e + 1; k < len(lw) && k < e+10; k++ {
			if ds15PassiveAt(lw, k) {
				return names
			}
			if lw[k].stop {
				break
			}
		}
		return nil
	}
	if e >= len(lw) {
		return nil
	}
	v := lw[e].lc()
	if hasUpperOrDigit(lw[e].text) || ld22Voices[v] || !strings.HasSuffix(v, "ed") && !ld22Acts[v] {
		return nil
	}
	return names
}

// ld22Reporter reports whether the name after the kind at lw[i], ending
// before lw[e], is a report's voice: "security firm Sansec found", "a
// report by security firm Sansec", "according to the firm Sansec".
func ld22Reporter(lw []titleWord, i, e int) bool {
	if e < len(lw) && ld22Says[lw[e].lc()] || e < len(lw) && oneOf(lw[e].lc(), "reported", "reports", "told", "wrote", "warned", "says", "researchers") {
		return true
	}
	for k := max(0, i-4); k < i; k++ {
		if oneOf(lw[k].lc(), "by", "according", "from") {
			return true
		}
	}
	return false
}
