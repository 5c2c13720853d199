package bot_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/trust"
)

// An event edit's body has only documented message fields: discordgo's
// MessageEdit as a body also sent "ID" and "Channel".
func TestEventEditBodyDocumentedFields(t *testing.T) {
	e := setup(t, func(o *bot.Options) { withEvents(o); o.EditInterval = time.Millisecond })
	if err := e.db.SetEventWindow(context.Background(), 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.alert(nil)
	e.waitFor("the event posted", func() bool { return len(e.messages(chanA1)) == 1 })
	e.alert(func(a *trust.Alert) { a.Source = "Other News" })
	e.waitFor("the message edited", func() bool { return edits(e.messages(chanA1)) == 1 })

	var body map[string]json.RawMessage
	if err := json.Unmarshal(e.messages(chanA1)[0].Raw, &body); err != nil {
		t.Fatalf("edit body %s: %v", e.messages(chanA1)[0].Raw, err)
	}
	documented := map[string]bool{"content": true, "embeds": true, "allowed_mentions": true, "flags": true, "components": true, "attachments": true}
	for k := range body {
		if !documented[k] {
			t.Errorf("edit body has key %q, not a documented message field: %s", k, e.messages(chanA1)[0].Raw)
		}
	}
	if _, ok := body["embeds"]; !ok {
		t.Errorf("edit body has no embeds: %s", e.messages(chanA1)[0].Raw)
	}
}
