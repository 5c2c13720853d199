package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// official26Rows are news written in an official source's own voice:
// press releases of Treasury, Commerce, CISA, the FCC, governors and the
// EU Council; Federal Register rules; root programs' and registries' own
// posts. The vendor is often a legal entity ("Co., Ltd.", "AO", "LLC")
// named only in the lead; a notice lists several targets; a lead opens
// with a date or a docket line. Written for this table from the guide
// (feeds.md, trust-events.md) and the real captures in ../shared/lists
// and ../shared/feeds; none comes from a test set.
var official26Rows = []official26Row{
	// Sanctions in Treasury's voice.
	{"treasury-network", "Treasury Sanctions Russia-Based Network Supplying Surveillance Technology",
		"WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Positive Technologies, AO, a Moscow-based information security company, for supporting Russian intelligence services.",
		"Positive Technologies", cats(trust.CategorySanctions)},
	{"treasury-spyware", "Treasury Sanctions Members of the Intellexa Commercial Spyware Consortium",
		"March 5, 2024 — The Department of the Treasury's Office of Foreign Assets Control today designated two individuals and five entities associated with the Intellexa Consortium.",
		"Intellexa", cats(trust.CategorySanctions)},
	{"treasury-cytrox-lead", "Treasury Takes Action Against Commercial Spyware Network",
		"OFAC today designated Cytrox AD, a North Macedonia-based company, and Intellexa S.A. pursuant to Executive Order 13694, as amended.",
		"Cytrox", cats(trust.CategorySanctions)},
	{"ofac-designation-of", "Designation of Sandvine Incorporated Under Executive Order 14024",
		"The Office of Foreign Assets Control today added Sandvine Incorporated to the Specially Designated Nationals and Blocked Persons List.",
		"Sandvine", cats(trust.CategorySanctions)},
	{"treasury-designates-llc", "Treasury Designates Kaspersky Lab Leadership",
		"Today, OFAC designated twelve members of the executive and senior leadership of AO Kaspersky Lab.",
		"Kaspersky", cats(trust.CategorySanctions)},
	// The Entity List in the Federal Register's and Commerce's voice.
	{"fr-addition", "Addition of Certain Entities to the Entity List; Revision of Existing Entries",
		"In this rule, the Bureau of Industry and Security (BIS) amends the Export Administration Regulations (EAR) by adding Hangzhou Hikvision Digital Technology Co., Ltd. and Zhejiang Dahua Technology Co., Ltd. to the Entity List.",
		"Hikvision", cats(trust.CategorySanctions)},
	{"fr-docket", "Additions to the Entity List",
		"[Docket No. 240604-0152] RIN 0694-AJ55. BIS is adding 12 entities under 16 entries to the Entity List, including Quectel Wireless Solutions Co., Ltd., for acting contrary to the national security interests of the United States.",
		"Quectel", cats(trust.CategorySanctions)},
	{"commerce-adds-chinese", "Commerce Adds 12 Chinese Entities to Entity List",
		"The Department of Commerce's Bureau of Industry and Security today added 12 entities, among them Hytera Communications Corporation Limited, to the Entity List.",
		"Hytera", cats(trust.CategorySanctions)},
	{"commerce-adds-named", "Commerce Adds NSO Group and Candiru to the Entity List for Malicious Cyber Activities",
		"The Department of Commerce today added four foreign companies to the Entity List.",
		"NSO Group", cats(trust.CategorySanctions)},
	{"bis-final-rule", "Entity List Additions; Corrections",
		"Effective date: this rule is effective May 16, 2019. BIS adds Huawei Technologies Co., Ltd. and 68 non-U.S. affiliates to the Entity List.",
		"Huawei", cats(trust.CategorySanctions)},
	{"bis-kaspersky-determination", "Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers",
		"June 20, 2024 — The Department of Commerce's Bureau of Industry and Security issued a Final Determination prohibiting Kaspersky Lab, Inc., the U.S. subsidiary of AO Kaspersky Lab, from providing antivirus software in the United States.",
		"Kaspersky", cats(trust.CategoryBan)},
	// The FCC Covered List.
	{"fcc-public-notice", "FCC Public Notice: Covered List Update",
		"The Public Safety and Homeland Security Bureau adds AO Kaspersky Lab, China Mobile International USA Inc. and China Telecom (Americas) Corp. to the list of covered equipment and services.",
		"Kaspersky", cats(trust.CategorySanctions)},
	{"fcc-adds", "FCC Adds Kaspersky and Chinese Carriers to Covered List",
		"WASHINGTON, March 25, 2022 — The Federal Communications Commission today added AO Kaspersky Lab to its list of communications equipment and services deemed a threat to national security.",
		"Kaspersky", cats(trust.CategorySanctions)},
	// Directives.
	{"ed-ivanti", "Emergency Directive 24-01: Mitigate Ivanti Connect Secure and Ivanti Policy Secure Vulnerabilities",
		"CISA issued Emergency Directive 24-01 requiring federal agencies to disconnect affected Ivanti Connect Secure products from agency networks.",
		"Ivanti", cats(trust.CategoryDirective)},
	{"ed-solarwinds", "Emergency Directive 21-01: Mitigate SolarWinds Orion Code Compromise",
		"December 13, 2020 — CISA directs all federal civilian agencies to immediately disconnect or power down SolarWinds Orion products.",
		"SolarWinds", cats(trust.CategoryDirective)},
	{"bod-kaspersky", "BOD 17-01: Removal of Kaspersky-branded Products",
		"The Department of Homeland Security directs federal executive branch departments and agencies to identify and remove Kaspersky-branded products from their information systems.",
		"Kaspersky", cats(trust.CategoryDirective)},
	{"dhs-directive-lead", "DHS Statement on the Issuance of Binding Operational Directive 17-01",
		"Today, Acting Secretary of Homeland Security Elaine Duke issued a directive requiring agencies to remove products of AO Kaspersky Lab from federal information systems.",
		"Kaspersky", cats(trust.CategoryDirective)},
	// Executive orders and state-device bans.
	{"governor-eo", "Governor Signs Executive Order Prohibiting Use of Certain Foreign Technology on State Devices",
		"Today Governor Abbott signed an executive order prohibiting state agencies from using TikTok, WeChat and products of Hangzhou Hikvision Digital Technology Co., Ltd. on state-issued devices.",
		"TikTok", cats(trust.CategoryBan)},
	{"governor-bans-named", "Governor Issues Executive Order Banning DeepSeek on State Devices",
		"The order prohibits the download or use of DeepSeek, an application of Hangzhou DeepSeek Artificial Intelligence Co., Ltd., on any state-owned device.",
		"DeepSeek", cats(trust.CategoryBan)},
	{"prohibition-on", "Prohibition on Use of Kaspersky Products by State Agencies",
		"Effective immediately, state agencies shall remove all products of AO Kaspersky Lab from state networks.",
		"Kaspersky", cats(trust.CategoryBan)},
	// The EU Council's regulations.
	{"eu-council", "Council Implementing Regulation (EU) 2024/1485 Concerning Restrictive Measures Against Cyber-Attacks",
		"The Council today imposed restrictive measures on Positive Technologies, AO, a company whose products supported cyber-attacks against the Union.",
		"Positive Technologies", cats(trust.CategorySanctions)},
	// Root programs.
	{"root-announcing", "Announcing the Distrust of Entrust Root Certificates",
		"The Chrome Root Program will no longer trust TLS certificates issued by Entrust Corporation after October 31, 2024.",
		"Entrust", cats(trust.CategoryDistrust)},
	{"root-sustaining", "Sustaining Digital Certificate Security – Entrust Certificate Distrust",
		"The Chrome Security Team announced that Chrome will distrust public TLS certificates issued by Entrust.",
		"Entrust", cats(trust.CategoryDistrust)},
	{"root-mozilla", "Mozilla's Plan to Remove Chunghwa Telecom Root Certificates",
		"Mozilla will remove the Chunghwa Telecom ePKI roots from its root store and set them distrusted for websites.",
		"Chunghwa Telecom", cats(trust.CategoryDistrust)},
	// Registries' own incident posts.
	{"pypi-incident", "Incident Report: ultralytics Supply Chain Attack",
		"On December 4, an attacker published malicious versions of the ultralytics package to PyPI after compromising the project's build workflow.",
		"ultralytics", cats(trust.CategoryOSS)},
	{"npm-incident", "Incident report: compromised releases of eslint-config-prettier",
		"A maintainer's npm token was phished and the attacker published four malicious versions of eslint-config-prettier.",
		"eslint-config-prettier", cats(trust.CategoryOSS)},
	// Courts against spyware makers.
	{"court-nso", "Order Granting Permanent Injunction Against NSO Group Technologies Limited",
		"The court enjoined NSO Group Technologies Limited and Q Cyber Technologies Limited from targeting WhatsApp users.",
		"NSO Group", cats(trust.CategoryBan, trust.CategoryEspionage, trust.CategoryStateLinks)},
	{"court-enters", "Court Enters Permanent Injunction Barring Pegasus Maker From WhatsApp",
		"A federal judge barred NSO Group Technologies Ltd. from accessing WhatsApp's systems and ordered it to delete data it obtained.",
		"NSO Group", cats(trust.CategoryBan, trust.CategoryEspionage, trust.CategoryStateLinks)},
	// Treasury's own wording, more shapes.
	{"ofac-recent-actions", "Cyber-related Designations; Russia-related Designations",
		"The following entities have been added to OFAC's SDN List: INTELLEXA S.A. (a.k.a. INTELLEXA), Greece; CYTROX AD, North Macedonia.",
		"Intellexa", cats(trust.CategorySanctions)},
	{"treasury-sanctioning", "Treasury Sanctions Chinese Cybersecurity Company Tied to Flax Typhoon",
		"Today, OFAC is sanctioning Integrity Technology Group, Incorporated (Integrity Tech), a Beijing-based cybersecurity company, for its role in cyber intrusions.",
		"Integrity Technology Group", cats(trust.CategorySanctions)},
	{"treasury-sichuan", "Treasury Sanctions Chinese Cybersecurity Firm and Employee for Firewall Compromise",
		"OFAC today sanctioned Sichuan Silence Information Technology Company, Limited, a Chengdu-based cybersecurity government contractor.",
		"Sichuan Silence", cats(trust.CategorySanctions)},
	{"treasury-dba", "Treasury Designates Hosting Provider Supporting Ransomware",
		"OFAC today designated Zservers LLC d/b/a XHOST, a Russia-based bulletproof hosting provider.",
		"Zservers", cats(trust.CategorySanctions)},
	// Commerce and BIS, more shapes.
	{"bis-removal", "Removal of Certain Entities From the Entity List",
		"In this final rule, BIS removes Sandvine Incorporated, Waterloo, Canada, from the Entity List after the company took steps to address concerns.",
		"Sandvine", cats(trust.CategoryReversal)},
	{"bis-sandvine-add", "Additions to the Entity List; Sandvine Incorporated",
		"BIS amends the EAR by adding Sandvine Incorporated under the destination of Canada for providing deep packet inspection technology used in mass web-monitoring.",
		"Sandvine", cats(trust.CategorySanctions)},
	{"fr-covered-apps", "Federal Acquisition Regulation: Prohibition on a ByteDance Covered Application",
		"DoD, GSA, and NASA are issuing an interim rule amending the FAR to implement the prohibition on having or using TikTok or any successor application developed by ByteDance Limited on information technology.",
		"ByteDance", cats(trust.CategoryBan)},
	{"fr-kaspersky-far", "Federal Acquisition Regulation: Prohibition on Contracting for Hardware, Software, and Services Developed or Provided by Kaspersky Lab",
		"DoD, GSA, and NASA are issuing a final rule implementing a section of the National Defense Authorization Act that prohibits the use of Kaspersky Lab products.",
		"Kaspersky", cats(trust.CategoryBan)},
	{"fr-889", "Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment",
		"The interim rule prohibits agencies from procuring equipment produced by Huawei Technologies Company or ZTE Corporation, or any subsidiary or affiliate of such entities.",
		"Huawei", cats(trust.CategoryBan)},
	// A rule's preamble, a release line and a nominal title, more shapes.
	{"fr-preamble", "Additions to the Entity List",
		"AGENCY: Bureau of Industry and Security, Commerce. ACTION: Final rule. SUMMARY: In this rule, BIS amends the EAR by adding Inspur Group Co., Ltd. and five of its subsidiaries to the Entity List.",
		"Inspur", cats(trust.CategorySanctions)},
	{"release-date-line", "Commerce Issues Final Determination on Russian Antivirus Software",
		"Release Date: June 20, 2024. The Bureau of Industry and Security issued a Final Determination prohibiting AO Kaspersky Lab from providing antivirus software in the United States.",
		"Kaspersky", cats(trust.CategoryBan, trust.CategorySanctions)},
	{"designation-of-unlisted", "Designation of Integrity Technology Group, Incorporated",
		"OFAC designated the Beijing-based cybersecurity company for its role in the Flax Typhoon intrusions against U.S. critical infrastructure.",
		"Integrity Technology Group", cats(trust.CategorySanctions)},
	{"notice-of-addition", "Notice of Addition of Sophgo Technologies Ltd. to the Entity List",
		"BIS added the chip designer after a die it made was found in a Huawei processor.",
		"Sophgo", cats(trust.CategorySanctions)},
	{"removal-from", "Removal of Sandvine Incorporated From the Entity List",
		"BIS removes the Canadian company after it exited the Egyptian market and adopted a human rights review.",
		"Sandvine", cats(trust.CategoryReversal)},
	// The FCC in the Bureau's voice.
	{"fcc-bureau-additions", "Public Safety and Homeland Security Bureau Announces Additions to the Covered List",
		"The Bureau adds to the Covered List communications equipment produced by SZ DJI Technology Co., Ltd. and Autel Robotics Co., Ltd., pursuant to the Secure and Trusted Communications Networks Act.",
		"DJI", cats(trust.CategorySanctions)},
	// State lists and executive orders, more shapes.
	{"state-eo-number", "Executive Order 24-02: Prohibiting Covered Applications on State Information Technology",
		"By the authority vested in me as Governor, I hereby order that TikTok, owned by ByteDance Ltd., be removed from all state-issued devices.",
		"TikTok", cats(trust.CategoryBan)},
	{"state-prohibited-list", "Prohibited Technologies List Updated",
		"The Department of Information Resources added DeepSeek and Manus to the statewide list of prohibited technologies, barring their use on state devices.",
		"DeepSeek", cats(trust.CategoryBan)},
	{"uk-designated-vendor", "Designated Vendor Direction Issued to Huawei",
		"The Secretary of State has given a designated vendor direction requiring public communications providers to remove Huawei equipment from their 5G networks by 2027.",
		"Huawei", cats(trust.CategoryBan, trust.CategoryDirective)},
	// Root programs, the vendor only in the lead.
	{"root-upcoming", "Sustaining Digital Certificate Security – Upcoming Changes to the Chrome Root Store",
		"Chrome will no longer trust by default new TLS certificates issued by Chunghwa Telecom and Netlock Kft. after July 31, 2025.",
		"Chunghwa Telecom", cats(trust.CategoryDistrust)},
	{"root-mozilla-trustcor", "Mozilla's Response to TrustCor Systems Concerns",
		"Mozilla has decided to remove the TrustCor Systems S. de R.L. root certificates from its root store and distrust them for TLS.",
		"TrustCor", cats(trust.CategoryDistrust)},
	// Registries' posts, more shapes.
	{"npm-security-notice", "Security Notice: Malicious Releases of @ctrl/tinycolor",
		"npm has removed compromised versions of @ctrl/tinycolor that were published after a maintainer's account was taken over.",
		"@ctrl/tinycolor", cats(trust.CategoryOSS)},
	{"rubygems-post", "RubyGems.org Post-Incident Report: rest-client 1.6.13",
		"An attacker who took over a maintainer account published rest-client 1.6.13 containing a backdoor.",
		"rest-client", cats(trust.CategoryOSS)},
}

