package match

import (
	"strings"
	"unicode"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cov23Form reports whether a title is written as coverage of a
// happening rather than as its news, whatever the rest of it says: a
// label of the genre before a colon ("Explained:", "Q&A:", "FAQ:",
// "Background:"), an opener that promises what is known ("Everything you
// need to know about", "The story behind"), a tail after the clause that
// says the same ("..., explained", "...: the backstory", "... — what it
// means for you", "..., and why it matters", "..., one year later", "...,
// Google explains timeline"), or a question (a title that asks, or ends
// in a question after a colon, a dash or a comma: "X hijacked: are you
// affected?", "U.S. to ban ZTE?"). Such an item may join an open event
// as a further report, never start one.
//
// The readers of the rules and of the rescue each know some of these
// forms (commentary, isQuestion, cov22Talk); this one is read once on the
// answer, whichever path made it, and only on an alert.
//
// A statement and then a question after a full stop ("Italy just banned
// X. Could the US be next?") is left to statementOnly: its statement is
// the news.
func cov23Form(title string) bool {
	t := strings.TrimSpace(strings.TrimRight(title, " \t\"'’”"))
	if t == "" {
		return false
	}
	// A title that ends in a question asks it, unless a statement
	// stands before it (statementOnly).
	if commentary(t) || strings.HasSuffix(t, "?") && statementOnly(t) == t {
		return true
	}
	lt := strings.ToLower(t)
	lt = strings.NewReplacer("’", "'", "–", "—", " - ", " — ").Replace(lt)
	if c := strings.IndexByte(lt, ':'); c > 0 && c < 24 {
		if cov23Labels[strings.TrimSpace(lt[:c])] {
			return true
		}
	}
	open := strings.TrimLeft(lt, " \"'‘“")
	for _, p := range cov23Openers {
		if strings.HasPrefix(open, p) {
			return true
		}
	}
	return cov23Tail(lt)
}

// cov23Tail reports whether the title's last clause, after a comma, a
// colon or a dash, says the item explains, looks back or answers
// questions ("..., explained", "...: what it means for you", "..., one
// year later", "..., Google explains timeline").
func cov23Tail(lt string) bool {
	cut, size := -1, 0
	for _, sep := range []string{": ", " — ", ", ", " | "} {
		if i := strings.LastIndex(lt, sep); i > cut {
			cut, size = i, len(sep)
		}
	}
	if cut <= 0 {
		return false
	}
	tail := strings.TrimFunc(lt[cut+size:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	tail = strings.TrimPrefix(tail, "and ")
	for _, p := range cov23Tails {
		// A one-word genre is the whole tail: "..., analysis shows" and
		// "Google: podcast app's update shipped spyware" are news.
		if tail == p || strings.Contains(p, " ") && strings.HasPrefix(tail, p+" ") {
			return true
		}
	}
	// "..., Google explains timeline": the clause's speaker explains.
	w := strings.Fields(tail)
	return len(w) >= 2 && len(w) <= 5 && (w[1] == "explains" || len(w) > 2 && w[2] == "explains")
}

// cov23Labels are genre labels before a title's colon.
var cov23Labels = wordSet(`explained explainer q&a faq faqs background backgrounder
	timeline perspective factbox fact-check recap roundup analysis`)

// cov23Openers open a title that promises what is known about a
// happening, not the happening.
var cov23Openers = []string{
	"everything you need to know", "everything we know", "all you need to know",
	"what we know", "what you need to know", "the story behind", "the backstory",
	"things to know", "a timeline of", "timeline of", "explained:", "q&a:", "faq:",
	"a year after", "one year after", "one year on", "a year on", "ask the expert",
	"the big picture", "key questions", "your questions",
}

// cov23Tails are a title's last clause of coverage: it explains, looks
// back or answers questions.
var cov23Tails = []string{
	"explained", "an explainer", "explainer", "the backstory", "backstory",
	"the story so far", "the story behind it",
	"what it means", "what that means", "what this means", "what this could mean",
	"why it matters", "why that matters", "why this matters",
	"what we know", "what we know so far", "what you need to know", "everything you need to know",
	"everything we know", "all you need to know", "things to know",
	"a timeline", "timeline", "questions answered", "your questions answered", "key questions",
	"faq", "q&a", "where things stand", "what comes next", "what's next", "what happens next",
	"lessons learned", "one year later", "one year on", "a year later", "a year on",
	"a look back", "analysis", "opinion", "podcast", "webinar",
}

// cov23Off turns the reading off (the grid test's before).
var cov23Off = false

// voicesAsk reports whether a title's news is legislators or a member
// of a commission asking for an action ("Lawmakers urge Commerce to
// investigate X" over a lead that recounts ties, "FCC commissioner asks
// Apple and Google to remove X", "EU commissioner calls for X to be
// dropped"): pressure, not the action (trust-events.md). The rules read
// lawmakersAsk where the title holds the alert's evidence (inTitle); this
// reads it where the lead's sentence gave the signal, whichever path made
// the alert. A commission's member speaks for himself, the commission acts
// by its vote; a regulator who is one person ("Berlin data commissioner
// asks Apple and Google to remove X") acts by asking and is not read.
func voicesAsk(title string, inTitle bool) bool {
	if !inTitle && lawmakersAsk(title) {
		return true
	}
	words := titleWords(title)
	for v := 2; v < len(words) && v <= 4; v++ {
		if askVerbs[lower(words[v])] {
			return lower(words[v-1]) == "commissioner" && commissionName(words[v-2].text)
		}
	}
	return false
}

// commissionName reports whether w names a commission of several members:
// an acronym ending in C (FCC, FTC, SEC) or the EU's.
func commissionName(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if w == "EU" || w == "European" {
		return true
	}
	return len(w) >= 2 && len(w) <= 5 && strings.HasSuffix(w, "C") && strings.ToUpper(w) == w
}

// cov23Purpose reports whether every signal of an alert in the title
// stands after a purpose verb of coping ("Huawei sells Honor to escape US
// sanctions", "X spins off unit to dodge export curbs"): the hold is the
// reason of the vendor's own move, a standing restriction, not news of
// one. A signal before the verb ("Treasury sanctions X for helping Russia
// evade sanctions") or one the title does not write as such (a shape's
// name) leaves the alert alone.
func cov23Purpose(title string, a *trust.Alert) bool {
	if !a.InTitle {
		return false
	}
	lt := strings.ToLower(title)
	at := -1
	for _, v := range cov23Coping {
		if i := strings.Index(lt, " to "+v+" "); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	return signalsAfter(lt, at, a)
}

// cov23Coping are the verbs of a purpose clause in which a vendor copes
// with a hold on it.
var cov23Coping = []string{"escape", "survive", "evade", "dodge", "skirt", "circumvent",
	"sidestep", "weather", "get around", "work around", "ride out", "offset", "blunt", "soften"}

// spiedOn reports whether an espionage or state-links alert's vendor is
// the object of the spying ("NSA spied on Huawei for years", "GCHQ
// eavesdropped on Cisco executives"): the vendor is the spies' target,
// not a spy (cp16Victim reads "hit by espionage"). The vendor's users
// ("ByteDance staff snooped on TikTok users") make the vendor's own
// people the spies, and a vendor before the verb ("Huawei spied on the
// African Union") is the subject: both are left alone.
func spiedOn(title string, a *trust.Alert) bool {
	if a.Category != trust.CategoryEspionage && a.Category != trust.CategoryStateLinks || len(a.Vendors) == 0 {
		return false
	}
	lt := strings.ToLower(title)
	for _, verb := range spyingOn {
		i := strings.Index(lt, verb)
		if i < 0 {
			continue
		}
		object := strings.TrimPrefix(lt[i+len(verb):], "the ")
		for _, v := range a.Vendors {
			name := strings.ToLower(v.Name)
			if name == "" || strings.Contains(lt[:i], name) || !strings.HasPrefix(object, name) {
				continue
			}
			next, _, _ := strings.Cut(strings.TrimLeft(object[len(name):], "'’s "), " ")
			if !spiedUsers[strings.TrimRight(next, "'’")] {
				return true
			}
		}
	}
	return false
}

var (
	spyingOn   = []string{"spied on ", "spies on ", "spying on ", "snooped on ", "snooping on ", "eavesdropped on ", "eavesdropping on ", "wiretapped "}
	spiedUsers = wordSet("users user customers customer subscribers viewers owners buyers clients members players children kids")
)
