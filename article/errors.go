package article

import "errors"

var (
	// ErrEmpty is returned for input that holds nothing but white space.
	ErrEmpty = errors.New("article: empty input")
	// ErrNoText is returned when no article text is left after cleaning:
	// the input held only placeholders, markup or boilerplate.
	ErrNoText = errors.New("article: no article text found")
	// ErrTooLarge is returned when the input is longer than
	// Parser.MaxBytes. Parse stops reading at the limit.
	ErrTooLarge = errors.New("article: input too large")
)
