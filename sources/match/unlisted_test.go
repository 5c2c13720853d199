package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/config"
)

// TestUnlistedSubject: with any_vendor on, a title's trust signal names
// its subject as written when no registry vendor is in it, and headlines
// whose named party acts rather than being acted on, or whose shape is no
// trust event, make no alert.
func TestUnlistedSubject(t *testing.T) {
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Matching.AnyVendor = true
	m, err := Compile(nil, cfg.Matching)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ title, vendor, category, lead string }{
		// Title Case capitalises every word: the lead confirms the name.
		{"Commerce adds Zorblax Networks to Entity List", "Zorblax Networks", "sanctions",
			"The Commerce Department added Zorblax Networks to the Entity List on Tuesday."},
		{"Commerce Adds Zorblax Networks to Entity List", "", "", "The department acted on Tuesday."},
		// A name next to the signal in a sentence-case title.
		{"Browsers to distrust Qwertyca certificates", "Qwertyca", "distrust", ""},
		{"Quuxsoft installer trojanized in supply chain attack", "Quuxsoft", "compromise", ""},
		{"Judge blocks ban on Flumbo app in Montana", "Flumbo", "reversal", ""},
		{"Frobnicator update server hacked to push malware", "Frobnicator", "compromise", ""},
		// A compound participle describes the noun after it: the maker
		// before the verb of shipping is the name, attackers are none.
		{"Router maker Quuxcorp shipped malware-laced firmware", "Quuxcorp", "compromise", ""},
		{"Zorblax offered malware-laced downloads on its site", "Zorblax", "compromise", ""},
		{"Hackers shipped malware-laced apps to victims", "", "", ""},
		// The named party acts: it bans, pulls or blocks something.
		{"Zorblax bans political ads on its platform", "", "", ""},
		{"Quuxsoft pulls paywalled posts from its app", "", "", ""},
		// No authority, no channel: not the shape of a trust event.
		{"Sports league bans Zorblax players for gambling", "", "", ""},
		{"Hackers use new Quux backdoor to spy on diplomats", "", "", ""},
		// A trust word with nobody named.
		{"Chinese firm added to Entity List", "", "", ""},
		// A past tense with its object after it is active: the named
		// party acts ("CBS barred interview"); with a preposition it is a
		// passive, and the named party is acted on.
		{"Host says Zorblax TV barred interview with Texas candidate", "", "", "The network pulled it over new FCC guidance."},
		{"Zorblax Networks barred from Texas state networks over security risk", "Zorblax Networks", "ban", ""},
		// A threat group or a piece of malware is no vendor.
		{"Treasury sanctions Zorblax hackers behind bank thefts", "", "", ""},
		{"New Quuxtrap backdoor hides in router firmware updates", "", "", ""},
		// Places and technologies in general are no vendor.
		{"Court strikes down Nebraska ban on software imports", "", "", ""},
		{"EU votes to ban AI in biometric surveillance software", "", "", ""},
		// A copy spread by attackers is not the vendor's compromise.
		{"Trojanized Flumbo app spreads through search ads", "", "", ""},
		// The accused is the subject, wherever the signal stands.
		{"Belgian intelligence service accused Zorblax of possible espionage at its hub", "Zorblax", "espionage",
			"Zorblax runs a logistics data centre in Liege."},
		// A title that calls its subject "a company": the lead names it.
		{"Web browsers drop mysterious company with ties to a military contractor", "Qwertyca Systems", "distrust",
			"Qwertyca Systems was a root certificate authority, a key position on the internet."},
		{"Web browsers drop mysterious company with ties to a military contractor", "", "",
			"The company was a root certificate authority, a key position on the internet."},
		// The channel may be named in the lead only.
		{"Breach of software maker used to backdoor 200,000 servers", "Frobnicator", "compromise",
			"Hack of Frobnicator distribution server used to install a backdoor."},
		// Any state acts, not only those the first lists held; a
		// platform company is a vendor as the object of the action, and
		// a place where something was when it follows "from".
		{"Norway orders agencies to stop using Zorblax cloud tools", "Zorblax", "directive", ""},
		{"Danish regulator tells firms to stop using Google Analytics", "Google Analytics", "directive", ""},
		{"Flumbo apps pulled from the Google Play Store over data concerns", "Flumbo", "delisting", ""},
		{"Battery-draining Android apps pulled from the Google Play Store", "", "", ""},
		// A reason that is not trust: the action is no trust event.
		{"Pakistan blocks Zorblax app, says it hurt religious sentiments", "", "", ""},
		{"Brazil bans sales of Flumbo phones without power adapters", "", "", ""},
		// An unlisted vendor's ban needs a motive of trust (or the
		// government's own use): a state blocking a site is mostly
		// censorship.
		{"Nepal blocks Zorblax video site", "", "", ""},
		{"Nepal blocks Zorblax video site", "Zorblax", "ban", "Officials cited national security and data privacy."},
		{"House restricts congressional use of Flumbo chatbot", "Flumbo", "ban", ""},
		// A state serving hackers, named in quotes in a Title Case title.
		{"Iran-Run ISP 'Zorblax' Caught Supporting Nation-State APTs", "Zorblax", "state-links", ""},
	} {
		a, ok := m.Match(tc.title, tc.lead)
		got, cat := "", ""
		if ok {
			got, cat = a.Vendors[0].Name, string(a.Category)
			if !a.Vendors[0].Unlisted {
				t.Errorf("%q: vendor %q not marked unlisted", tc.title, got)
			}
		}
		if got != tc.vendor || cat != tc.category {
			t.Errorf("%q: got %q/%q, want %q/%q", tc.title, got, cat, tc.vendor, tc.category)
		}
	}
	// Off, an unlisted vendor never alerts.
	cfg.Matching.AnyVendor = false
	off, err := Compile(nil, cfg.Matching)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := off.Match("Commerce adds Zorblax Networks to Entity List", ""); ok {
		t.Error("any_vendor off: an unlisted vendor alerted")
	}
}