// official26Looks are look-alikes in the same voice: vulnerability and
// ICS advisories, KEV additions, patch directives for an ordinary bug,
// sanctions on non-tech targets, proposed rules and requests for comment.
var official26Looks = []official26Row{
	{"ics-advisory", "Hitachi Energy Asset Suite", "CISA released an ICS advisory on vulnerabilities in Hitachi Energy Asset Suite.", "", nil},
	{"ics-advisory-2", "Siemens SIMATIC S7-1500 (Update A)", "Successful exploitation of these vulnerabilities could allow an attacker to execute arbitrary code.", "", nil},
	{"kev", "CISA Adds Three Known Exploited Vulnerabilities to Catalog",
		"CISA has added three new vulnerabilities to its Known Exploited Vulnerabilities Catalog, including CVE-2024-21887 in Ivanti Connect Secure.", "", nil},
	{"kev-named", "CISA Adds Hikvision and Ivanti Flaws to Known Exploited Vulnerabilities Catalog", "", "", nil},
	{"advisory-threat", "Threat Actors Chained Vulnerabilities in Ivanti Cloud Service Applications",
		"CISA and the FBI released this joint advisory in response to exploitation of CVE-2024-8963 in Ivanti Cloud Service Appliance.", "", nil},
	{"advisory-ransom", "#StopRansomware: Medusa Ransomware", "CISA, the FBI and MS-ISAC released this joint advisory to disseminate known Medusa ransomware TTPs.", "", nil},
	{"ed-patch", "Emergency Directive 21-04: Mitigate Windows Print Spooler Service Vulnerability",
		"CISA directs agencies to apply the July 2021 security updates from Microsoft to all Windows servers.", "", nil},
	{"ed-patch-2", "Emergency Directive 20-04: Mitigate Netlogon Elevation of Privilege Vulnerability from August 2020 Patch Tuesday",
		"CISA requires agencies to update all Windows Servers with the domain controller role.", "", nil},
	{"bod-kev", "BOD 22-01: Reducing the Significant Risk of Known Exploited Vulnerabilities", "", "", nil},
	{"treasury-non-tech", "Treasury Sanctions Russia-Based Network Supplying Military Goods",
		"OFAC today designated Sovfracht AO, a shipping company, and eight vessels for evading the oil price cap.", "", nil},
	{"treasury-cartel", "Treasury Sanctions Sinaloa Cartel Fentanyl Traffickers",
		"OFAC designated six individuals and two Mexico-based companies, Grupo Ejemplo S.A. de C.V. and Logistica Norte S. de R.L.", "", nil},
	{"treasury-ransom-actors", "Treasury Sanctions Members of LockBit Ransomware Group",
		"OFAC today designated two Russian nationals for their roles in LockBit ransomware attacks.", "", nil},
	{"fr-proposed", "Securing the Information and Communications Technology and Services Supply Chain: Connected Vehicles; Request for Comments",
		"BIS seeks public comment on a proposed rule concerning connected vehicle software from the People's Republic of China.", "", nil},
	{"fcc-nprm", "FCC Proposes Rules on Covered List Equipment Authorization; Comment Sought",
		"The Commission seeks comment on proposals to close loopholes in its equipment authorization program.", "", nil},
	{"fr-removal-correction", "Revisions to the Export Administration Regulations: Technical Corrections",
		"BIS is making technical corrections to the EAR, including updating addresses in Supplement No. 4.", "", nil},
	{"eu-council-nontech", "Council Implementing Regulation (EU) 2024/1746 Concerning Restrictive Measures in View of the Situation in Belarus",
		"The Council today added 28 individuals and 3 entities to the list of persons subject to restrictive measures.", "", nil},
	{"registry-takedown", "Incident Report: Malicious Typosquats of Popular Packages Removed",
		"PyPI administrators removed 500 typosquatted packages impersonating popular libraries.", "", nil},
	{"root-inclusion", "Announcing the Inclusion of New Root Certificates in the Chrome Root Store",
		"The Chrome Root Program added four new root CA certificates from Sectigo and DigiCert.", "", nil},
	{"governor-eo-nontech", "Governor Signs Executive Order on Artificial Intelligence in State Government",
		"The order directs state agencies to inventory their uses of generative AI tools.", "", nil},
	{"court-vuln", "Court Orders Vendor to Patch Flaw in Voting Machines", "", "", nil},
	{"ncsc-advice", "NCSC Advice on Ivanti Connect Secure Vulnerabilities",
		"The NCSC is aware of active exploitation of vulnerabilities in Ivanti Connect Secure and advises organisations to apply the mitigations.", "", nil},
	{"ncsc-blog", "Incident report: our response to the MOVEit vulnerability", "", "", nil},
	{"fcc-robocall", "FCC Orders Carriers to Block Robocalls From Lingo Telecom", "", "", nil},
	{"ics-hikvision", "Hikvision Security Cameras (Update B)",
		"CISA released an ICS advisory on an improper authentication vulnerability in Hikvision security cameras.", "", nil},
	{"ms-updates", "Microsoft Releases January 2024 Security Updates",
		"Microsoft has released security updates to address vulnerabilities in multiple products.", "", nil},
	{"ed-exchange", "Emergency Directive 25-02: Mitigate Microsoft Exchange Hybrid Configuration Vulnerability",
		"CISA requires agencies to apply Microsoft's hotfix and run the Health Checker script.", "", nil},
	{"root-policy", "Chrome Root Program Policy, Version 1.6",
		"The policy update requires certificate authorities to adopt automation.", "", nil},
	{"npm-outage", "Incident report: npm registry outage on October 12",
		"The npm registry returned errors for 40 minutes after a database failover.", "", nil},
	{"court-order-dismiss", "Order Granting Motion to Dismiss Claims Against NSO Group Technologies Limited",
		"The court held that the plaintiffs' claims belonged in an Israeli court.", "", nil},
	{"court-order-discovery", "Order Granting in Part Motion to Compel Discovery From NSO Group Technologies Limited", "", "", nil},
	{"eu-council-lookalike", "Council Prolongs Restrictive Measures on Imports of Iron and Steel Products", "", "", nil},
	{"nominal-terrorist", "Designation of Tren de Aragua as a Foreign Terrorist Organization",
		"The Secretary of State designated the criminal organization under section 219 of the Immigration and Nationality Act.", "", nil},
	{"nominal-gifts", "Prohibition on Gifts to Federal Employees; Technical Amendments", "", "", nil},
	{"nominal-broadband", "Removal of Regulatory Barriers to Broadband Deployment",
		"The Commission removes outdated rules that slow the deployment of fiber networks.", "", nil},
	{"nominal-sbom", "Addition of Software Bill of Materials Requirements to Federal Contracts",
		"The rule requires contractors to provide an SBOM for software delivered to agencies.", "", nil},
	{"nominal-approved", "Additions to the List of Approved Drone Vendors",
		"The Defense Innovation Unit added Skydio and Teal Drones to its Blue UAS list.", "", nil},
	{"nominal-ci", "Designation of Critical Infrastructure Sectors; Request for Comment", "", "", nil},
	{"court-dismiss", "Court Dismisses Journalists' Lawsuit Against NSO Group Technologies Limited",
		"The judge ruled the case should be heard in Israel.", "", nil},
	{"governor-price", "Governor Signs Executive Order Prohibiting Price Gouging During Emergency", "", "", nil},
	{"treasury-ransom-persons", "Treasury Designates Russian Nationals Behind Trickbot Ransomware",
		"OFAC designated seven individuals who were members of the Trickbot group.", "", nil},
	{"bis-nontech-fr", "Addition of Entities to the Entity List; Revision of Existing Entries",
		"BIS amends the EAR by adding 26 entities under the destinations of Pakistan and the United Arab Emirates for contributing to Pakistan's unsafeguarded nuclear activities and ballistic missile program.", "", nil},
	{"commerce-adds-nontech", "Commerce Adds 12 Entities to Entity List for Diversion of Aircraft Parts to Russia",
		"BIS added 12 entities in Turkey and the UAE for supplying aircraft parts to Russia.", "", nil},
}

