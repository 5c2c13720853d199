package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// Silent counts, on the training rows (readable sets and the corpus's
// tuning half), the events the matcher makes no alert of by where the
// learned rescue stops on them (match.RescueStage), each scored by the
// model of the fold that held it out: so that the rescue's misses are
// counted before one is worked on. verbose lists the rows of a stage.
func Silent(d *trainData, verbose string) ([]byte, error) {
	ex, meta, m := d.ex, d.meta, d.m
	_, out := m.TrainLearned(ex)
	count := map[string]int{}
	var b bytes.Buffer
	for i, e := range ex {
		if !e.Positive {
			continue
		}
		kind := "named"
		if len(meta[i].Vendors) == 0 {
			kind = "unnamed"
		}
		cat := "-"
		if len(meta[i].Categories) > 0 {
			cat = string(meta[i].Categories[0])
		}
		if strings.HasPrefix(e.Group, "corpus-") {
			kind = "real " + kind
		}
		st := m.RescueStage(e.Title, e.Text, out[i].P)
		count[st+"\t"+kind+"\t"+cat]++
		count[st+"\t"+kind+"\t*"]++
		count[st+"\t*\t*"]++
		if verbose != "" && strings.HasPrefix(st, verbose) {
			fmt.Fprintf(&b, "%s\t%.3f\t%s\t%s\t%v/%s\t%s\t%.160s\n", st, out[i].P, e.Group, kind, meta[i].Vendors, cat, e.Title, e.Text)
		}
	}
	// What the matcher with the embedded model alerts on, per kind of set.
	type fig struct{ right, events, alerting, others int }
	var sets [2]fig // readable sets, training sets (train*.tsv)
	for i, e := range ex {
		if strings.HasPrefix(e.Group, "corpus-") {
			continue
		}
		k := 0
		if strings.HasPrefix(e.Group, "train17") {
			k = 1
		}
		a, ok := m.Match(e.Title, e.Text)
		ok = ok && !a.Coverage // as the batch tests count
		if e.Positive {
			sets[k].events++
			if ok && rightAlert(a, meta[i]) {
				sets[k].right++
			}
		} else {
			sets[k].others++
			if ok {
				sets[k].alerting++
			}
		}
	}
	for k, name := range []string{"readable sets", "training sets (train17*)"} {
		fmt.Fprintf(&b, "%s: events right %d of %d; look-alikes alerting %d of %d\n", name, sets[k].right, sets[k].events, sets[k].alerting, sets[k].others)
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Fprintln(&b, "events by where the rescue stops (stage, kind, first category: count)")
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%d\n", k, count[k])
	}
	return b.Bytes(), nil
}
