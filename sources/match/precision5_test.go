package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPrecision5Headlines holds the matcher to testdata/precision5.tsv:
// look-alikes that alerted in the eighth round (platform policy after past
// compromises, attackers abusing exposed servers, re-uploaded copies, an
// account taken over with nothing shipped, a vendor lifting its own rules,
// an organisation named by nationality, a ban upheld), beside the events
// they resemble.
func TestPrecision5Headlines(t *testing.T) {
	testHeadlines(t, "testdata/precision5.tsv", 0.70)
}

// TestPrecision5Shapes holds each reading of precision5.go to variants
// written after it, beside events in the same words that must keep
// alerting with their names whole.
func TestPrecision5Shapes(t *testing.T) {
	oss, ban, rev := trust.CategoryOSS, trust.CategoryBan, trust.CategoryReversal
	checkShapes(t, defaultMatcher(t), []shapeCase{
		// a platform's measure before an "after" clause (policyAfterClause)
		{name: "registry mandates 2FA after", title: "Packagist to mandate 2FA for maintainers after hijacked packages spread malware"},
		{name: "tokens revoked following", title: "GitHub invalidates npm tokens following compromise of popular packages"},
		{name: "measure in wake of", title: "Open VSX to require publisher verification in wake of hijacked extensions"},
		{name: "hijack before the after clause", title: "Hackers hijack npm package rand-user-agent after it was abandoned", vendor: "rand-user-agent", category: oss},
		// attackers on hosts left exposed (exposedHosts)
		{name: "exposed Redis", title: "Hackers hijack exposed Redis servers to install backdoor and miner"},
		{name: "misconfigured Jupyter", title: "Misconfigured Jupyter notebooks hijacked to mine cryptocurrency", body: "Attackers abuse instances left without a password."},
		{name: "package with miner", title: "PyPI package aiocpa hijacked to push crypto miner", vendor: "aiocpa", category: oss},
		// copies spread elsewhere (copiesElsewhere)
		{name: "re-uploaded plugins", title: "Popular WordPress plugins infected with backdoor",
			body: "Repackaged copies of premium plugins shared on nulled-software forums carry a web shell."},
		{name: "legitimate plugin's update", title: "Popular WordPress plugin infected with backdoor",
			body:   "Attackers who compromised the developer's account pushed a malicious update of the legitimate plugin to the official repository.",
			vendor: "WordPress", category: ""},
		// an account with nothing shipped (accountOnly)
		{name: "RubyGems account", title: "RubyGems maintainer account compromised via credential stuffing",
			body: "The registry says no gems were modified before the account was locked."},
		{name: "npm account, nothing published", title: "npm account hijacked after maintainer phished",
			body: "npm says no malicious versions were published."},
		{name: "account then releases", title: "PyPI account hijacked in phishing attack",
			body: "The attackers then published two malicious versions of the maintainer's popular package.", vendor: "PyPI", category: ""},
		// a vendor lifting its own rules (selfLifted)
		{name: "TikTok eases rules", title: "TikTok eases restrictions on employee data access"},
		{name: "Kaspersky ends pause", title: "Kaspersky ends freeze on hiring in Europe"},
		{name: "a state lifts", title: "Indonesia lifts ban on TikTok Shop after deal", vendor: "TikTok", category: rev},
		// an organisation named by nationality (nationalOrg)
		{name: "Norwegian broadcaster", title: "Norwegian broadcaster bans TikTok on staff phones"},
		{name: "Korean firms", title: "Korean firms block DeepSeek over data leak fears"},
		{name: "Norwegian parliament", title: "Norwegian parliament bans TikTok on work devices", vendor: "TikTok", category: ban},
		// a ban upheld with no place named (upheldNoPlace)
		{name: "judge upholds", title: "Judge upholds ban on Chinese drones"},
		// names: a product's own word kept, a scoped package whole
		{name: "Wallet named whole", title: "Exodus Wallet extension hijacked to steal seed phrases", vendor: "Exodus Wallet", category: oss},
		{name: "speaker owns the Chrome extension", title: "Quuxnote: Chrome extension compromised to push adware", vendor: "Quuxnote", category: oss},
		{name: "scope widened from the lead", title: "CISA warns of npm supply chain compromise",
			body: "The worm has compromised hundreds of packages, including @quux/colorkit.", vendor: "@quux/colorkit", category: oss},
	})
}
