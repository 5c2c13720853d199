package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Distrust told from the certificate's side. Security news often names
// the root, not the authority that issued it, and the store or browser
// that dropped it: "Renegade certificate removed from Windows", "Chrome
// removes Entrust roots", "Mozilla drops Helion CA", "Apple pulls trust in
// certificate authority over improper issuance", with the authority in the
// lead ("originally issued by X"). A root that comes back ("returns to
// Firefox trust store") is the distrust undone. Certificates that expire,
// that a CA revokes itself (revocation.go), or code-signing certificates
// stolen and used to sign malware are no root program acting: the words
// for them end the shape (certHousekeeping).

// rootOwners run a root program: browsers, operating systems and their
// makers.
var rootOwners = wordSet(`chrome firefox mozilla google apple microsoft windows safari edge
	browsers browser macos ios android nss makers`)

// certMarks are the bytes of certNouns but "CA" (case kept: "ca" is in
// too many words).
var certMarks = newFoldSubs("cert", "root", "authorit", "intermediate")

// certVerbMarks are the bytes of certDropVerbs and certBackVerbs.
var certVerbMarks = newFoldSubs("remov", "drop", "pull", "kick", "boot", "block", "ditch", "yank", "purg", "axe", "ban",
	"evict", "blacklist", "return", "restor", "re-add", "readd", "reinstat")

// certNouns are what a root program trusts.
var certNouns = wordSet(`certificate certificates cert certs root roots ca cas authority
	authorities intermediate intermediates`)

// certDropVerbs take trust away from a root.
var certDropVerbs = wordSet(`removes removed remove drops dropped drop pulls pulled pull kicks
	kicked kick boots booted boot blocks blocked block ditches ditched ditch yanks
	yanked yank purges purged purge axes axed axe bans banned ban evicts evicted
	evict blacklists blacklisted blacklist blocklists blocklisted blocklist`)

// certBackVerbs put a root back: "returns to", "restored to".
var certBackVerbs = wordSet(`returns returned return restored restores readded re-added reinstated
	reinstates`)

// certKindWords between a drop verb and certificates make them a kind, not
// an authority's.
var certKindWords = wordSet("support for legacy older weak self-signed user-installed user-added")

// housekeepingWords: expiry, signing and theft are no root program's
// judgement of an authority.
var housekeepingWords = wordSet(`expiry expiration expire expires expired expiring signing
	code-signing sign signed stolen leaked steal steals stole lifetimes lifetime
	validity pinning outage outages breaks`)

// certHousekeeping reports whether a title's certificates expire, sign
// code or were stolen.
func certHousekeeping(words []titleWord) bool {
	return inWords(words, housekeepingWords)
}

// certSpan finds the certificate phrase ending in a cert noun in
// words[s:e] (one clause): its last word, or -1.
func certSpan(words []titleWord, s, e int) int {
	for k := s; k < e && k < len(words); k++ {
		lk := words[k].lc()
		if certNouns[lk] && (lk != "authority" && lk != "authorities" || k > 0 && strings.EqualFold(words[k-1].text, "certificate")) {
			// "root certificate": the phrase runs to its last noun.
			for k+1 < len(words) && !words[k].stop && certNouns[words[k+1].lc()] {
				k++
			}
			return k
		}
		if words[k].stop {
			break
		}
	}
	return -1
}

