package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestFinalBatch holds the matcher to testdata/final.tsv: 200 security-news
// headlines with their leads (70 events, 130 look-alikes and ordinary
// news), written blind on 5 December 2026 by a helper that read neither
// the matcher nor any headline set, and never tuned on in the round it
// measured (its header has the figures). Here every vendor of a row must
// be named, and its writer listed owners the news does not name
// ("TikTok, ByteDance"), so this strict share (0.63 at the end of that
// round) is below the README's, which needs one of them and is logged
// too; the floor is a regression guard a little under the strict share.
func TestFinalBatch(t *testing.T) {
	testBatch(t, "testdata/final.tsv", 0.65)
}

// TestBlind2Batch holds the matcher to testdata/blind2.tsv: 200 more
// security-news headlines with leads (80 events, 36 of them package
// compromises; 120 look-alikes and ordinary news of 2022 and 2024–2026),
// written blind on 5 December 2026 at the start of the next round, and
// measured, never tuned on, as that round's branches were merged (its
// header has the figures). The floor is a regression guard under the
// strict share at that round's end.
func TestBlind2Batch(t *testing.T) {
	testBatch(t, "testdata/blind2.tsv", blind2Floor)
}

// blind2Floor is TestBlind2Batch's floor on the strict share.
const blind2Floor = 0.58

// TestBlind3Batch holds the matcher to testdata/blind3.tsv: 200 more
// security-news headlines with leads (80 events, 34 of them package
// compromises and 8 class-level actions; 120 look-alikes and ordinary
// news of 2020–2021 and 2025–2026, the hidden set's years), written blind
// on 5 December 2026 at the start of the seventh round and measured
// untouched through its first six merges; then its misses were read and
// handed out as shapes, so it is tuned on (its header has the figures).
// The floor is a regression guard under the strict share at that round's
// end.
func TestBlind3Batch(t *testing.T) {
	testBatch(t, "testdata/blind3.tsv", blind3Floor)
}

// blind3Floor is TestBlind3Batch's floor on the strict share.
const blind3Floor = 0.72

// TestBlind4Batch holds the matcher to testdata/blind4.tsv: 200 more
// security-news headlines with leads (80 events, 40 of them package and
// distribution-channel compromises, many of less famous vendors; 120
// look-alikes and ordinary news of 2020–2021 and 2025–2026), written
// blind on 5 December 2026 during the seventh round and never read or
// tuned on in it: the round's honest figure (its header has them). Its
// misses were read at the eighth round's start, so it is tuned since. The
// floor is a regression guard under the strict share at that round's end.
func TestBlind4Batch(t *testing.T) {
	testBatch(t, "testdata/blind4.tsv", blind4Floor)
}

// blind4Floor is TestBlind4Batch's floor on the strict share.
const blind4Floor = 0.78

// logBatch logs the README's measure of a blind batch: an event alerting
// with one of its vendors named (rows of a class name none) and its
// category right, a package compromise and a vendor's counting as one
// kind, and state links and espionage as one (trust-events.md gives them
// one row), in all and by kind (a row with oss among its categories is a
// package, one with no vendor a class); and the others alerting.
func logBatch(t *testing.T, path string) {
	m := defaultMatcher(t)
	var events, alerting, right, others, othersAlerting int
	kinds := map[string][2]int{} // right, events by kind
	for _, c := range readCases(t, path) {
		a, ok := m.Match(c.title, c.body)
		ok = ok && !a.Coverage
		if !c.positive {
			others++
			if ok {
				othersAlerting++
			}
			continue
		}
		events++
		kind := eventKind(c)
		k := kinds[kind]
		k[1]++
		kinds[kind] = k
		if !ok {
			continue
		}
		alerting++
		supply := func(k trust.Category) bool { return k == trust.CategoryOSS || k == trust.CategoryCompromise }
		state := func(k trust.Category) bool { return k == trust.CategoryStateLinks || k == trust.CategoryEspionage }
		catOK := slices.Contains(c.category, a.Category) || supply(a.Category) && slices.ContainsFunc(c.category, supply) ||
			state(a.Category) && slices.ContainsFunc(c.category, state)
		named := len(c.vendors) == 0 || slices.ContainsFunc(c.vendors, func(v string) bool {
			return slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, v) })
		})
		if catOK && named {
			right++
			k[0]++
			kinds[kind] = k
		}
	}
	t.Logf("%s: %d of %d events alerting, %d right (one vendor named, category right); %d of %d others alerting",
		path, alerting, events, right, othersAlerting, others)
	t.Logf("%s: right by kind: named %d of %d, class %d of %d, package %d of %d", path,
		kinds["named"][0], kinds["named"][1], kinds["class"][0], kinds["class"][1], kinds["package"][0], kinds["package"][1])
}

