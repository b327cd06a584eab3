// Package clean repairs the damage that scraping, HTML minifiers and
// machine translation leave in news text, logs every repair, and leaves
// clean text byte for byte alone.
//
// Typical use, on the raw bytes of a plain-text article dump:
//
//	s, r1 := clean.Decode(raw)         // any encoding -> UTF-8
//	text, r2 := clean.TextRepairs(s)   // or clean.Text(s) without the log
//
// # Input contract
//
// TextRepairs takes any string: a whole document (paragraphs separated by
// blank lines, a header line, CRLF or CR line ends, no final newline
// needed) or the text of one HTML block. Invalid UTF-8 is repaired, not
// refused: a stray byte that Windows-1252 reads as a printable character
// becomes that character ("it\x92s" -> "it’s"), other invalid bytes
// become U+FFFD. Decode takes raw bytes of unknown encoding: a UTF-8 or
// UTF-16 byte order mark is honoured and removed, UTF-16 without a mark is
// recognised by its zero bytes, a text with at least as many invalid
// sequences as valid multi-byte ones is Windows-1252 and transcoded, otherwise invalid
// bytes are repaired as above. DecodeString does the same for bytes held
// in a string, and returns valid UTF-8 without a byte order mark as is,
// without a copy. Decode does not touch line ends or anything else;
// TextRepairs does. DecodeTextRepairs is DecodeString then TextRepairs
// in one call, which reads the text as UTF-8 once.
//
// Paragraph structure is kept: blank lines separate paragraphs, and a
// paragraph is never joined to another or reflowed. A line that held
// nothing but removed junk (a placeholder, a tag, a boilerplate label, a
// no-break space) disappears with its line break, keeping the wider of the
// two breaks around it, so no empty paragraph is left and none is joined.
// Junk inside a line takes one neighbouring run of spaces with it, so no
// double space, space before punctuation or space at a line's end is
// left. The input's own layout (runs of blank lines, the leading space of
// a header line) is kept unless Cleaner.CollapseBlankLines is set.
//
// # Order of operations
//
// Each round runs these steps in this order; each step sees the output of
// the one before.
//
//  1. Encoding: invalid UTF-8 first, since every later step decodes runes.
//  2. LineEnding: CRLF and CR become LF, so that later steps find lines
//     by "\n" alone.
//  3. Mojibake: UTF-8 read as Windows-1252, Latin-1 or Mac Roman, once or
//     twice, also when later decomposed to NFD ("Ã©" -> "é", "â€™" ->
//     "’", "Ã¢â‚¬â„¢" -> "’", "‚Äô" -> "’"). Before any character is
//     removed: soft hyphens, no-break spaces and C1 controls are bytes of
//     mojibake ("Ã\u00ad" is "í", "Â\u00a0" is a no-break space).
//  4. Entity and BrokenEntity: multiply escaped entities are collapsed
//     ("&amp;amp;quot;" -> "\""), well-formed ones with ";" decoded, and
//     the damaged shapes rebuilt: spaced ("& # 39;", "& quot;", "&#39 ;"),
//     glued ("it& # 39; s"), full-width ("＆quot;"), lost ";" ("&#39s"),
//     "&" turned into a comma (",quot;") or dropped ("wordquot;"). Only
//     what is unambiguously an entity is decoded: the ";" is required
//     ("&region=", "&copy=" and "&times" stay, unlike with
//     html.UnescapeString), a spaced entity must use a name from a short
//     list, so "R & D;" stays. A rebuilt apostrophe joins its word on both
//     sides before a contraction ending ("al-Sadr & # 39; s" ->
//     "al-Sadr's"), otherwise it and a rebuilt quote mark take the side of
//     the text they enclose, judged by position in the line and by the
//     quote marks open in it. Before markup and e-mail stubs, because
//     those can arrive escaped ("&lt;br&gt;", "[email&#160;protected]").
//     The comma of ",quot;" stands for the "&" unless the document shows
//     that its translator dropped "&" instead (a "quot;" glued to a word
//     or standing alone anywhere in it): then the comma is real and stays
//     ("we,quot;" -> "we,\""). The decision is per document.
//  5. Placeholder: minifier placeholders, exactly the shapes Minify, W3
//     Total Cache and Autoptimize write (see placeholderSpans); "50%" and
//     "%E2%80%99" have none of them.
//  6. Markup: comments, tags of known HTML elements (with the content of
//     script and style), and attribute soup (two or more known attributes,
//     or one closed by ">"). "a <b and c> d" and "x < y" stay: a tag's
//     attributes must contain "=", and its name must be an HTML element. A
//     block tag between two words leaves a space.
//  7. EmailProtection: Cloudflare's "[email protected]" becomes
//     Cleaner.EmailMark ("[email]"): the address is not in the page, so
//     none is invented.
//  8. Invisible: soft hyphens, zero-width spaces, word joiners, BOMs, C0
//     and C1 controls go; zero-width (non-)joiners go unless a neighbour is
//     an emoji or a letter of a script that needs them (Arabic, Persian,
//     Indic, ...); a run of U+FFFD becomes one; a run of spaces with a
//     no-break space becomes one space, and goes at a line's edge. A single
//     no-break space between words stays ("10\u00a0km"). After markup and
//     entities, which can produce these characters.
//  9. Boilerplate: whole lines of widget residue, from a table by language
//     (boilerplateLines: "Read more:", "Plus:", "Advertisement", share
//     and subscribe prompts), counters ("12 Comments") and bare
//     pic.twitter.com links. Only whole lines, so "Read more: the report"
//     and a sentence mentioning "Advertisement" stay. Last, so that a
//     label on a line with a placeholder or a tag is seen alone.
//  10. Whitespace (only with Cleaner.CollapseBlankLines): runs of blank
//     lines become one. The space that removals leave is tidied by the
//     removals themselves and logged with them.
//
// A repair can uncover another (a tag removed from between the halves of
// an entity, an entity that decodes to mojibake), so rounds repeat until
// one changes nothing (at most eight).
//
// The first round starts with one scan of the text for what is not
// printable ASCII (see survey.go), which also checks UTF-8; a later round
// makes one when a step that can use it is to run. The steps that look
// for non-ASCII characters, controls or lines (line endings, mojibake,
// invisible characters, boilerplate) are skipped where it found nothing
// for them and start where it found the first thing, as long as no step
// since the scan changed the text. Skipping never changes the result;
// tests and a fuzz target compare it with the steps run in full.
//
// On a text of 64 KB or more, the same scan also finds out, a 16 KB block
// at a time while the block is in the L1 cache, in which regions of the
// text (at most 256 of them) the printable ASCII bytes that the entity,
// placeholder, markup and e-mail steps look for occur ('&', ';', '%', the
// 'Y' of "MINIFYHTML", '<', '=', '['; see byteHints). Those steps then
// search only those regions, and a step whose bytes occur nowhere reads
// nothing: on a big clean text, which does not fit the caches, each would
// otherwise read it all again from memory. A region map rather than first
// positions, because a byte seen once near the start would leave the rest
// to be read for the next. The scan stops noting the bytes of steps that
// will likely see a changed text (all after a CR; those after the entity
// step once it met an '&'), and a byte met in every region is searched in
// one go. On a smaller text each step reads from L1 anyway, and the scan
// notes nothing. Tests and a fuzz target compare the steps with the full
// searches.
//
// On a big, densely damaged text the memory a step holds does not grow
// with the text: the steps that find an edit every few bytes (entities,
// mojibake, line ends) hand their edits over in batches of 1024, which are
// made as they come; the map back to the original text (one mark per
// repair) and the log (pointer-free entries, whose replacements share one
// byte buffer) are kept in chunks that are never copied to grow
// (internal/chunk), the new map filling the chunks of the old one that a
// step is done with. So a step allocates about what its result holds.
//
// # Invariants
//
// These hold for every input and are checked by tests and fuzzing:
//
//   - Text never panics and returns valid UTF-8.
//   - Idempotence: Text(Text(s)) == Text(s).
//   - Clean text comes back unchanged, with no repair and no allocation.
//   - Each Repair satisfies s[r.Offset:r.Offset+len(r.Input())] ==
//     r.Input() (for Decode, with the bytes given), Before is valid UTF-8
//     (quoted, with Quoted set, where the input was not), and the log is
//     in input order.
//     Where a stretch was repaired in two steps (an entity decoded, then
//     removed as a tag; a line end normalised inside a removed line), the
//     two repairs overlap and each Before is the input under its span.
//   - A change is never made without a repair in the log.
//   - The log grows with the damaged places, not with the bytes: inside
//     binary junk (control characters within a few bytes), repairs of one
//     kind (Encoding, Invisible) fewer than 64 bytes apart on one line, with
//     no NUL between them, are
//     one repair spanning them, Before the whole stretch and After what it
//     became. In text each repair stands alone.
//
// Text and TextRepairs are pure and safe for concurrent use, as is a
// Cleaner (its fields are configuration only).
package clean
