package clean

import "strings"

// DefaultEmailMark is what a Cleaner with an empty EmailMark writes in
// place of a Cloudflare e-mail protection stub.
const DefaultEmailMark = "[email]"

// emailEdits marks the stubs Cloudflare's e-mail address obfuscation
// leaves in scraped text: "[email protected]", with a space, a no-break
// space or "&#160;" (decoded before this step) between the words. The
// address itself is gone from the page, so it is marked, never invented;
// a real handle such as "@charleshurt" beside it is not touched. It looks
// for "[email" where hints (nil: everywhere) say a '[' may be.
func emailEdits(s, mark string, hints *byteHints) []edit {
	var edits []edit
	for i := 0; i < len(s); {
		k := hints.indexString(s, i, "[email", 0)
		if k < 0 {
			break
		}
		j := k + len("[email")
		sep := skipSpaces(s, j)
		if sep > j && strings.HasPrefix(s[sep:], "protected]") {
			end := sep + len("protected]")
			edits = append(edits, edit{k, end, mark, EmailProtection})
			i = end
			continue
		}
		i = j
	}
	return edits
}
