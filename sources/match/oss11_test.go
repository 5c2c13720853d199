package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSS11Headlines holds the matcher to testdata/oss11.tsv: breaches
// traced to a compromised action or package, malware pushed into a
// package, scripts modified for a time, worms in a marketplace's
// packages, a project's source repository backdoored, against images and
// packages malicious from the start and breaches traced to anything else.
func TestOSS11Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss11.tsv", 0.9)
}

// TestOSS11Shapes holds each shape of oss11.go to made-up packages, in
// wordings the batch did not use, with look-alikes that must not alert.
func TestOSS11Shapes(t *testing.T) {
	m := defaultMatcher(t)
	oss, comp := trust.CategoryOSS, trust.CategoryCompromise
	cases := []shapeCase{
		// A breach traced to a compromised package, action or account.
		{name: "traced to a library", title: "Wallet drain traced to compromised quux-connect npm library", vendor: "quux-connect", category: oss},
		{name: "traced to a hijacked action", title: "Data theft traced to hijacked zorbfmt GitHub Action", vendor: "zorbfmt", category: oss},
		{name: "traced to a dependency", title: "Breach traced to compromised Zorbkit dependency", vendor: "Zorbkit", category: oss},
		{name: "traced to an employee's token", title: "Breach traced to compromised npm token of employee"},
		{name: "traced to a third-party library", title: "Ransomware attack traced to compromised third-party library"},
		{name: "traced to a developer account", title: "Breach traced to compromised developer account"},
		{name: "traced to a browser extension", title: "Crypto heist traced to compromised Zorbwallet browser extension", vendor: "Zorbwallet", category: oss},
		{name: "traced to a package's release", title: "Supply chain attack traced to compromised quuxctl release", vendor: "quuxctl", category: oss},
		{name: "traced to a vendor's release", title: "Supply chain attack traced to compromised Zorbsoft release", vendor: "Zorbsoft", category: comp},
		{name: "traced to an unnamed extension", title: "Breach traced to compromised browser extension"},
		// Releases pushed to a registry with harm.
		{name: "versions uploaded with a miner", title: "zorb-ui versions uploaded to npm with cryptominer", vendor: "zorb-ui", category: oss},
		{name: "an owner's packages published", title: "Zorbcorp's quux-auth packages published to PyPI with credential-stealing code", vendor: "Zorbcorp", category: oss},
		{name: "the registry before the noun", title: "Zorbkit's npm packages pushed with malware after token theft", vendor: "Zorbkit", category: oss},
		{name: "versions published with a miner", title: "zorb-ui npm versions published with cryptominer", vendor: "zorb-ui", category: oss},
		{name: "typosquats published with", title: "Typosquat npm packages published with infostealer"},
		{name: "malicious packages uploaded", title: "Malicious packages uploaded to npm with infostealer"},
		{name: "published with fixes", title: "Zorbkit packages published to npm with security fixes"},
		{name: "new packages pushed", title: "New packages pushed to PyPI with info-stealing code"},
		// Harm put into a named package, in the passive.
		{name: "backdoor injected into", title: "Backdoor injected into quux-http npm package", vendor: "quux-http", category: oss},
		{name: "stealer slipped into a library", title: "Credential stealer slipped into Zorbtable library", vendor: "Zorbtable", category: oss},
		{name: "code added to a fake package", title: "Malicious code added to fake npm package"},
		// A worm hiding in a marketplace's extensions.
		{name: "lurks in Open VSX", title: "GlassWorm lurks in Open VSX extensions", vendor: "Open VSX", category: oss},
		{name: "worm in notebooks", title: "Worm hides in exposed Jupyter notebooks"},
		// A project's source repository backdoored.
		{name: "Git server, malicious commits", title: "Zorblang Git server hacked to add malicious commits", vendor: "Zorblang", category: oss},
		{name: "GitLab repository, backdoor planted", title: "Hackers breach Quuxproject GitLab repository, plant backdoor in code", vendor: "Quuxproject", category: oss},
		{name: "repository breached for its code", title: "Hackers breach Zorbcorp GitHub repository, steal source code"},
		{name: "no lexicon word: Git server hacked, backdoor added", title: "Hackers hack Zorbdb's Git server, add backdoor to source code", vendor: "Zorbdb", category: oss},
		{name: "malicious commits pushed to source code", title: "Malicious commits pushed to Zorblang source code after Git server hack", vendor: "Zorblang", category: oss},
		{name: "source code stolen from a Git server", title: "Zorbcorp says hackers stole source code from its Git server"},
		{name: "a Git server's flaw", title: "Git server flaw lets attackers add backdoor"},
		// Named vendors' packages turned by a worm.
		{name: "worm compromises vendors' packages", title: "Worm compromises Zorbsec, Quuxpay packages in npm attack", vendor: "Zorbsec", category: oss},
		{name: "a named worm hits a list", title: "Quuxworm hits Zorbsec, Quuxpay and 40 other packages", vendor: "Zorbsec", category: oss},
		{name: "a worm that could", title: "Researchers say worm could compromise Zorbsec, Quuxpay packages"},
		{name: "a worm in servers", title: "Worm infects Linux, Windows servers via SSH"},
		// A vendor's installer turned.
		{name: "installer tampered", title: "Zorbvpn Windows installer tampered to drop backdoor", vendor: "Zorbvpn", category: comp},
		// A count of pulls is never a name.
		{name: "images amass pulls", title: "Backdoored Docker Hub images amass 5 million pulls"},
		{name: "images rack up downloads", title: "Cryptojacking containers hidden in Docker Hub images rack up 10 million downloads"},
	}
	checkShapes(t, m, cases)
}
