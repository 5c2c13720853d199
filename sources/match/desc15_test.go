package match

import (
	"slices"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestDs15LeadNames: where a lead sentence names the vendor acted on, and
// where the name it gives is someone else's.
func TestDs15LeadNames(t *testing.T) {
	for _, c := range []struct {
		lead string
		want []string
	}{
		{"The department said Arvoro Technologies supplied the military.", []string{"Arvoro Technologies"}},
		{"Arvoro Semiconductor and Tenmark Systems were added to the 1260H list.", []string{"Arvoro Semiconductor", "Tenmark Systems"}},
		{"The Commerce Department named Arvoro, Quillstack and Tenmark Systems in its order.", []string{"Arvoro", "Quillstack", "Tenmark Systems"}},
		{"The company, Quillstack, was designated on Tuesday.", []string{"Quillstack"}},
		{"Mozilla said it will stop trusting new certificates from Arvoro Trust.", []string{"Arvoro Trust"}},
		{"A federal judge blocked Montana's ban on Arvoro, saying it violated users' rights.", []string{"Arvoro"}},
		{"The ban applies to Arvoro and its subsidiaries.", []string{"Arvoro"}},
		{"Tenmark Systems will no longer be trusted by Chrome.", []string{"Tenmark Systems"}},
		{"State agencies must stop using Arvoro products within 30 days.", []string{"Arvoro"}},
		{"Arvoro, which makes thermal cameras, was among 12 firms added.", []string{"Arvoro"}},
		{"The rule targets Arvoro's drones and software.", []string{"Arvoro"}},
		{"Chrome will no longer trust certificates issued by Tenmark Systems.", []string{"Tenmark Systems"}},
		// Someone else, or no one.
		{"Hackers targeted Arvoro earlier this year.", nil},
		{"The move comes after a report, according to Arvoro Research.", nil},
		{"Arvoro, a customer, said it would find other suppliers.", nil},
		{"The department did not name the company.", nil},
		{"Arvoro researchers first flagged the ties last year.", nil},
	} {
		if got := ds15LeadNames(c.lead); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.lead, got, c.want)
		}
	}
}

// TestDs15Rows: the family's rows end to end, and the look-alikes whose
// lead names a person, a report, a rival or a victim.
func TestDs15Rows(t *testing.T) {
	m := defaultMatcher(t)
	checkNameRows(t, m, true, []nameRow{
		{"kind-said", "Commerce adds Chinese drone maker to Entity List", "The department said Arvoro Technologies supplied the military.", []string{"Arvoro Technologies"}},
		{"plural-list", "Pentagon blacklists two Chinese chip firms", "Arvoro Semiconductor and Tenmark Systems were added to the 1260H list.", []string{"Arvoro Semiconductor", "Tenmark Systems"}},
		{"subject-kind", "Browser maker distrusts Taiwanese certificate authority", "Mozilla said it will stop trusting new certificates from Arvoro Trust after repeated compliance failures.", []string{"Arvoro Trust"}},
		{"reversal", "UK eases sanctions on Russian software firm", "The government removed Arvoro from its sanctions list after the company's sale.", []string{"Arvoro"}},
	})
	for _, c := range [][2]string{
		{"Pentagon adds Chinese drone maker to list of Chinese military companies", "Rival Arvoro welcomed the decision."},
		{"Pentagon adds Chinese drone maker to list of Chinese military companies", "Senator Tenmark Quill urged the department to act."},
		{"Commerce adds Chinese drone maker to Entity List", "Hackers targeted Arvoro earlier this year using the company's products."},
	} {
		if a, ok := m.Match(c[0], c[1]); ok && !slices.ContainsFunc(a.Vendors, func(v trust.VendorHit) bool { return v.Class != "" }) {
			t.Errorf("%s | %s: named %v", c[0], c[1], a.VendorNames())
		}
	}
}
