package match

import "testing"

// TestClass2 holds the matcher to testdata/class2.tsv: authority actions on
// a class of products that name no vendor (rules finalized, proposed or in
// force; Covered List and Entity List additions by kind; bans on a
// country's equipment; directives to remove a kind of device), reaching the
// registry's vendors by category and country or naming the class as
// written, against tariffs, export curbs, content bans, safety rules,
// vulnerability news, reports, hearings, rumours and sanctions on people.
func TestClass2(t *testing.T) {
	testHeadlines(t, "testdata/class2.tsv", 0.0)
}
