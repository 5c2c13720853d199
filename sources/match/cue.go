package match

import "strings"

// Cue words. The lexicon (config signals) lists phrases, and a title
// reaches the shapes only through one of them; news says the same
// happening with verbs no list keeps up with ("sneaks infostealer into
// Steam game", "laces antivirus updates with backdoor", "FCC votes to
// revoke X's license", "Pentagon says X drones pose threat"). A cue is a
// verb family, every inflection of it, that lets a title's shapes be read
// and nothing more: cues score nothing (scoreUnit ignores them), so a cue
// never alerts alone; only a shape, which reads the words around it (a
// channel, an authority, a permission, a threat), decides.
//
// Families are kept here, in Go, beside the shapes that read them, and
// inflected by rule (inflect), so that a shape's verb set and the gate
// that lets a title reach it cannot disagree on a form.

// cue classes: which gate a family opens.
const (
	cueSupply    int32 = iota // the supply-chain shapes (supply.go, supplyoss.go)
	cueAuthority              // the action and authority shapes (action.go, gov.go, gate.go)
	cueBuiltIn                // a login the vendor built in (builtin.go)
	cueRoot                   // distrust told from the root's side (rootstore.go)
)

// Verb families by what they do in a headline.
var (
	// Putting malware into a channel: insertShape reads them ("sneaks
	// infostealer into Steam game", "slipped backdoor into updates").
	insertFamily = []string{"sneak", "slip", "smuggle", "plant", "inject", "insert", "stash", "embed"}
	// Turning a channel, as its object: objectShape reads them ("laces
	// eScan updates with backdoor", "rigs node-ipc package to wipe").
	// ("Weaponize" is not one: security news says it of attackers using a
	// tool, "weaponizing legitimate Advanced Installer tool", far more
	// often than of a channel turned; the corpus eval showed it.)
	objectFamily = []string{"lace", "rig", "poison", "taint", "trojanize", "trojanise", "booby-trap", "spike"}
	// Making a channel into malware: "turn Ultralytics library into a
	// cryptominer" (becameMalware).
	turnFamily = []string{"turn", "transform", "convert"}
	// An authority taking a permission away (permissionRevoked).
	revokeFamily = []string{"revoke", "rescind", "deny", "reject", "terminate", "cancel", "withdraw", "yank", "pull"}
	// An authority shutting a vendor out (shutOut).
	shutFamily = []string{"cut", "shut", "kick", "lock", "freeze", "boot", "block"}
	// An authority saying a vendor is a threat (posesThreat).
	poseFamily = []string{"pose", "present", "constitute"}
	// An authority undoing its orders against a vendor (undoesOrders).
	undoFamily = []string{"nix", "rescind", "revoke", "reverse", "overturn", "withdraw", "repeal", "axe"}
	// A company running state hacking (saysRan).
	runFamily = []string{"run", "operate", "control"}
	// A lawsuit calling a product malware (callsSpyware).
	sueFamily = []string{"sue", "call", "label", "brand", "dub"}
)

// irregular forms beside the regular ones.
var irregular = map[string][]string{
	"sneak": {"snuck"}, "hide": {"hid", "hidden"}, "freeze": {"froze", "frozen"}, "withdraw": {"withdrew", "withdrawn"},
	"cut": {"cut"}, "shut": {"shut"}, "run": {"ran"},
}

// noRegularPast are verbs whose past is only irregular ("hided" is no word).
var noRegularPast = map[string]bool{"hide": true, "freeze": true, "withdraw": true, "cut": true, "shut": true}

// inflect lists a verb's forms: base, third person ("-s", "-es",
// "-ies"), past ("-d", "-ed", "-ied", doubled consonant), gerund, and its
// irregular forms. The rules are English spelling's, which is all the
// families need; a form they get wrong for some verb is listed in
// irregular.
func inflect(base string) []string {
	forms := []string{base}
	if irr, ok := irregular[base]; ok {
		forms = append(forms, irr...)
	}
	last := base
	if i := strings.LastIndexByte(base, '-'); i >= 0 {
		last = base[i+1:]
	}
	n := len(base)
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	cons := func(b byte) bool { return b >= 'a' && b <= 'z' && !vowel(b) }
	// A short word ending consonant-vowel-consonant doubles it: slip,
	// slipped, slipping.
	double := len(last) <= 4 && len(last) >= 3 && cons(last[len(last)-1]) && vowel(last[len(last)-2]) &&
		cons(last[len(last)-3]) && strings.IndexByte("wxy", last[len(last)-1]) < 0
	switch {
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") ||
		strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh"):
		forms = append(forms, base+"es")
	case n > 1 && base[n-1] == 'y' && cons(base[n-2]):
		forms = append(forms, base[:n-1]+"ies")
	default:
		forms = append(forms, base+"s")
	}
	if !noRegularPast[base] {
		switch {
		case base[n-1] == 'e':
			forms = append(forms, base+"d")
		case base[n-1] == 'y' && cons(base[n-2]):
			forms = append(forms, base[:n-1]+"ied")
		case double:
			forms = append(forms, base+base[n-1:]+"ed")
		default:
			forms = append(forms, base+"ed")
		}
	}
	switch {
	case base[n-1] == 'e' && !strings.HasSuffix(base, "ee"):
		forms = append(forms, base[:n-1]+"ing")
	case double:
		forms = append(forms, base+base[n-1:]+"ing")
	default:
		forms = append(forms, base+"ing")
	}
	return forms
}

