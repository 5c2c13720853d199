//go:build !linux

package benchkit

// threadCPU is unavailable here: callers fall back to wall time.
func threadCPU() int64 { return 0 }