// official26Row is a table row: the vendor first named and the
// categories accepted, or vendor "" for a look-alike.
type official26Row struct {
	name, title, lead, vendor string
	cats                      []trust.Category
}

func cats(c ...trust.Category) []trust.Category { return c }

// official26Count runs the table: the rows named and categorised right,
// and the look-alikes alerting; misses are logged when log is set.
func official26Count(t *testing.T, m *Matcher, log bool) (right, loud int) {
	for _, r := range official26Rows {
		a, ok := m.Match(r.title, r.lead)
		if ok && !a.Coverage && len(a.VendorNames()) > 0 && looseName(a.VendorNames()[0], r.vendor) && slices.Contains(r.cats, a.Category) {
			right++
		} else if log {
			t.Logf("miss %s: ok %v coverage %v, %q/%s, want %s/%v [%s]", r.name, ok, a.Coverage, a.VendorNames(), a.Category, r.vendor, r.cats, a.Why())
		}
	}
	for _, r := range official26Looks {
		if a, ok := m.Match(r.title, r.lead); ok && !a.Coverage {
			loud++
			if log {
				t.Logf("look-alike alerts %s: %q/%s [%s]", r.name, a.VendorNames(), a.Category, a.Why())
			}
		}
	}
	return right, loud
}

// TestOfficial26Grid holds official26.go: items in an official source's
// voice alert naming the vendor with the right category; look-alikes in
// the same voice stay silent. With it at least 40 of the rows are right
// and at most one look-alike alerts; without it (official26Off) the
// table must show the difference.
func TestOfficial26Grid(t *testing.T) {
	m := defaultMatcher(t)
	right, loud := official26Count(t, m, true)
	official26Off = true
	offRight, offLoud := official26Count(t, m, false)
	official26Off = false
	t.Logf("official26: %d/%d right, %d/%d look-alikes alerting; without it %d right, %d alerting",
		right, len(official26Rows), loud, len(official26Looks), offRight, offLoud)
	if right < 40 {
		t.Errorf("%d of %d official-voice rows right, want at least 40", right, len(official26Rows))
	}
	if loud > 1 {
		t.Errorf("%d of %d look-alikes alert, want at most 1", loud, len(official26Looks))
	}
	if right-offRight < 5 {
		t.Errorf("with official26.go %d right, without %d: the table no longer holds it", right, offRight)
	}
}

