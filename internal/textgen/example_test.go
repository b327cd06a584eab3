package textgen_test

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/internal/textgen"
)

func ExampleArticle() {
	b := textgen.Article(300, textgen.Plain)
	fmt.Println(strings.SplitN(string(b), "\n", 2)[0])
	fmt.Println(len(b) >= 300)
	// Output:
	// date 2021-03-05
	// true
}

func ExampleHostile() {
	for _, c := range textgen.Hostile()[:3] {
		fmt.Println(c.Name)
	}
	// Output:
	// one-line-50MB
	// quote-marks-1M-straight
	// quote-marks-1M-curly
}
