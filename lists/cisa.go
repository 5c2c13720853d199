package lists

import (
	"fmt"
	"regexp"
	"strings"
)

// cisaLine is a list line of the directives index:
// "* [ED 21-01]({{ site.baseurl }}/ed/21-01/) - Mitigate SolarWinds Orion Code Compromise";
// older pages wrote "* [17-01](https://cyber.dhs.gov/bod/17-01/) - ...".
var cisaLine = regexp.MustCompile(`^\s*[*-]\s+\[([^\]]+)\]\(([^)]*)\)\s*[-–—:]\s*(.+?)\s*$`)

var cisaNumber = regexp.MustCompile(`\b(\d{2}-\d{2})\b`)

// parseCISA reads the directives index. The key is "ED 21-01" or
// "BOD 17-01", from the link text or, on pages that wrote only the
// number, from the link's /ed/ or /bod/ path, so that pages of either era
// compare.
func parseCISA(data []byte) ([]Entry, error) {
	var out []Entry
	for _, line := range lines(data) {
		m := cisaLine.FindStringSubmatch(string(line))
		if m == nil {
			continue
		}
		text, link, title := m[1], m[2], m[3]
		num := cisaNumber.FindString(text)
		if num == "" {
			continue // a link in a list that is not a directive
		}
		kind := ""
		up := strings.ToUpper(text)
		switch {
		case strings.Contains(up, "BOD"):
			kind = "BOD"
		case strings.Contains(up, "ED"):
			kind = "ED"
		case strings.Contains(link, "/bod/"):
			kind = "BOD"
		case strings.Contains(link, "/ed/"):
			kind = "ED"
		default:
			return nil, fmt.Errorf("directive %q: neither an emergency nor a binding operational directive", text)
		}
		key := kind + " " + num
		e := Entry{Key: key, Name: clip(title), Type: "directive"}
		e.Fields = []Field{{"kind", map[string]string{"ED": "emergency", "BOD": "binding operational"}[kind]}}
		out = append(out, e)
	}
	return out, nil
}