// certDropped reads "<owner> [to|will] removes X roots" or "<owner> pulls
// trust in X": the verb, the span's end, and the name between the verb and
// the certificate noun ("" when only the lead names it).
func certDropped(words []titleWord) (lo, hi int, name string, ok bool) {
	for v := 1; v < len(words); v++ {
		lv := words[v].lc()
		if !certDropVerbs[lv] || words[v-1].stop {
			continue
		}
		owner := false
		for o := v - 1; o >= 0 && o >= v-3; o-- {
			if rootOwners[words[o].lc()] {
				owner = true
				break
			}
			if words[o].stop {
				break
			}
		}
		if !owner {
			continue
		}
		s := v + 1
		if s+1 < len(words) && strings.EqualFold(words[s].text, "trust") && oneOf(words[s+1].lc(), "in", "from", "for") {
			// "Apple pulls trust in certificate authority", "drops trust
			// in Brennan".
			if c := certSpan(words, s+2, s+7); c >= 0 {
				return v, c, objectName(words, s+2, c), true
			}
			if s+2 < len(words) {
				if n := nameAt(words, s+2); n != "" {
					return v, s + 2, n, true
				}
			}
			continue
		}
		c := certSpan(words, s, s+6)
		if c < 0 || inWords(words[s:c], certKindWords) {
			continue // "Chrome drops support for SHA-1 certificates": a feature, not an authority
		}
		n := objectName(words, s, c)
		if n == "" && c+2 < len(words) && !words[c].stop {
			// "Chrome will block certificates issued by Qorvo"
			k := c + 1
			if strings.EqualFold(words[k].text, "issued") && k+2 < len(words) && !words[k].stop {
				k++
			}
			if oneOf(words[k].lc(), "by", "from") {
				n = nameAt(words, k+1)
			}
		}
		return v, c, n, true
	}
	return 0, 0, "", false
}

// certRemoved reads "<X> root certificate removed from Windows", "X roots
// pulled from Chrome", "root certificate returns to Firefox trust store":
// the certificate phrase as subject, then the verb and the store. back is
// true when the root is put back.
func certRemoved(words []titleWord) (lo, hi int, back, ok bool) {
	for c := 0; c+2 < len(words); c++ {
		if lc := words[c].lc(); !certNouns[lc] || lc == "authority" || lc == "authorities" || words[c].stop {
			continue
		}
		first := c
		for c+1 < len(words) && certNouns[words[c+1].lc()] && !words[c].stop {
			c++
		}
		v := c + 1
		lv := words[v].lc()
		switch {
		case certDropVerbs[lv] && !strings.HasSuffix(lv, "s"):
		case certBackVerbs[lv]:
			back = true
		default:
			continue
		}
		p := v + 1
		if p < len(words) && !words[v].stop && oneOf(words[p].lc(), "from", "by", "to", "in", "out") {
			for k := p + 1; k < len(words) && k <= p+4; k++ {
				if rootOwners[words[k].lc()] || oneOf(words[k].lc(), "store", "stores", "program") {
					return first, k, back, true
				}
				if words[k].stop {
					break
				}
			}
		}
		back = false
	}
	return 0, 0, false, false
}

// issuerWords introduce the authority a certificate came from in a lead:
// "originally issued by X", "operated by X", "certificates from X", "the
// roots of X".
var issuerWords = wordSet("by from of")

// leadIssuer reads the authority a lead names for a certificate: the name
// after "issued by", "operated by", "from" when a certificate word or
// "issued" stands within three words before, or after "CA" / "certificate
// authority" ("Taiwanese CA Chunghwa Telecom").
func leadIssuer(lw []titleWord) string {
	for k := 1; k+1 < len(lw); k++ {
		lk := lw[k].lc()
		near := false
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			lj := lw[j].lc()
			if certNouns[lj] || oneOf(lj, "issued", "operated", "owned", "run") {
				near = true
				break
			}
			if lw[j].stop {
				break
			}
		}
		switch {
		case certDropVerbs[lk] && !lw[k].stop: // "Microsoft has dropped Fina RDC 2020"
		case issuerWords[lk] && near && !lw[k].stop:
		case oneOf(lk, "ca", "authority") && !lw[k].stop && hasUpperOrDigit(lw[k+1].text):
		default:
			continue
		}
		j := k + 1
		// Past what describes it: "the roots of Taiwanese CA X".
		for j+1 < len(lw) && j <= k+3 && !lw[j].stop && (oneOf(lw[j].lc(), "the") ||
			nationality[lw[j].lc()] || certNouns[lw[j].lc()]) {
			j++
		}
		if n := nameAt(lw, j); n != "" && !rootOwners[strings.ToLower(n)] {
			return n
		}
	}
	return ""
}

