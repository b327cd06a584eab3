// Package warc reads WARC files (ISO 28500, versions 1.0 and 1.1), plain
// or gzip-compressed with one member per record as Common Crawl and
// CC-NEWS publish them, one record at a time.
//
// Typical use:
//
//	r, err := warc.NewReader(f)
//	for rec, err := r.Next(); err == nil; rec, err = r.Next() { ... }
//
// The reader streams: a record's block is an io.Reader over the input,
// valid until the next call to Next, and Next skips whatever the caller
// left unread, so a multi-gigabyte file is read in constant memory.
// Header lines are bounded (MaxHeaderLine, MaxHeaders), so hostile input
// fails with ErrFormat instead of growing a buffer.
//
// Departures from the standard, in the spirit of being liberal in what is
// read: blank lines between records are skipped, header names are matched
// without regard to case, and a missing final CRLF pair at the end of the
// file is accepted. A record without a valid Content-Length cannot be
// delimited and ends the read with ErrFormat.
//
// For "response" records whose block is an HTTP message, HTTPResponse
// parses the status line and headers and returns the payload with chunked
// transfer coding and gzip or deflate content coding undone.
//
// Writer writes records in the same format; it exists for tests and
// fixtures.
package warc
