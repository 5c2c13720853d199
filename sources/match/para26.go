package match

import "strings"

// para26: the same news worded or wrapped otherwise. The invariance
// harness (para26_test.go) rewrites the readable rows without changing
// what they say and counts, per rewriting, the right rows that stay right
// and the quiet look-alikes that start alerting. These mechanisms lost
// most, whatever the news:
//   - a label before the title, which the start-anchored readers took
//     for its subject ("UPDATE 2-Treasury sanctions ...", "[Update] ...",
//     "Cybersecurity: ..."), and a market's reaction after the news, which
//     made it read as coverage ("..., shares fall"): cut (p26Unlabel);
//   - a dateline before the lead, whose place or agency was read as a
//     name ("WASHINGTON (Reuters) - ..."): cut (p26Undateline);
//   - a title in capitals, where no name can be told by its capitals:
//     read in the case its lead writes the words (p26Recase);
//   - a verb group in the future, the perfect, a passive with its
//     auxiliary or a bare "-ing", which readers keyed to "bans", "banned"
//     and "to ban" missed: a title no reader alerted on is read again in
//     the present (p26Present).

// p26Sections are the labels a site puts before a headline and a colon:
// its section or a label of the story, never a speaker. Genres that make
// an item coverage (analysis, opinion, webinar) are not among them, nor
// are places and bodies, which speak ("China: ...", "FBI: ..."), nor
// "Report", which tells who found it ("Report: X has PLA ties").
var p26Sections = [...]string{
	"cybersecurity", "cyber security", "security", "infosec", "tech", "technology",
	"world", "business", "politics", "privacy", "policy", "markets", "news", "breaking news", "top story",
	"national security", "tech news", "security news", "it security", "data privacy", "developing", "alert",
	"update", "updated", "exclusive", "breaking", "scoop", "just in", "corrected", "refile", "urgent", "flash",
}

// p26Unlabel returns title without the labels before it (p26Label), and
// without a market's reaction after it (p26Unmarket), or title itself.
func p26Unlabel(title string) string {
	for range 3 {
		t := p26Label(title)
		if t == title {
			break
		}
		title = t
	}
	return p26Unmarket(title)
}

// p26Label cuts one label: "[Update]" or "(Updated)", a wire's "UPDATE
// 2-" or "EXCLUSIVE-", or a section and its colon ("Cybersecurity: ").
// The rest must still read as a title: a few words at least.
func p26Label(title string) string {
	if len(title) < 12 {
		return title
	}
	if c := title[0]; c == '[' || c == '(' {
		end := strings.IndexByte(title, "])"[strings.IndexByte("[(", c)])
		if end < 0 || end > 24 {
			return title
		}
		if !p26Section(strings.TrimSpace(title[1:end])) {
			return title
		}
		return p26Rest(title, strings.TrimLeft(title[end+1:], " :-–—|"))
	}
	// a wire's label: capitals, an optional number, then a dash or a colon
	end := strings.IndexAny(title[:min(len(title), 25)], ":-|")
	if end < 3 {
		return title
	}
	head := strings.TrimSpace(title[:end])
	wire := title[end] == '-' && !p26HasLower(head)
	if title[end] == '-' && !wire {
		return title // a hyphen inside a word
	}
	if i := strings.LastIndexByte(head, ' '); i > 0 && strings.Trim(head[i+1:], "0123456789") == "" {
		head = head[:i] // "UPDATE 2"
	}
	if !p26Section(head) {
		return title
	}
	return p26Rest(title, strings.TrimLeft(title[end+1:], " :-–—|"))
}

// p26HasLower reports whether s holds a lower-case ASCII letter.
func p26HasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// p26Rest is rest when it still reads as a title, else title.
func p26Rest(title, rest string) string {
	if strings.Count(rest, " ") < 2 {
		return title
	}
	return rest
}

func p26Section(label string) bool {
	for _, s := range p26Sections {
		if strings.EqualFold(label, s) {
			return true
		}
	}
	return false
}

// p26Markets and p26Moves are a trailing clause's subject and verb when
// it tells only how a market took the news ("shares fall", "as stocks
// slide").
var (
	p26Markets = [...]string{"shares", "stock", "stocks", "markets", "its shares", "its stock", "share price", "the stock"}
	p26Moves   = [...]string{
		"fall", "falls", "fell", "drop", "drops", "dropped", "slide", "slides", "slid", "sink", "sinks", "sank",
		"tumble", "tumbles", "tumbled", "plunge", "plunges", "plunged", "slump", "slumps", "slumped", "dip",
		"dips", "dipped", "rise", "rises", "rose", "jump", "jumps", "jumped", "soar", "soars", "soared", "gain",
		"gains", "gained", "climb", "climbs", "climbed", "surge", "surges", "surged", "sag", "sags", "sagged",
		"retreat", "retreats", "react", "reacts", "reacted", "crater", "craters", "cratered", "hit", "hits",
	}
)

