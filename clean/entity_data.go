package clean

// spacedNames are the entity names repaired when translation or a
// tokenizer put spaces inside the entity ("& quot;", "& amp ;"): the ones
// that occur in news text. Any other name needs the well-formed spelling,
// so that "R & D;" or "Q & A;" can never be read as an entity.
var spacedNames = map[string]bool{
	"quot": true, "amp": true, "apos": true, "lt": true, "gt": true,
	"nbsp": true, "rsquo": true, "lsquo": true, "rdquo": true, "ldquo": true,
	"sbquo": true, "bdquo": true, "mdash": true, "ndash": true, "hellip": true,
	"laquo": true, "raquo": true, "copy": true, "reg": true, "trade": true,
	"euro": true, "pound": true, "deg": true, "middot": true, "bull": true,
}

// noSemicolonNames are the entity names repaired when the ";" was lost
// ("&nbsp word"): only these two, which prose never spells otherwise, and
// only where no letter, digit, "=", "_" or "-" follows, so that
// "&nbspx" and "&quot=1" in a URL stay. "&amp", "&lt", "&times" stay:
// they are not unambiguous.
var noSemicolonNames = map[string]bool{"nbsp": true, "quot": true}

// commaNames are the entity names whose "&" machine translation turned
// into a comma (",quot;"), and droppedNames those whose "&" it dropped
// ("wordquot;"). They are quote marks, the only entities seen so damaged.
var commaNames = []string{"quot;", "#39;", "#039;", "#34;", "apos;", "rsquo;", "lsquo;", "rdquo;", "ldquo;", "#8217;", "#8216;", "#8220;", "#8221;"}

var droppedNames = []string{"quot;", "#39;", "#039;", "apos;"}

// contractionSuffixes are the word ends an apostrophe joins on both sides
// ("al-Sadr's", "don't", "we're").
var contractionSuffixes = []string{"s", "t", "d", "m", "re", "ve", "ll"}
