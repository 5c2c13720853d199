package main

import (
	"context"
	"log/slog"
	"sync"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// alertPrinter prints the token-less daemon's alerts from the database, as
// the bot delivers from the outbox: every stored alert above the print mark
// (storage.StartPrinting), in id order, moving the mark after each. An
// alert committed by a process killed before it printed is so printed at
// the next start. At least once: a kill between a print and the mark's
// move prints that alert again.
type alertPrinter struct {
	db    *storage.DB
	print func(*trust.Alert)
	log   *slog.Logger

	mu   sync.Mutex
	mark int64
	// live holds the alerts the poller emitted and not yet printed, as
	// analysed: the stored alert lacks what Why tells from unstored fields
	// (Across, Coverage). An alert from a past process prints as stored.
	live map[int64]*trust.Alert
}

// printBatch bounds the alerts read from the database at once.
const printBatch = 100

// start reads (or sets) the mark and prints what a past process stored
// and did not print.
func (p *alertPrinter) start(ctx context.Context) error {
	mark, err := p.db.StartPrinting(ctx)
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.mark = mark
	p.live = map[int64]*trust.Alert{}
	return p.flush(ctx)
}

// emit is Poller.Emit: called once a poll's alerts are committed, it
// prints every alert above the mark, a's and any other. A failure leaves
// the alerts above the mark for the next emit or start.
func (p *alertPrinter) emit(ctx context.Context, a *trust.Alert) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if a.ID > p.mark {
		p.live[a.ID] = a
	}
	// Not cut short by shutdown: a print whose mark then failed to move
	// would be printed again at the next start.
	if err := p.flush(context.WithoutCancel(ctx)); err != nil {
		p.log.Error("print alerts", "err", err)
	}
}

// flush prints the stored alerts above the mark. p.mu is held.
func (p *alertPrinter) flush(ctx context.Context) error {
	for {
		alerts, err := p.db.AlertsAfter(ctx, p.mark, printBatch)
		if err != nil {
			return err
		}
		for i := range alerts {
			a := &alerts[i]
			if live, ok := p.live[a.ID]; ok {
				a = live
				delete(p.live, a.ID)
			}
			p.print(a)
			if err := p.db.SetPrinted(ctx, a.ID); err != nil {
				return err
			}
			p.mark = a.ID
		}
		if len(alerts) < printBatch {
			return nil
		}
	}
}