// TestBlind5Batch holds the matcher to testdata/blind5.tsv: 200 more
// security-news headlines with leads (80 events, 38 of them package and
// installer compromises, 12 class-level actions; 120 look-alikes and
// ordinary news of 2020–2021 and 2025–2026), written blind on 5 December
// 2026 at the start of the eighth round and never read or tuned on in it:
// the round's honest figure (its header has them). The floor is a
// regression guard under the strict share at that round's end; untouched
// in the ninth round too, it went 51 → 56 of 80 right (strict 48.8% →
// 55.0%, others 4 → 2 of 120), and in the tenth 56 → 60 (strict 60.0%,
// others 2 → 1).
func TestBlind5Batch(t *testing.T) {
	testBatch(t, "testdata/blind5.tsv", blind5Floor)
}

// blind5Floor is TestBlind5Batch's floor on the strict share.
const blind5Floor = 0.57

// TestBlind6Batch holds the matcher to testdata/blind6.tsv: 150 more
// security-news headlines with leads (60 events, 26 of them package
// compromises, 10 class-level actions; 90 look-alikes and ordinary news
// of 2020–2021 and 2025–2026, the most covered stories left out), written
// blind on 5 December 2026 near the eighth round's end and never read or
// tuned on: a second honest figure for that round, measured on its start
// and its end (its header has both); untouched in the ninth round too, it
// went 36 → 39 of 60 right (strict 53.3% → 58.3%), and in the tenth
// 39 → 42 (strict 63.3%). The floor is a
// regression guard under the strict share.
func TestBlind6Batch(t *testing.T) {
	testBatch(t, "testdata/blind6.tsv", blind6Floor)
}

// blind6Floor is TestBlind6Batch's floor on the strict share.
const blind6Floor = 0.60

// TestBlind7Batch holds the matcher to testdata/blind7.tsv: 200 more
// security-news headlines with leads (80 events, 33 of them package
// compromises, 12 vendor channel compromises, 8 class-level actions; 120
// look-alikes and ordinary news of 2020–2021 and 2025–2026), written
// blind on 5 December 2026 at the ninth round's start and never read or
// tuned on in it: the round's honest figure (its header has the
// composition), 60 → 66 of 80 right and 2 of 120 others alerting both,
// strict share 65.0% → 71.2%; untouched in the tenth round too, 66 → 71
// (strict 77.5%, others 2 → 3). The floor is a regression guard under the
// strict share.
func TestBlind7Batch(t *testing.T) {
	testBatch(t, "testdata/blind7.tsv", blind7Floor)
}

// blind7Floor is TestBlind7Batch's floor on the strict share.
const blind7Floor = 0.74

// TestBlind8Batch holds the matcher to testdata/blind8.tsv: 200 more
// security-news headlines with leads (80 events: 42 naming a vendor, 12
// class-level actions, 26 package compromises; 120 look-alikes and
// ordinary news of 2020–2021 and 2025–2026), written blind on 5 December
// 2026 at the tenth round's start and never read or tuned on in it: the
// round's honest figure (its header has the composition): 55 → 57 of 80
// right, others alerting 4 → 5 of 120, strict share 57.5% → 58.8%. The
// floor is a regression guard under the strict share.
func TestBlind8Batch(t *testing.T) {
	testBatch(t, "testdata/blind8.tsv", blind8Floor)
}

// blind8Floor is TestBlind8Batch's floor on the strict share.
const blind8Floor = 0.55

// TestBlind9Batch holds the matcher to testdata/blind9.tsv: 200 more
// security-news headlines with leads (80 events: 43 naming a vendor, 12
// class-level actions, 25 package compromises; 120 look-alikes and
// ordinary news, about half of 2020–2021 and 2025–2026), written blind
// on 5 December 2026 at the eleventh round's start and never read or
// tuned on in it: the round's honest figure (its header has the
// composition). At the round's start 60 of 80 right (named 36 of 43,
// class 6 of 12, package 18 of 25), others alerting 5 of 120, strict
// share 60.0%. The floor is a regression guard under the strict share.
func TestBlind9Batch(t *testing.T) {
	testBatch(t, "testdata/blind9.tsv", blind9Floor)
}

