package match

import (
	"slices"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cat26Row is a title a reader of cat26.go reads (want: its term is not
// empty) or leaves alone (a look-alike of its structure).
type cat26Row struct {
	title string
	want  bool
}

// TestCat26Readers holds each reader of cat26.go to its rows: the
// readable rows' forms and variants written in other shapes (official
// notices, consumer press, terse titles, translated wording, long
// business-press titles), and look-alikes of each structure.
func TestCat26Readers(t *testing.T) {
	readers := map[string]struct {
		read func([]titleWord) string
		rows []cat26Row
	}{
		"own platform": {cat26OwnPlatform, []cat26Row{
			{"Twitter bans Kaspersky Lab from advertising on its platform", true},
			{"Facebook bars Chinese state media outlet from running ads on its site", true},
			{"Reddit blocks DeepSeek from scraping data from its platform", true},
			{"US bans Huawei from selling on its market", false},
			{"Twitter bans Kaspersky Lab ads", false},
		}},
		"pulled for a hold": {func(w []titleWord) string { return cat26PulledFor(w, false) }, []cat26Row{
			{"Retailers yank Kaspersky antivirus from shelves as US ban looms", true},
			{"ZTE phones pulled from carrier stores after US denial order", true},
			{"Best Buy pulls Kaspersky software from shelves ahead of federal ban", true},
			{"Kaspersky antivirus disappears from Amazon listings after Commerce sanctions", true},
			{"Walmart drops TP-Link routers amid proposed US ban", true},
			{"DeepSeek application withdrawn from Apple and Google stores following ban", true},
			{"Huawei phones pulled from stores after blacklisting", true},
			// look-alikes: a state pulls, stores carrying out a ban as it
			// takes effect, a ban before the pull, no store.
			{"US orders Kaspersky pulled from stores after ban", false},
			{"Apple and Google pull TikTok from US app stores as ban takes effect", false},
			{"Kaspersky banned in US after being pulled from stores", false},
			{"Huawei removes staff from US offices after ban", false},
		}},
		"pulled for malware": {func(w []titleWord) string { return cat26PulledFor(w, true) }, []cat26Row{
			{"Google suspends Pinduoduo shopping app over malware found in its versions", true},
			{"Pinduoduo app is gone from Google Play after malware found in versions", true},
			{"Apple removes popular flashlight app from App Store over hidden malware", true},
			// look-alikes: a package or an extension, a release turned,
			// a store's act with no malware.
			{"npm removes hijacked package after malware found", false},
			{"Popular IDE plugin pulled from marketplace after malicious update", false},
			{"Google removes The Great Suspender extension over malware", false},
			{"Google pulls Temu app over data concerns", false},
		}},
		"grounds": {cat26Grounds, []cat26Row{
			{"Interior Department grounds its drone fleet over Chinese spying fears", true},
			{"Coast Guard grounds its drones over security concerns", true},
			{"Ministry of Defence grounds fleet of Chinese-made drones", true},
			{"Police ground drone fleet after crash", false},
			{"Airline grounds its fleet over engine fault", false},
		}},
		"access cut": {cat26AccessCut, []cat26Row{
			{"South Korea's defence ministry cuts off access to DeepSeek on military computers", true},
			{"Taiwan ministry cuts off access to Chinese chatbot on government devices", true},
			{"US cuts off access to American chips for Huawei", false},
			{"Google cuts off access to Android updates for Huawei phones", false},
		}},
		"stores ordered": {cat26StoresOrdered, []cat26Row{
			{"India orders removal of Krafton's Battlegrounds Mobile India from app stores", true},
			{"Vietnam orders removal of Temu app from local app stores", true},
			{"Regulator requires delisting of Chinese VPN apps from Apple's store", true},
			{"India orders removal of Huawei gear from 5G networks", false},
			{"Google orders removal of malicious apps from Play Store", false},
		}},
		"platform tells": {cat26PlatformTells, []cat26Row{
			{"Apple and Google tell developers to rip out location-tracking SDK", true},
			{"Google orders developers to strip Pushwoosh code from apps", true},
			{"Taiwan tells agencies to stop using Zoom", false},
			{"Google tells users to update Chrome", false},
		}},
		"ordered out": {cat26OrderedOut, []cat26Row{
			{"FCC orders Chinese state carrier to end U.S. operations within 60 days", true},
			{"FCC orders China Unicom Americas to terminate US services", true},
			{"Government orders Chinese operator to cease operations in the country", true},
			{"Canada orders TikTok to wind up its Canadian business", true},
			{"FCC orders carriers to end use of Huawei gear", false},
			{"Commerce orders agencies to end operations with Kaspersky", false},
		}},
		"chamber acts": {cat26ChamberActs, []cat26Row{
			{"Seimas blocks remote access to Lithuanian solar and wind farms from China", true},
			{"Bundestag bars Chinese vendors from 5G core network", true},
			{"Knesset restricts Chinese cameras at military bases", true},
			{"Senate blocks vote on TikTok ban", false},
			{"Parliament blocks bill to ban Huawei", false},
		}},
		"keeps off": {cat26KeepsOff, []cat26Row{
			{"EU Commission says Huawei and ZTE pose higher risks, will keep them off its own networks", true},
			{"Sweden says Huawei poses threat, will keep its gear out of government networks", true},
			{"Huawei says it will keep working with carriers on networks", false},
			{"Report says UK should keep Huawei out of networks", false},
		}},
		"lapsed": {cat26Lapsed, []cat26Row{
			{"Trump's ban on Chinese grid equipment lapses as DOE starts over", true},
			{"Ban on Chinese routers expires as FCC reconsiders", true},
			{"Montana's TikTok ban has lapsed", true},
			{"Ban on Huawei set to expire next year", false},
			{"Ban on Kaspersky stays after licence lapses", false},
		}},
		"given days": {cat26GivenDays, []cat26Row{
			{"Federal agencies given 90 days to rip Kaspersky out of their networks", true},
			{"Contractors have 60 days to remove Hikvision cameras", true},
			{"Civil servants given two weeks to delete TikTok", true},
			{"Agencies given 90 days to report on Kaspersky use", false},
			{"Users have 30 days to claim settlement from Avast", false},
		}},
	}
	for name, r := range readers {
		for _, row := range r.rows {
			if got := r.read(titleWords(row.title)); (got != "") != row.want {
				t.Errorf("%s: %q read %q, want read %v", name, row.title, got, row.want)
			}
		}
	}
}

// TestCat26Finding holds the finding reader: a title's own finding of
// data sent or of a tie to a state, and no finding where the title acts
// or tells of attackers.
func TestCat26Finding(t *testing.T) {
	rows := []struct {
		title string
		want  trust.Category
	}{
		{"Researchers find code capable of sending chatbot logins to China Mobile", trust.CategoryEspionage},
		{"Seoul's privacy watchdog: Chinese AI app transferred user prompts abroad without consent", trust.CategoryEspionage},
		{"Lithuania finds censorship function built into Xiaomi phones", trust.CategoryEspionage},
		{"Warning over Chinese mobile giant Xiaomi recording millions of people's \"private\" web and phone use", trust.CategoryEspionage},
		{"UK MPs find \"clear evidence\" of Huawei collusion with Chinese state", trust.CategoryStateLinks},
		{"Audit: smart meters from Chinese maker quietly uploading household data to Beijing", trust.CategoryEspionage},
		{"Study uncovers hidden tracking module in popular Chinese keyboard app", trust.CategoryEspionage},
		{"Parliamentary report points to vendor's ties with Russian state", trust.CategoryStateLinks},
		// look-alikes: the title acts, attackers send, nothing found.
		{"Italy bans DeepSeek after it sent user data to China", ""},
		{"Hackers hijack update server, sending users malware", ""},
		{"Lithuania warns of Chinese phones sending user data to servers in Singapore", ""},
		{"Xiaomi denies sharing ties with Chinese military", ""},
		{"Huawei posts record revenue", ""},
	}
	for _, r := range rows {
		if _, got := cat26Finding(titleWords(r.title)); got != r.want {
			t.Errorf("%q: %q, want %q", r.title, got, r.want)
		}
	}
}

// cat26Cell is a cell of the Match grid: want nil for a look-alike, whose
// answer cat26 must leave as it was.
type cat26Cell struct {
	title, lead string
	want        []trust.Category
}

// TestCat26Grid runs titles and leads through Match with cat26 on and
// off: no cell alerts or falls silent by it (category work adds and
// removes no alerts), look-alikes keep their category, and the news
// cells that alert are right more often with it than without.
func TestCat26Grid(t *testing.T) {
	esp := []trust.Category{trust.CategoryEspionage, trust.CategoryStateLinks}
	del := []trust.Category{trust.CategoryDelisting}
	ban := []trust.Category{trust.CategoryBan}
	cells := []cat26Cell{
		{"Retailers yank Kaspersky antivirus from shelves as US ban looms", "", del},
		{"Best Buy pulls Kaspersky software from shelves ahead of federal ban", "", del},
		{"Huawei phones pulled from carrier stores after US blacklisting", "", del},
		{"Kaspersky antivirus disappears from Amazon listings after Commerce sanctions", "", del},
		{"Google suspends Pinduoduo shopping app over malware found in its versions", "", del},
		{"Twitter bans Kaspersky Lab from advertising on its platform", "", del},
		{"Facebook bars Kaspersky from running ads on its site", "", del},
		{"FCC orders Chinese state carrier to end U.S. operations within 60 days", "The Commission voted to revoke China Telecom Americas' authority, citing national security concerns.", ban},
		{"FCC orders China Unicom Americas to terminate US services", "The regulator cited national security concerns and ties to the Chinese state.", ban},
		{"Interior Department grounds its drone fleet over Chinese spying fears", "Nearly all of the 800 drones were made by DJI; flights were halted pending a review.", ban},
		{"South Korea's defence ministry cuts off access to DeepSeek on military computers", "", ban},
		{"India orders removal of Krafton's Battlegrounds Mobile India from app stores", "", []trust.Category{trust.CategoryBan, trust.CategoryDelisting}},
		{"Trump's ban on Chinese grid equipment lapses as DOE starts over", "", []trust.Category{trust.CategoryReversal}},
		{"Ban on Hikvision cameras expires as council reconsiders", "", []trust.Category{trust.CategoryReversal}},
		{"Federal agencies given 90 days to rip Kaspersky out of their networks", "The Department of Homeland Security ordered agencies to remove Kaspersky Lab products, citing the firm's ties to Russian intelligence.", []trust.Category{trust.CategoryDirective}},
		{"Lithuania finds censorship function built into Xiaomi phones", "The defence ministry's cyber centre said the phones sent encrypted data to a server in Singapore and urged people to throw them away.", esp},
		{"Researchers find code capable of sending chatbot logins to China Mobile", "Code in DeepSeek's login page can send user information to the state-owned carrier barred from operating in the US.", esp},
		{"Stylish browser extension caught recording users' entire browsing history", "Since it was sold to SimilarWeb, the Stylish extension has been sending every website its users visit to its new owner's servers.", []trust.Category{trust.CategoryOSS, trust.CategoryCompromise}},
		{"EU Commission says Huawei and ZTE pose higher risks, will keep them off its own networks", "", []trust.Category{trust.CategoryBan, trust.CategoryDirective}},
		// terse titles, the fact in the lead
		{"Kaspersky antivirus: US retail exit", "Retailers yanked Kaspersky antivirus from shelves as the US ban loomed.", del},
		{"ZTE handsets: carrier fallout", "ZTE phones were pulled from carrier stores after the US denial order.", del},
		{"China Telecom Americas: 60 days", "The FCC ordered the Chinese state carrier to end its U.S. operations within 60 days, citing national security concerns.", ban},
		// look-alikes
		{"FCC bars Huawei from selling new equipment in US", "", nil},
		{"Commerce bars US companies from selling chips to Huawei", "", nil},
		{"Judge bars NSO Group from targeting WhatsApp users", "", nil},
		{"FTC bars Avast from selling users' browsing data", "", nil},
		{"Walmart halts sales of Quillstack cameras over data sent to China", "", nil},
		{"Google boots apps over data-harvesting SDK tied to U.S. defense contractor", "", nil},
		{"Apple and Google pull TikTok from US app stores as ban takes effect", "", nil},
		{"Popular IDE plugin pulled from marketplace after malicious update", "", nil},
		{"Google removes The Great Suspender from Chrome Web Store, flags it as malware", "The extension was disabled after its new owner added tracking code.", nil},
		{"South Korea suspends new downloads of DeepSeek", "The app was pulled from local app stores until it complies with privacy law.", nil},
		{"Chrome VPN extension with 6 million users caught harvesting AI chats", "An update to Urban VPN Proxy began capturing conversations with AI chatbots.", nil},
		{"Urban VPN browser extension caught harvesting users' AI chat conversations", "The extension quietly captured prompts from ChatGPT and sent them to its owner.", nil},
		{"Browser add-on caught collecting browsing history after sale to analytics firm", "", []trust.Category{trust.CategoryOSS, trust.CategoryCompromise}},
		{"Taiwan tells government agencies not to use Zoom", "", nil},
		{"Mozilla and Microsoft drop TrustCor root certificates after report on ties to US contractor", "", nil},
		{"Ban on Huawei set to expire next year", "", nil},
	}
	m := defaultMatcher(t)
	var news, on, off int
	for _, c := range cells {
		cat26Off = true
		b, okb := m.Match(c.title, c.lead)
		cat26Off = false
		a, ok := m.Match(c.title, c.lead)
		if ok != okb || a.Coverage != b.Coverage {
			t.Errorf("alerting moved: %q: %v/%v -> %v/%v", c.title, okb, b.Coverage, ok, a.Coverage)
		}
		if c.want == nil {
			if a.Category != b.Category {
				t.Errorf("look-alike moved: %q: %s -> %s", c.title, b.Category, a.Category)
			}
			continue
		}
		if !ok || a.Coverage {
			continue // out of the reader's reach: it reads alerts only
		}
		news++
		if slices.Contains(c.want, a.Category) {
			on++
		} else {
			t.Errorf("miss: %q: %s, want %v", c.title, a.Category, c.want)
		}
		if slices.Contains(c.want, b.Category) {
			off++
		}
	}
	t.Logf("news cells right %d of %d with cat26, %d without", on, news, off)
	if off >= on {
		t.Errorf("%d right without cat26, %d with it: the grid no longer needs the reader", off, on)
	}
}
