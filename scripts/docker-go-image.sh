#!/usr/bin/env bash
# docker-go-image.sh [IMAGE] builds a Go build-stage image for the Dockerfile
# without any registry, for machines that cannot pull golang:1.26:
#
#     scripts/docker-go-image.sh vendorwatch-go:local
#     docker build --build-arg GO_IMAGE=vendorwatch-go:local -t vendorwatch .
#
# It streams a root file system into `docker import`: this machine's Go
# toolchain at /usr/local/go, a static busybox for the Dockerfile's RUN lines
# (sh, mkdir, cp...), the CA certificates the final stage copies, /tmp, and a
# GOPROXY directory holding the project's modules (from the host's module
# cache after `go mod download`), so `go build` in the image needs no network.
#
# The image is labelled with the Go version and a hash of go.mod, go.sum and
# this script; when an image with the same label exists, nothing is done.
set -euo pipefail
cd "$(dirname "$0")/.."

image="${1:-vendorwatch-go:local}"
export PATH="$PATH:/usr/local/go/bin"

command -v go >/dev/null || { echo "docker-go-image: go is not installed" >&2; exit 1; }
command -v docker >/dev/null || { echo "docker-go-image: docker is not installed" >&2; exit 1; }

goroot="$(go env GOROOT)"
gover="$(go env GOVERSION)"
key="$gover-$(cat go.mod go.sum "$0" | sha256sum | cut -c1-16)"

if [ "$(docker image inspect -f '{{index .Config.Labels "vendorwatch.go-image"}}' "$image" 2>/dev/null || true)" = "$key" ]; then
	echo "docker-go-image: $image is up to date ($key)"
	exit 0
fi

# The image has no libc: only a static busybox runs in it.
static() { [ -x "$1" ] && ! ldd "$1" >/dev/null 2>&1; }
busybox="$(command -v busybox || echo /bin/busybox)"
if ! static "$busybox"; then
	echo "docker-go-image: installing busybox-static" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q busybox-static >&2 || { apt-get update -q >&2 && apt-get install -y -q busybox-static >&2; }
	busybox=/bin/busybox
	static "$busybox" || { echo "docker-go-image: no static busybox at $busybox" >&2; exit 1; }
fi

certs=/etc/ssl/certs/ca-certificates.crt
[ -f "$certs" ] || { echo "docker-go-image: $certs is missing (install ca-certificates)" >&2; exit 1; }

# The modules the build needs, into the host's cache (a no-op when there).
go mod download
modcache="$(go env GOMODCACHE)"
[ -d "$modcache/cache/download" ] || { echo "docker-go-image: no $modcache/cache/download" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/bin" "$stage/etc/ssl/certs" "$stage/tmp" "$stage/go" "$stage/root" "$stage/usr/local"
chmod 1777 "$stage/tmp"
cp "$busybox" "$stage/bin/busybox"
for applet in $("$stage/bin/busybox" --list); do
	[ "$applet" = busybox ] || ln -sf busybox "$stage/bin/$applet"
done
cp "$certs" "$stage/etc/ssl/certs/ca-certificates.crt"
printf 'root:x:0:0:root:/root:/bin/sh\nnonroot:x:65532:65532:nonroot:/home/nonroot:/bin/false\n' >"$stage/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' >"$stage/etc/group"

base="$(basename "$goroot")"
echo "docker-go-image: importing $image ($key)" >&2
# One tar stream: the staging tree, then GOROOT renamed to usr/local/go
# (without tests, API lists and testdata, which builds never read), then the
# module cache renamed to goproxy.
tar -c --numeric-owner --owner=0 --group=0 \
	-C "$stage" . \
	--anchored --exclude="$base/test" --exclude="$base/api" --exclude="$base/doc" \
	--no-anchored --exclude=testdata \
	--transform="s,^$base/,usr/local/go/,;s,^$base\$,usr/local/go," \
	-C "$(dirname "$goroot")" "$base" \
	--transform='s,^download/,goproxy/,;s,^download$,goproxy,' \
	-C "$modcache/cache" download |
	docker import \
		--change "LABEL vendorwatch.go-image=$key" \
		--change 'ENV PATH=/usr/local/go/bin:/bin GOPATH=/go GOPROXY=file:///goproxy GOSUMDB=off GOFLAGS=-mod=mod GOTOOLCHAIN=local GOCACHE=/tmp/gocache HOME=/root' \
		--change 'WORKDIR /' \
		--change 'CMD ["/bin/sh"]' \
		- "$image" >/dev/null
echo "docker-go-image: built $image"
