package match

import "testing"

// TestOSS7Headlines holds the matcher to testdata/oss7.tsv: package
// compromises named the way each ecosystem names its things (crates, Go
// modules, NuGet packages, gems, Composer packages, Maven artifacts, PyPI
// projects and wheels, Docker images, Hugging Face models, CMS plugins,
// browser and editor extensions, Homebrew formulae, AUR packages, snaps,
// scoped npm packages, "name 1.2.3"), against typosquats, malicious new
// uploads, plugin vulnerabilities, store closures and registry research.
func TestOSS7Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss7.tsv", 0.0)
}