// blind9Floor is TestBlind9Batch's floor on the strict share.
const blind9Floor = 0.55

// TestBlind10Batch holds the matcher to testdata/blind10.tsv: 200 more
// security-news headlines with leads (80 events: 43 naming a vendor, 12
// class-level actions, 25 package compromises; 120 look-alikes and
// ordinary news, about half of 2020–2021 and half of 2025), written blind
// on 5 December 2026 at the twelfth round's start and never read or
// tuned on in it: the round's honest figure (its header has the
// composition). At the round's start 64 of 80 right (named 32 of 43,
// class 10 of 12, package 22 of 25), others alerting 5 of 120, strict
// share 70.0%. The floor is a regression guard under the strict share.
func TestBlind10Batch(t *testing.T) {
	testBatch(t, "testdata/blind10.tsv", blind10Floor)
}

// blind10Floor is TestBlind10Batch's floor on the strict share.
const blind10Floor = 0.65

// TestBlind11Batch holds the matcher to testdata/blind11.tsv: 200 more
// security-news headlines with leads (80 events: 43 naming a vendor, 12
// class-level actions, 25 package compromises; 120 look-alikes and
// ordinary news, half of 2020–2021 and half of 2025–2026), written blind
// on 5 December 2026 at the thirteenth round's start and never read or
// tuned on in it: the round's honest figure (its header has the
// composition). At the round's start 55 of 80 right (named 34 of 43,
// class 8 of 12, package 13 of 25), others alerting 3 of 120, strict
// share 61.3%. The floor is a regression guard under the strict share.
func TestBlind11Batch(t *testing.T) {
	testBatch(t, "testdata/blind11.tsv", blind11Floor)
}

// blind11Floor is TestBlind11Batch's floor on the strict share.
const blind11Floor = 0.55

// TestBlind12Batch holds the matcher to testdata/blind12.tsv: 200 more
// security-news headlines with leads (80 events: 43 naming a vendor, 12
// class-level actions, 25 package compromises; 120 look-alikes and
// ordinary news, half of 2020–2021 and half of 2025–2026), written blind
// on 6 December 2026 at the fourteenth round's start and never read or
// tuned on in it: the round's honest figure (its header has the
// composition). At the round's start 65 of 80 right (named 35 of 43,
// class 10 of 12, package 20 of 25), others alerting 6 of 120, strict
// share 73.8%. The floor is a regression guard under the strict share.
func TestBlind12Batch(t *testing.T) {
	testBatch(t, "testdata/blind12.tsv", blind12Floor)
}

// blind12Floor is TestBlind12Batch's floor on the strict share.
const blind12Floor = 0.65

// TestBlind13Batch holds the matcher to testdata/blind13.tsv: 200 more
// security-news headlines with leads (80 events: 43 naming a vendor, 12
// class-level actions, 25 package compromises; 120 look-alikes and
// ordinary news, half of 2019–2022 and half of 2024–2026), written blind
// on 6 December 2026 at the fifteenth round's start and never read or
// tuned on in it: the round's honest figure (its header has the
// composition). At the round's start 51 of 80 right (named 30 of 43,
// class 7 of 12, package 14 of 25), others alerting 4 of 120, strict
// share 55.0%. Two rows' text (file lines 138 and 161, a look-alike
// alerting and a reversal read as a ban) reached the lead's screen at
// the start through a filter that matched "strict" in "restrictions";
// no rule was written for either. The floor is a regression guard
// under the strict share.
func TestBlind13Batch(t *testing.T) {
	testBatch(t, "testdata/blind13.tsv", blind13Floor)
}

// blind13Floor is TestBlind13Batch's floor on the strict share.
const blind13Floor = 0.50

