package sources

import "github.com/vendorwatch/vendorwatch/trust"

// Failure is the fetch failure as values, for the source's stored health
// and the metrics: its kind, status and cap, and the cause without the
// URL.
func (e *FetchError) Failure() trust.Failure {
	f := trust.Failure{Kind: string(e.Kind), Status: e.Status, Cap: e.Cap}
	if e.Err != nil {
		f.Detail = e.Err.Error()
	}
	return f
}

// Failure is the parse failure as values: kind "parse" and the cause
// without the source's name.
func (e *ParseError) Failure() trust.Failure {
	f := trust.Failure{Kind: "parse"}
	if e.Err != nil {
		f.Detail = e.Err.Error()
	}
	return f
}
