package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A name that names no maker: the rules take a capitalised run for a
// vendor's name, and a headline capitalises places, peoples, the word
// that opens it, a Title Case title's prepositions, agencies and the
// acronyms of a kind of product as well. The ranker (rank18.go) renames
// an alert so named at rankWeakMargin, as it renames a place
// (rankPlaceName), and never renames an alert to such a name
// (rankMakerLike).

// nonMakerPlaces are places and peoples the state lists (places,
// learnPlaceWords, rankRegions) lack: the US states, cities a maker is
// written of ("a Shenzhen maker", "the St. Petersburg-based provider"),
// regions, and peoples and faiths a headline writes of a state's acts
// ("Uighurs", "Muslim").
var nonMakerPlaces = wordSet(
	// US states and Canada's provinces.
	"alabama alaska arizona arkansas colorado connecticut delaware georgia hawaii idaho",
	"illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts",
	"michigan minnesota mississippi missouri nebraska nevada hampshire jersey mexico",
	"carolina dakota oklahoma oregon pennsylvania rhode tennessee vermont wisconsin wyoming",
	"ontario quebec alberta manitoba saskatchewan",
	// Cities.
	"beijing shanghai shenzhen guangzhou hangzhou chengdu wuhan nanjing tianjin xiamen",
	"dongguan chongqing hefei suzhou nanchang changsha shenyang harbin dalian qingdao",
	"moscow petersburg novosibirsk yekaterinburg milan rome madrid barcelona munich",
	"frankfurt hamburg amsterdam stockholm oslo copenhagen helsinki vienna prague warsaw",
	"budapest bucharest sofia athens lisbon dublin zurich geneva tallinn riga vilnius",
	"astana nur-sultan almaty tashkent ulaanbaatar baku yerevan tbilisi jerusalem tel aviv",
	"dubai doha abu dhabi cairo lagos nairobi johannesburg mumbai bangalore bengaluru",
	"hyderabad chennai kolkata karachi lahore dhaka jakarta manila bangkok singapore",
	"kuala lumpur osaka kyoto busan sydney melbourne toronto vancouver montreal",
	"francisco angeles seattle boston chicago atlanta houston dallas austin denver",
	"miami silicon valley brooklyn manhattan san los las santa",
	"st ste mt",
	// Regions.
	"xinjiang tibet crimea donbas donetsk luhansk gaza balkans baltic baltics scandinavia",
	"scandinavian nordic caribbean siberia guangdong fujian zhejiang jiangsu sichuan",
	"hubei henan shandong yunnan inner mongolia latin middle east eastern western",
	"asia-pacific apac emea",
	// Peoples and faiths.
	"uighur uighurs uyghur uyghurs tibetans kurd kurds kurdish arabs muslim muslims",
	"jewish jews christian christians hindu hindus sikh sikhs rohingya han chechen",
	"palestinian palestinians persian slavic pashtun tamil americans europeans asians",
	"russians chinese-american nationals national citizens")

// nonMakerBodies are agencies, laws and orders a headline writes in
// capitals beside the vendor they act on ("CDC apps", "under NDAA", "ED
// 26-01"): learnAgencies, learnGovWords and placeAuthorities hold the
// rest.
var nonMakerBodies = wordSet(
	"cdc cisa fcc nist nasa gao omb ndaa bis ofac cia dod doe hhs irs usda ustr nhtsa",
	"faa fisa treasury commerce congress senate house parliament court judge",
	"cert ncsc bsi anssi gchq fsb svr gru mss pla nato un who ed bod")

// nonMakerKinds are acronyms and words of what a product is or does,
// written in capitals ("UV printers", "a DLL", "OLT gear", "an MVNO"),
// which kindAcronyms, techWords and learnTechNames lack.
var nonMakerKinds = wordSet(
	"uv qr 2d 3d 4k 4g dll exe apk api apis sdk sdks olt olts ont onu mvno mvnos isp isps",
	"cpu cpus gpu gpus soc socs ai llm llms os bios uefi ssd ssds hdd ram lte nfc rfid",
	"gps ddos vpns mdm erp crm saas iaas paas ev evs led lcd oled")

