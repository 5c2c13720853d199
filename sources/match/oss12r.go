package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The twelfth round's package grid (oss12r_test.go) told one compromise
// in every form over every ecosystem. Where a reader took the channel's
// words for the name, the alert named the registry ("Open VSX",
// "Homebrew", "Docker Hub", "PHP") while the title names the package
// right beside its channel: "Tenmark Sync Open VSX extension backdoored",
// "Trojanized versions of npm package quillstack published". The reports
// of one compromise meet under the package's name, as the labels give it.

// os12Kinds are the words that end a package channel's phrase: a
// package's kind, and the kinds only some ecosystems use (a container's
// image, a CI action, a Homebrew formula).
var os12Kinds = union(packageKinds, wordSet(`image images action actions formula formulae formulas
	cask casks project projects repository repo`))

// os12Owners are the people a package is named before: its maintainer,
// developer or author.
var os12Owners = wordSet(`maintainer maintainer's maintainers maintainers' developer developer's author
	author's creator creator's publisher publisher's`)

// os12ChannelOnly reports whether a vendor's name is only a channel's
// words: a registry, an ecosystem's language, a kind ("Open VSX", "crates.io
// crates", "Java packages", "Packagist account").
func os12ChannelOnly(n string) bool {
	f := strings.Fields(n)
	for _, w := range f {
		l := strings.ToLower(w)
		if oneOf(l, "another", "popular", "widely", "used", "widely-used") {
			continue // "Another PHP package compromised": the title's opening, no name
		}
		if !registryWord(l) && !channelModifiers[l] && !os12Kinds[l] && !techKinds[l] &&
			!oneOf(l, "java", "php", "account", "accounts", "store", "proxy", "marketplace") {
			return false
		}
	}
	return len(f) > 0
}

// os12ChannelName reads the package a title names beside its channel: a
// run of registry words ending in a kind, with the name right before it
// ("@arvoro/core Open VSX extension", "Tenmark Sync npm package") or,
// after a singular kind, right after it ("npm package quillstack"); or
// before its maintainer ("quux maintainer's npm account hacked"). A count
// before a plural kind ("Hundreds of npm packages") names none.
func os12ChannelName(title string, words []titleWord) string {
	for k := 0; k < len(words); k++ {
		if os12Owners[words[k].lc()] {
			// "quux maintainer phished", "Zorb Notes developer's
			// account hacked": whose package was turned.
			if n := os12NameBefore(title, words, k-1); n != "" {
				return n
			}
			continue
		}
		if !os12Kinds[words[k].lc()] {
			continue
		}
		s := k
		for s > 0 && !words[s-1].stop && (registryWord(words[s-1].text) || channelModifiers[words[s-1].lc()] ||
			oneOf(words[s-1].lc(), "java", "php")) {
			s--
		}
		if s == k && !oneOf(words[k].lc(), "package", "library", "extension", "plugin", "gem", "crate", "module", "add-on", "addon") {
			continue // a bare "image" or "project": no channel said
		}
		if n := os12NameBefore(title, words, s-1); n != "" && (s < k || !os12Plain(n)) {
			// A plain word right before a bare kind describes it
			// ("Rust parsing crate"); before a registry it names it
			// ("quux npm package").
			return n
		}
		if !strings.HasSuffix(words[k].lc(), "s") && !words[k].stop && k+1 < len(words) &&
			!os12Compounds[words[k+1].lc()] {
			at := k + 1
			if oneOf(words[at].lc(), "called", "named", "dubbed") && !words[at].stop && at+1 < len(words) {
				at++ // "a popular PHP package called 'quux'"
			}
			if n := os12NameAt(title, words, at); n != "" {
				return n
			}
		}
	}
	return ""
}

// os12NameBefore reads a package's name ending at word j: quoted, code,
// a scoped name, or up to three capitalised words.
func os12NameBefore(title string, words []titleWord, j int) string {
	if j < 0 || words[j].stop {
		return ""
	}
	w := words[j]
	if w.quoted {
		return w.text
	}
	if j > 0 && words[j-1].slash && !words[j-1].stop {
		return os12Scoped(title, words, j-1)
	}
	if !hasUpperOrDigit(w.text) {
		if os12Token(w.text) {
			return w.text
		}
		return ""
	}
	if n := nameEnding(words, j); n != "" && !os12ChannelOnly(n) {
		return n
	}
	return ""
}

