//go:build unix

package match

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used. Benchmarks report
// throughput per CPU second beside the wall-clock MB/s because the machine
// is shared: wall time counts the time other processes held the core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