// forms is every inflection of every verb of families, as a set.
func forms(families ...[]string) map[string]bool {
	out := map[string]bool{}
	for _, f := range families {
		for _, b := range f {
			for _, w := range inflect(b) {
				out[w] = true
			}
		}
	}
	return out
}

var (
	insertForms = forms(insertFamily)
	objectForms = forms(objectFamily)
	turnForms   = forms(turnFamily)
	revokeForms = forms(revokeFamily)
	shutForms   = forms(shutFamily)
	poseForms   = forms(poseFamily)
	undoForms   = forms(undoFamily)
	sueForms    = forms([]string{"sue"})
	runForms    = forms(runFamily)
)

// cueTerms are the automaton terms of the cues, with their class. The
// supply families' forms open the supply gate; the others the action
// gate.
func cueTerms() map[string]int32 {
	out := map[string]int32{}
	for w := range forms(revokeFamily, shutFamily, poseFamily, undoFamily, sueFamily, runFamily) {
		out[w] = cueAuthority
	}
	for w := range forms(insertFamily, objectFamily, turnFamily, modifyFamily, theftFamily) {
		out[w] = cueSupply
	}
	for _, w := range takeoverCues {
		out[w] = cueSupply
	}
	for _, w := range passiveCues { // osspassive.go
		out[w] = cueSupply
	}
	for _, w := range oss9Cues { // oss9.go
		out[w] = cueSupply
	}
	for _, w := range siteCues() { // leftovers3.go
		out[w] = cueSupply
	}
	for _, w := range oss10Cues { // oss10.go
		out[w] = cueSupply
	}
	for _, w := range flowCues() { // state9.go
		out[w] = cueSupply
	}
	for w := range builtInQualifiers {
		if _, ok := out[w]; !ok {
			out[w] = cueBuiltIn
		}
	}
	// Not "root": the lexicon has its phrases, and alone it is mostly a
	// flaw's word ("root access").
	for _, w := range []string{"roots", "ca", "cas", "certificate", "certificates", "intermediate"} {
		if _, ok := out[w]; !ok {
			out[w] = cueRoot
		}
	}
	return out
}

// cue reports whether pattern p is a cue of class.
func (m *Matcher) cue(p int32, class int32) bool {
	for _, r := range m.refs[p] {
		if r.kind == kindCue && r.idx == class {
			return true
		}
	}
	return false
}

// cueOnly reports whether a title without a registry vendor has no hit
// but cues, and no shape the cues open reads it. Such a title ended at
// the gate before cues were; reading it with the supply and authority
// shapes only keeps every other step (class, unlisted, lead) as cheap
// and as it was.
func (m *Matcher) cueOnly(hits []hit, title, lead string, leadHits []hit, question bool, gate *item) bool {
	if len(hits) == 0 {
		return false // no cue: whatever let the title through reads it
	}
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind != kindCue {
				return false
			}
		}
	}
	if m.rules.AnyVendor && (hasWorm(title) || maliciousOpen(title) || campaignWord(title)) {
		return false // a worm through a registry, a named package's releases (registry.go)
	}
	if u := m.supplyAlert(title, lead, hits, leadHits, question, gate); u.ok {
		return false
	}
	if m.builtInAlert(title, lead, hits, question).ok || m.certSideAlert(title, lead, hits, question).ok {
		return false
	}
	return !m.shapeAlert(title, lead, hits, question, gate).ok
}

// actorNamed reports whether a title names one who acts on a vendor in
// the authority shapes the cues open: an authority, a leader, an
// investigator, a lawsuit, a store owner. Without one those shapes cannot
// match, so a cue alone does not run them: the check is a scan of the
// title's words that allocates nothing (the map lookups of a converted
// byte slice do not copy).
func actorNamed(title string) bool {
	var buf [24]byte
	n, long := 0, false
	check := func() bool {
		if n == 0 || long {
			return false
		}
		w := buf[:n]
		return authorities[string(w)] || leaders[string(w)] || investigators[string(w)] || spywareAccusers[string(w)] ||
			sueForms[string(w)] || storeOwners[string(w)] || courts[string(w)]
	}
	for i := 0; i < len(title); i++ {
		c := title[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' && n > 0 && i+1 < len(title) && title[i+1] != ' ' {
			if n < len(buf) {
				buf[n] = c
				n++
			} else {
				long = true
			}
			continue
		}
		if check() {
			return true
		}
		n, long = 0, false
	}
	return check()
}