// os12NameAt reads a package's name starting at word i ("npm package
// quillstack", "Open VSX extension Tenmark Sync").
func os12NameAt(title string, words []titleWord, i int) string {
	w := words[i]
	if w.quoted {
		return w.text
	}
	if w.slash && i+1 < len(words) {
		return os12Scoped(title, words, i)
	}
	if !hasUpperOrDigit(w.text) {
		if os12Token(w.text) {
			return w.text
		}
		return ""
	}
	if n := nameAt(words, i); n != "" && !os12ChannelOnly(n) {
		return n
	}
	return ""
}

// os12Compounds make a compound noun with a package's kind before them:
// "npm package manager", "extension marketplace".
var os12Compounds = wordSet(`manager managers registry registries repository repositories ecosystem
	ecosystems marketplace marketplaces store stores developer developers maintainer
	maintainers author authors users user owner owners index mirror mirrors names name
	versions version updates update files file downloads`)

// os12Plain reports whether a name is a plain lower-case word, neither
// code nor a brand ("parsing", "quillstack").
func os12Plain(n string) bool {
	return !hasUpperOrDigit(n) && !codeName(n) && !strings.ContainsAny(n, "/@")
}

// os12Token reports whether a lower-case word can be a package's name
// beside its channel: not a word of the channel, nor a preposition
// ("spreads through npm packages").
func os12Token(w string) bool {
	l := strings.ToLower(w)
	return packageToken(w) && !os12ChannelOnly(w) && !evKinds[l] && !evTurns[l] && !os12LeadTurns[l] &&
		!(len(l) > 5 && strings.HasSuffix(l, "ed")) && // "package turned malicious"
		!oneOf(l, "through", "across", "onto", "within", "inside", "throughout", "toward", "towards", "upon", "other")
}

// os12Confirmed reports whether a name read beside a channel is one: a
// name written as code, quoted or scoped; in a title in title case, where
// every word is capitalised ("Plugin Developers' Accounts", "Poison
// Trusted PyPI Packages"), a capitalised name only when the lead names it
// too.
func os12Confirmed(words []titleWord, lead, n string) bool {
	if codeName(n) || strings.Contains(n, "/") || !isTitleCase(words) || os12Quoted(words, n) {
		return true
	}
	return lead != "" && strings.Contains(lead, n)
}

// os12Quoted reports whether words hold n between quotes.
func os12Quoted(words []titleWord, n string) bool {
	for _, w := range words {
		if w.quoted && w.text == n {
			return true
		}
	}
	return false
}

// os12Scoped joins an owner and a package across the slash, with the
// scope's "@" when the title writes it ("@arvoro/core").
func os12Scoped(title string, words []titleWord, i int) string {
	n := words[i].text + "/" + words[i+1].text
	if s := words[i].start; s > 0 && title[s-1] == '@' {
		n = "@" + n
	}
	return n
}

// os12Rename gives a package compromise that names only a channel the
// package its title names beside the channel (os12ChannelName).
func (m *Matcher) os12Rename(title, lead string, u *unit) {
	if u.category != trust.CategoryOSS && u.category != trust.CategoryCompromise || len(u.vendors) == 0 {
		return
	}
	for _, v := range u.vendors {
		if !v.Unlisted || !os12ChannelOnly(v.Name) {
			return
		}
	}
	words := headline(titleWords(title))
	first := firstSentence(lead)
	if n := os12ChannelName(title, words); n != "" && vendorName(n) && os12Confirmed(words, first, n) {
		u.vendors = []trust.VendorHit{m.hitFor(n)}
		u.category = trust.CategoryOSS
		return
	}
	// A title naming only the channel ("Another PHP package compromised"):
	// the lead's package, in the forms leadForRegistry reads or beside its
	// channel ("The quux Docker Hub image, with 2 million pulls, was
	// compromised"), in its first sentence or, when that only describes
	// the package ("The package has millions of weekly downloads."), its
	// second.
	var buf [4][2]int
	for i, sp := range sentenceSpans(lead, buf[:0]) {
		if i == 2 {
			break
		}
		s := lead[sp[0]:sp[1]]
		if n := os12LeadName(s); n != "" {
			u.vendors = []trust.VendorHit{m.hitFor(n)}
			u.category = trust.CategoryOSS
			u.across = true
			u.evidence = clean(title) + " — " + clean(s)
			return
		}
	}
}

