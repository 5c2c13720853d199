package explain

import (
	"context"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// maxListLines bounds the diff lines /explain shows: an OFAC update can
// change hundreds of entries, and a Discord reply holds a few thousand
// characters.
const maxListLines = 20

// explainList shows, for an alert of a watched list, the list's diff at
// the change that made it: every entry added, removed or changed, trust
// event or not.
func explainList(ctx context.Context, db *storage.DB, cfg *config.Config, a *trust.Alert, add func(string, ...any)) error {
	if _, ok := cfg.List(a.Source); !ok {
		return nil
	}
	changes, err := db.ListChanges(ctx, a.Source, a.Published, maxListLines+1)
	if err != nil {
		return err
	}
	if len(changes) == 0 {
		return nil
	}
	add("The %s changed on %s (capture %.12s); its diff:", a.Source, a.Published.UTC().Format("2 January 2006 15:04 MST"), changes[0].Version)
	for i, c := range changes {
		if i == maxListLines {
			add("  … and more (vendorwatch scan --list shows a whole diff).")
			break
		}
		add("  %s", c.Detail)
	}
	return nil
}
