package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/lists"
)

// scanList is `scan --list LIST OLD NEW`: the events that a change of a
// list from capture OLD to capture NEW would post. LIST is a configured
// list's name or a format; at is when the list changed ("" means NEW's
// modification time).
func scanList(cfg *config.Config, list string, files []string, at string, asJSON bool, stdout io.Writer) error {
	if len(files) != 2 {
		return usageError("scan --list: want two captures, OLD and NEW (got %d)", len(files))
	}
	src, err := listSource(cfg, list)
	if err != nil {
		return err
	}
	old, err := os.ReadFile(files[0])
	if err != nil {
		return exitError{code: 1, msg: fmt.Sprintf("read %s", err)}
	}
	cur, err := os.ReadFile(files[1])
	if err != nil {
		return exitError{code: 1, msg: fmt.Sprintf("read %s", err)}
	}
	when, err := changedAt(at, files[1])
	if err != nil {
		return err
	}
	_, changes, err := lists.Compare(src.Kind, old, cur)
	if err != nil {
		return exitError{code: 1, msg: err.Error()}
	}
	found := lists.Assess(src.Kind, changes, lists.NewResolver(cfg.Watchlist(), nil), when)
	sum := sha256.Sum256(cur)
	listed := lists.Alerts(src, found, hex.EncodeToString(sum[:]), when)
	if !asJSON {
		var add, rem, chg int
		for _, c := range changes {
			switch c.Op {
			case lists.Added:
				add++
			case lists.Removed:
				rem++
			default:
				chg++
			}
		}
		fmt.Fprintf(stdout, "%s: %d change(s) (%d added, %d removed, %d changed), %d event(s)\n\n",
			clean(src.Name), len(changes), add, rem, chg, len(listed))
	}
	for i := range listed {
		a := &listed[i].Alert
		if asJSON {
			writeJSON(stdout, a)
			continue
		}
		writeText(stdout, a)
		for _, line := range strings.Split(listed[i].Item.Text, "\n") {
			fmt.Fprintf(stdout, "    %s\n", clean(line))
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

// listSource finds the list to scan as: a configured list by name, or a
// format (named after the first configured list of that format).
func listSource(cfg *config.Config, list string) (lists.Source, error) {
	if l, ok := cfg.List(list); ok {
		return lists.Source{Name: l.Name, Kind: lists.Kind(l.Format), URL: l.URL}, nil
	}
	k := lists.Kind(list)
	if !k.Valid() {
		var names []string
		for _, l := range cfg.Lists {
			names = append(names, fmt.Sprintf("%q", l.Name))
		}
		return lists.Source{}, usageError("scan --list %q: not a list name (%s) nor a format (%s)",
			list, strings.Join(names, ", "), strings.Join(config.ListFormats, ", "))
	}
	for _, l := range cfg.Lists {
		if l.Format == list {
			return lists.Source{Name: l.Name, Kind: k, URL: l.URL}, nil
		}
	}
	return lists.Source{Name: list, Kind: k}, nil
}

func changedAt(at, file string) (time.Time, error) {
	if at == "" {
		st, err := os.Stat(file)
		if err != nil {
			return time.Time{}, exitError{code: 1, msg: err.Error()}
		}
		return st.ModTime().UTC(), nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", time.DateOnly} {
		if t, err := time.Parse(layout, at); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, usageError("scan --at %q: want a date (2024-03-05) or an RFC 3339 time", at)
}
