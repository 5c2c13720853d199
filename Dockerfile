# vendorwatch container image.
#
#     docker build -t vendorwatch .
#     docker run -d --name vendorwatch -e DISCORD_TOKEN -v vendorwatch-data:/data vendorwatch
#
# Build stage: any Go 1.26 image. Where no registry can be reached, make one
# from the local toolchain and pass it in:
#
#     scripts/docker-go-image.sh vendorwatch-go:local
#     docker build --build-arg GO_IMAGE=vendorwatch-go:local -t vendorwatch .
#
# Final stage: FROM scratch (nothing to pull) with only the static binary,
# CA certificates and Go's compact time-zone archive. It runs as uid 65532,
# keeps its database on the /data volume, reads /config/vendorwatch.toml
# when one is mounted (the embedded defaults serve without it), takes
# DISCORD_TOKEN or DISCORD_TOKEN_FILE, logs JSON to stdout and serves
# /healthz and /metrics on :8080, which its HEALTHCHECK queries with the
# binary itself (there is no shell in the image).
ARG GO_IMAGE=golang:1.26

FROM ${GO_IMAGE} AS build
# Marks the build stage's images, so that tests can prune the old ones.
LABEL vendorwatch.stage=build
ARG VERSION=dev
ENV CGO_ENABLED=0
WORKDIR /src
# Modules first, so that a source change does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# /out/root is the final image's tree; COPY keeps the modes of what is
# inside a copied directory (/tmp must be 1777), not of the directory itself.
# nethttpomithttp2 leaves net/http's HTTP/2 out (0.53 MB of the binary):
# feeds and Discord's REST API are fetched over HTTP/1.1, which every TLS
# server offers in ALPN, and the gateway's websocket is HTTP/1.1 anyway.
# The tests build with this line's flags (cmd/vendorwatch/build_test.go),
# and TestShippedBinarySize fails well before the image outgrows 20 MiB.
RUN go build -trimpath -tags nethttpomithttp2 -ldflags "-s -w -X main.version=${VERSION}" -o /out/root/vendorwatch ./cmd/vendorwatch \
 && /out/root/vendorwatch version \
 && mkdir -p /out/root/etc/ssl/certs /out/root/tmp /out/data \
 && chmod 1777 /out/root/tmp \
 && cp /etc/ssl/certs/ca-certificates.crt /out/root/etc/ssl/certs/ \
 && cp "$(go env GOROOT)/lib/time/zoneinfo.zip" /out/root/zoneinfo.zip \
 && rm -rf "$(go env GOCACHE)"

FROM scratch
COPY --from=build /out/root/ /
COPY --from=build --chown=65532:65532 /out/data /data
ENV ZONEINFO=/zoneinfo.zip \
    VENDORWATCH_CONFIG=/config/vendorwatch.toml \
    VENDORWATCH_DATABASE=/data/vendorwatch.db \
    VENDORWATCH_HTTP_ADDR=:8080 \
    VENDORWATCH_LOG_FORMAT=json
USER 65532:65532
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["/vendorwatch", "healthcheck"]
ENTRYPOINT ["/vendorwatch"]
CMD ["run"]