// TestActionShapes: headline shapes of an action whose phrase the
// lexicon cannot list, because a name or a list's own name stands inside
// it, and their look-alikes.
func TestActionShapes(t *testing.T) {
	m := defaultMatcher(t)
	for _, tc := range []struct{ title, vendor, category string }{
		// A list by any name, an authority adding to it.
		{"Pentagon adds Xiaomi to list of Communist Chinese military companies", "Xiaomi", "sanctions"},
		{"Huawei adds Xiaomi to list of partners", "", ""},
		// A court ordering a spyware maker; not other vendors' cases.
		{"Judge orders NSO to hand over Pegasus code to WhatsApp", "NSO Group", "state-links"},
		{"Jury orders NSO Group to pay WhatsApp $168 million", "NSO Group", "state-links"},
		{"Judge orders Huawei to pay patent royalties", "", ""},
		// An authority asking stores to pull a product; talk is not.
		{"German regulator asks Apple and Google to remove DeepSeek from app stores", "DeepSeek", "directive"},
		{"Lawmakers urge Apple to remove TikTok from App Store", "", ""},
		// Taken off a list: a reversal.
		{"Court orders removal of Xiaomi from US investment blacklist", "Xiaomi", "reversal"},
		// The vendor denying an accusation speaks; it is not news of one.
		{"Hikvision denies links to Chinese military", "", ""},
		{"Kaspersky tells users to stop using old versions", "", ""},
		// An order to be rid of a product, words inside it.
		{"CISA orders agencies to patch or disconnect Ivanti devices", "Ivanti", "directive"},
		{"Federal agencies ordered to immediately remove Kaspersky software", "Kaspersky", "directive"},
		{"CISA orders agencies to patch Citrix flaw", "", ""},
		// Attackers getting in through a flaw or weak passwords: no
		// compromise of the vendor; a hidden account built in is one.
		{"Ivanti VPN backdoored by Chinese hackers exploiting zero-days", "", ""},
		{"Hackers hijack Hikvision cameras with weak passwords to build botnet", "", ""},
		{"Undocumented backdoor account found in Zyxel firewalls and VPN gateways", "Zyxel", "compromise"},
		// A state's advice to those who use a product is a directive;
		// pressing another party to act is talk.
		{"China urges companies to avoid Nvidia H20 chips over security concerns", "Nvidia H20", "directive"},
		{"Lawmakers urge Commerce to ban Zorblax routers", "", ""},
		// An authority investigating over data or spying; not over a
		// breach the vendor suffered.
		{"Justice Dept. investigates TikTok parent over potential data-gathering issues", "TikTok", "state-links"},
		{"City council investigating Zorblax over 'serious data breach'", "", ""},
		// A court finding a ban unlawful is a reversal.
		{"Judge Says Montana's TikTok Ban Is Obviously Unconstitutional", "TikTok", "reversal"},
		// "Ban" as a noun after the name; a question after the news.
		{"Italian regulators order Flumbo ban over data privacy laws", "Flumbo", "ban"},
		{"Italy just banned Flumbo chatbot over privacy. Could the US be next?", "Flumbo", "ban"},
		{"U.S. Bans ZTE. Is Huawei Next?", "ZTE", "ban"},
		// An authority taking a vendor out of where it was trusted;
		// the -ing forms of its verbs.
		{"Pentagon removes DJI from approved drone list", "DJI", "delisting"},
		{"UK strips Huawei from 5G network", "Huawei", "ban"},
		{"Commerce restricting Kaspersky sales", "Kaspersky", "ban"},
		{"Police remove protesters from Huawei headquarters", "", ""},
		// A permission revoked or refused; a person's is not a vendor's.
		{"FCC revokes authorization for China Unicom's US operations", "China Unicom", "ban"},
		{"Ohio revokes medical license of TikTok's 'Dr. Roxy'", "", ""},
		{"FCC revokes China Mobile's permission to operate in the United States", "China Mobile", "ban"},
		{"FCC revokes operating authority of Pacific Networks and ComNet", "Pacific Networks", "ban"},
		{"State board revokes nursing license of Quellnet founder", "", ""},
		// Restrictions lifted are a reversal.
		{"US lifts some restrictions on Huawei suppliers", "Huawei", "reversal"},
		// "++" belongs to a name.
		{"Notepad++ update mechanism hijacked to deliver malware", "Notepad++", "compromise"},
		// A partner cutting a vendor off; the ban after "after" is the
		// reason, not a ban undone.
		{"Intel and Qualcomm halt chip supplies to Huawei", "Huawei", "delisting"},
		{"ARM suspends business with Huawei after US ban", "Huawei", "delisting"},
		{"Huawei halts shipments to Zorblax", "", ""},
		{"Hikvision suspends business with Iran", "", ""},
		// Listed as something by an authority.
		{"Pentagon lists Tencent and CATL as Chinese military companies", "Tencent", "sanctions"},
		// A store pulling a product for safety is no trust event.
		{"Amazon pulls Anker power bank over fire risk", "", ""},
		// A class's member named: it is named first.
		{"India bans 43 more Chinese apps including AliExpress", "AliExpress", "ban"},
		// A first-person story.
		{"TikTok spied on me. Why?", "", ""},
		// A description before the name, and a company's own suffix.
		{"Treasury sanctions Chinese cybersecurity firm Integrity Technology over Flax Typhoon attacks",
			"Integrity Technology", "sanctions"},
	} {
		a, ok := m.Match(tc.title, "")
		got, cat := "", ""
		if ok && !a.Coverage {
			got, cat = a.Vendors[0].Name, string(a.Category)
		}
		if got != tc.vendor || cat != tc.category {
			t.Errorf("%q: got %q/%q, want %q/%q (%s)", tc.title, got, cat, tc.vendor, tc.category, a.Why())
		}
	}
}

