package cluster

import "strings"

// The lexicon is small and about trust news in English. It is read-only
// after package initialisation, like a table of constants.

// set builds a lookup from space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stop are words that say nothing about which story it is: function
// words and the filler of headlines ("says", "report", "new").
var stop = set(`
a an the of to in on for from by with and or as at into onto over under about after before
amid against than then so but if its it it's their there they them this that these those
is are was were be been being has have had do does did will would could can may might must
should shall not no yes also up out more most all any some who whom which what when where why
how we our you your he she his her him i me my s t just now still yet again even very
say says said saying report reports reported reportedly according claims claim tell told
new first next last latest today week weeks month months year years day days time
one ones here via per while because since despite
`)

// generic are words that two different stories about one vendor in one
// week are likely to share: the vocabulary of trust news (the signal words
// of every category after stemming), governments and their products.
// They count, but little.
var generic = set(`
ban sanction blacklist list add remove restrict order rule law move plan decision
government federal agency department ministry official administration authority regulator
us uk china russia eu state national
security cybersecurity cyber risk threat concern danger safety privacy data
company firm maker vendor giant business provider supplier
software product equipment gear app technology tech service system network device
hardware telecom
use user customer operator device
distrust trust certificate backdoor compromise spy hack hacker breach attack malware warn
advisory directive export import suspend drop pull
`)

// places are the countries and unions that take decisions about vendors:
// the heads of the country synonyms below and a few more. China, Russia,
// Iran and North Korea are left out: in trust news they are the vendor's
// or attacker's side, named by stories of every country.
var places = set(`
us uk eu germany italy france sweden poland israel taiwan australia canada japan korea india
netherlands ukraine lithuania czechia denmark norway finland estonia latvia belgium spain
vietnam indonesia newzealand brazil mexico singapore switzerland austria ireland portugal
romania greece turkey philippines malaysia thailand pakistan nigeria kenya
montana texas florida california virginia
`)

// agencies are national bodies whose name says which country acts.
var agencies = map[string]string{
	"fcc": "us", "commerce": "us", "treasury": "us", "ofac": "us", "bis": "us", "dhs": "us",
	"cisa": "us", "pentagon": "us", "omb": "us", "congress": "us", "senate": "us", "fbi": "us",
	"ftc": "us", "dod": "us", "ncsc": "uk", "ofcom": "uk", "bsi": "germany",
	"anssi": "france", "garante": "italy", "pts": "sweden",
}

