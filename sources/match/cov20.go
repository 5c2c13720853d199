package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// storeRemovesBeforeTurn reads a title whose main clause, before "after",
// is a store or platform removing the vendor's product: "Apple removes
// SimpleNotes app after malicious update steals passwords", "Best Buy
// quietly removes ZTE phones from its website after US export ban". The
// removal is the news (a delisting) and the clause after the turn its
// reason, not the past event a later story looks back on; afterClause
// alone reads such a title as coverage. A vendor removing or selling its
// own ("Entrust sells ... after Chrome distrust") or a product back in a
// store ("Fortnite returns to the App Store after ban") is no removal.
// A ban or sanctions after the turn is the removal's reason: the unit
// becomes a delisting.
func storeRemovesBeforeTurn(title string, u *unit) bool {
	words := headline(titleWords(title))
	turn := -1
	for i, w := range words {
		if i > 2 && w.lc() == "after" {
			turn = i
			break
		}
	}
	if turn < 0 || !stores[words[0].lc()] && !storeOwners[words[0].lc()] {
		return false
	}
	for j := 1; j < turn-1 && j < 4; j++ {
		if !storeRemovals[words[j].lc()] {
			continue
		}
		object := strings.ToLower(joinSpan(words, j+1, turn-1))
		for _, v := range u.vendors {
			if v.Name == "" || !strings.Contains(object, strings.ToLower(v.Name)) && (v.Term == "" || !strings.Contains(object, strings.ToLower(v.Term))) {
				continue
			}
			if u.category == trust.CategoryReversal {
				return false
			}
			if u.category == trust.CategoryBan || u.category == trust.CategorySanctions {
				// "... after US export ban": the ban is the removal's
				// reason; the store pulling the product is the news.
				u.category = trust.CategoryDelisting
				u.signals = append([]trust.SignalHit{{Term: joinSpan(words, 0, j), Category: trust.CategoryDelisting, Weight: 3}}, u.signals...)
			}
			return true
		}
		return false
	}
	return false
}

// storeRemovals are a store's verbs of taking a product off its shelves.
var storeRemovals = wordSet("removes pulls drops delists yanks kicks boots bans suspends")