// TestBlind14Batch holds the matcher to testdata/blind14.tsv: 200 more
// security-news headlines with leads (80 events: 43 naming a vendor, 12
// class-level actions, 25 package compromises; 120 look-alikes and
// ordinary news, half of 2019–2022 and half of 2024–2026), written blind
// on 6 December 2026 at the sixteenth round's start and never read or
// tuned on in it: the round's honest figure (its header has the
// composition). At the round's start 57 of 80 right (named 30 of 43,
// class 7 of 12, package 20 of 25), others alerting 5 of 120, strict
// share 66.2%. The floor is a regression guard under the strict share.
func TestBlind14Batch(t *testing.T) {
	testBatch(t, "testdata/blind14.tsv", blind14Floor)
}

// blind14Floor is TestBlind14Batch's floor on the strict share.
const blind14Floor = 0.60

// TestHeld16Batches holds the matcher to the sixteenth round's family
// sets kept aside: real headlines and leads written from memory by
// writers who read only trust-events.md and feeds.md, each family in
// two files, one given to that family's helper to read and one kept
// from every reader (dl16: delisting, pulls and reversals; pk16: package
// compromises; cl16: class-level actions and state links; cp16: a
// vendor's own channel and distrust). sn16 (sanctions and listings) had
// no helper: both its files were kept from the helpers; the lead read
// sn16_tune's misses. None was tuned on except where a merge's loss on
// dl16_held was found by counts (docs/detection.md); eight rows' titles
// reached the lead's screen through a filter mistake at the end (the
// note says which), and no rule was written for them. The floors and
// look-alike ceilings are regression guards around each set's figures
// at the round's end.
func TestHeld16Batches(t *testing.T) {
	for _, b := range []struct {
		path         string
		floor, fpCap float64
	}{
		// at the end: strict 50.0%, look-alikes 7.1%
		{"testdata/dl16_held.tsv", 0.45, 0.12},
		{"testdata/pk16_held.tsv", 0.50, 0.12}, // 55.0%, 6.7%
		{"testdata/cl16_held.tsv", 0.55, 0.20}, // 61.9%, 14.3%
		{"testdata/cp16_held.tsv", 0.40, 0.10}, // 44.4%, 4.2%
		{"testdata/sn16_held.tsv", 0.55, 0.18}, // 61.1%, 12.5%
		{"testdata/sn16_tune.tsv", 0.40, 0.25}, // 44.4%, 20.8%
	} {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(b.path, "testdata/"), ".tsv"), func(t *testing.T) {
			testBatchFP(t, b.path, b.floor, b.fpCap)
		})
	}
}

// TestBlind15Batch holds the matcher to testdata/blind15.tsv: 200 more
// security-news headlines with leads (80 events: 43 naming a vendor, 12
// class-level actions, 25 package compromises; 120 look-alikes and
// ordinary news, half of 2019–2022 and half of 2024–2026), written blind
// on 6 December 2026 at the start of the seventeenth round by a writer
// who read only trust-events.md and feeds.md, and never read or tuned on
// in that round (its header has the writer's notes). At the round's start
// 59 of 80 were right (named 30 of 43, class 8 of 12, package 21 of 25),
// others alerting 3 of 120, strict share 55.0%. The floor is a regression
// guard under the strict share.
func TestBlind15Batch(t *testing.T) {
	testBatch(t, "testdata/blind15.tsv", blind15Floor)
}

// blind15Floor is TestBlind15Batch's floor on the strict share.
const blind15Floor = 0.50

// TestBlind16Batch holds the matcher to testdata/blind16.tsv: written
// beside blind15 by a second writer under the same brief, leaning to
// events outside the US and to less famous vendors; never read or tuned
// on. At the round's start 58 of 80 were right (named 29 of 43, class 9
// of 12, package 20 of 25), others alerting 2 of 120, strict share 57.5%.
func TestBlind16Batch(t *testing.T) {
	testBatch(t, "testdata/blind16.tsv", blind16Floor)
}

// blind16Floor is TestBlind16Batch's floor on the strict share.
const blind16Floor = 0.52

// TestBlind17Batch holds the matcher to testdata/blind17.tsv: 200 more
// headlines with leads written blind on 6 December 2026 at the start of
// the eighteenth round under blind15's brief (80 events: 43 naming a
// vendor, 12 class-level actions, 25 package compromises; 120 look-alikes
// and ordinary news), leaning to outlets and governments outside the US;
// never read or tuned on. At the round's start 61 of 80 were right (named
// 30 of 43, class 7 of 12, package 24 of 25), others alerting 2 of 120,
// strict share 67.5%.
func TestBlind17Batch(t *testing.T) {
	testBatch(t, "testdata/blind17.tsv", blind17Floor)
}

