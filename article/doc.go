// Package article turns one scraped news article, a plain-text dump or a
// raw HTML page, into a clean, structured record.
//
// Typical use:
//
//	a, err := article.Parse(r)
//	fmt.Println(a.DatePublished, a.Dateline.City, a.Authors, a.Paragraphs[0])
//
// # Input
//
// Parse sniffs the input: a page that opens like HTML (a doctype, <html>,
// <head> or <body> near the start) goes through the HTML path, anything
// else is a text dump. A text dump looks like
//
//	date 2020-01-24 First paragraph...
//
//	Second paragraph...
//
// The "date YYYY-MM-DD" header is optional and may share its line with the
// first paragraph; paragraphs are separated by blank lines (LF, CRLF or CR),
// and a paragraph hard-wrapped over several lines is joined with spaces. A
// dump with no blank line at all has a paragraph per line.
//
// Input that is not UTF-8 is decoded (a BOM, UTF-16, Windows-1252) and
// stray invalid bytes are replaced; each such change is logged as a repair,
// never an error.
//
// # The pipeline
//
// For text, in this order:
//
//  1. clean.DecodeTextRepairs over the bytes read (in place: the parser's
//     buffer is its own), which is clean.DecodeString then
//     clean.TextRepairs over the whole dump: minifier
//     placeholders, broken entities, mojibake, invisible characters and
//     widget lines are repaired, each repair logged in Article.Repairs
//     with its offset in the input.
//  2. normalize.DateHeader takes the date header off the top.
//  3. The text is split into paragraphs.
//  4. Bylines ("By Jane Doe", "Jane Doe and John Roe, The Associated
//     Press") and contributor lines ("... contributed to this report",
//     "(Reporting by ...; Editing by ...)") are taken off both ends of the
//     body, at most four at each end.
//  5. Paragraphs that end in a photo credit become captions; short
//     capitalised paragraphs without closing punctuation between two body
//     paragraphs become subheadings. Both record the index of the body
//     paragraph they precede.
//  6. normalize.CutDateline takes the dateline off the first body paragraph.
//  7. normalize.Quotes finds the quotes in the body and who said them.
//
// HTML pages go through the same steps 4 to 7 after the page's metadata
// (title, date, authors, publisher, dateline) and body blocks are
// extracted (see internal/htmldoc for the order of trust); there headings
// and captions come from the markup, and each block is cleaned on its own.
// A page with no article in it (an index page, a section front, an error
// page) returns ErrNoText rather than a body made of navigation, and so
// does a page that cannot be read as HTML at all (elements nested deeper
// than golang.org/x/net/html accepts); the error says why.
//
// In both paths a paragraph with no letter or digit ("___", "* * *") is a
// section rule and is dropped.
//
// # Results and errors
//
// Parse returns ErrEmpty for input that is only white space, ErrNoText when
// nothing of the article is left after cleaning, ErrTooLarge for input over
// Parser.MaxBytes (without reading further), and read errors wrapped with
// %w. Repairs never make Parse fail. Parse does not panic on any input.
//
// Repair offsets are byte offsets into the input for a UTF-8 text dump, and
// into the decoded text when the input had to be decoded. For HTML pages
// the text is taken out of the markup first and no longer stands as such
// in the page, so repairs made there have offset -1.
//
// # Cost
//
// Parse is linear in its input. On text dumps most of the time goes to
// finding quotes and resolving their speakers, which reads every paragraph
// for the names it writes; Parser.NoQuotes skips that for runs that need
// only the text and the metadata. A Parser may be shared by goroutines, and
// the working memory of the quote finder is pooled between calls.
package article
