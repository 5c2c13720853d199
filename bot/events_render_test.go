package bot

import (
	"strconv"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

func TestEventEmbed(t *testing.T) {
	var alerts []trust.Alert
	for i := range 60 {
		a := sampleAlert()
		a.ID = int64(i + 1)
		a.Source = "Outlet " + strconv.Itoa(i) + strings.Repeat("*", 80)
		a.Title = strings.Repeat("[ban] ", 60)
		a.Link = "https://example.com/" + strconv.Itoa(i)
		alerts = append(alerts, a)
	}
	alerts[3].Vendors = append(alerts[3].Vendors, trust.VendorHit{Name: "SecretCo", Term: "SecretCo", Guild: "other"})
	ev := trust.Event{ID: 9, Category: trust.CategorySanctions, LeadAlertID: 4, Alerts: 60, Sources: 60, ConfirmedBy: "CISA *Advisories*"}
	e := EventEmbed(ev, alerts, "g1")
	checkEmbedLimits(t, e)
	text := e.Title
	for _, f := range e.Fields {
		text += "\n" + f.Name + ": " + f.Value
	}
	for _, want := range []string{"Confirmed by CISA \\*Advisories\\*", "+59 more reports · 60 sources", "… and ", "event 9"} {
		if !strings.Contains(text+e.Footer.Text, want) {
			t.Errorf("embed lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "SecretCo") {
		t.Errorf("another guild's vendor shown:\n%s", text)
	}

	one := EventEmbed(trust.Event{ID: 1, LeadAlertID: 7, Alerts: 1, Sources: 1}, []trust.Alert{sampleAlert()}, "")
	checkEmbedLimits(t, one)
	if one.Fields[len(one.Fields)-1].Name != "Why" || !strings.Contains(one.Fields[len(one.Fields)-2].Value, "Press reports") {
		t.Errorf("single-report event fields: %+v", one.Fields)
	}
}
