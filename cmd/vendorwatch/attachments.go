package main

import (
	"context"
	"net/url"
	"strings"
	"time"

	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/sources"
)

// attachmentTimeout bounds reading one attached file (/watch import).
const attachmentTimeout = 15 * time.Second

// fetchAttachment reads files users attach to commands: with the feed
// fetcher's size cap (a supplier list's) and timeout, refusing private
// addresses except the configured API base's host, which is where a fake
// or self-hosted Discord serves its attachments.
func fetchAttachment(cfg *config.Config) func(ctx context.Context, u string) ([]byte, error) {
	var allow []string
	if base, err := url.Parse(cfg.Discord.APIBase); err == nil && base.Host != "" &&
		strings.TrimRight(cfg.Discord.APIBase, "/") != bot.DefaultAPIBase {
		allow = append(allow, base.Host)
	}
	f := sources.NewFetcher(sources.FetcherOptions{
		Timeout:      attachmentTimeout,
		MaxBody:      bot.MaxImportBytes,
		UserAgent:    cfg.Fetch.UserAgent,
		BlockPrivate: true,
		AllowHosts:   allow,
	})
	return func(ctx context.Context, u string) ([]byte, error) {
		resp, err := f.Fetch(ctx, u, sources.Validators{})
		if err != nil {
			return nil, err
		}
		return resp.Body, nil
	}
}
