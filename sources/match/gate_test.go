package match

import (
	"slices"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestGateHeadlines holds the matcher to testdata/gate.tsv: trust events
// whose title has no lexicon word, said with paraphrase verbs ("sneaks",
// "laces", "cuts off", "revokes licence", "poses threat"), against
// look-alikes using the same verbs in other senses. Floor: 65.9 % less a
// margin (the second, untouched batch included).
func TestGateHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/gate.tsv", 0.60)
}

// TestInflect holds the cue families' inflection to English spelling.
func TestInflect(t *testing.T) {
	cases := map[string][]string{
		"slip":       {"slip", "slips", "slipped", "slipping"},
		"sneak":      {"sneak", "snuck", "sneaks", "sneaked", "sneaking"},
		"hide":       {"hide", "hid", "hidden", "hides", "hiding"},
		"lace":       {"lace", "laces", "laced", "lacing"},
		"rig":        {"rig", "rigs", "rigged", "rigging"},
		"nix":        {"nix", "nixes", "nixed", "nixing"},
		"revoke":     {"revoke", "revokes", "revoked", "revoking"},
		"booby-trap": {"booby-trap", "booby-traps", "booby-trapped", "booby-trapping"},
		"cut":        {"cut", "cut", "cuts", "cutting"},
		"deny":       {"deny", "denies", "denied", "denying"},
		"plant":      {"plant", "plants", "planted", "planting"},
		"poison":     {"poison", "poisons", "poisoned", "poisoning"},
	}
	for base, want := range cases {
		if got := inflect(base); !slices.Equal(got, want) {
			t.Errorf("inflect(%q) = %v, want %v", base, got, want)
		}
	}
}

// TestGateShapes holds each shape behind the cue gate (cue.go, gate.go)
// to variants naming other vendors than the gate.tsv rows it was built
// on, written after them, and to same-verb look-alikes.
func TestGateShapes(t *testing.T) {
	m := defaultMatcher(t)
	oss := []trust.Category{trust.CategoryOSS, trust.CategoryCompromise}
	act := []trust.Category{trust.CategoryBan, trust.CategorySanctions}
	ties := []trust.Category{trust.CategoryStateLinks, trust.CategoryEspionage}
	cases := []struct {
		shape, title string
		vendor       string // "" for no alert
		cats         []trust.Category
	}{
		{"insert", "Hackers smuggle backdoor into popular PyPI package ctx", "ctx", oss},
		{"insert", "Attackers slip wallet drainer into Ledger Connect Kit library", "Ledger Connect Kit", oss},
		{"insert", "Hackers slip malware into fake Chrome updates", "", nil},
		{"insert", "Hackers sneak malware onto victims' PCs through phishing emails", "", nil},
		{"object", "Hackers lace popular Solana npm library with wallet drainer", "Solana", oss},
		{"object", "Attackers poison tj-actions GitHub Action to leak CI secrets", "tj-actions", oss},
		{"object", "Attackers poison GitHub Action to leak CI secrets", "", nil}, // no name: the verb is none
		{"object", "Attackers rig Google search results to push malware", "", nil},
		{"object", "Threat actors poison SEO results with fake Zoom downloads", "", nil},
		{"turn", "Attackers turn Ultralytics AI library into a cryptominer", "Ultralytics", oss},
		{"turn", "Attackers turn Exchange servers into malware relays", "", nil},
		{"turn", "Hackers turn home routers into residential proxies", "", nil},
		{"revoke", "FCC votes to revoke China Unicom Americas' license", "China Unicom", act},
		{"revoke", "Regulator moves to revoke Hytera's US equipment authorization", "Hytera", act},
		{"revoke", "Let's Encrypt to revoke 3 million certificates", "", nil},
		{"revoke", "Google to revoke access tokens of inactive apps", "", nil},
		{"pose", "Swedish security service says Huawei equipment poses risk to 5G networks", "Huawei", ties},
		{"pose", "Experts say AI agents pose new threat to companies", "", nil},
		{"pose", "Report says deepfakes pose threat to elections", "", nil},
		{"pose", "UK Cybersecurity Center Says 'Deepfakes' and Other AI Tools Pose a Threat to the Next Election", "", nil},
		{"shut", "US moves to cut Huawei off from chip suppliers", "Huawei", act},
		{"shut", "Commerce kicks SMIC out of US technology supply chain", "SMIC", act},
		{"shut", "Russia cuts off internet in occupied regions", "", nil},
		{"shut", "Microsoft locks hackers out of Azure accounts", "", nil},
		{"undo", "Biden revokes Trump orders against TikTok", "TikTok", []trust.Category{trust.CategoryReversal}},
		{"undo", "Commerce rescinds rule restricting Huawei chip sales", "Huawei", []trust.Category{trust.CategoryReversal}},
		{"undo", "Microsoft nixes plan to block cookies in Edge", "", nil},
		{"undo", "EU repeals rule on cookie banners", "", nil},
		{"sue", "Nebraska sues Temu, calling the app malware", "Temu", ties},
		{"sue", "Texas sues Google, calling the search engine a monopoly", "", nil},
		{"ran", "Treasury says Iranian firm Emennet operated hacking campaign", "Emennet", ties},
		{"ran", "FBI says hackers ran botnet of hacked routers", "", nil},
	}
	for _, c := range cases {
		t.Run(c.shape+"/"+c.title, func(t *testing.T) {
			expectAlert(t, m, c.title, "", c.vendor, c.cats...)
		})
	}
}

