package clean

// cp1252High holds the characters Windows-1252 puts at bytes 0x80-0x9F,
// where Latin-1 has C1 controls. The five bytes Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the C1 control of the
// same number, as most decoders do.
var cp1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// cp1252Letters and cp1252Punct map the non-ASCII characters of
// Windows-1252 above U+00FF back to their byte (0 where there is none):
// the letters lie in U+0100-U+02FF, the punctuation in U+2000-U+212F.
// Arrays rather than a map: the mojibake scan looks up every character of
// every candidate.
var cp1252Letters, cp1252Punct = func() (l [0x200]byte, p [0x130]byte) {
	for i, r := range cp1252High {
		switch {
		case r >= 0x100 && r < 0x300:
			l[r-0x100] = byte(0x80 + i)
		case r >= 0x2000 && r < 0x2130:
			p[r-0x2000] = byte(0x80 + i)
		}
	}
	return l, p
}()

// macRoman holds the characters Mac Roman puts at bytes 0x80-0xFF.
var macRoman = [128]rune{
	'Ä', 'Å', 'Ç', 'É', 'Ñ', 'Ö', 'Ü', 'á', 'à', 'â', 'ä', 'ã', 'å', 'ç', 'é', 'è',
	'ê', 'ë', 'í', 'ì', 'î', 'ï', 'ñ', 'ó', 'ò', 'ô', 'ö', 'õ', 'ú', 'ù', 'û', 'ü',
	'†', '°', '¢', '£', '§', '•', '¶', 'ß', '®', '©', '™', '´', '¨', '≠', 'Æ', 'Ø',
	'∞', '±', '≤', '≥', '¥', 'µ', '∂', '∑', '∏', 'π', '∫', 'ª', 'º', 'Ω', 'æ', 'ø',
	'¿', '¡', '¬', '√', 'ƒ', '≈', '∆', '«', '»', '…', '\u00a0', 'À', 'Ã', 'Õ', 'Œ', 'œ',
	'–', '—', '“', '”', '‘', '’', '÷', '◊', 'ÿ', 'Ÿ', '⁄', '€', '‹', '›', 'ﬁ', 'ﬂ',
	'‡', '·', '‚', '„', '‰', 'Â', 'Ê', 'Á', 'Ë', 'È', 'Í', 'Î', 'Ï', 'Ì', 'Ó', 'Ô',
	'\uf8ff', 'Ò', 'Ú', 'Û', 'Ù', 'ı', 'ˆ', '˜', '¯', '˘', '˙', '˚', '¸', '˝', '˛', 'ˇ',
}

// macRomanByte maps the non-ASCII characters of Mac Roman back to their
// byte.
var macRomanByte = func() map[rune]byte {
	m := make(map[rune]byte, 128)
	for i, r := range macRoman {
		m[r] = byte(0x80 + i)
	}
	return m
}()

// Mac Roman mojibake is only repaired in its three unmistakable shapes:
// General Punctuation read as "‚Ä…" (lead byte 0xE2 is '‚'), an accented
// Latin-1 letter read as "√…" inside a word (0xC3 is '√'), and NBSP read
// as "¬†". Other Mac Roman leads ("…", "—", "“") are too common in real
// text to be taken as mojibake.
const (
	macLeadPunct  = '‚' // 0xE2
	macLeadLatin  = '√' // 0xC3
	macLeadLatin1 = '¬' // 0xC2
)

// Two-byte sequences whose character lies in one of these ranges are only
// taken as mojibake in company (two or more in a row): alone, an accented
// capital followed by a punctuation mark ("AÑO”") is more likely real text.
var weakRanges = [][2]rune{
	{0x0370, 0x03FF}, // Greek
	{0x0400, 0x04FF}, // Cyrillic
	{0x05D0, 0x05EA}, // Hebrew letters
	{0x0600, 0x06FF}, // Arabic
}

// extraLatin lists the Latin Extended-B letters accepted as a repair
// result: Romanian comma-below letters, Vietnamese horned letters, pinyin
// tone letters.
var extraLatin = map[rune]bool{
	'Ș': true, 'ș': true, 'Ț': true, 'ț': true,
	'Ơ': true, 'ơ': true, 'Ư': true, 'ư': true,
	'Ǎ': true, 'ǎ': true, 'Ǐ': true, 'ǐ': true, 'Ǒ': true, 'ǒ': true, 'Ǔ': true, 'ǔ': true,
	'ǖ': true, 'ǘ': true, 'ǚ': true, 'ǜ': true,
}

// nfdLatin1 composes a letter and a combining mark into the Latin-1
// letter they make, for mojibake that was later decomposed (NFD): "Ã" as
// "A" + U+0303.
var nfdLatin1 = map[[2]rune]rune{
	{'A', 0x0300}: 'À',
	{'A', 0x0301}: 'Á',
	{'A', 0x0302}: 'Â',
	{'A', 0x0303}: 'Ã',
	{'A', 0x0308}: 'Ä',
	{'A', 0x030A}: 'Å',
	{'C', 0x0327}: 'Ç',
	{'E', 0x0300}: 'È',
	{'E', 0x0301}: 'É',
	{'E', 0x0302}: 'Ê',
	{'E', 0x0308}: 'Ë',
	{'I', 0x0300}: 'Ì',
	{'I', 0x0301}: 'Í',
	{'I', 0x0302}: 'Î',
	{'I', 0x0308}: 'Ï',
	{'N', 0x0303}: 'Ñ',
	{'O', 0x0300}: 'Ò',
	{'O', 0x0301}: 'Ó',
	{'O', 0x0302}: 'Ô',
	{'O', 0x0303}: 'Õ',
	{'O', 0x0308}: 'Ö',
	{'U', 0x0300}: 'Ù',
	{'U', 0x0301}: 'Ú',
	{'U', 0x0302}: 'Û',
	{'U', 0x0308}: 'Ü',
	{'Y', 0x0301}: 'Ý',
	{'a', 0x0300}: 'à',
	{'a', 0x0301}: 'á',
	{'a', 0x0302}: 'â',
	{'a', 0x0303}: 'ã',
	{'a', 0x0308}: 'ä',
	{'a', 0x030A}: 'å',
	{'c', 0x0327}: 'ç',
	{'e', 0x0300}: 'è',
	{'e', 0x0301}: 'é',
	{'e', 0x0302}: 'ê',
	{'e', 0x0308}: 'ë',
	{'i', 0x0300}: 'ì',
	{'i', 0x0301}: 'í',
	{'i', 0x0302}: 'î',
	{'i', 0x0308}: 'ï',
	{'n', 0x0303}: 'ñ',
	{'o', 0x0300}: 'ò',
	{'o', 0x0301}: 'ó',
	{'o', 0x0302}: 'ô',
	{'o', 0x0303}: 'õ',
	{'o', 0x0308}: 'ö',
	{'u', 0x0300}: 'ù',
	{'u', 0x0301}: 'ú',
	{'u', 0x0302}: 'û',
	{'u', 0x0308}: 'ü',
	{'y', 0x0301}: 'ý',
	{'y', 0x0308}: 'ÿ',
	// Spacing marks decomposed by NFKD into a space and a combining
	// mark ("Ã ̈" for "Ã¨", that is "è").
	{' ', 0x0308}: '¨', {' ', 0x0304}: '¯', {' ', 0x0301}: '´', {' ', 0x0327}: '¸',
}
