package benchkit

import "syscall"

// threadCPU is the CPU time of the calling OS thread, in nanoseconds:
// one core's work, whatever else the shared machine runs.
func threadCPU() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