// p26Unmarket returns title without a last clause, after a comma, a
// semicolon, a dash or "as", that only tells a market's reaction.
func p26Unmarket(title string) string {
	if !p26MayMarket(title) {
		return title // no market named: most titles, one pass
	}
	best := -1
	for _, sep := range [...]string{", ", "; ", " - ", " – ", " — ", " as ", " As "} {
		i := strings.LastIndex(title, sep)
		if i <= best || i < 0 {
			continue
		}
		if p26MarketClause(title[i+len(sep):]) {
			best = i
		}
	}
	if best < 0 || strings.Count(title[:best], " ") < 2 {
		return title
	}
	return title[:best]
}

// p26MayMarket reports whether title holds the letters of one of
// p26Markets ("share", "stock", "mark"), case ignored: a test of bytes
// before p26Unmarket's searches.
func p26MayMarket(title string) bool {
	for i := 3; i < len(title); i++ {
		a, b, c := title[i-3]|0x20, title[i-2]|0x20, title[i-1]|0x20
		switch title[i] | 0x20 {
		case 'k':
			if a == 't' && b == 'o' && c == 'c' || a == 'm' && b == 'a' && c == 'r' {
				return true // "stock", "market"
			}
		case 'e':
			if a == 'h' && b == 'a' && c == 'r' {
				return true // "share"
			}
		}
	}
	return false
}

// p26MarketClause reports whether a clause is a market's reaction: a
// market, a move, then at most a few words ("8%", "in early trading").
func p26MarketClause(clause string) bool {
	if len(clause) < 10 {
		return false
	}
	if c := clause[0] | 0x20; c != 's' && c != 'm' && c != 'i' && c != 't' {
		return false // no market opens it: most titles, one look
	}
	clause = strings.TrimRight(clause, ".!")
	for _, mk := range p26Markets {
		if len(clause) <= len(mk) || clause[len(mk)] != ' ' || !strings.EqualFold(clause[:len(mk)], mk) {
			continue
		}
		verb, tail, _ := strings.Cut(clause[len(mk)+1:], " ")
		if p26Is(verb, p26Moves[:]...) {
			return strings.Count(tail, " ") < 5
		}
	}
	return false
}

// p26Undateline returns a lead without its dateline: a place in capitals,
// or a place and an agency in brackets, then a dash ("WASHINGTON
// (Reuters) - ", "BEIJING, Dec 3 (AP) — ", "LONDON -- ").
func p26Undateline(lead string) string {
	if len(lead) < 12 || lead[0] < 'A' || lead[0] > 'Z' {
		return lead
	}
	if c := lead[1]; !(c >= 'A' && c <= 'Z' || c == ' ' || c == '.' || c == '\'' || c == '-') {
		return lead // "Washington", not "WASHINGTON": most leads, one look
	}
	head := lead
	if len(head) > 64 {
		head = head[:64]
	}
	end, width := -1, 0
	for _, d := range [...]string{" - ", " -- ", " — ", " – "} {
		if i := strings.Index(head, d); i > 0 && (end < 0 || i < end) {
			end, width = i, len(d)
		}
	}
	if end < 0 {
		return lead
	}
	place := head[:end]
	if i := strings.IndexByte(place, '('); i > 0 && strings.HasSuffix(place, ")") {
		place = strings.TrimSpace(place[:i])
	}
	if i := strings.IndexByte(place, ','); i > 0 {
		place = place[:i] // "BEIJING, Dec 3"
	}
	letters := 0
	for i := 0; i < len(place); i++ {
		switch c := place[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '.' || c == '\'' || c == '-':
		default:
			return lead // not a place in capitals
		}
	}
	if letters < 3 {
		return lead
	}
	return lead[end+width:]
}

