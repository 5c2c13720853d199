package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPrecision17 holds the seventeenth round's look-alikes, read in the
// round's training sets (train17a, train17b), in invented wordings of
// each shape, beside the events of the same words that must still alert:
// a committee's step before a chamber's vote is talk; an op-ed or
// editorial is commentary; an action stopped short of is none; a
// platform outlawed for what its users post is no trust event; a hearing
// that grills executives over a hack is coverage of it.
func TestPrecision17(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// A committee, not a chamber.
		{name: "panel/covered", title: "House panel advances bill to put DJI on FCC's Covered List"},
		{name: "committee/banning", title: "Senate committee advances bill banning TikTok on government devices"},
		{name: "subcommittee", title: "Subcommittee advances bill barring Chinese drones from federal use"},
		{name: "panel/backs", title: "Senate panel backs bill that would ban Chinese-made routers"},
		{name: "chamber/passes", title: "House passes bill banning TikTok on government devices", vendor: "TikTok", category: trust.CategoryBan},
		{name: "chamber/covered", title: "Senate passes bill to add DJI to Covered List", vendor: "DJI", category: trust.CategorySanctions},
		// Opinion.
		{name: "oped", title: "Op-ed: Banning Chinese drones will ground America's first responders",
			body: "Fire departments rely on affordable aircraft, and lawmakers should fund alternatives first, the author argues."},
		{name: "editorial", title: "Editorial: The TikTok ban is the right call"},
		{name: "viewpoint", title: "Viewpoint: Why the Kaspersky ban came too late"},
		// Stopped short.
		{name: "short/law", title: "German parliament passes IT security law that stops short of banning Huawei"},
		{name: "short/plain", title: "Britain stopped short of banning Hikvision cameras outright"},
		{name: "short/falls", title: "New EU rules fall short of barring ZTE from networks"},
		{name: "ban/plain", title: "Germany bans Huawei from 5G core network", vendor: "Huawei", category: trust.CategoryBan},
		// Content, not trust.
		{name: "extremist", title: "Moscow court bans Facebook and Instagram as 'extremist'",
			body: "A Russian court banned Meta's two platforms, finding the company guilty of extremist activity."},
		{name: "antiterror", title: "Russia blocks Signal messaging app for 'violating' anti-terrorism laws"},
		{name: "spying/stays", title: "Lithuania bans Xiaomi phones over spying fears", vendor: "Xiaomi", category: trust.CategoryBan},
		// A hearing over a hack.
		{name: "grills", title: "Senate grills SolarWinds, FireEye, Microsoft executives over massive hack",
			body: "The Senate Intelligence Committee heard testimony on the supply chain attack."},
		{name: "hack/news", title: "SolarWinds hacked to push trojanized Orion updates", vendor: "SolarWinds", category: trust.CategoryCompromise},
	})
}

// TestTrain17Sets holds the matcher to the seventeenth round's training
// sets: 200 rows each (100 events, 100 look-alikes), real headlines and
// leads written from memory by writers who read only
// trust-events.md and feeds.md, leaning to the hard kinds (train17a:
// reversals, delistings, state links, sanctions on less famous firms,
// packages named only in the lead; train17b: bans and directives outside
// the US, class-level actions, vendors' own channels, distrust, less
// common ecosystems; train17c: paraphrased actions, the vendor or signal
// only in the lead, the same words in other senses; train17d: package and
// channel compromises beside typosquats and fakes; train17e: every
// category told as trade and regional press tell it, of 2020–2021 and
// 2025–2026; train17f: 70 events beside 130 hard look-alikes; train17g:
// class-level and government actions worldwide; train17h: espionage and
// state links, distrust, delistings, reversals; train17i: what feeds
// carried in 2020–2021 and 2025; train17j: structures that
// hide the event (the vendor late, passive, a list, a subsidiary, a
// clause); train17k: compromises told every way beside typosquats and
// fakes; train17l: 80 first reports beside 120 follow-ups, roundups,
// proposals and rumours, whose writer labelled a sourced report of a
// decided listing an event). They were counted before anyone read them
// (right: 70, 82, 67, 85 of 100; 61 of 100, 44 of 70, 69 and 62 of 100;
// 77, 57 and 59 of 100, 55 of 80; look-alikes alerting 4, 6, 3, 2; 0, 5
// of 130, 2, 4; 6, 4, 1, 8 of 120), and the learned scorer trains on them. The
// floors and the look-alike ceilings of train17i and train17l are regression guards.
func TestTrain17Sets(t *testing.T) {
	testHeadlines(t, "testdata/train17a.tsv", 0.52)
	testHeadlines(t, "testdata/train17b.tsv", 0.70)
	testHeadlines(t, "testdata/train17c.tsv", 0.47)
	testHeadlines(t, "testdata/train17d.tsv", 0.62)
	testHeadlines(t, "testdata/train17e.tsv", 0.43)
	testHeadlines(t, "testdata/train17f.tsv", 0.45)
	testHeadlines(t, "testdata/train17g.tsv", 0.53)
	testHeadlines(t, "testdata/train17h.tsv", 0.45)
	testHeadlinesFP(t, "testdata/train17i.tsv", 0.60, 0.10)
	testHeadlines(t, "testdata/train17j.tsv", 0.41)
	testHeadlines(t, "testdata/train17k.tsv", 0.37)
	testHeadlinesFP(t, "testdata/train17l.tsv", 0.51, 0.10)
}

// TestHyphenAdjective holds hyphenAdjective to compounds that describe a
// person or a thing and never name a vendor, and to names that carry a
// hyphen. "Trump-appointed" was once a rescued alert's vendor ("Judge
// blocks U.S. officials from tech contacts…", the corpus's 2023 half:
// the lead's first name was "A Trump-appointed federal judge").
func TestHyphenAdjective(t *testing.T) {
	for _, w := range []string{"trump-appointed", "obama-nominated", "biden-era", "state-backed", "china-based",
		"kremlin-linked", "ai-generated", "data-stealing", "microsoft-led", "fcc-approved"} {
		if !hyphenAdjective(w) {
			t.Errorf("hyphenAdjective(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"coca-cola", "ua-parser-js", "event-stream", "rest-client", "t-mobile", "hewlett-packard"} {
		if hyphenAdjective(w) {
			t.Errorf("hyphenAdjective(%q) = true, want false", w)
		}
	}
}