// blind17Floor is TestBlind17Batch's floor on the strict share.
const blind17Floor = 0.62

// TestBlind18Batch holds the matcher to testdata/blind18.tsv: written
// beside blind17 by a second writer under the same brief, in the way
// security-news feeds write (long summaries, the key fact late in the
// lead, product and package names, and among the look-alikes ordinary
// security news of the same vendors); never read or tuned on. At the
// round's start 72 of 80 were right (named 39 of 43, class 10 of 12,
// package 23 of 25), others alerting 3 of 120, strict share 68.8%.
func TestBlind18Batch(t *testing.T) {
	testBatch(t, "testdata/blind18.tsv", blind18Floor)
}

// blind18Floor is TestBlind18Batch's floor on the strict share.
const blind18Floor = 0.63

// TestBlind19Batch holds the matcher to testdata/blind19.tsv: written at
// the nineteenth round's start the way security feeds of 2020–2021 wrote
// (60 of its 80 events from those years, 20 from 2025–2026), leaning to
// the long tail (regional governments, small CAs, password managers,
// IT-management tools, language ecosystems' servers); never read or
// tuned on. At the round's start 57 of 80 were right (named 31 of 43,
// class 8 of 12, package 18 of 25), others alerting 6 of 120, strict
// share 56.2%.
func TestBlind19Batch(t *testing.T) {
	testBatch(t, "testdata/blind19.tsv", blind19Floor)
}

// blind19Floor is TestBlind19Batch's floor on the strict share.
const blind19Floor = 0.51

// TestBlind20Batch holds the matcher to testdata/blind20.tsv: written at
// the nineteenth round's start the way security feeds of 2025–2026 write
// (60 of its 80 events from those years, 20 from 2020–2021), leaning to
// open-source compromises as that news did (35 packages, extensions,
// actions and images; 35 named vendors; 10 class-level actions); never
// read or tuned on. At the round's start 65 of 80 were right (named 28 of
// 35, class 7 of 10, package 30 of 35), others alerting 3 of 120, strict
// share 66.2%.
func TestBlind20Batch(t *testing.T) {
	testBatch(t, "testdata/blind20.tsv", blind20Floor)
}

// blind20Floor is TestBlind20Batch's floor on the strict share.
const blind20Floor = 0.61

// TestBlind21Batch holds the matcher to testdata/blind21.tsv: written at
// the twentieth round's start the way security feeds of 2020–2021 wrote
// (every row from those years; 43 named vendors, 12 class-level actions,
// 25 open-source compromises, 17 of them invented in the news' shape, as
// its header lists); never read or tuned on. At the round's start 57 of
// 80 were right (named 26 of 43, class 9 of 12, package 22 of 25), 63
// caught, others alerting 3 of 120, strict share 62.5%.
func TestBlind21Batch(t *testing.T) {
	testBatch(t, "testdata/blind21.tsv", blind21Floor)
}

// blind21Floor is TestBlind21Batch's floor on the strict share.
const blind21Floor = 0.57

// TestBlind22Batch holds the matcher to testdata/blind22.tsv: written at
// the twentieth round's start the way security and tech feeds of
// 2025–2026 write (every row from those years; 43 named vendors, 12
// class-level actions, 25 open-source compromises; 43 rows invented in
// the news' shape, listed in its header); never read or tuned on. At the
// round's start 57 of 80 were right (named 31 of 43, class 9 of 12,
// package 17 of 25), 65 caught, others alerting 8 of 120, strict share
// 66.2%. Its look-alikes alert more than the usual 5% ceiling (8 of
// 120), so it holds them at 8%.
func TestBlind22Batch(t *testing.T) {
	testBatchFP(t, "testdata/blind22.tsv", blind22Floor, 0.08)
}

// blind22Floor is TestBlind22Batch's floor on the strict share.
const blind22Floor = 0.61

// TestBlind23Batch holds the matcher to testdata/blind23.tsv: written at
// the twenty-first round's start the way aggregated feeds carried trade
// and regional press in 2020–2021 (every row from those years; about
// half of its events carry the vendor or the signal only in the lead;
// 43 named vendors, 12 class-level actions, 25 open-source compromises,
// 18 rows invented in the news' shape, listed in its header); never read
// or tuned on. At the round's start 54 of 80 were right (named 29 of 43,
// class 7 of 12, package 18 of 25), 62 caught, others alerting 3 of 120,
// strict share 58.8%.
func TestBlind23Batch(t *testing.T) {
	testBatch(t, "testdata/blind23.tsv", blind23Floor)
}

