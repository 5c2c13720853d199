package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
)

// unchangedFigures are the unchanged cycles of one harness: the binary
// measured and, when one is given, the baseline binary, alternated.
type unchangedFigures struct {
	feeds          int
	cycles, before []cycleResult
}

// measureUnchanged runs unchanged cycles only (every source answering
// 304) over feeds sources whose state is written as a first cycle would
// leave it: validators stored, seeded. It skips the first and full cycles
// (minutes at 10,000 feeds) that an unchanged cycle does not read: a 304
// touches the source's row, never the items. With a baseline binary the
// two run in turn, baseline first, so that both see the same machine.
func measureUnchanged(ctx context.Context, dir, exe, baseline string, tpl [][]byte, feeds, rounds int, logf func(string, ...any)) (unchangedFigures, error) {
	f := unchangedFigures{feeds: feeds}
	h, err := newRunHarness(ctx, dir, exe, tpl, feeds, 0)
	if err != nil {
		return f, err
	}
	defer h.close()
	if err := h.seedValidators(ctx); err != nil {
		return f, fmt.Errorf("seed sources: %w", err)
	}
	for r := range rounds {
		if baseline != "" {
			h.exe = baseline
			c, err := h.cycle(ctx, nil)
			if err != nil {
				return f, fmt.Errorf("unchanged cycle (baseline): %w", err)
			}
			if err := onePollEach(c, feeds); err != nil {
				return f, fmt.Errorf("unchanged cycle (baseline): %w", err)
			}
			f.before = append(f.before, c)
			logf("unchanged %d feeds: round %d: baseline: %s", feeds, r+1, c)
		}
		h.exe = exe
		c, err := h.cycle(ctx, nil)
		if err != nil {
			return f, fmt.Errorf("unchanged cycle: %w", err)
		}
		if err := onePollEach(c, feeds); err != nil {
			return f, fmt.Errorf("unchanged cycle: %w", err)
		}
		f.cycles = append(f.cycles, c)
		logf("unchanged %d feeds: round %d: %s", feeds, r+1, c)
	}
	if st := h.gen.Stats(); st.Requests != st.NotModified {
		return f, fmt.Errorf("%d of %d requests were not answered 304: the seeded validators are wrong", st.Requests-st.NotModified, st.Requests)
	}
	return f, nil
}

// onePollEach checks that a cycle asked for each feed once. The run's
// "@every 24h" puts each source on a daily grid at midnight UTC plus its
// jitter (3 minutes by default): a cycle run in those minutes also runs
// scheduled polls, counted as polls (skipped ones too) and cut off at the
// stop, and its time is not an unchanged cycle's.
func onePollEach(c cycleResult, feeds int) error {
	if c.requests != int64(feeds) {
		return fmt.Errorf("%d requests for %d feeds: scheduled polls ran during the cycle (the first minutes after midnight UTC); run it again", c.requests, feeds)
	}
	return nil
}

// seedValidators creates the harness's sources as the config the cycles
// run with names them, with each feed's current validators and the
// seeded mark.
func (h *runHarness) seedValidators(ctx context.Context) error {
	db, err := sql.Open("sqlite", h.dbPath+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for i, u := range h.gen.URLs() {
		etag, mod := h.gen.Validators(i)
		if _, err := tx.ExecContext(ctx, `INSERT INTO sources (name, url, etag, last_modified, seeded) VALUES (?, ?, ?, ?, 1)`,
			fmt.Sprintf("feed%05d", i), u, etag, mod.UTC().Format(http.TimeFormat)); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// unchangedRows turns the cycles into the unchanged row, with the
// baseline's median beside it when there is one.
func unchangedRows(f unchangedFigures) []benchRow {
	if len(f.cycles) == 0 {
		return nil
	}
	u := medianOf(f.cycles, wallOf)
	budget := unchangedBudget(f.feeds)
	base, ratio := "", fmt.Sprintf("%.2f of the %.1f s budget", u/budget, budget)
	if len(f.before) > 0 {
		b := medianOf(f.before, wallOf)
		base = fmt.Sprintf("%.0f ms, %.1f CPU-s (baseline binary; load generator %.1f CPU-s)", b*1e3, medianOf(f.before, cpuOf), medianOf(f.before, genOf))
		ratio = fmt.Sprintf("%.2f×; %s", b/u, ratio)
	}
	return []benchRow{{fmt.Sprintf("unchanged cycle, %d feeds answering 304", f.feeds),
		fmt.Sprintf("%.0f ms, %.1f CPU-s (load generator %.1f CPU-s)", u*1e3, medianOf(f.cycles, cpuOf), medianOf(f.cycles, genOf)), base, ratio,
		fmt.Sprintf("≤ %.1f s", budget), verdict(u <= budget)}}
}

// unchangedBudget is the unchanged cycle's target: 2 s for 10,000 feeds
// (issue 14), in proportion above 1,000 feeds, 1 s below.
func unchangedBudget(feeds int) float64 {
	if feeds > 1000 {
		return 2 * float64(feeds) / 10000
	}
	return 1
}