// os12LeadName is the package a lead's sentence names (os12Rename).
func os12LeadName(s string) string {
	lw := titleWords(s)
	n := leadPackageNamed(lw, s)
	if n == "" || !vendorName(n) || os12ChannelOnly(n) {
		n = os12ChannelName(s, lw)
		if len(lw) > 0 && n == lw[0].text && !codeName(n) && !lw[0].quoted {
			n = "" // capitalised for opening the lead ("Leaked tokens")
		}
	}
	if n == "" || os12Plain(n) && !os12Quoted(lw, n) || !vendorName(n) || os12ChannelOnly(n) || threatActor(lw, n) {
		// A lead's plain word describes more often than it names
		// ("several established gems", "tab management tools").
		return ""
	}
	return n
}

// A package named in a supply chain attack's title whose lead says what
// the package is and that it was turned: "Nx supply chain attack steals
// developer keys" — "The popular npm package was hijacked to install
// cryptominers", "Supply chain attack hits Quuxo" — "The widely used
// library was compromised". A vendor's supply chain attack told with no
// package in the lead ("Kaseya supply chain attack hits 1,500
// businesses") is no package compromise, and the company whose suppliers
// were breached is a victim.

// os12LeadTurns say in a lead that a package was turned, not uploaded
// ("malicious" alone is an attacker's own package).
var os12LeadTurns = wordSet(`hijacked compromised backdoored trojanized trojanised poisoned tainted
	tampered infected weaponized hacked`)

// os12LeadTurned reports whether a lead's first sentence says a package
// was turned: a package's kind as the subject ("The popular npm package",
// "the library") before a turning verb, with no word that it was never
// trusted.
func os12LeadTurned(lw []titleWord) bool {
	kind := -1
	for i, w := range lw {
		l := w.lc()
		if neverTrusted[l] || evFake[l] {
			return false
		}
		if kind < 0 && os12Kinds[l] && !strings.HasSuffix(l, "s") {
			kind = i
			continue
		}
		if kind >= 0 && i <= kind+4 && os12LeadTurns[l] {
			return true
		}
	}
	return false
}

// os12SupplyName is the name a supply chain attack's title gives its
// target: right before "supply chain" ("Nx supply chain attack",
// "quux-utils supply-chain attack") or after the attack's verb or "on"
// ("Supply chain attack hits Quuxo", "supply chain attack on quux-utils"),
// and the index of "supply".
func os12SupplyName(title string, words []titleWord) (string, int) {
	for i := 0; i+1 < len(words); i++ {
		l := words[i].lc()
		if l != "supply" && l != "supply-chain" {
			continue
		}
		if n := os12NameBefore(title, words, i-1); n != "" {
			return n, i
		}
		k := i + 1
		for k < len(words) && k <= i+3 && !words[k-1].stop && oneOf(words[k].lc(), "chain", "attack", "attacks", "compromise", "hack") {
			k++
		}
		if k < len(words) && k > i+1 && !words[k-1].stop && oneOf(words[k].lc(), "on", "hits", "hit", "strikes", "targets", "against", "compromises") && k+1 < len(words) {
			k++
			if oneOf(words[k].lc(), "the", "popular") && k+1 < len(words) {
				k++
			}
			return os12NameAt(title, words, k), i
		}
	}
	return "", -1
}