// blind23Floor is TestBlind23Batch's floor on the strict share.
const blind23Floor = 0.53

// TestBlind24Batch holds the matcher to testdata/blind24.tsv: written at
// the twenty-first round's start the way security feeds and regulators
// of 2025–2026 write (every row from those years; subsidiaries, product
// names and several vendors in one title; 43 named vendors, 12
// class-level actions, 25 open-source compromises, 24 rows invented in
// the news' shape, listed in its header); never read or tuned on. At the
// round's start 49 of 80 were right (named 22 of 43, class 6 of 12,
// package 21 of 25), 60 caught, others alerting 8 of 120, strict share
// 57.5%. Its look-alikes alert more than the usual 5% ceiling, so it
// holds them at 8%.
func TestBlind24Batch(t *testing.T) {
	testBatchFP(t, "testdata/blind24.tsv", blind24Floor, 0.08)
}

// blind24Floor is TestBlind24Batch's floor on the strict share.
const blind24Floor = 0.52

// TestBlind25Batch holds the matcher to testdata/blind25.tsv: written at
// the twenty-second round's start as security-news sites' feed items of
// 2020–2021 and 2025–2026 (every row from those years; summaries of one
// to three sentences, some opening with a dateline or a teaser; 43 named
// vendors, 12 class-level actions, 25 open-source compromises, 10 rows
// invented in the news' shape, listed in its header); never read or
// tuned on. At the round's start 65 of 80 were right (named 32 of 43,
// class 10 of 12, package 23 of 25), 73 caught, others alerting 5 of
// 120, strict share 65.0%.
func TestBlind25Batch(t *testing.T) {
	testBatch(t, "testdata/blind25.tsv", blind25Floor)
}

// blind25Floor is TestBlind25Batch's floor on the strict share.
const blind25Floor = 0.60

// TestBlind26Batch holds the matcher to testdata/blind26.tsv: written at
// the twenty-second round's start leaning to actions outside the US and
// by other bodies (regulators, ministries, courts, operators, banks,
// stores of Europe, Asia, Brazil and the Gulf; local press in English,
// transliterated names, brands for companies); 43 named vendors, 12
// class-level actions, 25 open-source compromises, 4 rows invented in
// the news' shape, listed in its header; never read or tuned on. At the
// round's start 56 of 80 were right (named 26 of 43, class 9 of 12,
// package 21 of 25), 67 caught, others alerting 4 of 120, strict share
// 62.5%.
func TestBlind26Batch(t *testing.T) {
	testBatch(t, "testdata/blind26.tsv", blind26Floor)
}

// blind26Floor is TestBlind26Batch's floor on the strict share.
const blind26Floor = 0.57

// TestBlind27Batch holds the matcher to testdata/blind27.tsv: written at
// the twenty-third round's start as security-news sites' feed items of
// 2020–2021 and 2025–2026 with the feed's own summary, leaning to
// long-tail vendors (certificate authorities, small software makers,
// stores, update servers, firmware makers, extensions, plugins, regional
// telecoms) and to what those sites publish every day; 43 named
// vendors, 12 class-level actions, 25 open-source compromises, 6 rows
// invented in the news' shape, listed in its header; never read or tuned
// on. At the round's start 65 of 80 were right (named 36 of 43, class 7
// of 12, package 22 of 25), 73 caught, others alerting 8 of 120, strict
// share 58.8%. Its look-alikes alert more often than the 5% testBatch
// allows, so its ceiling is 8%, as for a set read before its look-alikes
// are fixed (these are never read).
func TestBlind27Batch(t *testing.T) {
	testBatchFP(t, "testdata/blind27.tsv", blind27Floor, 0.08)
}

// blind27Floor is TestBlind27Batch's floor on the strict share.
const blind27Floor = 0.54

