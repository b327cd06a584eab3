package clean_test

import (
	"fmt"

	"github.com/copydesk/copydesk/clean"
)

func ExampleText() {
	fmt.Println(clean.Text("Muqtada al-Sadr & # 39; s Called to march, \u00e2\u20ac\u0153a million\u00e2\u20ac\u009d"))
	// Output: Muqtada al-Sadr's Called to march, “a million”
}

func ExampleTextRepairs() {
	in := "Baghdad %MINIFYHTML53d1ac170dab23a029a4ba644cd3575111%\n\nPlus:\n\nIt was \"unacceptable,quot; (AP)"
	out, repairs := clean.TextRepairs(in)
	fmt.Printf("%q\n", out)
	for _, r := range repairs {
		fmt.Printf("%d %s %q -> %q\n", r.Offset, r.Kind, r.Before, r.After)
	}
	// Output:
	// "Baghdad\n\nIt was \"unacceptable\" (AP)"
	// 7 placeholder " %MINIFYHTML53d1ac170dab23a029a4ba644cd3575111%" -> ""
	// 56 boilerplate "Plus:\n\n" -> ""
	// 83 broken-entity ",quot;" -> "\""
}

func ExampleDecode() {
	s, repairs := clean.Decode([]byte("caf\xe9 \x93au lait\x94"))
	fmt.Println(s)
	for _, r := range repairs {
		fmt.Printf("%d %q -> %q (quoted %v)\n", r.Offset, r.Input(), r.After, r.Quoted)
	}
	// Output:
	// café “au lait”
	// 3 "\xe9" -> "é" (quoted true)
	// 5 "\x93" -> "“" (quoted true)
	// 13 "\x94" -> "”" (quoted true)
}

func ExampleDecodeString() {
	// Valid UTF-8 comes back as it is, without a copy; anything else is
	// decoded as Decode would.
	s, repairs := clean.DecodeString("S\xe3o Paulo")
	fmt.Println(s, len(repairs))
	s, repairs = clean.DecodeString("São Paulo")
	fmt.Println(s, len(repairs))
	// Output:
	// São Paulo 1
	// São Paulo 0
}

func ExampleDecodeTextRepairs() {
	// A whole dump of unknown encoding, decoded and cleaned in one call.
	// The decoding's repairs come first, with offsets into the input;
	// the cleaning's offsets are into the decoded text, where "é" takes
	// two bytes.
	s, repairs := clean.DecodeTextRepairs("caf\xe9 &amp; cr\xe8me\r\n")
	fmt.Printf("%q\n", s)
	for _, r := range repairs {
		fmt.Printf("%d %s %q -> %q\n", r.Offset, r.Kind, r.Input(), r.After)
	}
	// Output:
	// "café & crème\n"
	// 3 encoding "\xe9" -> "é"
	// 13 encoding "\xe8" -> "è"
	// 6 entity "&amp;" -> "&"
	// 18 line-ending "\r\n" -> "\n"
}

func ExampleCleaner() {
	c := clean.Cleaner{EmailMark: "[email removed]", KeepBoilerplate: true}
	fmt.Println(c.Text("Write to [email\u00a0protected]\n\nAdvertisement"))
	// Output:
	// Write to [email removed]
	//
	// Advertisement
}
