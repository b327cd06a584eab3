package normalize_test

import (
	"fmt"

	"github.com/copydesk/copydesk/normalize"
)

func ExampleCutDateline() {
	d, rest, ok := normalize.CutDateline("BEIJING, Jan. 24 (Xinhua) -- China said on Friday...")
	fmt.Println(ok, d.City, d.Date, d.Agency)
	fmt.Println(rest)
	// Output:
	// true BEIJING Jan. 24 Xinhua
	// China said on Friday...
}

func ExampleByline() {
	authors, ok := normalize.Byline("Qassem Abdul-Zahra and Samya Kullab, The Associated Press")
	fmt.Println(ok)
	for _, a := range authors {
		fmt.Println(a.Name, "-", a.Organization)
	}
	// Output:
	// true
	// Qassem Abdul-Zahra - The Associated Press
	// Samya Kullab - The Associated Press
}

func ExampleContributors() {
	cs, _ := normalize.Contributors("Associated Press writer Nasser Karimi in Tehran, Iran, contributed to this report.")
	fmt.Printf("%s, %s, in %s\n", cs[0].Name, cs[0].Role, cs[0].Location)
	// Output:
	// Nasser Karimi, writer, in Tehran, Iran
}

func ExampleCutCredit() {
	caption, credit, _ := normalize.CutCredit("A soldier overlooks the protest (Emma Francis / Al Jazeera)")
	fmt.Println(caption)
	fmt.Println(credit)
	// Output:
	// A soldier overlooks the protest
	// Emma Francis / Al Jazeera
}
