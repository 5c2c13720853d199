package poller

import (
	"errors"

	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/storage"
)

// failureOf is a failed poll's error as values: the fetch_errors metric's
// label (Kind) and the source's stored failure, which /sources and the
// health notices put into words. An error neither the fetch's nor the
// parse's came from the store.
func failureOf(err error) storage.Failure {
	var fe *sources.FetchError
	if errors.As(err, &fe) {
		return fe.Failure()
	}
	var pe *sources.ParseError
	if errors.As(err, &pe) {
		return pe.Failure()
	}
	return storage.Failure{Kind: "store", Detail: err.Error()}
}