// certSideAlert reads a title for certDropped and certRemoved. The
// authority is a registry vendor in the title, else the one the lead says
// issued the certificate, else the name the title gives it; without one
// the title is not read.
func (m *Matcher) certSideAlert(title, lead string, hits []hit, question bool) unit {
	if !anyFold(title, certMarks) && !strings.Contains(title, "CA") || !anyFold(title, certVerbMarks) {
		return unit{} // most titles: no split into words
	}
	words := headline(titleWords(title))
	if certHousekeeping(words) {
		return unit{}
	}
	cat := trust.CategoryDistrust
	lo, hi, name, ok := certDropped(words)
	term := "removed from a root store"
	if !ok {
		var back bool
		lo, hi, back, ok = certRemoved(words)
		if !ok {
			return unit{}
		}
		if back {
			cat, term = trust.CategoryReversal, "returned to a root store"
		}
		name = nameBefore(words, lo, false)
	}
	m.mark(words, hits)
	// Not the shape's own words ("root certificate", "removed from").
	own := m.outsideShape(words, hits, lo, hi, kindVendor)
	extra := trust.SignalHit{Term: term + ": " + joinSpan(words, min(lo, hi), max(lo, hi)), Category: cat, Weight: supplyWeight}
	u := m.scoreUnitWith(own, true, false, question, &extra, true)
	if !u.ok {
		return unit{}
	}
	u.category = cat
	// The browser or its maker is the one acting, not the one distrusted.
	kept := u.vendors[:0]
	for _, v := range u.vendors {
		if !allOwners(v.Term) {
			kept = append(kept, v)
		}
	}
	u.vendors = kept
	if len(u.vendors) == 0 {
		if !m.rules.AnyVendor {
			return unit{}
		}
		lw := titleWords(lead)
		if n := cp16TitleCA(words, hi); n != "" {
			name = n // cp16.go: "remove French certificate authority Certinomis"
		} else if n := leadIssuer(lw); n != "" {
			name = n
		} else if name != "" && isTitleCase(words) && !confirmed(name, words, true, lw) {
			name = ""
		}
		if name == "" || rootOwners[strings.ToLower(name)] || onlyCertWords(name) {
			return unit{} // "Microsoft drops CA certificates": which authority?
		}
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.evidence = clean(title)
	u.shapeEnd = words[max(lo, hi)].end
	return u
}

// allOwners reports whether every word of a vendor term runs a root
// program ("Google Chrome", "Microsoft").
func allOwners(term string) bool {
	for _, w := range strings.Fields(strings.ToLower(term)) {
		if !rootOwners[w] {
			return false
		}
	}
	return true
}

// expiryOnly reports whether a title's certificates expire, sign code or
// were stolen and no root program removes them: "Let's Encrypt root
// certificate expiry breaks older devices". Housekeeping, not distrust.
func expiryOnly(title string) bool {
	words := headline(titleWords(title))
	if !certHousekeeping(words) || inWords(words, distrustWords) {
		return false
	}
	_, _, _, dropped := certDropped(words)
	_, _, _, removed := certRemoved(words)
	return !dropped && !removed
}

var distrustWords = wordSet("distrust distrusts distrusted distrusting untrusted")

// describedCA reports whether a name only describes an authority by its
// country and kind ("Croatian CA", "Chinese certificate authority"): the
// lead names it (certSideAlert).
func describedCA(name string) bool {
	cert := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch {
		case certNouns[w]:
			cert = true
		case nationality[w] || generic[w] || oneOf(w, "croatian", "hungarian", "spanish", "kazakh", "taiwanese", "dutch", "state", "government"):
		default:
			return false
		}
	}
	return cert
}

// onlyCertWords reports whether a name is made of certificate words
// alone ("CA", "Root CA").
func onlyCertWords(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !certNouns[w] {
			return false
		}
	}
	return true
}
