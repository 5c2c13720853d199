package match

// places are the world's states and their adjectives, lower case. A
// state or its adjective acts on vendors ("Sweden orders...", "Dutch
// regulator bans...") and names none: it joins the actors, the
// authorities and the words that name no vendor. The lists above held
// the few states the corpus showed first; an authority's country should
// not have to appear in news we tuned on to count.
//
// Words that are mostly something else in a headline are left out:
// "chad", "jordan" and "georgia" (people, a US state already listed),
// "turkey" as an actor ("turkey" stays a place word), "guinea", "niger",
// "polish".
var places = wordSet(
	"afghanistan afghan albania albanian algeria algerian andorra angola angolan",
	"argentina argentine argentinian armenia armenian austria austrian azerbaijan",
	"azerbaijani bahrain bahraini bangladesh bangladeshi belarus belarusian belgium belgian",
	"bolivia bolivian bosnia bosnian botswana brazil brazilian brunei bulgaria bulgarian",
	"cambodia cambodian cameroon chile chilean colombia colombian croatia croatian cuba",
	"cuban cyprus cypriot czech czechia denmark danish ecuador egypt egyptian",
	"estonia estonian ethiopia ethiopian finland finnish ghana ghanaian greece greek",
	"hungary hungarian iceland icelandic indonesia indonesian iraq iraqi ireland irish",
	"kazakhstan kazakh kenya kenyan kosovo kuwait kuwaiti kyrgyzstan laos latvia",
	"latvian lebanon lebanese libya libyan lithuania lithuanian luxembourg malaysia",
	"malaysian malta maltese mexico mexican moldova moldovan mongolia mongolian",
	"montenegro morocco moroccan myanmar nepal nepali netherlands dutch nigeria",
	"nigerian norway norwegian oman pakistan pakistani panama paraguay peru peruvian",
	"philippines philippine filipino poland portugal portuguese qatar qatari romania",
	"romanian rwanda saudi senegal serbia serbian singapore singaporean slovakia slovak",
	"slovenia slovenian somalia spain spanish sri lanka sudan sweden swedish",
	"switzerland swiss syria syrian tajikistan tanzania thailand thai tunisia tunisian",
	"turkish türkiye turkmenistan uganda uae emirati emirates uruguay uzbekistan",
	"uzbek venezuela venezuelan vietnam vietnamese yemen zambia zimbabwe",
	"iran iranian israel israeli korea korean japanese taiwanese ukraine ukrainian",
	"new zealand south north africa african hong kong macau europe kremlin",
	// Capitals stand for their governments ("Kyiv", "Tehran").
	"kyiv kiev tehran pyongyang taipei seoul tokyo delhi islamabad ankara riyadh",
	"london paris berlin brussels canberra ottawa minsk havana caracas damascus hanoi",
)

// placeParts are words of a place's name that are no place alone: "New
// Zealand", "Sri Lanka", "South Africa".
var placeParts = wordSet("new zealand south north sri lanka hong kong africa")

// placeAuthorities are bodies every state has, under names the lists
// above lacked: "data protection authority", "the cabinet".
var placeAuthorities = wordSet(`authority dpa minister ministers premier president cabinet
	kremlin garante cnil ico cac ministries province council commission bundestag`)

// otherStates are the words for states other than the US: places and
// the states the older lists held.
var otherStates = wordSet(`uk u.k eu china chinese russia russian india indian canada
	canadian australia australian germany german france french japan taiwan italy
	italian britain british european beijing moscow`)

func init() {
	for w := range places {
		actors[w] = true
		if !placeParts[w] {
			otherStates[w] = true
			authorities[w] = true
			notVendors[w] = true
		}
	}
	for w := range placeAuthorities {
		authorities[w] = true
	}
}
