//go:build nobench

package main

import (
	"context"
	"io"
)

// The shipped image is built with -tags nobench: the benchmark harness
// brings the fake Discord and its OpenAPI validator, 10 MB of binary that a
// daemon never needs.
func cmdBench(context.Context, []string, io.Writer, io.Writer) error {
	return usageError("bench: this binary was built without the benchmark harness (tag nobench); run it from the source tree: go run . bench")
}
