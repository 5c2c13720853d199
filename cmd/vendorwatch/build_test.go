package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// dockerfileBuild matches the Dockerfile's build of the shipped binary:
// its -tags (optional) and its -ldflags.
var dockerfileBuild = regexp.MustCompile(`go build -trimpath(?: -tags (\S+))? -ldflags "([^"]*)" -o /out/root/vendorwatch ./cmd/vendorwatch`)

// shippedBuildFlags are the go build flags the Dockerfile builds the image's
// binary with (its version stamp left out), read from the Dockerfile itself
// so that the tests that build the binary build what ships.
func shippedBuildFlags(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	flags, err := parseShippedBuild(string(b))
	if err != nil {
		t.Fatal(err)
	}
	return flags
}

// parseShippedBuild finds the Dockerfile's go build line and returns its
// flags, the -X version stamp dropped.
func parseShippedBuild(dockerfile string) ([]string, error) {
	m := dockerfileBuild.FindAllStringSubmatch(dockerfile, -1)
	if len(m) != 1 {
		return nil, fmt.Errorf("the Dockerfile has %d go build lines of the shipped binary in the form %s, want 1", len(m), dockerfileBuild)
	}
	tags, ldflags := m[0][1], strings.Fields(m[0][2])
	for i := 0; i < len(ldflags); i++ {
		if ldflags[i] == "-X" && i+1 < len(ldflags) {
			ldflags = append(ldflags[:i], ldflags[i+2:]...)
			i--
		}
	}
	flags := []string{"-trimpath"}
	if tags != "" {
		flags = append(flags, "-tags", tags)
	}
	return append(flags, "-ldflags", strings.Join(ldflags, " ")), nil
}

func TestParseShippedBuild(t *testing.T) {
	for _, c := range []struct {
		line string
		want string // the flags joined by "|"; "" for an error
	}{
		{`RUN go build -trimpath -tags nethttpomithttp2 -ldflags "-s -w -X main.version=${VERSION}" -o /out/root/vendorwatch ./cmd/vendorwatch \`,
			`-trimpath|-tags|nethttpomithttp2|-ldflags|-s -w`},
		{`RUN go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/root/vendorwatch ./cmd/vendorwatch`,
			`-trimpath|-ldflags|-s -w`},
		{`RUN go build -trimpath -tags a,b -ldflags "-X main.version=${VERSION} -s" -o /out/root/vendorwatch ./cmd/vendorwatch`,
			`-trimpath|-tags|a,b|-ldflags|-s`},
		// A build the pattern does not know must fail, not build something
		// else than the image does.
		{`RUN go build -ldflags "-s -w" -o /out/root/vendorwatch ./cmd/vendorwatch`, ``},
		{`RUN go build -trimpath -o /out/root/vendorwatch ./cmd/vendorwatch`, ``},
	} {
		flags, err := parseShippedBuild("FROM x\n" + c.line + "\n")
		got := strings.Join(flags, "|")
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: flags %q, want an error", c.line, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: flags %q, %v; want %q", c.line, got, err, c.want)
		}
	}
}

// TestShippedTags checks that the benchmark kit, which builds the daemon to
// measure its memory, builds it with the Dockerfile's tags.
func TestShippedTags(t *testing.T) {
	flags := shippedBuildFlags(t)
	tags := ""
	for i, f := range flags {
		if f == "-tags" {
			tags = flags[i+1]
		}
	}
	b, err := os.ReadFile("../vendorwatch-bench/bench.go")
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("const shippedTags = %q", tags); !strings.Contains(string(b), want) {
		t.Errorf("cmd/vendorwatch-bench/bench.go has no %s: it must build with the Dockerfile's tags", want)
	}
}

// buildVendorwatch builds the command into dir as the Dockerfile builds it
// and returns its path.
func buildVendorwatch(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "vendorwatch")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	args := append(append([]string{"build"}, shippedBuildFlags(t)...), "-o", bin, ".")
	cmd := exec.CommandContext(ctx, goTool(t), args...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return bin
}

// imageFiles are the image's files besides the binary, as the Dockerfile
// copies them from the build stage, with their sizes in the twenty-second
// round's image (20,800,684 bytes: the binary's 20,172,962 and these); the
// files on this machine are measured where they exist.
var imageFiles = []struct {
	path func() string
	size int64
}{
	{func() string { return "/etc/ssl/certs/ca-certificates.crt" }, 219_597},
	{func() string { return filepath.Join(goEnv("GOROOT"), "lib", "time", "zoneinfo.zip") }, 408_125},
}

func goEnv(key string) string {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// imageMargin is the headroom under dockerImageLimit that
// TestShippedBinarySize keeps: it fails while the image still fits, some
// three detection rounds of growth before TestDockerImage would.
const imageMargin = 512 << 10

// TestShippedBinarySize builds the binary with the Dockerfile's flags and
// fails when the image it makes (the binary, the CA bundle and the
// time-zone archive, which is all a FROM scratch image holds) comes within
// imageMargin of dockerImageLimit. It needs no Docker engine, so it guards
// the limit where TestDockerImage skips, and it says how much room is left.
func TestShippedBinarySize(t *testing.T) {
	bin := buildVendorwatch(t, t.TempDir())
	fi, err := os.Stat(bin)
	if err != nil {
		t.Fatal(err)
	}
	image := fi.Size()
	for _, f := range imageFiles {
		size := f.size
		if fi, err := os.Stat(f.path()); err == nil {
			size = fi.Size()
		}
		image += size
	}
	headroom := int64(dockerImageLimit) - image
	msg := fmt.Sprintf("binary %d bytes (%s), image about %d bytes: %d bytes (%.2f MB) under the %d-byte (20 MiB) limit",
		fi.Size(), strings.Join(shippedBuildFlags(t), " "), image, headroom, float64(headroom)/1e6, dockerImageLimit)
	if headroom < imageMargin {
		t.Fatalf("%s, less than the %d bytes this test keeps free. The image must stay under the limit (TestDockerImage): make room before adding code (docs/benchmarks.md, \"Binary size\", lists where the bytes go)", msg, imageMargin)
	}
	t.Log("MEASURED: " + msg)
}