// TestLeadNews: a title that names a vendor and says nothing more leaves
// the news to the lead; a lead with its own event, in the shape a title
// would have, starts a post. A title with words of its own, or a lead
// with talk in it, stays coverage.
func TestLeadNews(t *testing.T) {
	m := defaultMatcher(t)
	for _, tc := range []struct {
		title, lead string
		news        bool
	}{
		{"Big news for TP-Link router owners",
			"The Commerce Department banned sales of TP-Link routers in the US over national security concerns.", true},
		{"Update on Entrust certificates",
			"Google Chrome will stop trusting certificates issued by Entrust from November, citing compliance failures.", true},
		// Talk in the lead.
		{"White House posts video made with an app owned by TikTok's parent",
			"The administration has threatened to ban TikTok over national security concerns.", false},
		// The title's own words say what the story is.
		{"Seagate fined for shipping hard drives to Huawei",
			"Commerce said the sales broke export controls and restrictions placed on Huawei.", false},
	} {
		expectAlerted(t, m, tc.title, tc.lead, tc.news)
	}
}

// TestStripCredit: a picture credit glued to the lead by flattened HTML
// is no part of the lead sentence, and its name no mention.
func TestStripCredit(t *testing.T) {
	for in, want := range map[string]string{
		"Illustration by Alex Castro / The Verge VK, the Russian conglomerate": "VK, the Russian conglomerate",
		"The Nokia X30. | Image: HMD HMD is announcing phones":                 "HMD is announcing phones",
		"Image: Microsoft Microsoft is publicly pleading":                      "Microsoft is publicly pleading",
		"Photo Illustration by G. B. / The Verge; Getty Images Retro Pod was":  "Retro Pod was",
		"Photo by A. K. / Bloomberg The company said":                          "The company said",
		"Plain lead sentence | with a bar":                                     "Plain lead sentence | with a bar",
		"Image:":                                                               "Image:",
	} {
		if got := stripCredit(in); got != want {
			t.Errorf("stripCredit(%q) = %q, want %q", in, got, want)
		}
	}
	// The credited name does not count as a mention.
	m := defaultMatcher(t)
	if a, ok := m.Match("FCC ban takes effect", "Image: Huawei The rule applies to telecom gear from today."); ok {
		t.Errorf("a credit's name made an alert: %s", a.Why())
	}
}

