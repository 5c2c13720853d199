package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRescueClassGrid: the learned rescue's class candidate (learnClass)
// over a grid of actor × action × class, and look-alikes built from the
// same parts. A government acting (its words, a state as the subject, or
// the lead's government) on a country's kind of product is a class
// whatever signal the rules read; a company, a newspaper or a school
// acting is none, and a country's firms where no technology is at stake
// are none.
func TestRescueClassGrid(t *testing.T) {
	m := defaultMatcher(t)
	gov := []string{"Agency", "Ministry", "Australia", "India", "Federal regulator"}
	private := []string{"Newspaper", "Retailer", "Hotel chain", "School board"}
	actions := []struct {
		verb string
		sig  trust.SignalHit
	}{
		{"bars", trust.SignalHit{Term: "bars", Category: trust.CategoryBan, Weight: 4}},
		{"orders removal of", trust.SignalHit{Term: "orders removal", Category: trust.CategoryDirective, Weight: 4}},
		{"warns against", trust.SignalHit{Term: "warns against", Category: trust.CategoryDirective, Weight: 4}},
	}
	classes := []struct {
		phrase   string
		registry bool // the registry has vendors of the kind and country
	}{
		{"Chinese-made routers", true},
		{"Chinese CCTV cameras", true},
		{"Chinese-made drones", true},
		{"Chinese-made inverters", false},
		{"Russian security software", true},
	}
	right, all := 0, 0
	for _, cl := range classes {
		for _, a := range actions {
			for _, actor := range gov {
				title := actor + " " + a.verb + " " + cl.phrase
				vs := rescueClassOf(m, title, "", a.sig)
				all++
				if len(vs) > 0 && (vs[0].Unlisted != cl.registry) {
					right++
				} else {
					t.Logf("class: %q: got %v", title, vs)
				}
			}
			for _, actor := range private {
				title := actor + " " + a.verb + " " + cl.phrase
				if vs := rescueClassOf(m, title, "", a.sig); len(vs) > 0 {
					t.Errorf("look-alike %q: got class %v", title, vs)
				}
			}
		}
		// The title names the action, the lead its government and class.
		title := "Operators told to cut remote access by foreign gear"
		lead := "The ministry ordered grid operators to disconnect " + cl.phrase + " from the internet."
		all++
		if vs := rescueClassOf(m, title, lead, actions[1].sig); len(vs) > 0 {
			right++
		} else {
			t.Logf("lead class: %q | %q: none", title, lead)
		}
		// A lead naming the class where a company acts is no class.
		if vs := rescueClassOf(m, "Operators told to cut remote access by foreign gear",
			"The utility told its staff to disconnect "+cl.phrase+" from the internet.", actions[1].sig); len(vs) > 0 {
			t.Errorf("look-alike lead %q: got class %v", cl.phrase, vs)
		}
	}
	// One company of a kind ("Chinese chip designer"), unnamed, is no class.
	for _, actor := range gov {
		title := actor + " blacklists Chinese chip designer after its chips turn up in military gear"
		if vs := rescueClassOf(m, title, "", actions[0].sig); len(vs) > 0 {
			t.Errorf("look-alike %q: got class %v", title, vs)
		}
	}
	// A country's firms with no technology at stake, by a government.
	for _, actor := range gov {
		for _, a := range actions {
			title := actor + " " + a.verb + " Chinese firms from buying stakes in lithium miners"
			if vs := rescueClassOf(m, title, "", a.sig); len(vs) > 0 {
				t.Errorf("look-alike %q: got class %v", title, vs)
			}
		}
	}
	t.Logf("class cells: %d of %d", right, all)
	if right < all*9/10 {
		t.Errorf("class cells: %d of %d, want 90%%", right, all)
	}
}

// rescueClassOf is learnClass on a title and lead as rescueRest reads
// them, with the model's features for the head.
func rescueClassOf(m *Matcher, title, lead string, sig trust.SignalHit) []trust.VendorHit {
	f := &feats{}
	m.learnFeatures(title, lead, f, true)
	words := headline(titleWords(statementOnly(title)))
	var lw []titleWord
	if lead != "" {
		lw = titleWords(m.lead(stripCredit(lead)))
	}
	return m.learnClass(words, lw, sig, f)
}
