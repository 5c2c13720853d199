package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCl16Untouched holds the matcher to testdata/class16_u.tsv, written
// before any change and never tuned on (19/23 right, 0/18 alerting at the
// start and at the end of the round).
func TestCl16Untouched(t *testing.T) {
	testBatchFP(t, "testdata/class16_u.tsv", 0.8, 0.05)
}

// TestCl16Tune holds the matcher to testdata/cl16_tune.tsv, the family
// writer's remembered headlines (24/42 right, 5/28 alerting at the start;
// 29/42 and 3/28 at the end).
func TestCl16Tune(t *testing.T) {
	testBatchFP(t, "testdata/cl16_tune.tsv", 0.5, 0.15)
}

// TestCl16Shapes pins cl16's rules and lexicon words, one or more rows
// each, with the look-alikes each refuses.
func TestCl16Shapes(t *testing.T) {
	checkShapes(t, defaultMatcher(t), []shapeCase{
		// a product's own traffic to a state
		{name: "home/title", title: "Unitree's G1 humanoid robot quietly phones home to China, researchers say", vendor: "Unitree", category: trust.CategoryEspionage},
		{name: "home/servers", title: "Hikvision cameras are phoning home to Chinese servers", vendor: "Hikvision", category: trust.CategoryEspionage},
		{name: "home/denial", title: "Hikvision says its cameras do not phone home to China"},
		{name: "home/malware", title: "Malware hidden in fake DJI app phones home to China-based server"},
		{name: "accessed/title", title: "Leaked Audio From 80 Internal TikTok Meetings Shows That US User Data Has Been Repeatedly Accessed From China", vendor: "TikTok", category: trust.CategoryEspionage},
		{name: "accessed/hackers", title: "Chinese hackers accessed Treasury email accounts from China"},
		{name: "servers/keys", title: "Hikvision sent encryption keys to servers in China", vendor: "Hikvision", category: trust.CategoryEspionage},
		{name: "servers/hackers", title: "Hackers exfiltrated Microsoft customer data to servers in China"},
		// a product called malware, the voice after the charge
		{name: "malware/voice-after", title: "Temu is dangerous malware, Arkansas lawsuit alleges", vendor: "Temu", category: trust.CategoryEspionage},
		{name: "malware/denial", title: "Temu is not malware, company says"},
		{name: "malware/fake", title: "Fake Temu app is malware, researchers warn"},
		// countries described
		{name: "described/offensive", title: "Dutch civil servants told to stop using apps from countries with offensive cyber programmes", vendor: "apps from countries", category: trust.CategoryDirective},
		{name: "described/bordering", title: "Ministry bans drones from countries bordering India", vendor: "drones from countries", category: trust.CategoryBan},
		{name: "described/hostile", title: "Agencies ordered to remove routers from nations hostile to the US", vendor: "routers from nations", category: trust.CategoryDirective},
		{name: "described/land", title: "India restricts bidders from countries sharing land border, citing national security",
			vendor: "bidders from countries", category: trust.CategoryBan},
		{name: "described/land-bought", title: "China bars foreign citizens from buying land near military bases"},
		{name: "described/labour", title: "Ministry bans drones from countries with cheap labour"},
		{name: "described/bill", title: "Bill would ban apps from countries with offensive cyber programmes"},
		// a trade purpose in the title
		{name: "trade/purpose", title: "India bans import of foreign drones to boost local manufacturing",
			body: "India has banned the import of foreign drones with immediate effect, except for research and development, defence and security purposes."},
		{name: "trade/security", title: "India bans Chinese drones over security concerns", vendor: "DJI", category: trust.CategoryBan},
		// purchases only from trusted sources
		{name: "trusted/dot", title: "Telecom operators can buy network gear only from 'trusted sources' from June 15, DoT says",
			vendor: "network gear", category: trust.CategoryDirective},
		{name: "trusted/must", title: "Telcos must buy equipment only from trusted sources from June 15, government says",
			vendor: "equipment", category: trust.CategoryDirective},
		{name: "trusted/advice", title: "Users should download apps only from trusted sources, FBI warns"},
		{name: "trusted/firm", title: "Apple says it buys chips only from trusted suppliers"},
		// a vendor called a state's arm; a security review failed or passed
		{name: "arm/state", title: "Hikvision is an arm of the Chinese state, FCC says", vendor: "Hikvision", category: trust.CategoryStateLinks},
		{name: "arm/hackers", title: "Chinese state hackers breached Hikvision cameras"},
		{name: "review/failed", title: "Kaspersky fails security review, German agency says", vendor: "Kaspersky", category: trust.CategoryEspionage},
		{name: "review/passed", title: "Hikvision products passed security review, regulator says"},
		// the vendor suing an authority over its action
		{name: "sues/designation", title: "DJI sues Pentagon over Chinese military company designation",
			body: "Chinese drone maker DJI filed a lawsuit on Friday asking a US court to order the Defense Department to remove it from a list of companies allegedly working with Beijing's military."},
		{name: "sues/over", title: "Kaspersky sues over US ban on its software"},
		{name: "sues/defendant", title: "Appeals court rules NSO Group can be sued over WhatsApp hacks", vendor: "NSO Group", category: trust.CategoryStateLinks},
		{name: "sues/state", title: "Texas sues TP-Link, alleging router maker hid Chinese government ties", vendor: "TP-Link", category: trust.CategoryStateLinks},
		{name: "sues/rival", title: "Apple sues NSO Group to curb the abuse of state-sponsored spyware", vendor: "NSO Group", category: trust.CategoryEspionage},
	})
}
