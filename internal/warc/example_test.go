package warc_test

import (
	"bytes"
	"fmt"
	"io"
	"log"

	"github.com/copydesk/copydesk/internal/warc"
)

func Example() {
	// A one-record WARC.gz, as Common Crawl writes them.
	var file bytes.Buffer
	w := &warc.Writer{W: &file, Gzip: true}
	w.WriteRecord(warc.Header{
		{Name: "WARC-Type", Value: "response"},
		{Name: "WARC-Record-ID", Value: "<urn:uuid:0e6c4a5e-0000-4000-8000-000000000001>"},
		{Name: "WARC-Target-URI", Value: "https://example.com/news/1"},
		{Name: "Content-Type", Value: "application/http; msgtype=response"},
	}, []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Hello</h1>"))

	r, err := warc.NewReader(&file)
	if err != nil {
		log.Fatal(err)
	}
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		if !rec.IsHTTPResponse() {
			continue
		}
		resp, err := rec.HTTPResponse()
		if err != nil {
			log.Print(err)
			continue
		}
		page, _ := io.ReadAll(resp.Body)
		fmt.Println(rec.TargetURI, resp.StatusCode, resp.Header.Get("Content-Type"))
		fmt.Println(string(page))
	}
	// Output:
	// https://example.com/news/1 200 text/html
	// <h1>Hello</h1>
}
