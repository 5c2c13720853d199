package config

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// orgsTxt is the registry's names-only tier, written by
// cmd/vendorwatch-orgs from the official lists' captures.
//
//go:embed orgs.txt
var orgsTxt string

// KnownOrgs returns the organisations of config/orgs.txt.
func KnownOrgs() ([]trust.KnownOrg, error) {
	var out []trust.KnownOrg
	for n, line := range strings.Split(orgsTxt, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		list, name, ok := strings.Cut(line, "\t")
		if !ok || name == "" || list != trust.OrgCA && list != trust.OrgSDN {
			return nil, fmt.Errorf("embedded orgs.txt line %d: want \"ca|sdn<TAB>name\", got %q", n+1, line)
		}
		out = append(out, trust.KnownOrg{Name: name, List: list})
	}
	return out, nil
}
