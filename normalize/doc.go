// Package normalize reads the conventions of news copy: the date header
// of a text dump, the dateline, bylines and contributor lines, photo
// captions, subheadings, and quotes with who said them.
//
// Typical use, one paragraph at a time:
//
//	d, rest, ok := normalize.CutDateline(paragraphs[0])
//	quotes := normalize.Quotes(paragraphs)
//
// Each function takes text that package clean has already repaired (UTF-8,
// entities decoded, junk removed) and never fails: a paragraph that does
// not fit a convention is reported with ok == false and left alone.
// Nothing here panics on any input, and every function runs in time
// linear in its input.
//
// # Date header
//
// DateHeader reads "date YYYY-MM-DD" at the top of a dump, before or on
// the line of the first paragraph. A date that does not exist is not a
// header (the text stays, nothing is lost).
//
// # Dateline
//
// CutDateline looks for a separator (em or en dash, " - ", "--", or a
// colon after a place in capitals) in the first 120 bytes of a paragraph,
// before any quotation mark or end of sentence, and reads what stands
// before it as
//
//	PLACE[, Region][, Country][, Month Day[, Year]] [(Agency)]
//
// It accepts that only when
//   - every place part is one to four capitalised words (particles such
//     as "de", "al-" allowed), seven words in all at most;
//   - the first word is not a sentence opener ("The", "However", "He");
//   - a place in title case has a second part ("Baghdad, Iraq"), an
//     agency or a date; a place in capitals needs nothing more, but
//     labels ("UPDATE:", "BREAKING —") are refused;
//   - the text after the separator opens a sentence (capital letter,
//     digit or opening quote).
//
// The part after the city is a region when it is a US state or Canadian
// province (names, AP abbreviations, postal codes), otherwise a country;
// with three parts they are city, region, country. The date is kept as
// written: no year is guessed.
//
// # Bylines and contributors
//
// Byline reads "By A and B", "A | Outlet" and "A and B, Outlet". Without
// "By" the line must name an organization: a known agency or outlet, or
// a title-case name ending in an outlet word ("The Jakarta Post"). Names
// are two to five capitalised words with particles allowed.
//
// Contributors reads lines ending "contributed to this report" (and kin),
// with an optional organization and job word before the names
// ("Associated Press writer ...") and " in Place" after each name, and
// Reuters credit lines "(Reporting by ...; Editing by ...)", whose
// segment labels become roles.
//
// # Captions and subheadings
//
// CutCredit takes a paragraph that ends in a photo credit: a closing
// parenthesis or bracket holding "Name / Outlet" (capitalised on both
// sides of the slash), a credit that opens with a photo word ("AP Photo",
// "Photo:", "File") or ends with a picture agency ("Getty Images"), or a
// trailing "Photo: ..." label. Abbreviations in parentheses ("(PMF)") are
// not credits.
//
// IsSubheading takes a line of one to twelve words that opens with a
// capital (inside optional quotation marks) and ends without sentence
// punctuation. Package article also requires a subheading in a text dump
// to stand between two body paragraphs.
//
// # Quotes
//
// Quotes finds direct and partial quotes and attributes each to a speaker;
// see quote.go for its heuristics, in the order they are applied.
package normalize
