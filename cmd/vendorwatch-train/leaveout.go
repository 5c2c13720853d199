package main

import (
	"bytes"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/trust"
)

// leaveOutDefault is the leave-sets-out check's default group: every
// readable set of rounds 14 to 16, whose wording the model stands for
// unseen wording when it is trained without them.
const leaveOutDefault = "chain14*,delist14*,links14*,names14*,class15*,desc15*,pkg15*,pull15*,quiet15*,sanc16*," +
	"dl16_tune*,pk16_tune*,cl16_tune*,cp16_tune*,class16_u*,comp16_u*,delist16_u*,pkg16_u*"

// LeaveOut trains the model without the headline sets whose names match
// one of the comma-separated glob patterns, then runs the full matcher on
// those sets' rows twice, with the rules alone and with the rules and that
// model's rescue, and reports per set and in all the events right (every
// labelled vendor named and a labelled category, as the batch tests
// count) and the look-alikes alerting (an alert that is not coverage),
// then lists the rows on which the two differ. It stands for the rescue
// on wording it never saw.
func LeaveOut(root, patterns string) ([]byte, error) {
	ex, meta, err := readExamples(root)
	if err != nil {
		return nil, err
	}
	pats := strings.Split(patterns, ",")
	out := func(group string) bool {
		return slices.ContainsFunc(pats, func(p string) bool {
			ok, _ := path.Match(strings.TrimSpace(p), group)
			return ok
		})
	}
	var train []match.LearnExample
	var test []int
	for i, e := range ex {
		if out(e.Group) {
			test = append(test, i)
		} else {
			train = append(train, e)
		}
	}
	if len(test) == 0 {
		return nil, fmt.Errorf("no set matches %q", patterns)
	}
	m, err := defaultMatcher()
	if err != nil {
		return nil, err
	}
	file, _ := m.TrainLearned(train)
	rules, err := m.WithLearned(nil)
	if err != nil {
		return nil, err
	}
	both, err := m.WithLearned(file)
	if err != nil {
		return nil, err
	}
	type fig struct{ pos, neg, right, alerting [2]int }
	by := map[string]*fig{}
	var groups []string
	var diff bytes.Buffer
	for _, i := range test {
		e := ex[i]
		f := by[e.Group]
		if f == nil {
			f = &fig{}
			by[e.Group] = f
			groups = append(groups, e.Group)
		}
		var good [2]bool
		var alerts [2]trust.Alert
		for k, mm := range [2]*match.Matcher{rules, both} {
			a, ok := mm.Match(e.Title, e.Text)
			alerts[k] = a
			if !e.Positive {
				f.neg[k]++
				if ok && !a.Coverage {
					f.alerting[k]++
					good[k] = true
				}
				continue
			}
			f.pos[k]++
			if ok && !a.Coverage && allNamed(a, meta[i].Vendors) && slices.Contains(meta[i].Categories, a.Category) {
				f.right[k]++
				good[k] = true
			}
		}
		if good[0] != good[1] {
			kind := map[bool]string{true: "+event", false: "-look-alike"}[e.Positive]
			fmt.Fprintf(&diff, "  %s %s %q: rules %s; with the rescue %s\n", kind, e.Group, e.Title, alerts[0].Why(), alerts[1].Why())
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "left out %d rows of %d sets; trained on %d rows\n", len(test), len(groups), len(train))
	b.WriteString("set: events right rules / rules+rescue of events; look-alikes alerting rules / rules+rescue of look-alikes\n")
	var tot fig
	for _, g := range groups {
		f := by[g]
		fmt.Fprintf(&b, "  %-18s %4d %4d of %4d; %3d %3d of %4d\n", g, f.right[0], f.right[1], f.pos[0], f.alerting[0], f.alerting[1], f.neg[0])
		for k := range 2 {
			tot.pos[k] += f.pos[k]
			tot.neg[k] += f.neg[k]
			tot.right[k] += f.right[k]
			tot.alerting[k] += f.alerting[k]
		}
	}
	fmt.Fprintf(&b, "all: events right %d -> %d of %d; look-alikes alerting %d -> %d of %d\n",
		tot.right[0], tot.right[1], tot.pos[0], tot.alerting[0], tot.alerting[1], tot.neg[0])
	b.WriteString("rows that differ:\n")
	b.Write(diff.Bytes())
	return b.Bytes(), nil
}

// allNamed: the alert names every labelled vendor (loosely, as the batch
// tests compare names).
func allNamed(a trust.Alert, vendors []string) bool {
	names := a.VendorNames()
	for _, v := range vendors {
		if !slices.ContainsFunc(names, func(n string) bool {
			n, v := strings.ToLower(n), strings.ToLower(v)
			return strings.Contains(n, v) || strings.Contains(v, n)
		}) {
			return false
		}
	}
	return true
}