// TestBlind28Batch holds the matcher to testdata/blind28.tsv: written at
// the twenty-third round's start leaning to general and business press
// (wire services, financial and regional papers: longer titles, the
// vendor late or only in the lead, the action paraphrased, subsidiaries
// and products), its events leaning to 2025 where remembered; 43 named
// vendors, 12 class-level actions, 25 open-source compromises, 2 rows
// invented in the news' shape, listed in its header; never read or tuned
// on. At the round's start 62 of 80 were right (named 32 of 43, class 11
// of 12, package 19 of 25), 70 caught, others alerting 4 of 120, strict
// share 67.5%.
func TestBlind28Batch(t *testing.T) {
	testBatch(t, "testdata/blind28.tsv", blind28Floor)
}

// blind28Floor is TestBlind28Batch's floor on the strict share.
const blind28Floor = 0.62

// TestHeld22Batches holds the matcher to the twenty-second round's family
// sets kept aside, written blind by writers who read only trust-events.md
// and feeds.md; each family's other file went to that family's helper.
// nm22: named vendors in hard naming shapes (subsidiaries, brands and
// products, several vendors per title, the vendor only in the lead);
// lk22: hard look-alikes with events worded alike; pk22: open-source
// package compromises in hard naming shapes beside typosquats and
// registry news (33 of its 55 events invented in the news' shape, as its
// header lists); cl22: class-level actions (and some against one
// vendor) beside proposals, tariffs, recalls and content bans. At the
// round's start
// nm22_held had 44 of 60 right (strict 40.0%: every vendor of a
// several-vendor row counts), 0 of 40 others alerting; lk22_held 16 of
// 20 right (strict 75.0%), 7 of 80 others alerting; pk22_held 45 of 55
// right (strict 67.3%), 2 of 45 others alerting; cl22_held 34 of 50
// right (class 16 of 24, named 18 of 26; strict 60.0%), 3 of 50 others
// alerting.
func TestHeld22Batches(t *testing.T) {
	for _, b := range []struct {
		path         string
		floor, fpCap float64
	}{
		{"testdata/nm22_held.tsv", 0.35, 0.05},
		{"testdata/lk22_held.tsv", 0.70, 0.12},
		{"testdata/pk22_held.tsv", 0.62, 0.08},
		{"testdata/cl22_held.tsv", 0.55, 0.10},
	} {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(b.path, "testdata/"), ".tsv"), func(t *testing.T) {
			testBatchFP(t, b.path, b.floor, b.fpCap)
		})
	}
}

// eventKind is an event row's kind as the issue counts it: "package" (an
// open-source compromise), "class" (no vendor named) or "named".
func eventKind(c devCase) string {
	switch {
	case slices.Contains(c.category, trust.CategoryOSS):
		return "package"
	case len(c.vendors) == 0:
		return "class"
	}
	return "named"
}

// TestBlind34Batch holds the matcher to testdata/blind34.tsv: written at
// the twenty-sixth round's start as consumer-tech, gaming, mobile and
// developer-community outlets write (product and brand names rather than
// companies, second-person and explainer titles, the company named only in
// the lead); half 2019–2022, half 2024–2026; 43 named vendors, 12
// class-level actions, 25 open-source compromises, 5 rows invented in the
// news' shape, listed in its header; never read or tuned on. At the
// round's start 67 of 80 were right (named 37 of 43, class 6 of 12,
// package 24 of 25), 70 caught, others alerting 6 of 120 (5.0%, at the
// usual ceiling, so it is held at 8%), strict share 70.0%.
func TestBlind34Batch(t *testing.T) {
	testBatchFP(t, "testdata/blind34.tsv", blind34Floor, 0.08)
}

// blind34Floor is TestBlind34Batch's floor on the strict share.
const blind34Floor = 0.65

// TestBlind33Batch holds the matcher to testdata/blind33.tsv: written at
// the twenty-sixth round's start as official sources' feeds publish the
// news (Treasury and Commerce notices, FCC public notices, CISA, NCSC,
// BSI, ANSSI and ACSC directives and advisories, EU Council and OFSI
// sanctions notices, governors' orders, courts', root programs' and
// registries' own posts): formal titles in the official voice, the vendor
// as a legal entity deep in the lead, several targets in one notice, every
// lead opening with a date; half 2019–2022, half 2024–2026; 43 named
// vendors, 12 class-level actions, 25 open-source compromises, 3 rows
// invented, listed in its header; never read or tuned on. At the round's
// start only 44 of 80 were right (named 21 of 43, class 5 of 12, package
// 18 of 25), 51 caught, others alerting 9 of 120 (7.5%, so it is held at
// 10%), strict share 36.2%.
func TestBlind33Batch(t *testing.T) {
	testBatchFP(t, "testdata/blind33.tsv", blind33Floor, 0.10)
}