// p26Recase returns a title written all in capitals in sentence case,
// each word as its lead writes it inside a sentence, so that the readers
// that tell a name by its capitals read it as in a sentence ("SECRET ROOT
// ACCOUNT DISCOVERED IN VELTRIX NAS DRIVES", lead "... Veltrix drives
// ...": "Secret root account discovered in Veltrix NAS drives"). A word
// the lead does not capitalise is lowered, a short one kept as an acronym
// unless a common word. Any other title is returned as it is.
func p26Recase(title, lead string) string {
	words := 0
	for i := 0; i < len(title); i++ {
		c := title[i]
		if c >= 'a' && c <= 'z' {
			return title // most titles, within a few bytes
		}
		if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') && (i == 0 || title[i-1] == ' ') {
			j := i
			for j < len(title) && title[j] != ' ' {
				j++
			}
			if j-i >= 4 {
				words++
			}
		}
	}
	if words < 3 {
		return title
	}
	if len(lead) > p26LeadWindow {
		lead = lead[:p26LeadWindow] // the lead the readers read, not a whole article
	}
	var b strings.Builder
	b.Grow(len(title))
	first := true
	for i := 0; i < len(title); {
		c := title[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(title) && (title[j] >= 'A' && title[j] <= 'Z' || title[j] >= 'a' && title[j] <= 'z' || title[j] >= '0' && title[j] <= '9') {
			j++
		}
		w := title[i:j]
		if (strings.HasSuffix(title[:i], "'") || strings.HasSuffix(title[:i], "’")) && strings.EqualFold(w, "s") {
			b.WriteByte('s') // "APP'S"
			i = j
			continue
		}
		b.WriteString(p26RecaseWord(w, lead, first))
		first = false
		i = j
	}
	return b.String()
}

// p26LeadWindow is how much of a lead p26Recase looks words up in.
const p26LeadWindow = 2048

// p26RecaseWord is one word of p26Recase.
func p26RecaseWord(w, lead string, first bool) string {
	capital := p26LeadCase(w, lead)
	switch {
	case capital != "":
		return capital
	case len(w) <= 3 && !p26Function(w):
		return w // an acronym: "US", "NAS", "FBI"
	case first || lead == "" && !p26Function(w):
		return w[:1] + strings.ToLower(w[1:]) // no lead: Title Case, which the name readers know
	}
	return strings.ToLower(w) // the lead writes it in lower case, or not at all
}

// p26LeadCase is the capitalised form the lead writes w in inside a
// sentence, "" when it writes w in lower case or not at all; a form that
// opens a sentence counts only when the lead writes w nowhere else.
func p26LeadCase(w, lead string) string {
	var start string
	low := false
	for from := 0; from < len(lead); {
		k := p26IndexFold(lead[from:], w)
		if k < 0 {
			break
		}
		k += from
		end := k + len(w)
		from = end
		if k > 0 && p26Alnum(lead[k-1]) || end < len(lead) && p26Alnum(lead[end]) {
			continue
		}
		form := lead[k:end]
		if p26SentenceStart(lead, k) {
			if start == "" && !p26Function(form) {
				start = form // "DJI was among ...": a sentence's first word, a name unless a common word
			}
			continue
		}
		if form[0] >= 'A' && form[0] <= 'Z' {
			return form
		}
		low = true
	}
	if low {
		return ""
	}
	return start
}

