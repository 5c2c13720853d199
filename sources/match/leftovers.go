package match

// vendorWoundUp reads an order whose object is the vendor itself and
// whose action ends its business: "Canada orders TikTok to shut down
// Canadian business", "FCC orders China Unicom to cease US operations",
// "Canada orders Hikvision to wind up its operations". A state closing a
// vendor's business in its territory restricts the vendor's products
// there: a ban (trust-events.md), not a directive to the product's
// users ("CISA orders agencies to shut down Ivanti appliances", where
// the object is an addressee). lo is the order verb, hi the action.
func vendorWoundUp(words []titleWord, lo, hi int) bool {
	if !woundVerbs[lower(words[hi])] {
		return false
	}
	to := -1
	for k := lo + 1; k < hi; k++ {
		lk := lower(words[k])
		if lk == "to" {
			to = k
			break
		}
		if addressees[lk] || ownUse[lk] || ownPeople[lk] || workforce[lk] {
			return false
		}
	}
	return to > lo+1
}

// woundVerbs end a business rather than a product's use.
var woundVerbs = set("shut", "cease", "close", "dissolve", "wind", "halt", "suspend", "stop")
