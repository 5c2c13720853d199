package trust

// Rules tell the matcher what a vendor-trust event looks like. They come
// from the configuration (embedded defaults, extended by a file).
type Rules struct {
	// Signals are the trust-signal phrases, grouped by category.
	Signals []SignalGroup `toml:"signals"`
	// Reporter words, right after or before a vendor's name, make the vendor
	// the one reporting news rather than its subject ("Kaspersky
	// researchers found a backdoor in ...", "according to Kaspersky").
	Reporter []string `toml:"reporter"`
	// Routine phrases mark ordinary news about a vendor (patches,
	// earnings, launches, acquisitions); each lowers a sentence's score by
	// RoutinePenalty.
	Routine []string `toml:"routine"`
	// OtherMotives are reasons for an action that are no judgement of
	// trust: censorship and morals ("hurt religious sentiments", "social
	// harmony"), a missing charger, a blocked purchase. Beside one, a ban,
	// sanctions, a directive, a delisting or its reversal does not alert:
	// the title says why it was done, and it was not trust.
	OtherMotives []string `toml:"other_motives"`
	// Decision phrases ("passes", "signs", "orders", "takes effect") make
	// a signal of a NeedsDecision group count: "TikTok ban" alone is talk
	// about a ban; "Montana passes TikTok ban" is one being made.
	Decision []string `toml:"decision"`
	// Talk phrases (proposals, pressure, speculation: "calls for", "could
	// ban", "lawmakers urge") lower a score by RoutinePenalty each, unless
	// a Decision phrase is in the same unit: a decision outweighs the talk
	// around it. A title that is a question counts as one talk phrase.
	Talk           []string `toml:"talk"`
	RoutinePenalty float64  `toml:"routine_penalty"`
	// Threshold is the lowest score that makes an alert.
	Threshold float64 `toml:"threshold"`
	// Scores at or above these give the severity; below Medium it is low.
	Medium   float64 `toml:"medium"`
	High     float64 `toml:"high"`
	Critical float64 `toml:"critical"`
	// CoreWeight is the weight at least one signal of a unit must have
	// for it to alert: context words ("breach", "user data", "blocked")
	// add to a score but never make an alert on their own, whatever their
	// sum. 0 leaves it off.
	CoreWeight float64 `toml:"core_weight"`
	// TitleBonus is added when vendor and signal meet in the title.
	TitleBonus float64 `toml:"title_bonus"`
	// LeadSentences is how many sentences of an article's text are read
	// with its title (0: all). The news is in the title and the lead; a
	// vendor and a signal word met deep in a body are mostly background.
	LeadSentences int `toml:"lead_sentences"`
	// AnyVendor names the subject of a trust signal in the title even when
	// it is no registry vendor (an alert's vendor is then Unlisted).
	AnyVendor bool `toml:"any_vendor"`
	// Known are organisations official lists name (config/orgs.txt): the
	// matcher knows them as vendors' names where it names a vendor the
	// registry does not have. They are never watched.
	Known []KnownOrg `toml:"-"`
}

// The lists a known organisation comes from.
const (
	OrgCA  = "ca"  // operator of a root in the Mozilla or Chrome root store
	OrgSDN = "sdn" // OFAC entity under a cyber-related program
)

// KnownOrg is an organisation an official list names, as the press
// writes it ("Sectigo", "Thalestris"), and the list (OrgCA, OrgSDN).
type KnownOrg struct {
	Name, List string
}

// SignalGroup is a set of signal phrases of one category and weight.
type SignalGroup struct {
	Category Category `toml:"category"`
	Weight   float64  `toml:"weight"`
	Terms    []string `toml:"terms"`
	// NeedsDecision: the terms count only with a Decision phrase in the
	// same title or sentence.
	NeedsDecision bool `toml:"needs_decision"`
}

// SeverityFor maps a score to a severity using r's cut-offs.
func (r *Rules) SeverityFor(score float64) Severity {
	switch {
	case r.Critical > 0 && score >= r.Critical:
		return SeverityCritical
	case r.High > 0 && score >= r.High:
		return SeverityHigh
	case r.Medium > 0 && score >= r.Medium:
		return SeverityMedium
	}
	return SeverityLow
}
