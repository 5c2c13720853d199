package config

import (
	"strings"
	"testing"
)

// TestDefaultVendorsTermsApart: no term (name or alias) of the default
// registry belongs to two vendors. A product or company that is another
// vendor's (Pinduoduo beside Temu, Douyin beside TikTok) is a vendor of
// its own, not an alias that would name both.
func TestDefaultVendorsTermsApart(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{}
	for _, v := range c.Watchlist() {
		for _, term := range v.Terms() {
			k := strings.ToLower(term)
			if o, ok := owner[k]; ok && o != v.Name {
				t.Errorf("term %q is both %s's and %s's", term, o, v.Name)
			}
			owner[k] = v.Name
		}
	}
	// The merges the registry once made, each now two vendors.
	for _, pair := range [][2]string{{"Pinduoduo", "Temu"}, {"Douyin", "TikTok"}, {"Cytrox", "Intellexa"}, {"StartCom", "WoSign"}, {"PDD Holdings", "Temu"}} {
		if owner[strings.ToLower(pair[0])] != pair[0] {
			t.Errorf("%q names %q, want a vendor of its own (not %s's alias)", pair[0], owner[strings.ToLower(pair[0])], pair[1])
		}
	}
}

// TestDefaultVendorsCommonWords: the registry's names that are common
// English words are marked word = true, so that the matcher names them
// only capitalised; a mark on a name that is no such word is a slip too.
func TestDefaultVendorsCommonWords(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	common := map[string]bool{"zoom": true, "signal": true, "ring": true, "box": true, "target": true}
	for _, v := range c.Watchlist() {
		if common[strings.ToLower(v.Name)] != v.Word {
			t.Errorf("vendor %q: word = %v, want %v", v.Name, v.Word, !v.Word)
		}
	}
}