// TestOfficial26Names: a notice's legal names reduce to the vendor, the
// rest of a legal name is no second vendor, and a notice's count of
// targets or its act noun is no name.
func TestOfficial26Names(t *testing.T) {
	m := defaultMatcher(t)
	checkNameRows(t, m, false, []nameRow{
		{"legal-rest", "FCC Public Notice: Covered List Update",
			"The Public Safety and Homeland Security Bureau adds AO Kaspersky Lab, China Mobile International USA Inc. and China Telecom (Americas) Corp. to the list of covered equipment and services.",
			[]string{"Kaspersky", "China Mobile", "China Telecom"}},
		{"co-ltd", "Addition of Certain Entities to the Entity List; Revision of Existing Entries",
			"In this rule, BIS amends the EAR by adding Hangzhou Hikvision Digital Technology Co., Ltd. and Zhejiang Dahua Technology Co., Ltd. to the Entity List.",
			[]string{"Hikvision", "Dahua"}},
		{"dba", "Treasury Designates Hosting Provider Supporting Ransomware",
			"OFAC today designated Zservers LLC d/b/a XHOST, a Russia-based bulletproof hosting provider.",
			[]string{"Zservers"}},
		{"count", "Commerce Adds 12 Entities to Entity List for Diversion of Aircraft Parts to Russia",
			"BIS added 12 entities in Turkey and the UAE for supplying aircraft parts to Russia.", nil},
		{"act-noun", "Announcing the Inclusion of New Root Certificates in the Chrome Root Store",
			"The Chrome Root Program added four new root CA certificates from Sectigo and DigiCert.", nil},
	})
}

// TestOfficial26Preamble: a notice's opening lines are cut, prose is not.
func TestOfficial26Preamble(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"[Docket No. 240604-0152] RIN 0694-AJ55. BIS is adding 12 entities.", "BIS is adding 12 entities."},
		{"AGENCY: Bureau of Industry and Security, Commerce. ACTION: Final rule. SUMMARY: In this rule, BIS adds X.", "In this rule, BIS adds X."},
		{"Effective date: this rule is effective May 16, 2019. BIS adds Huawei.", "BIS adds Huawei."},
		{"December 4, 2024. An attacker published ultralytics 8.3.41.", "An attacker published ultralytics 8.3.41."},
		{"March 5, 2024 — The Department of the Treasury designated two people.", "March 5, 2024 — The Department of the Treasury designated two people."},
		{"Actions by the agency. It acts.", "Actions by the agency. It acts."},
		{"Datelines are kept. Effective date: later.", "Datelines are kept. Effective date: later."},
	} {
		if got := strings.TrimSpace(official26Preamble(c.in)); got != c.want {
			t.Errorf("official26Preamble(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