// p26IndexFold is strings.Index with ASCII case ignored.
func p26IndexFold(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	f := sub[0] | 0x20
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 == f && strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

func p26Alnum(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// p26SentenceStart reports whether lead's word at k opens a sentence.
func p26SentenceStart(lead string, k int) bool {
	j := k - 1
	for j >= 0 && (lead[j] == ' ' || lead[j] == '"' || lead[j] == '\'' || lead[j] == '(') {
		j--
	}
	return j < 0 || lead[j] == '.' || lead[j] == '!' || lead[j] == '?' || lead[j] == ':'
}

// p26Function reports whether a word in capitals is a function word,
// which a title in capitals lowers, not an acronym.
func p26Function(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by", "at", "as", "its", "has", "was",
		"are", "is", "new", "over", "off", "out", "not", "but", "can", "may", "who", "how", "why", "now", "all",
		"any", "our", "two", "six", "ten", "be", "it", "he", "she", "we", "you", "his", "her", "up", "from",
		"with", "into", "after", "amid", "says", "said", "say", "than", "that", "this", "more", "most", "had",
		"have", "been", "will", "bans", "ban", "hit", "hits", "use", "app", "apps", "set", "top", "old", "big",
		"law", "bid", "win", "get", "put", "cut", "one", "let", "via", "per", "due", "yet", "so", "if", "no",
		"end", "die", "key", "own", "ask", "buy", "pay", "spy", "row", "war", "far", "few", "low", "raw", "ads",
		"add", "try", "see", "fix", "job", "tax", "fee", "map", "aid", "arm", "oil", "gas", "car", "web", "bug",
		"bot", "kit", "do", "go", "me", "my":
		return true
	}
	return false
}

// p26Family maps the forms of the action verbs nm12Progressive lists that
// a title may inflect them in ("-ing" and the participle) to their base:
// the readers know each as "bans", "banned" and "to ban", not "has
// banned", "will ban", "to be banned" or a headline's bare "banning".
var p26Family = func() map[string]string {
	m := make(map[string]string, 2*len(nm12Progressive))
	for ing, base := range nm12Progressive {
		switch base {
		case "put", "cut", "tell", "withdraw":
			continue // irregular participles
		}
		m[ing] = base
		m[strings.TrimSuffix(ing, "ing")+"ed"] = base
	}
	return m
}()

// p26NotSubjects are words a title's subject does not hold: a verb of
// its own, a question's word, a noun whose "to" is no future ("Bill to
// ban X" is a bill, not a ban).
var p26NotSubjects = wordSet(`says said tells told plans plan wants seeks asks urges vows threatens
	considers weighs mulls may could would should might not no how why what where when who whether
	ways tips steps guide here's bill bills plan plans move moves bid bids law proposal proposals push
	effort efforts vote order decision call calls motion amendment rule measure attempt deal pressure
	campaign legislation way right power pledge deadline time is are was were has have had will set be`)

// p26Present rewrites a title's first verb group, after a short subject
// at its start, to the form the readers know: the future, the perfect and
// a headline's bare "-ing" to the present ("India has banned TikTok",
// "India to ban TikTok", "India banning TikTok" → "India bans TikTok");
// a passive's auxiliary dropped ("TikTok has been banned", "TikTok is
// banned", "TikTok to be banned" → "TikTok banned"). Only the verbs of
// p26Family are rewritten; a title with none is returned as it is.
func p26Present(title string) string {
	if !p26MayGroup(title) || strings.IndexByte(title, '?') >= 0 {
		return title
	}
	var arr [10]string
	ws := arr[:0]
	var pos [10]int // word starts
	for i := 0; i < len(title) && len(ws) < len(arr); {
		for i < len(title) && title[i] == ' ' {
			i++
		}
		if i == len(title) {
			break
		}
		pos[len(ws)] = i
		j := i
		for j < len(title) && title[j] != ' ' {
			j++
		}
		ws = append(ws, title[i:j])
		i = j
	}
	n := len(ws)
	word := func(k int) string {
		if k >= n {
			return ""
		}
		return ws[k]
	}
	// In Title Case every word is capitalised, verbs too: a subject of
	// names cannot be told from a clause there, so only a short one is read.
	longest := 6
	if p26IsTitleCase(title) {
		longest = 2
	}
	for k := 1; k < n && k <= longest; k++ {
		w := word(k - 1)
		if strings.ContainsAny(w, ",;:\"“”") || p26In(p26NotSubjects, strings.Trim(w, "'’")) {
			return title // a subject holds no clause's punctuation, no verb
		}
		if !p26SubjectWord(w) {
			return title // "Apple and Google tell developers to rip out": a verb in the subject
		}
		g, base, passive, end := p26Group(ws, k)
		if g == 0 {
			continue
		}
		form := nm12ThirdPerson(base)
		if p26PluralWord(word(k-1)) || strings.EqualFold(word(k), "have") {
			form = base // "Hackers hijacking" → "Hackers hijack"
		}
		if passive {
			form, _ = p26Lower(word(end - 1))
		}
		if c := word(k)[0]; c >= 'A' && c <= 'Z' {
			form = strings.ToUpper(form[:1]) + form[1:]
		}
		tail := ""
		if end < n {
			tail = title[pos[end]-1:]
		}
		return title[:pos[k]] + form + tail
	}
	return title
}

// p26MayGroup reports whether title may hold a verb group p26Group
// reads: a word ending in "-ed" or "-ing" before a space or the end, or
// "to" or "will" before a verb. A test of bytes before p26Present splits
// the words: most titles hold none.
func p26MayGroup(title string) bool {
	for i := 2; i <= len(title); i++ {
		if i < len(title) && title[i] != ' ' {
			continue
		}
		if title[i-2] == 'e' && title[i-1] == 'd' || i >= 3 && title[i-3:i] == "ing" {
			return true // "banned", "banning"
		}
		if i+4 < len(title) && title[i+1]|0x20 == 't' && title[i+2]|0x20 == 'o' && title[i+3] == ' ' {
			return true // "to ban", "to be banned"
		}
		if i+6 < len(title) && title[i+5] == ' ' && strings.EqualFold(title[i+1:i+5], "will") {
			return true // "will ban"
		}
	}
	return false
}

// p26Group reads a verb group at word k: its length in words (0: none),
// the verb's base, whether it is passive, and the word after it.
func p26Group(ws []string, k int) (g int, base string, passive bool, end int) {
	n := len(ws)
	lw := func(i int) string {
		if i >= n {
			return ""
		}
		return ws[i]
	}
	form := func(w string) (base string, ing, ed bool) {
		var buf [24]byte
		if len(w) > len(buf) {
			return "", false, false
		}
		for i := 0; i < len(w); i++ {
			buf[i] = w[i] | 0x20
		}
		if b, ok := p26Family[string(buf[:len(w)])]; ok {
			return b, w[len(w)-1]|0x20 == 'g', w[len(w)-1]|0x20 == 'd'
		}
		return "", false, false
	}
	aux := lw(k)
	switch {
	case p26Is(aux, "to", "will", "has", "have"):
		perfect := p26Is(aux, "has", "have")
		i := k + 1
		if p26Is(lw(i), "be") && !perfect || p26Is(lw(i), "been") && perfect {
			if b, _, ed := form(lw(i + 1)); ed {
				return i + 2 - k, b, true, i + 2 // "to be banned", "has been banned"
			}
			return 0, "", false, 0
		}
		if perfect {
			if b, _, ed := form(lw(i)); ed {
				return 2, b, false, i + 1 // "has banned"
			}
			return 0, "", false, 0
		}
		if b, ok := p26Lower(lw(i)); ok && p26Bases[b] {
			return 2, b, false, i + 1 // "to ban"
		}
	case p26Is(aux, "is", "are", "was", "were"):
		if b, _, ed := form(lw(k + 1)); ed {
			return 2, b, true, k + 2 // "is banned"
		}
	default:
		if b, ing, _ := form(aux); ing && k+1 < n && !p26Is(lw(k+1), "of") {
			return 1, b, false, k + 1 // a headline's "banning"
		}
	}
	return 0, "", false, 0
}

// p26Is reports whether w is one of words, case ignored.
func p26Is(w string, words ...string) bool {
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// p26Lower is w in lower case, allocating only when w has a capital;
// ok is false for a word longer than any verb.
func p26Lower(w string) (string, bool) {
	if len(w) > 24 {
		return "", false
	}
	return strings.ToLower(w), true
}

// p26In reports whether set holds w in lower case, without allocating.
func p26In(set map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// p26Bases are p26Family's bases.
var p26Bases = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range p26Family {
		m[b] = true
	}
	return m
}()

// p26PluralWord reports whether a subject's last word reads as a plural
// ("Hackers", "states"), not a name in capitals or a singular in -s.
func p26PluralWord(w string) bool {
	l := strings.ToLower(w)
	if len(w) < 4 || w == strings.ToUpper(w) || !strings.HasSuffix(l, "s") {
		return false
	}
	for _, s := range [...]string{"ss", "us", "is", "'s", "’s", "news"} {
		if strings.HasSuffix(l, s) {
			return false
		}
	}
	return true
}

// p26SubjectWord reports whether w may stand in a subject the verb group
// follows: a name (capitalised, or a number) or a body acting
// ("military", "government"); lower-case words may be verbs ("Chinese
// app makers lobby New Delhi to reverse ban"), which end the subject.
func p26SubjectWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if w == "" {
		return false
	}
	if c := w[0]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return true
	}
	return p26In(authorityHeads, w) || p26In(authorities, w) || p26Is(w, "military", "government", "officials", "regulator", "watchdog")
}

// p26IsTitleCase reports whether every word of four letters or more in a
// title is capitalised.
func p26IsTitleCase(title string) bool {
	long := 0
	for i := 0; i < len(title); i++ {
		if i > 0 && title[i-1] != ' ' {
			continue
		}
		j := strings.IndexByte(title[i:], ' ')
		if j < 0 {
			j = len(title) - i
		}
		if j < 4 {
			continue
		}
		if c := title[i]; c >= 'a' && c <= 'z' {
			return false
		}
		long++
	}
	return long >= 3
}
