package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cov22Talk are the words that make an item coverage because of what
// it is (commentary, background, a roundup, an event or a deal), not
// because of how the rules weighed its action: an item holding one stays
// coverage whatever the learned rescue reads.
var cov22Talk = wordSet(`webinar webinars podcast podcasts roundup recap review
	explained explainer opinion analysis interview lessons reactions react
	weigh conference panel sponsors sponsorship deal deals discount
	previously earlier ago despite questions guide guidance study survey
	could would might should talks considers considering mulls weighs
	asks urges calls wants proposes proposal bill`)

// cov22Phrases are cov22Talk's phrases of several words.
var cov22Phrases = []string{
	"week in", "in the wake of", "what you need", "how to", "last year",
	"last month", "last week", "this week", "years ago", "months ago",
}

// cov22Rescue reads an item the rules answered with coverage only
// (a) with the learned rescue: its alert replaces the coverage only
// where the structure says news. The title carries the rescue's name
// and action, or at least its vendor's name as written (the lead only
// recounts), and the title carries none of the
// commentary, background or roundup markers that make an item coverage
// for what it is; a question or a quote of talk stays coverage too.
// Called only on items the rules already answered with coverage.
func (m *Matcher) cov22Rescue(title, text string, a trust.Alert) (trust.Alert, bool) {
	// hasWordIn lower-cases as it scans (wordScan).
	if cov22Off || commentary(title) || strings.ContainsAny(title, "?") || hasWordIn(title, cov22Talk) {
		return a, false
	}
	lt := strings.ToLower(title)
	for _, p := range cov22Phrases {
		if strings.Contains(lt, p) {
			return a, false
		}
	}
	b, ok := m.rescue(title, text)
	if !ok || b.Coverage || concernRescue(title) || !b.InTitle && !cov22Named(lt, b) || cov22Read(a, b) {
		return a, false
	}
	return b, true
}

// cov22Read reports whether the rules already read the rescue's package
// or breach in the title and still called it coverage (a registry's
// response after a hijack, "RubyGems revokes tokens after X package
// hijacked"): their reason is about the item, not a missed action.
func cov22Read(a, b trust.Alert) bool {
	return a.InTitle && a.Category == b.Category && (b.Category == trust.CategoryOSS || b.Category == trust.CategoryCompromise)
}

// cov22Named reports whether the title (lt, lower case) names the
// rescue's first vendor as written: the title says who, where the lead
// only recounts the action ("Home Affairs orders Kaspersky off
// Commonwealth systems"). Not for a package or a breach, whose title
// naming it may be a registry's or a victim's routine after it.
func cov22Named(lt string, b trust.Alert) bool {
	if b.Category == trust.CategoryOSS || b.Category == trust.CategoryCompromise {
		return false // a package's or a vendor's own breach: the title must carry the action too
	}
	names := b.VendorNames()
	return len(names) > 0 && names[0] != "" && strings.Contains(lt, strings.ToLower(names[0]))
}

// cov22Off turns cov22Rescue off (the measuring test's before).
var cov22Off = false