// nonMakerStructure are words a Title Case title capitalises that are
// never a name alone: prepositions and ordinals.
var nonMakerStructure = wordSet(
	"through across amid among between within without behind beyond despite during",
	"toward towards upon onto inside outside until unless while whether since",
	"first second third fourth fifth latest another other",
	"banned hacked new old top major big popular")

// nonMakerWord: lower-case word w (possessive cut) names no maker alone.
func nonMakerWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return rankPlaceWord(w) || nonMakerPlaces[w] || nonMakerBodies[w] || nonMakerKinds[w] ||
		kindAcronyms[w] || learnTechNames[w] || learnAgencies[w] || learnGovWords[w] || placeAuthorities[w] ||
		otherStates[w] || nonMakerStructure[w] || stopWords[w] || quantities[w] || orderNumber(w) ||
		hyphenAdjective(w)
}

// orderNumber: w is a number or an order's ("26-01", "2024/1").
func orderNumber(w string) bool {
	if isNumber(w) {
		return true
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != '-' && c != '/' && c != '.' {
			return false
		}
	}
	return w != ""
}

// nonMakerName: a name outside the registry of at most three words
// every one of which names no maker (nonMakerWord: "Milan",
// "Second Chinese", "ED 26-01", "UV", "York Times" is not), or one word
// a title capitalises only for its place (its first, or any in Title
// Case) which the lead writes in lower case ("Enterprise password
// manager" over "the enterprise password manager").
func nonMakerName(it *rankItem, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	all := true
	for _, w := range ws {
		if !nonMakerWord(w) {
			all = false
			break
		}
	}
	if all {
		return true
	}
	if len(ws) != 1 || it == nil {
		return false
	}
	if bodyHead(it.tw, ws[0]) || bodyHead(it.lw, ws[0]) {
		return true
	}
	for k, w := range it.tw {
		if w.lc() != ws[0] || w.text == w.lc() || k > 0 && !it.titleCase {
			continue
		}
		for j, lw := range it.lw {
			// "the enterprise password manager", not "the purescript
			// npm installer": a package's name is written in lower case.
			if lw.text == ws[0] && (j+1 == len(it.lw) || !learnEcoWords[it.lw[j+1].lc()] && !learnChannels[string(stem([]byte(it.lw[j+1].lc())))]) {
				return true
			}
		}
	}
	return false
}

// rankNonMaker: the alert's name v, outside the registry, names no
// maker, nor does the ranker's reading c of it (nonMakerName): the
// rules' choice of a place, a people, a body, a kind or a title's
// structure.
func rankNonMaker(it *rankItem, c *rankCand, v trust.VendorHit) bool {
	if !v.Unlisted || c.reg {
		return false
	}
	if nonMakerName(it, v.Name) {
		return true
	}
	// The ranker reads the name within a longer run ("York Times" for
	// "Times"), or reads its head alone ("Korean" for "Korean remote
	// support software"): the head stands for the name when the rest is
	// a description of one thing, in lower case and singular; a plural
	// ("Chinese solar inverters") is a class, a capital ("Vietnam
	// Government Certification Authority") a name of its own.
	cl, vl := strings.ToLower(c.name), strings.ToLower(v.Name)
	if strings.Contains(cl, vl) {
		return nonMakerName(it, c.name)
	}
	rest, ok := strings.CutPrefix(v.Name, c.name+" ")
	if !ok {
		return false
	}
	for w := range strings.FieldsSeq(rest) {
		if w != strings.ToLower(w) || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return false
		}
	}
	return nonMakerName(it, c.name)
}

// bodyHead: the capitalised word w (lower case) is written before a
// body's word ("Home Ministry", "Interior Department"): the body's name
// cut short.
func bodyHead(ws []titleWord, w string) bool {
	for k := 0; k+1 < len(ws); k++ {
		if ws[k].lc() != w || ws[k].text == w || ws[k].stop {
			continue
		}
		n := ws[k+1].lc()
		if learnGovWords[n] || placeAuthorities[n] || learnAuthorities[string(stem([]byte(n)))] {
			return true
		}
	}
	return false
}
