package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestVendorCompromise2 holds the matcher to testdata/vendorcomp2.tsv:
// distrust told from the certificate's side, backdoor accounts the vendor
// built in, named apps and installers turned to deliver malware, against
// CA housekeeping, stolen signing certificates, patch lists, weak
// passwords and fake download sites (floor: today's 0.91 over the three
// batches less a margin; vendor and category must both be right).
func TestVendorCompromise2(t *testing.T) {
	testHeadlines(t, "testdata/vendorcomp2.tsv", 0.85)
}

// TestVendorCompromise2Shapes holds each shape of builtin.go, rootstore.go
// and official.go to variants with other vendors and words than the set's,
// and to the look-alikes on each side of it.
func TestVendorCompromise2Shapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []leadRow{
		// builtInAccount: a login the vendor built in and the owner
		// cannot close.
		{"built-in", "Zorvik routers ship with secret telnet account", "", "Zorvik", trust.CategoryCompromise},
		{"built-in", "Undocumented root account discovered in Palvex VoIP phones", "", "Palvex", trust.CategoryCompromise},
		{"built-in", "Kestrel fixes static SSH credentials in backup appliance", "", "Kestrel", trust.CategoryCompromise},
		{"built-in", "Brixton IP cameras have hardcoded master password that cannot be changed", "", "Brixton", trust.CategoryCompromise},
		{"built-in, lead", "Security camera maker left hidden admin account in firmware",
			"Researchers found that Hallen NVRs ship with an undocumented root account.", "Hallen", trust.CategoryCompromise},
		{"built-in: attackers", "Hackers create hidden admin accounts on compromised WordPress sites", "", "", ""},
		{"built-in: attackers", "WordPress plugin flaw lets attackers add hidden admin account", "", "", ""},
		{"built-in: a bug's name", "Zorvik fixes static credentials bug in routers", "", "", ""},
		{"built-in: a bug's effect", "Windows bug creates hidden admin account on upgraded PCs", "", "", ""},
		{"built-in: survey", "Study finds hard-coded passwords in 5,000 Android apps", "", "", ""},
		{"built-in: weak passwords", "How to change the default admin password on your router", "", "", ""},
		{"built-in: a feature", "Password manager drops master password in favor of passkeys", "", "", ""},
		{"built-in: patch list", "Palvex patches hard-coded credentials and 14 other flaws", "", "", ""},
		// certDropped: a root program takes trust away.
		{"dropped", "Firefox removes Kavali root certificates", "", "Kavali", trust.CategoryDistrust},
		{"dropped", "Apple pulls trust in Orvis certificates after misissuance", "", "Orvis", trust.CategoryDistrust},
		{"dropped, lead", "Microsoft quietly drops certificate authority from Windows",
			"The root certificates of Tessera Trust, operated by a Turkish company, are no longer trusted on Windows.", "Tessera", trust.CategoryDistrust},
		{"dropped: signing", "Microsoft blocks certificates used to sign malicious drivers", "", "", ""},
		{"dropped: algorithm", "Chrome drops support for SHA-1 certificates", "", "", ""},
		{"dropped: expiry", "Mozilla removes expired roots from Firefox", "", "", ""},
		{"dropped: no cert", "Google Chrome removes padlock icon from address bar", "", "", ""},
		{"dropped: several", "Google, Mozilla and Apple remove Qorvo roots", "", "Qorvo", trust.CategoryDistrust},
		{"dropped: issuer after", "Chrome will block certificates issued by Qorvo", "", "Qorvo", trust.CategoryDistrust},
		{"dropped: no authority", "Microsoft drops CA certificates from its root program in monthly update", "", "", ""},
		// certRemoved: the root as subject, the store after.
		{"removed", "Tesvar root certificates pulled from Android and Chrome", "", "Tesvar", trust.CategoryDistrust},
		{"removed, lead", "Rogue CA certificate blocked by Microsoft",
			"The certificate, issued by Quorin Certification, was used to impersonate Google domains.", "Quorin", trust.CategoryDistrust},
		{"returned", "Kelvon root returns to Apple trust store", "", "Kelvon", trust.CategoryReversal},
		// A title that only describes the authority; the lead names it.
		{"described", "Mozilla removes Hungarian CA from Firefox root store",
			"Mozilla has removed Qelta Trust Services from its root program after a string of audit failures.", "Qelta", trust.CategoryDistrust},
		{"described", "Apple drops Spanish certificate authority from iOS trust store",
			"Apple dropped Orbicert, whose roots had mis-issued certificates for years.", "Orbicert", trust.CategoryDistrust},
		{"removed: a site", "Certificate removed from website causes outage", "", "", ""},
		// officialTurned: a turned copy from the vendor's own site.
		{"official", "Backdoored installers of Verdo PDF hosted on official website", "", "Verdo", trust.CategoryCompromise},
		{"official", "Malicious version of Clyde VPN served from vendor's own servers", "", "Clyde", trust.CategoryCompromise},
		{"official: fake", "Trojanized version of Clyde VPN spread via fake website", "", "", ""},
		{"official: ads", "Malicious versions of KeePass pushed through search ads", "", "", ""},
		{"official: unofficial", "Trojanized copies of Verdo PDF found on unofficial download sites", "", "", ""},
		// swappedChannel and channelOfNamed: a named product's channel
		// swapped for malware or hijacked to deliver it.
		{"swapped", "Attackers swap Koto Sync installer for infostealer", "", "Koto Sync", trust.CategoryCompromise},
		{"swapped, clause before", "Attackers breach Koto Sync servers, replace installer with infostealer", "", "Koto Sync", trust.CategoryCompromise},
		{"channel of", "Chinese hackers hijack updates of Korean VPN app Kovra to deploy backdoor", "", "Kovra", trust.CategoryCompromise},
		{"swapped: a release", "Microsoft replaces Windows installer with new version", "", "", ""},
		{"swapped: fake site", "Attackers swap legit installer for infostealer on fake site", "", "", ""},
		{"swapped: no name", "Hackers replace installer with infostealer", "", "", ""},
		{"channel of: research", "Researchers hijack updates of smart TV to show attack", "", "", ""},
		{"breach: nothing shipped", "Hackers breach Koto Sync, steal source code", "", "", ""},
	}
	checkLeadRows(t, m, cases)
}