// blind33Floor is TestBlind33Batch's floor on the strict share.
const blind33Floor = 0.31

// TestBlind32Batch holds the matcher to testdata/blind32.tsv: written at
// the twenty-fifth round's start as aggregator, newsletter and social feed
// items carry the news (link-sharing sites' post titles, newsletters'
// items, posts carried by a feed): terse titles that are often just a
// name, a quote or a link's text, the key fact in the lead, and some long
// titles bundling two stories; half 2019–2022, half 2024–2026; 43 named
// vendors, 12 class-level actions, 25 open-source compromises, 7 rows
// invented in the news' shape, listed in its header; never read or tuned
// on. At the round's start 53 of 80 were right (named 29 of 43, class 7
// of 12, package 17 of 25), 64 caught, others alerting 4 of 120, strict
// share 52.5%.
func TestBlind32Batch(t *testing.T) {
	testBatch(t, "testdata/blind32.tsv", blind32Floor)
}

// blind32Floor is TestBlind32Batch's floor on the strict share.
const blind32Floor = 0.47

// TestBlind31Batch holds the matcher to testdata/blind31.tsv: written at
// the twenty-fifth round's start as regional and non-English-origin
// outlets and wire translations carry the news (Asia-Pacific, European,
// Latin American, Middle Eastern and African press in English), with the
// regions' vendors, agencies and local names for lists, in slightly
// translated wording; half 2019–2022, half 2024–2026; 43 named vendors,
// 12 class-level actions, 25 open-source compromises, 7 rows invented in
// the news' shape, listed in its header; never read or tuned on. At the
// round's start 65 of 80 were right (named 34 of 43, class 10 of 12,
// package 21 of 25), 73 caught, others alerting 2 of 120, strict share
// 76.2%.
func TestBlind31Batch(t *testing.T) {
	testBatch(t, "testdata/blind31.tsv", blind31Floor)
}

// blind31Floor is TestBlind31Batch's floor on the strict share.
const blind31Floor = 0.71

// TestBlind30Batch holds the matcher to testdata/blind30.tsv: written at
// the twenty-fourth round's start leaning to developer and IT trade press
// and vendors' own disclosures as feeds carry them (incident notices,
// advisory feeds, registries' security blogs, release notes), the action
// paraphrased ("pulled", "yanked", "rotated keys after", "shipped a
// tainted update") and the vendor a product, package, project or
// subsidiary; events leaning to 2025–2026; 43 named vendors, 12
// class-level actions, 25 open-source compromises, 6 rows invented in the
// news' shape, listed in its header; never read or tuned on. At the
// round's start 65 of 80 were right (named 35 of 43, class 11 of 12,
// package 19 of 25), 71 caught, others alerting 1 of 120, strict share
// 75.0%.
func TestBlind30Batch(t *testing.T) {
	testBatch(t, "testdata/blind30.tsv", blind30Floor)
}

// blind30Floor is TestBlind30Batch's floor on the strict share.
const blind30Floor = 0.70

// TestBlind29Batch holds the matcher to testdata/blind29.tsv: written at
// the twenty-fourth round's start leaning to government, regulator, court
// and parliament sources in and outside the US and the wire rewrites of
// their releases, in official wording ("designates", "prohibits the
// procurement of", "revokes the authorisation", "excludes from
// tenders"), the vendor often a product or subsidiary; 43 named vendors,
// 12 class-level actions, 25 open-source compromises, 2 rows invented in
// the news' shape, listed in its header; never read or tuned on. At the
// round's start 61 of 80 were right (named 30 of 43, class 10 of 12,
// package 21 of 25), 71 caught, others alerting 6 of 120, strict share
// 67.5%. At 5.0% its look-alikes sit on testBatch's ceiling, so it takes
// the 8% ceiling of the sets whose look-alikes are not yet fixed; it will
// never be read.
func TestBlind29Batch(t *testing.T) {
	testBatchFP(t, "testdata/blind29.tsv", blind29Floor, 0.08)
}

// blind29Floor is TestBlind29Batch's floor on the strict share.
const blind29Floor = 0.62
