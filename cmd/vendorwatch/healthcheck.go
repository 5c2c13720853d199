package main

import (
	"context"
	"errors"
	"io"

	"github.com/vendorwatch/vendorwatch/ops"
)

// cmdHealthcheck is the image's HEALTHCHECK (ops.Healthcheck); a missing
// or malformed http_addr is a usage error.
func cmdHealthcheck(ctx context.Context, addr string, stdout io.Writer) error {
	err := ops.Healthcheck(ctx, addr, stdout)
	if errors.Is(err, ops.ErrNoAddr) || errors.Is(err, ops.ErrBadAddr) {
		return exitError{code: 2, msg: err.Error()}
	}
	return err
}
