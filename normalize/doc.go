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
// Quotes (and QuoteFinder, for options) finds direct and partial quotes in
// the body paragraphs and attributes each to a speaker, in this order:
//
//  1. Marks: " “ ” „ « » ‹ › ' ‘ ’ and a doubled apostrophe are told by their
//     neighbours; an apostrophe between letters or before a digit
//     ("Today's", "'90s") is not a mark, nor is `="..."` markup.
//  2. Pairing: one pass with a nesting stack. A paragraph left open whose
//     next paragraph opens with a mark continues the same quote (joined
//     with "\n"); an unclosed mark runs to the paragraph's end only when
//     it opens the paragraph or follows a colon, otherwise it is dropped,
//     so unbalanced marks never swallow the article. Nested quotes stay
//     inside the outer one.
//  3. Partial: a quote is partial when a word stands right before its
//     opening mark, unless it is a capitalised full sentence.
//  4. The attribution clause: for full quotes the clause after the quote
//     first ("Q," X said / said X / according to X), for partial ones the
//     clause before ("X said that ..."), then a name alone before a colon,
//     then the sentence's subject.
//  5. The speaker phrase: appositives, relative clauses, party tags and
//     places are skipped; titles and descriptors go to Role ("Sheikh",
//     "the official"); the listener after "told" is never the speaker;
//     "..., saying" takes the sentence's subject.
//  6. Quotes without a clause borrow the clause of the nearest quote in
//     the paragraph; quote-only paragraphs carry the last speaker for up to
//     QuoteFinder.CarryParagraphs paragraphs (2), unless someone new was
//     introduced; otherwise the nearest plausible speaker in this or the
//     previous paragraph.
//  7. Resolution: pronouns and definite descriptions ("the 23-year-old")
//     go to the nearest earlier person (he, she, I, we) or person or
//     organization (they, it) in this or the previous paragraph, never by
//     gender; bare surnames expand to the fullest form the article writes;
//     "the ministry" goes to the nearest organization with that word.
//
// Speech verbs, titles, pronouns and name particles are data, in verbs.go,
// titles.go, pronouns.go and names_data.go; lexicon.go merges the name
// word lists into one lookup. Invariants, fuzzed: no panic; quotes in text
// order; Paragraph in range; each line of Text is a substring of the
// paragraphs; time linear in the input.
//
// Cost: the article is tokenized once (plain ASCII words inline, eight bytes
// at a time through lower-case runs, and lower-case words one space apart,
// most of a text, in a loop of their own; everything else by one reference
// reader that the fast path is fuzzed against). The tokenizer marks the
// capitalized words and sentence ends, so that reading for names visits only
// those; reading them looks each up in the lexicon once, with one hash that
// serves the lexicon and the set of known names. Word lists are asked
// through a word's cached lexicon bits or a case-folding hash, never a
// lower-cased copy, and a paragraph with none of the bytes a quotation mark
// starts with is passed over at once. A word is its offsets in its
// paragraph, with no pointer in it, so that storing the words of an article
// costs no write barrier while the garbage collector marks; the words
// between two quotes are found by binary search and copied at once. The
// lists that grow with the article (the quotes found, their parts, the
// words kept, the name mentions) are kept in chunks that are never copied
// to grow (internal/chunk), and the records that are many hold no pointer,
// so a long article costs the garbage collector little: a name mention is
// 40 bytes (its name and role are spans of its paragraph, its keys a run of
// a key block), a quote found 28 (its parts a run of one list), a
// paragraph's quote parts and kept words are offsets into one array.
// Attribution keeps no record per quote: each clause is resolved as it is
// read, into the Quote returned. Working memory (word buffers, name keys,
// the name index, the known words, the chunks) is pooled between calls, up
// to a bound, and most calls allocate only what they return. A paragraph
// longer than 64 KB (a page with no line breaks) is read in pieces cut at
// spaces; the words of the pieces of a paragraph holding a quote are kept
// for attribution up to 2^21 words (24 MB, the words of about 12 MB of
// text; a word is 12 bytes, its offsets 32-bit), and past that read again
// through a window that moves along with the quotes, so memory stays
// bounded, not proportional to the paragraph. Offsets are 32-bit: quotes
// are looked for in the first 2 GiB of an article's paragraphs, and the
// words of a paragraph of 2 GiB or more are read up to there only.
package normalize
