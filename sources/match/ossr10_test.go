package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSSR10Headlines holds the matcher to testdata/ossr10.tsv: packages
// listed beside a count or after "including", a firm's own extension, a
// kind word, a project hit by a malicious commit, a store pulling an
// extension and disabling it for users, against typosquats, fakes, what
// could happen and analyses of a known attack.
func TestOSSR10Headlines(t *testing.T) {
	testBatch(t, "testdata/ossr10.tsv", 0.9)
}

// TestOSSR10Untouched measures testdata/ossr10_u.tsv, the tenth round's
// package set written before any change and never tuned on: its figure is
// the honest guess of what unseen package news gets.
func TestOSSR10Untouched(t *testing.T) {
	testBatch(t, "testdata/ossr10_u.tsv", 0.75)
}

// TestOSSR10Shapes holds each rule of ossr10.go to made-up packages in
// wordings neither set used, with the look-alikes that must stay silent.
func TestOSSR10Shapes(t *testing.T) {
	m := defaultMatcher(t)
	oss := trust.CategoryOSS
	cases := []shapeCase{
		// A title listing packages beside a count (ossr10Alert, ossr10Before).
		{name: "worm verb, scoped name, count", title: "Credential-stealing worm infects @blorp/cli and 12 other npm packages",
			vendor: "@blorp/cli", category: oss},
		{name: "passive, Oxford comma", title: "zorbparse, quuxfmt, and 9 other crates compromised in token theft",
			vendor: "zorbparse", category: oss},
		{name: "among a count", title: "Hackers poison quux-env among 14 PyPI packages",
			vendor: "quux-env", category: oss},
		{name: "capitalised names, other extensions", title: "Attackers hijack Zorb Clipper and 20 other Chrome extensions",
			vendor: "Zorb Clipper", category: oss},
		// A list after the channel, names with numbers and kinds (ossr10After).
		{name: "including, a long name", title: "Joomla extensions including Quux Gallery, Zorb Forms 3 Pro Addon backdoored",
			vendor: "Quux Gallery", category: oss},
		// The registry a rule named gives way to the title's list (ossr10Names).
		{name: "registry named, list in title", title: "Supply chain attack compromises Quuxnotes and 8 other Firefox add-ons",
			vendor: "Quuxnotes", category: oss},
		// A lead's list under a title naming none: its first package.
		{name: "lead's list, first", title: "Self-spreading malware hits popular RubyGems",
			body: "The worm published trojanized versions of zorb-rails and 12 other gems using stolen API keys.", vendor: "zorb-rails", category: oss},
		// A firm's channel named for its browser (ossr10Owned, ossr10Speaker).
		{name: "firm speaks of its extension", title: "Password manager maker's Firefox add-on hijacked to steal logins",
			body: "Quuxpass said an attacker phished a developer and pushed a malicious version of its add-on that was live for six hours.", vendor: "Quuxpass"},
		// A kind the lead lists is no name: the registry as written.
		{name: "kinds listed, registry", title: "Hijacked Edge add-ons with 900,000 users redirected searches",
			body: "At least 11 add-ons, including video download and price comparison tools, were compromised and updated with code that hijacked searches.", vendor: "Edge", category: oss},
		// A project hit through a malicious commit (ossr10Commit).
		{name: "malicious commit, possessive product", title: "Blorpex's Zorb bridge drained through malicious commit, $1 million lost",
			vendor: "Blorpex", category: oss},
		{name: "malicious pull request", title: "Quuxlend compromised via malicious pull request from contributor",
			vendor: "Quuxlend", category: oss},
		// A store pulling an extension and disabling it for users (store9.go with ossr10Maker, ossr10DisabledForUsers).
		{name: "store also pulls, disabled remotely", title: "Mozilla also removes Zorb Downloader from Firefox",
			body: "Mozilla has taken the add-on down and remotely disabled it, after Google's move last week.", vendor: "Zorb Downloader"},
		// The title's own project over the lead's maker or host (ossr10TitleOwn).
		{name: "product before registry and channel", title: "Quuxcal Booking WordPress plugin trojanized in supply chain attack",
			body: "Installers of the Quuxcal Booking plugin served from Zorbsoft's own site carried a backdoor, Zorbsoft said.", vendor: "Quuxcal Booking"},
		{name: "title's subject over the lead's host", title: "Zorbhub community hit by supply chain attack",
			body: "Attackers hijacked the GitHub account of a Zorbhub maintainer and pushed malicious code to its repositories.", vendor: "Zorbhub"},

		// Look-alikes.
		{name: "typosquats of listed packages", title: "Typosquats of zorb-lint and 30 other npm packages hijack developer machines"},
		{name: "could have hijacked a list", title: "Researchers could have hijacked quux-sdk and 200 other packages"},
		{name: "fake repositories' commits", title: "Attackers hide malicious commits in 2,000 fake GitHub repositories"},
		{name: "commit that could slip in", title: "Study shows malicious commits could slip into open-source projects unnoticed"},
		{name: "store pulls for a dispute", title: "Google also removes Zorb VPN from Play Store",
			body: "Google said the app was pulled over a billing dispute with its developer."},
		{name: "whom a known attack first went after", title: "Blorpcorp was the initial target of the Quux npm supply chain attack, report says",
			body: "A new analysis of last month's incident says the attackers first went after Blorpcorp's CI."},
	}
	checkShapes(t, m, cases)
}
