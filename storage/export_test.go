package storage

// For this package's external tests (package storage_test), which use
// storagetest and so cannot be in package storage.
var (
	OpenTestDB = openTestDB
	Count      = count
	T0         = t0
	// CountAlertRows counts alerts row by row, the rule the kept counts
	// must agree with.
	CountAlertRows = (*DB).countAlertRows
)