// TestCueAlone holds cues to their rule: a cue word never alerts alone,
// and a title of cues alone reaches no step but the shapes.
func TestCueAlone(t *testing.T) {
	m := defaultMatcher(t)
	for _, title := range []string{"Sneaks, slips and rigs", "Kaspersky revokes", "Huawei poses", "Hytera kicked",
		"TikTok nixes", "DJI ran"} {
		if a, ok := m.Match(title, ""); ok {
			t.Errorf("%q alerted on cues alone: %s", title, a.Why())
		}
	}
}

// TestActorNamed holds the allocation-free actor scan to the sets it reads.
func TestActorNamed(t *testing.T) {
	for title, want := range map[string]bool{
		"FCC votes to revoke license":           true,
		"The U.S. cuts off chip supplies":       true,
		"Washington's move":                     true,
		"Arkansas sues Temu":                    true,
		"Hackers turn routers into proxies":     false,
		"Company nixes plan":                    false,
		"averyveryverylongwordthatisnoactor us": true,
	} {
		if got := actorNamed(title); got != want {
			t.Errorf("actorNamed(%q) = %v, want %v", title, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { actorNamed("Pentagon says DJI drones pose threat") }); n != 0 {
		t.Errorf("actorNamed allocates %v times", n)
	}
}

// TestLeadCompany holds the lead's company to a full corporate name, and
// the gov shapes to taking it only when the title's subject is unnamed.
func TestLeadCompany(t *testing.T) {
	for lead, want := range map[string]string{
		"The FBI said Beijing-based Integrity Technology Group controlled the botnet.":             "Integrity Technology Group",
		"Prosecutors said Chengdu-based Sichuan Silence Information Technology built the exploit.": "Sichuan Silence Information Technology",
		"The FBI and the NSA said the botnet was controlled from China.":                           "",
		"Officials in Washington said Guan Tianfeng led the campaign.":                             "",
	} {
		if got := leadCompany(titleWords(lead)); got != want {
			t.Errorf("leadCompany(%q) = %q, want %q", lead, got, want)
		}
	}
	m := defaultMatcher(t)
	for _, c := range []struct{ title, lead, vendor string }{
		{"Treasury says Chinese firm operated Salt Typhoon hacking campaign", "The department said Sichuan Juxinhe Network Technology provided services to the hackers.", "Sichuan Juxinhe Network Technology"},
		{"FBI says Chinese firm ran botnet", "The FBI and the NSA said the botnet was controlled from China.", ""},
		{"FBI says hackers ran botnet", "Beijing-based Integrity Technology Group was named in the advisory.", ""},
	} {
		a, ok := m.Match(c.title, c.lead)
		switch {
		case c.vendor == "" && ok && !a.Coverage:
			t.Errorf("%q alerted: %s", c.title, a.Why())
		case c.vendor != "" && (!ok || !slices.Contains(a.VendorNames(), c.vendor)):
			t.Errorf("%q: got %v (%v), want %s", c.title, a.VendorNames(), ok, c.vendor)
		}
	}
}
