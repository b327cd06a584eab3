package clean

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// A RepairKind names one family of defects that the cleaner repairs.
// Its text form (String, MarshalText) is the stable name used in JSON.
type RepairKind uint8

// The repair families, in the order the cleaner applies them.
const (
	// Encoding: input that was not UTF-8 (UTF-16, Windows-1252, a stray
	// invalid byte) was decoded or replaced. Before holds the raw bytes,
	// quoted when they are not valid UTF-8 (see Repair); for UTF-16 the
	// repair is the byte order mark (or the first code unit) and stands
	// for the whole transcoding.
	Encoding RepairKind = iota + 1
	// LineEnding: CRLF or CR line ends became LF, one repair per run of
	// line ends ("\r\n\r\n" -> "\n\n").
	LineEnding
	// Mojibake: UTF-8 that had been read as Windows-1252, Latin-1 or Mac
	// Roman, once or twice, was restored ("â€™" -> "’", "Ã©" -> "é",
	// "‚Äô" -> "’").
	Mojibake
	// Placeholder: a minifier placeholder ("%MINIFYHTML<hash><n>%" and
	// kin) was removed, with the line it leaves empty
	// ("a %MINIFYHTML53d1…11% b" -> "a b").
	Placeholder
	// BrokenEntity: an HTML entity damaged by translation or tokenizing
	// ("& # 39;", "it& # 39; s", "＆quot;", ",quot;") was rebuilt and
	// decoded, with the spaces around a quote mark put right
	// ("al-Sadr & # 39; s" -> "al-Sadr's").
	BrokenEntity
	// Entity: a well-formed entity left as text ("&amp;#39;", "&rsquo;")
	// was decoded, multiple escaping collapsed first ("&amp;#39;" -> "'").
	Entity
	// Markup: an HTML tag, comment or attribute soup left in the text was
	// removed ("one<br>two" -> "one two", `class="x" id="y">` -> "").
	Markup
	// EmailProtection: a Cloudflare "[email protected]" stub was replaced
	// by a mark ("[email]"); the address is not recoverable.
	EmailProtection
	// Invisible: soft hyphens, zero-width spaces, stray BOMs, control
	// characters or runs of U+FFFD were removed, NBSP runs made spaces
	// ("co\u00adoperate" -> "cooperate", "a\u00a0\u00a0b" -> "a b").
	Invisible
	// Boilerplate: a whole line of widget or navigation residue ("Plus:",
	// "Advertisement", share prompts, "12 Comments") was removed with its
	// line break.
	Boilerplate
	// Whitespace: a run of blank lines became one (Cleaner.
	// CollapseBlankLines). The space that removals leave (double spaces,
	// space before punctuation, the line break of a removed line) is
	// tidied by the removal itself and logged with it.
	Whitespace
)

var kindNames = [...]string{
	Encoding:        "encoding",
	LineEnding:      "line-ending",
	Mojibake:        "mojibake",
	Placeholder:     "placeholder",
	BrokenEntity:    "broken-entity",
	Entity:          "entity",
	Markup:          "markup",
	EmailProtection: "email-protection",
	Invisible:       "invisible",
	Boilerplate:     "boilerplate",
	Whitespace:      "whitespace",
}

// String returns the kind's stable name, such as "broken-entity".
func (k RepairKind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("RepairKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k RepairKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *RepairKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n != "" && n == string(b) {
			*k = RepairKind(i)
			return nil
		}
	}
	return fmt.Errorf("clean: unknown repair kind %q", b)
}

// A Repair records one change the cleaner made. Offset is the byte offset
// of Before in the text given to the cleaner, so that the repair can be
// shown in context: input[Offset:Offset+len(Before)] == Before (unless
// Quoted, below).
//
// Before is always valid UTF-8, so that a log survives JSON: where the
// input under the repair is not (the raw bytes of an Encoding repair),
// Before holds it quoted by strconv.Quote and Quoted is set. Input returns
// the bytes as they were in either case, and
// input[Offset:Offset+len(r.Input())] == r.Input() always holds.
type Repair struct {
	Kind   RepairKind `json:"kind"`
	Offset int        `json:"offset"`
	Before string     `json:"before"`
	After  string     `json:"after"`
	// Quoted reports that Before is the strconv.Quote form of input that
	// was not valid UTF-8.
	Quoted bool `json:"quoted,omitempty"`
}

// Input returns the input the repair replaced: Before, unquoted if Quoted.
func (r Repair) Input() string {
	if !r.Quoted {
		return r.Before
	}
	raw, err := strconv.Unquote(r.Before)
	if err != nil {
		return r.Before
	}
	return raw
}

// newRepair records a repair of the input raw at offset.
func newRepair(kind RepairKind, offset int, raw, after string) Repair {
	if len(raw) <= shortRepair && skipASCII(raw, 0, false) == len(raw) || utf8.ValidString(raw) {
		return Repair{Kind: kind, Offset: offset, Before: raw, After: after}
	}
	return Repair{Kind: kind, Offset: offset, Before: strconv.Quote(raw), After: after, Quoted: true}
}

// shortRepair is the length up to which newRepair checks the input it
// logs with skipASCII, which reads so short a string a byte at a time,
// before utf8.ValidString: most of what repairs replace is short
// ("&quot;", "\r\n"), for which ValidString costs more.
const shortRepair = 16
