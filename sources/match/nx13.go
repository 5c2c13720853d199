package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// names13: the shape of a name and the headline's style around it. The
// probe grid (nx13_test.go) crossed a dozen templates per family with
// name shapes and headline styles; these are the axes it found failing
// whatever the template.

// nx13Labels are the labels a wire or a site puts before a headline
// ("Exclusive: U.S. adds China's top chipmaker SMIC to trade blacklist",
// "EXCLUSIVE-...", "Breaking: ..."): a label of the story, never its
// subject, which the name readers took for the vendor ("Exclusive").
var nx13Labels = [...]string{"exclusive", "breaking", "update", "updated", "scoop", "just in"}

// nx13Sources are the attributions a headline may end with after a dash
// ("Pentagon bars agencies from using QXT - report"): who told it, no
// part of what happened, which some readers took for the title's last
// words.
var nx13Sources = [...]string{"report", "reports", "sources", "media", "media report", "media reports"}

// nx13Unsource returns title without a trailing attribution after a
// spaced dash, or title itself.
func nx13Unsource(title string) string {
	if n := len(title); n == 0 || title[n-1]|0x20 != 't' && title[n-1]|0x20 != 's' && title[n-1]|0x20 != 'a' {
		return title // no attribution ends so: most titles, one look
	}
	for _, s := range nx13Sources {
		n := len(title) - len(s)
		if n < 8 || !strings.EqualFold(title[n:], s) {
			continue
		}
		head := title[:n]
		for _, d := range [...]string{" - ", " – ", " — "} {
			if strings.HasSuffix(head, d) {
				return head[:len(head)-len(d)]
			}
		}
	}
	return title
}

// nx13Unlabel returns title without a leading label and the colon or
// dash after it (and without a trailing attribution: nx13Unsource), or
// title itself. Most titles start with no label, so the first letter is
// checked before anything else.
func nx13Unlabel(title string) string {
	title = nx13Unsource(title)
	if len(title) < 8 {
		return title
	}
	switch title[0] | 0x20 {
	case 'e', 'b', 'u', 's', 'j':
	default:
		return title
	}
	for _, l := range nx13Labels {
		if len(title) <= len(l)+2 || !strings.EqualFold(title[:len(l)], l) {
			continue
		}
		rest := title[len(l):]
		switch {
		case strings.HasPrefix(rest, ": "), strings.HasPrefix(rest, " - "), strings.HasPrefix(rest, " | "):
			rest = rest[2:]
		case strings.HasPrefix(rest, "-"), strings.HasPrefix(rest, ":"):
			rest = rest[1:]
		case strings.HasPrefix(rest, " — "), strings.HasPrefix(rest, " – "):
			rest = rest[len(" — "):] // both dashes are three bytes
		default:
			continue
		}
		return strings.TrimLeft(rest, " ")
	}
	return title
}

// nx13Trim writes an unlisted vendor's name with the ampersand the word
// splitter cut (nx13Ampersand), widens a place to the name it opens
// (nx13PlaceName), and cuts one read from a Title Case title
// to the words the summary writes as a name, when it writes only some of
// them: Title Case capitalises the words beside a name too, so the title
// alone cannot tell where it ends ("CISA Orders Agencies to Disconnect
// Tenmark Appliances" — "... Tenmark gateways": "Tenmark", not "Disconnect
// Tenmark Appliances"; "QXT App Secretly Sent User Data to China": "QXT").
// A name the summary writes whole, or not at all, stays; so does one whose
// kept part would be a place or an actor ("China Telecom", lead "China").
func nx13Trim(title, text string, a *trust.Alert) {
	for i, v := range a.Vendors {
		if !v.Unlisted {
			continue
		}
		if strings.IndexByte(title, '&') >= 0 {
			a.Vendors[i].Name = nx13Ampersand(title, v.Name)
		}
		if nx13Places[strings.ToLower(v.Name)] {
			if n := nx13PlaceName(v.Name, title, nx13Head(text)); n != "" {
				a.Vendors[i].Name = n
			}
		}
	}
	var lw []titleWord
	for i := range a.Vendors {
		v := &a.Vendors[i]
		if !v.Unlisted || strings.IndexByte(v.Name, ' ') < 0 {
			continue
		}
		if lw == nil {
			if !isTitleCase(headline(titleWords(title))) {
				return
			}
			lw = titleWords(nx13Head(text))
		}
		if n := nx13LeadPart(v.Name, lw); n != "" {
			v.Name = n
		}
	}
}

// nx13Head is the summary's first 600 bytes, where a feed names the vendor.
func nx13Head(text string) string {
	if len(text) > 600 {
		return text[:600]
	}
	return text
}

