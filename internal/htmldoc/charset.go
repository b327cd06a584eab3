package htmldoc

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"github.com/copydesk/copydesk/clean"
)

// decode returns b as UTF-8. The encoding is taken, in order, from a byte
// order mark, a <meta charset> or http-equiv declaration in the first 1024
// bytes, or sniffed (valid UTF-8 stays UTF-8, anything else is read as
// Windows-1252). A page that declares a single-byte charset but is valid
// UTF-8 with non-ASCII text is read as UTF-8: scrapers often save the
// decoded page without fixing the declaration. A page taken for UTF-8
// that is not valid UTF-8 is decided by its bytes (clean.Decode): a
// Windows-1252 text (invalid sequences at least as many as valid
// multi-byte ones) is transcoded, so "Z\xfcrich" keeps its "ü"; UTF-8 with
// a few stray bytes stays UTF-8, a lone stray byte read as the
// Windows-1252 character it stands for. Bytes that are still invalid are
// left for the tokenizer and dropped by the text collector.
func decode(b []byte) []byte {
	enc, name, _ := charset.DetermineEncoding(b, "")
	if enc == unicode.UTF8 || name == "utf-8" {
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		if utf8.Valid(b) {
			return b
		}
		s, _ := clean.Decode(b)
		return []byte(s)
	}
	if isUTF8Text(b) && !isUTF16(name) {
		return b
	}
	out, err := decodeWith(enc, b)
	if err != nil {
		return b
	}
	return out
}

// isUTF8Text reports whether b is valid UTF-8 holding at least one
// multi-byte sequence.
func isUTF8Text(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return utf8.Valid(b)
		}
	}
	return false
}

func isUTF16(name string) bool { return name == "utf-16be" || name == "utf-16le" }

func decodeWith(enc encoding.Encoding, b []byte) ([]byte, error) {
	return enc.NewDecoder().Bytes(b)
}
