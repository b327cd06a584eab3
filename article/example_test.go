package article_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/copydesk/copydesk/article"
)

func ExampleParse() {
	dump := "date 2020-01-24 BAGHDAD (AP) — Thousands rallied on Friday.\n\n" +
		"\"The troops must leave,\" said a protester, Amer Saad.\n\n" +
		"Jane Doe and John Roe, The Associated Press"
	a, err := article.Parse(strings.NewReader(dump))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.DatePublished)
	fmt.Println(a.Dateline.City, a.Dateline.Agency)
	fmt.Println(a.Authors[0].Name, "/", a.Publisher)
	fmt.Println(a.Paragraphs[0])
	fmt.Printf("%s: %q\n", a.Quotes[0].Speaker, a.Quotes[0].Text)
	// Output:
	// 2020-01-24
	// BAGHDAD AP
	// Jane Doe / The Associated Press
	// Thousands rallied on Friday.
	// Amer Saad: "The troops must leave"
}

// A Parser with NoQuotes set returns the clean text and the metadata
// without looking for quotes, for runs that need nothing else.
func ExampleParser_noQuotes() {
	dump := "date 2020-01-24\n\n" +
		"\"The troops must leave,\" said a protester, Amer Saad.\n\n" +
		"By Jane Doe"
	p := article.Parser{NoQuotes: true}
	a, err := p.Parse(strings.NewReader(dump))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.DatePublished, a.Authors[0].Name, len(a.Quotes))
	fmt.Println(a.Paragraphs[0])
	// Output:
	// 2020-01-24 Jane Doe 0
	// "The troops must leave," said a protester, Amer Saad.
}