// os12SupplyAlert reads a supply chain attack on a package the title
// names and the lead describes (see above).
func (m *Matcher) os12SupplyAlert(title, lead string, hits []hit, question bool) unit {
	if lead == "" || !hasSupplyChain(title) {
		return unit{}
	}
	words := headline(titleWords(title))
	name, at := os12SupplyName(title, words)
	if name == "" || !vendorName(name) || !os12Confirmed(words, lead, name) || threatActor(words, name) || actors[strings.ToLower(name)] || malwareName(name) ||
		evLookalike(words) || untrustedChannel(words) {
		return unit{}
	}
	first := firstSentence(lead)
	if !os12LeadTurned(titleWords(first)) {
		return unit{}
	}
	u := m.shapeUnit(words, at, min(at+2, len(words)-1), trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{m.hitFor(name)}
	u.category = trust.CategoryOSS
	u.across = true
	u.evidence = clean(title) + " — " + clean(first)
	return u
}

// os12OwnerAccount reports whether the "account" at word i is a package
// owner's on a registry: a registry right before it and the owner's word
// before that ("quux maintainer's NuGet account", "developer's Open VSX
// account"); a registry's accounts with no owner are its users'
// ("Docker Hub accounts hijacked in credential stuffing attack").
func os12OwnerAccount(words []titleWord, i int) bool {
	if i < 2 || words[i-1].stop {
		return false
	}
	r := i - 1
	for r > 0 && !words[r-1].stop && r > i-3 && (registryWord(words[r].text) || oneOf(words[r].lc(), "store", "marketplace", "central", "add-ons", "web")) &&
		!os12Owners[words[r-1].lc()] {
		r--
	}
	if !registryWord(words[r].text) && !registryWord(words[i-1].text) {
		return false
	}
	return r > 0 && !words[r-1].stop && os12Owners[words[r-1].lc()]
}

// os12CampaignPackage names the package a campaign's lead says was turned
// when the title names only the campaign ("GhostAction campaign steals
// 3,000 secrets" — "Attackers hijacked the maintainer account of
// quux-utils, a popular npm package, and pushed malicious versions"): the
// forms leadPackageNamed reads, the account's owner ("the maintainer
// account of X"), or the package beside its channel ("compromised the
// popular quux-utils npm package"). Nothing when the lead says the
// packages were the attackers' own ("published 67 malicious packages,
// including quux-utils") or never says one was turned.
func os12CampaignPackage(lw []titleWord, s string) string {
	if untrustedChannel(lw) || evLeadFake(lw) || !evLeadTurned(lw) || os12MaliciousKind(lw) {
		return ""
	}
	n := leadPackageNamed(lw, s)
	for i := 0; n == "" && i+2 < len(lw); i++ {
		if oneOf(lw[i].lc(), "account", "accounts", "token", "tokens") && !lw[i].stop &&
			oneOf(lw[i+1].lc(), "of", "behind") {
			n = slashName(lw, i+2, nameAfter(lw, i+2, true, true))
		}
	}
	if n == "" {
		n = os12ChannelName(s, lw)
	}
	if n == "" || os12Plain(n) && !os12Quoted(lw, n) || !vendorName(n) || os12ChannelOnly(n) || threatActor(lw, n) ||
		registryWord(n) || maintainerWords[strings.ToLower(n)] {
		return ""
	}
	return n
}

// os12MaliciousKind reports whether a lead calls packages malicious as a
// kind ("published 67 malicious packages"): the attackers' own uploads,
// not releases of a trusted package ("malicious versions").
func os12MaliciousKind(lw []titleWord) bool {
	for i := 0; i+1 < len(lw); i++ {
		if strings.EqualFold(lw[i].text, "malicious") && !lw[i].stop && packageKinds[lw[i+1].lc()] {
			return true
		}
	}
	return false
}

// os12DropChannels drops from a package compromise's vendors a registry
// or channel named beside the package ("VSX" beside "Zorb Solid", which a
// rule took for the channel's owner): the registry hosts the package, the
// package is the news.
func os12DropChannels(u *unit) {
	if u.category != trust.CategoryOSS && u.category != trust.CategoryCompromise || len(u.vendors) < 2 {
		return
	}
	keep := u.vendors[:0:0]
	for _, v := range u.vendors {
		if !v.Unlisted || !os12RegistryOnly(v.Name) {
			keep = append(keep, v)
		}
	}
	if len(keep) > 0 && len(keep) < len(u.vendors) {
		u.vendors = keep
	}
}

// os12RegistryOnly reports whether a name is only a registry's words
// ("VSX", "Docker Hub", "npm packages"): narrower than os12ChannelOnly,
// which an ecosystem's words ("Solana", "Python") also pass.
func os12RegistryOnly(n string) bool {
	f := strings.Fields(n)
	for _, w := range f {
		if l := strings.ToLower(w); !registryWord(l) && !os12Kinds[l] && !oneOf(l, "account", "accounts", "store", "marketplace") {
			return false
		}
	}
	return len(f) > 0
}
