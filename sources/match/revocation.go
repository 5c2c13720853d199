package match

import "strings"

// selfRevocation reports whether a title's only reading of distrust is a
// certificate authority revoking certificates ("Sectigo revokes
// certificates after validation bug", "Let's Encrypt to revoke 3 million
// certificates"): a CA revoking what it issued is routine hygiene, not a
// root program distrusting a CA. Revocation is distrust only when a
// browser, root program or OS vendor does it before the verb ("Google
// revokes Zorbsign certificates"), or when the title says distrust in
// other words as well ("distrust", "root store"), which this leaves alone.
func selfRevocation(title string) bool {
	lt := strings.ToLower(title)
	if !strings.Contains(lt, "revok") || strings.Contains(lt, "distrust") || strings.Contains(lt, "trust store") ||
		strings.Contains(lt, "root store") || strings.Contains(lt, "root program") || strings.Contains(lt, "no longer trust") {
		return false
	}
	words := titleWords(title)
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "revoke", "revokes", "revoked", "revoking":
		default:
			continue
		}
		if inWords(words[:v], rootPrograms) {
			return false
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			switch lower(words[k]) {
			case "certificate", "certificates", "certs":
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}
