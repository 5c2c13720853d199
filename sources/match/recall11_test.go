package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRecall11Batch holds the matcher to testdata/recall11.tsv: named
// vendors' events that had no alert at all, against their look-alikes.
// recall11_u.tsv, written before any change and never tuned on, is the
// honest figure; it is logged, not held.
func TestRecall11Batch(t *testing.T) {
	testHeadlines(t, "testdata/recall11.tsv", recall11Floor)
	logBatch(t, "testdata/recall11_u.tsv")
}

// recall11Floor is TestRecall11Batch's floor on the strict share.
const recall11Floor = 0.85

// TestRecall11Vetoes holds the vetoes recall11 narrowed: a reason's "ties
// to" is no destination of goods (soldByVendor), and a list's place
// adjective is no market left (pulledFromMarket); each keeps refusing its
// own look-alikes.
func TestRecall11Vetoes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"ties to", "US bans sale of Kaspersky software citing ties to Russia", "", "Kaspersky", trust.CategoryBan},
		{"links to", "Germany bans sales of Kaspersky antivirus over links to Russian intelligence", "", "Kaspersky", trust.CategoryBan},
		{"list", "Pentagon drops Xiaomi from Chinese military company list after losing in court", "", "Xiaomi", trust.CategoryReversal},
	})
	checkSilent(t, m,
		"Commerce bans sales of Nvidia chips to China",
		"US blocks sale of Intel processors to Chinese supercomputer centres",
		"Apple pulls Advanced Data Protection from UK after backdoor demand",
		"Nothing pulls its Chats app from Chinese market",
		"Drone maker DJI drops its Mavic line from Chinese market",
	)
}

// TestRecall11HeldNames holds the names unlisted reads where the signal's
// neighbours hold none: the authority after "certificates from" or
// "issued by", and a sanctioned company after its trade.
func TestRecall11HeldNames(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"from", "Microsoft to stop trusting certificates from Camerfirma", "", "Camerfirma", trust.CategoryDistrust},
		{"descriptor", "Chrome to stop trusting certificates from Hungarian CA Microsec", "", "Microsec", trust.CategoryDistrust},
		{"issued by", "Firefox to distrust certificates issued by Symantec before 2016", "", "Symantec", trust.CategoryDistrust},
		{"company", "Treasury sanctions Chinese cybersecurity company Beijing Huanyu Tianqiong over hacking", "", "Beijing Huanyu Tianqiong", trust.CategorySanctions},
		{"provider", "Treasury sanctions Russian hosting provider Zservers for supporting LockBit", "", "Zservers", trust.CategorySanctions},
	})
	checkSilent(t, m,
		"Chrome to stop trusting certificates from unknown issuers",
		"Chrome to stop trusting certificates with weak SHA-1 signatures",
		"Apple to stop trusting certificates from July on",
		"Treasury sanctions Russian hackers behind attacks on hospitals",
		"Treasury sanctions company executives over North Korean IT workers",
		"Windows to block untrusted drivers from Realtek",
		"Firm sanctions staff for leaking data to the press",
	)
}

// TestRecall11Payloads holds the verb forms of what a turned channel does
// (payloadWords): skim, wipe, siphon and steal in every form, with a
// channel bound to a name and a tampering verb; without them (a gang's
// own scripts, an update's bug, attackers' own logins) nothing alerts.
func TestRecall11Payloads(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"skim", "Checkout script from QuuxCart's CDN rigged to skim cards", "The e-commerce vendor's hosted script was altered to send card numbers to an attacker's server.", "QuuxCart", trust.CategoryCompromise},
		{"wipes", "Hackers hijack Quuxmail's update server to push code that wipes user files", "The email client's developer said the tampered release deleted documents on machines that installed it.", "Quuxmail", trust.CategoryCompromise},
		{"siphon", "Analytics firm's tracking script altered to siphon login credentials from customer sites", "Attackers modified the script served from Zorblytics' CDN to send typed passwords to a remote domain.", "Zorblytics", trust.CategoryCompromise},
	})
	for _, r := range []struct{ title, lead string }{
		{"Magecart gang skims cards from 100 online stores", "The group planted scripts on the stores' checkout pages through a known flaw."},
		{"Windows update wipes files for some users, Microsoft says", "The company pulled the update after reports of lost documents."},
		{"Hackers used stolen logins to skim cards at retailer", "The attackers broke into the company's payment terminals."},
		{"Hackers hijack game servers to wipe players' saves", ""},
	} {
		expectAlerted(t, m, r.title, r.lead, false)
	}
}

// TestRecall11BareBar holds the bare verb "bar" after a plural body with
// its object (rules.toml): the noun ("bar staff" of a pub) and a bar on
// people doing something else stay silent.
func TestRecall11BareBar(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"staff", "House, Senate bar staff from using Microsoft Copilot", "", "Microsoft Copilot", trust.CategoryBan},
		{"employees", "States bar employees from using DeepSeek on work phones", "", "DeepSeek", trust.CategoryBan},
		{"government use", "Australian states bar government use of Kaspersky software", "", "Kaspersky", trust.CategoryBan},
	})
	checkSilent(t, m,
		"Bar staff from London pub walk out over pay",
		"Judges bar lawmakers from attending hearing",
	)
}

// TestRecall11NewOwner holds precision9's own-channel words with a new
// owner: a plugin's new owner pushing spam is a trusted channel turned
// (oss12's plugin bought then turned), while registries flooded with spam
// or junk packages stay silent.
func TestRecall11NewOwner(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"slipped", "New owner slipped spam backdoor into Display Widgets WordPress plugin", "The popular Display Widgets plugin, installed on 200,000 sites, was pulled from WordPress.org after its new owner pushed updates that injected spam into sites and phoned home.", "Display Widgets", trust.CategoryOSS},
		{"slips", "New owner slips spam injector into popular Zorbgallery WordPress plugin", "The plugin, installed on 90,000 sites, was pulled from WordPress.org after its new owner pushed an update that inserted spam links into pages.", "Zorbgallery", trust.CategoryOSS},
	})
	for _, r := range []struct{ title, lead string }{
		{"npm flooded with 15,000 spam packages", "The packages promote e-book sites and carry no code."},
		{"PyPI owner accounts flooded with junk packages", ""},
		{"WordPress.org removes spam plugins uploaded by new owner accounts", ""},
	} {
		expectAlerted(t, m, r.title, r.lead, false)
	}
}
