package normalize_test

import (
	"fmt"

	"github.com/copydesk/copydesk/normalize"
)

func ExampleQuotes() {
	paragraphs := []string{
		`Mariam, an 18-year-old high school student, attended the protest.`,
		`“I am here today to protest,” he told Al Jazeera. “We want them to leave.”`,
		`Protesters called for a “million man” demonstration.`,
	}
	for _, q := range normalize.Quotes(paragraphs) {
		fmt.Printf("¶%d %q speaker=%q verb=%q partial=%v\n", q.Paragraph, q.Text, q.Speaker, q.Verb, q.Partial)
	}
	// Output:
	// ¶1 "I am here today to protest" speaker="Mariam" verb="told" partial=false
	// ¶1 "We want them to leave." speaker="Mariam" verb="told" partial=false
	// ¶2 "million man" speaker="" verb="" partial=true
}

func ExampleQuoteFinder() {
	// A QuoteFinder that never carries a speaker to quote-only paragraphs.
	f := normalize.QuoteFinder{CarryParagraphs: -1}
	qs := f.Quotes([]string{
		`“The United States is the reason,” the official Asad al-Hashemi told Al Jazeera.`,
		`“We want to recover our sovereignty.”`,
	})
	for _, q := range qs {
		fmt.Printf("%q speaker=%q role=%q\n", q.Text, q.Speaker, q.Role)
	}
	// Output:
	// "The United States is the reason" speaker="Asad al-Hashemi" role="official"
	// "We want to recover our sovereignty." speaker="" role=""
}