// TestCommentary: explainers, looking back and roundups report on a
// happening and may join its event, but start no post.
func TestCommentary(t *testing.T) {
	m := defaultMatcher(t)
	for _, title := range []string{
		"How the 3CX supply chain attack unfolded",
		"In the wake of the 3CX supply chain attack, vendors rethink updates",
		"This week in security: DeepSeek banned in Italy, Nx packages hijacked",
		"Security roundup: npm packages hijacked, Huawei sanctioned",
	} {
		if a, ok := m.Match(title, ""); ok && !a.Coverage {
			t.Errorf("%q started a post: %s", title, a.Why())
		}
	}
	// The same news told plainly is news.
	if a, ok := m.Match("Italy bans DeepSeek over data privacy concerns", ""); !ok || a.Coverage {
		t.Errorf("plain news not posted: %v %s", ok, a.Why())
	}
}

// TestTitleWordsPossessive holds titleWords' byte comparison of a
// possessive to what lower-casing the word compared: "'s" or "’s" in
// either case is cut, the straight one first, letters of any script
// before it kept whole.
func TestTitleWordsPossessive(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kaspersky's", "Kaspersky"},
		{"KASPERSKY'S", "KASPERSKY"},
		{"Apple’s", "Apple"},
		{"APPLE’S", "APPLE"},
		{"Zorb’s's", "Zorb"},
		{"Zorb's’s", "Zorb's"},
		{"Škoda's", "Škoda"},
		{"İstanbul’s", "İstanbul"},
		{"bass", "bass"},
		{"it’x", "it’x"},
	} {
		words := titleWords(c.in + " ban")
		if len(words) != 2 || words[0].text != c.want || words[0].end != len(c.in) {
			t.Errorf("titleWords(%q) = %+v, want %q ending at %d", c.in+" ban", words, c.want, len(c.in))
		}
	}
}
