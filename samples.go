// Package copydesk repairs and structures scraped news articles.
//
// The work is done by three packages: clean repairs damaged text,
// normalize reads news conventions (date header, dateline, byline,
// captions, subheadings, quotes), and article puts both behind one call,
// article.Parse. This package only bundles the sample articles.
package copydesk

import "embed"

// Samples holds the two bundled sample articles, under "testdata/": an AP
// story and an Al Jazeera story of 2020-01-24, both scraped and machine
// translated. The example program parses them when given no arguments.
//
//go:embed testdata/ap-baghdad-rally.txt testdata/aljazeera-baghdad-rally.txt
var Samples embed.FS