// nx13LeadPart is the longest run of name's words that lw writes as a
// name (capitalised as the title has it, past the summary's first word),
// or "" when lw writes the whole name or none of it.
func nx13LeadPart(name string, lw []titleWord) string {
	if strings.IndexByte(name, '&') >= 0 {
		return "" // the word splitter cuts "K&T": the lead's words cannot show it whole
	}
	parts := strings.Fields(name)
	at := func(s, e int) int { // where lw writes parts[s:e], or -1
		for i := 1; i+e-s <= len(lw); i++ {
			ok := true
			for k := s; k < e; k++ {
				if !strings.EqualFold(strings.TrimSuffix(lw[i+k-s].text, "'s"), parts[k]) || k == s && !hasUpperOrDigit(lw[i].text) {
					ok = false
					break
				}
			}
			if ok {
				return i
			}
		}
		return -1
	}
	if at(0, len(parts)) >= 0 {
		return ""
	}
	for size := len(parts) - 1; size > 0; size-- {
		for s := 0; s+size <= len(parts); s++ {
			i := at(s, s+size)
			if i < 0 {
				continue
			}
			ws := make([]string, size)
			for k := range ws {
				ws[k] = strings.TrimSuffix(lw[i+k].text, "'s")
			}
			n := strings.Join(ws, " ")
			if l := strings.ToLower(n); !vendorName(n) || actors[l] || authorities[l] || generic[l] || corporateWords[l] || stopWords[l] || nm12MinorWords[l] {
				continue
			}
			return n
		}
	}
	return ""
}

// nx13PastSuffix is the last word of a name ending at word e once the
// words of a company's form after it are counted ("Sichuan Arvoro
// Technology", "KRV Group", "Quillstack Ltd"): a reader that trims them
// from the name must still read a list on past them, or it stops at the
// first member with a suffix.
func nx13PastSuffix(words []titleWord, e int) int {
	for e+1 < len(words) && !words[e].stop && hasUpperOrDigit(words[e+1].text) &&
		(corporateWords[words[e+1].lc()] || nx13Legal[strings.ToLower(strings.TrimRight(words[e+1].text, "."))]) {
		e++
	}
	return e
}

// nx13BeforeSuffix is nx13PastSuffix read backwards: the last word of
// the name proper when the words at and before e are a company's form.
func nx13BeforeSuffix(words []titleWord, e int) int {
	k := e
	for k > 0 && hasUpperOrDigit(words[k].text) && !words[k-1].stop &&
		(corporateWords[words[k].lc()] || nx13Legal[strings.ToLower(strings.TrimRight(words[k].text, "."))]) {
		k--
	}
	if k == e || !hasUpperOrDigit(words[k].text) || !nameWord(words[k]) {
		return e
	}
	return k
}

// nx13Legal are legal forms corporateWords leaves out.
var nx13Legal = wordSet("co jsc pjsc ojsc ag sa plc bv nv oy ab pte srl spa kk")

// nx13Ampersand writes a name back with the ampersand the word splitter
// cut ("K T Systems" for "K&T Systems", "AT T" for "AT&T"), as title has
// it.
func nx13Ampersand(title, name string) string {
	for i := strings.IndexByte(title, '&'); i > 0 && i+1 < len(title); {
		s, e := i, i+1
		for s > 0 && isTitleRuneAt(title, s-1) {
			s--
		}
		for e < len(title) && isTitleRuneAt(title, e) {
			e++
		}
		if s < i && e > i+1 {
			if split := title[s:i] + " " + title[i+1:e]; strings.Contains(name, split) {
				return strings.Replace(name, split, title[s:e], 1)
			}
		}
		j := strings.IndexByte(title[i+1:], '&')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return name
}

// nx13Places are the cities and provinces that open Chinese, Russian and
// other companies' registered names ("Sichuan Silence Information
// Technology", "Shenzhen Yuntai Xinke", "Beijing Huanyu Tianqiong"): a
// reader that takes the first word of a maker's name and its product
// ("Tenmark Arvoro" is Tenmark) names only the place.
var nx13Places = wordSet(`beijing shanghai shenzhen guangzhou hangzhou sichuan chengdu wuhan nanjing
	tianjin chongqing xiamen suzhou zhejiang jiangsu guangdong fujian shandong hubei hunan
	anhui henan hebei shaanxi shanxi xi'an xian dalian qingdao harbin changsha zhuhai
	dongguan ningbo hefei jinan kunming yunnan guizhou liaoning jilin jiangxi guangxi
	hainan xinjiang fuzhou wuxi foshan shenyang zhengzhou moscow tehran pyongyang`)

// nx13PlaceName is the whole name a place opens where title or lead
// writes place followed by capitalised words of a name, or "".
func nx13PlaceName(place, title, lead string) string {
	for _, src := range [...]string{title, lead} {
		if !strings.Contains(src, place) {
			continue
		}
		words := titleWords(src)
		for i := 0; i+1 < len(words); i++ {
			if words[i].text != place || words[i].stop {
				continue
			}
			run := []string{place}
			for k := i + 1; k < len(words) && k <= i+4; k++ {
				w := words[k]
				l := strings.ToLower(strings.TrimRight(w.text, "."))
				if !hasUpperOrDigit(w.text) || !nameWord(w) && !corporateWords[l] && !nx13Legal[l] || actors[l] || authorities[l] || activeVerb(l) {
					break
				}
				run = append(run, w.text)
				if w.stop {
					break
				}
			}
			for len(run) > 1 && generic[strings.ToLower(strings.TrimRight(run[len(run)-1], "."))] && !corporateSuffix(run) {
				run = run[:len(run)-1]
			}
			if len(run) > 1 {
				return strings.Join(run, " ")
			}
		}
	}
	return ""
}
