package article

import (
	"bytes"
	"io"
	"mime"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// ParseWithContentType is Parse for a document whose transport (an HTTP
// response, a WARC record) gives its media type, as in
// "text/html; charset=iso-8859-1". In HTML's encoding sniffing order the
// transport's charset outranks the document's own declaration, so it is
// applied first. It is ignored when the document has a byte order mark,
// is already valid UTF-8, or does not decode with it, and when it is
// unknown or absent; then Parse's own detection decides.
func (p *Parser) ParseWithContentType(r io.Reader, contentType string) (*Article, error) {
	b, err := p.read(r)
	if err != nil {
		return nil, err
	}
	return p.parseBytes(transportDecode(b, contentType))
}

// transportDecode decodes b with the charset that contentType names,
// under the conditions ParseWithContentType documents.
func transportDecode(b []byte, contentType string) []byte {
	if contentType == "" || utf8.Valid(b) || hasBOM(b) {
		return b
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return b
	}
	enc, name := charset.Lookup(params["charset"])
	if enc == nil || name == "utf-8" {
		return b
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return b
	}
	return out
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(b, []byte("\xfe\xff")) || bytes.HasPrefix(b, []byte("\xff\xfe"))
}
