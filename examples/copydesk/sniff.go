package main

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// errNotText is wrapped by the error for a file that is an image, an
// archive or another binary format: a directory of scraped pages often
// holds some, and parsing them would only make articles of junk.
var errNotText = errors.New("not a text or HTML document")

// binaryTypes are the content types, as http.DetectContentType names
// them, of formats that never hold an article. Unknown binary data
// ("application/octet-stream") is not among them: text in a legacy
// encoding, or UTF-16 without a byte order mark, can look like it.
var binaryTypes = []string{"image/", "audio/", "video/", "font/", "application/pdf",
	"application/zip", "application/x-gzip", "application/x-rar-compressed", "application/wasm",
	"application/vnd.ms-fontobject", "application/postscript", "application/ogg"}

// sniffBinary returns an error wrapping errNotText when head, the first
// bytes of a document, start a known binary format.
func sniffBinary(head []byte) error {
	ct := http.DetectContentType(head)
	for _, t := range binaryTypes {
		if strings.HasPrefix(ct, t) {
			return fmt.Errorf("%w (%s)", errNotText, ct)
		}
	}
	return nil
}