// synonyms map a folded word to a head word that stands for it. Country
// adjectives, capitals and demonyms become the country; the verbs of a
// prohibition become "ban"; and so on. Heads are themselves stemmed forms.
var synonyms = map[string]string{
	// Prohibition.
	"bans": "ban", "banned": "ban", "banning": "ban", "bar": "ban", "bars": "ban", "barred": "ban",
	"barring": "ban", "prohibit": "ban", "prohibits": "ban", "prohibited": "ban", "prohibiting": "ban",
	"prohibition": "ban", "outlaw": "ban", "outlaws": "ban", "outlawed": "ban", "forbid": "ban",
	"forbids": "ban", "forbidden": "ban", "block": "ban", "blocks": "ban", "blocked": "ban", "blocking": "ban",
	"exclude": "ban", "excludes": "ban", "excluded": "ban", "excluding": "ban",
	// Removal.
	"removes": "remove", "removed": "remove", "removal": "remove", "removing": "remove",
	"delete": "remove", "deleted": "remove", "deletes": "remove", "uninstall": "remove",
	"uninstalled": "remove", "wipe": "remove", "purge": "remove", "strip": "remove",
	"phase": "remove", "rip": "remove",
	// Selling.
	"sale": "sell", "sales": "sell", "selling": "sell", "sells": "sell", "sold": "sell",
	// Lists.
	"blacklists": "blacklist", "blacklisted": "blacklist", "blacklisting": "blacklist",
	"adds": "add", "added": "add", "adding": "add", "addition": "add", "places": "add",
	"placed": "add", "put": "add", "puts": "add", "designate": "add", "designates": "add", "designated": "add",
	// Sanctions.
	"sanctions": "sanction", "sanctioned": "sanction", "sanctioning": "sanction",
	// Limits and their easing.
	"curb": "restrict", "curbs": "restrict", "limits": "restrict", "restricts": "restrict", "restricted": "restrict", "restricting": "restrict",
	"ease": "reprieve", "eases": "reprieve", "eased": "reprieve", "easing": "reprieve", "relief": "reprieve",
	"waiver": "reprieve", "exemption": "reprieve", "reprieves": "reprieve",
	// People.
	"executives": "executive", "leadership": "executive", "leaders": "executive", "leader": "executive",
	"bosses": "executive", "boss": "executive", "managers": "executive", "officers": "executive",
	// Things.
	"phone": "device", "phones": "device", "handset": "device", "handsets": "device",
	"smartphone": "device", "smartphones": "device", "cctv": "camera",
	"anti": "", "antivirus": "antivirus", "virus": "antivirus",
	"stole": "steal", "stolen": "steal", "steals": "steal", "stealing": "steal", "theft": "steal",
	"flaws": "flaw", "defect": "flaw", "defects": "flaw", "vulnerability": "flaw", "vulnerabilities": "flaw",
	"bug": "flaw", "bugs": "flaw", "chips": "chip",
	// Trust.
	"distrusts": "distrust", "distrusted": "distrust", "distrusting": "distrust",
	"untrusted": "distrust",
	// Spying.
	"spying": "spy", "spies": "spy", "spied": "spy", "espionage": "spy", "spy": "spy",
	// Compromise.
	"backdoored": "backdoor", "backdoors": "backdoor", "trojanized": "backdoor", "trojanised": "backdoor",
	"compromised": "compromise", "compromises": "compromise", "hacked": "hack", "hackers": "hacker",
	"breached": "breach", "breaches": "breach", "attacks": "attack", "attacked": "attack",
	"warns": "warn", "warned": "warn", "warning": "warn", "warnings": "warn",
	// Governments and their people.
	"govt": "government", "gov": "government", "governments": "government",
	"officials": "official", "regulators": "regulator", "watchdog": "regulator",
	// Countries: demonyms and capitals.
	"usa": "us", "america": "us", "american": "us", "americans": "us", "washington": "us",
	"britain": "uk", "british": "uk", "england": "uk", "english": "uk", "london": "uk",
	"chinese": "china", "beijing": "china", "russian": "russia", "russians": "russia", "moscow": "russia",
	"kremlin": "russia", "german": "germany", "germans": "germany", "berlin": "germany",
	"italian": "italy", "italians": "italy", "rome": "italy", "french": "france", "paris": "france",
	"swedish": "sweden", "stockholm": "sweden", "polish": "poland", "warsaw": "poland",
	"israeli": "israel", "taiwanese": "taiwan", "taipei": "taiwan",
	"australian": "australia", "australians": "australia", "canberra": "australia",
	"canadian": "canada", "canadians": "canada", "ottawa": "canada", "japanese": "japan", "tokyo": "japan",
	"korean": "korea", "seoul": "korea", "indian": "india", "delhi": "india", "dutch": "netherlands",
	"european": "eu", "brussels": "eu", "ukrainian": "ukraine", "kyiv": "ukraine", "iranian": "iran",
	"lithuanian": "lithuania", "czech": "czechia", "danish": "denmark", "norwegian": "norway",
	"finnish": "finland", "estonian": "estonia", "latvian": "latvia", "belgian": "belgium",
	"spanish": "spain", "madrid": "spain", "vietnamese": "vietnam", "indonesian": "indonesia",
}

// phrases are two-word names read as one word.
var phrases = map[string]string{
	"united states": "us", "united kingdom": "uk", "white house": "us", "european union": "eu",
	"european commission": "eu", "entity list": "blacklist", "south korea": "korea",
	"new zealand": "newzealand", "north korea": "northkorea",
}

// numbers spell out small counts as digits, as headlines often do.
var numbers = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
	"nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12",
}
