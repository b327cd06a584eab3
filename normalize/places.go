package normalize

// usRegions holds the names and the AP-style and postal abbreviations of
// US states and territories, and of Canadian provinces, as they stand in
// datelines ("SAN FRANCISCO, Calif. (AP) —"). A dateline part found here
// is a region, anything else after the city a country.
var usRegions = setOf(
	"Alabama", "Ala.", "AL", "Alaska", "AK", "Arizona", "Ariz.", "AZ",
	"Arkansas", "Ark.", "AR", "California", "Calif.", "CA", "Colorado",
	"Colo.", "CO", "Connecticut", "Conn.", "CT", "Delaware", "Del.", "DE",
	"Florida", "Fla.", "FL", "Georgia", "Ga.", "GA", "Hawaii", "HI", "Idaho",
	"ID", "Illinois", "Ill.", "IL", "Indiana", "Ind.", "IN", "Iowa", "IA",
	"Kansas", "Kan.", "KS", "Kentucky", "Ky.", "KY", "Louisiana", "La.", "LA",
	"Maine", "ME", "Maryland", "Md.", "MD", "Massachusetts", "Mass.", "MA",
	"Michigan", "Mich.", "MI", "Minnesota", "Minn.", "MN", "Mississippi",
	"Miss.", "MS", "Missouri", "Mo.", "MO", "Montana", "Mont.", "MT",
	"Nebraska", "Neb.", "NE", "Nevada", "Nev.", "NV", "New Hampshire", "N.H.",
	"NH", "New Jersey", "N.J.", "NJ", "New Mexico", "N.M.", "NM", "New York",
	"N.Y.", "NY", "North Carolina", "N.C.", "NC", "North Dakota", "N.D.", "ND",
	"Ohio", "OH", "Oklahoma", "Okla.", "OK", "Oregon", "Ore.", "OR",
	"Pennsylvania", "Pa.", "PA", "Rhode Island", "R.I.", "RI",
	"South Carolina", "S.C.", "SC", "South Dakota", "S.D.", "SD", "Tennessee",
	"Tenn.", "TN", "Texas", "TX", "Utah", "UT", "Vermont", "Vt.", "VT",
	"Virginia", "Va.", "VA", "Washington", "Wash.", "WA", "West Virginia",
	"W.Va.", "W.V.", "WV", "Wisconsin", "Wis.", "WI", "Wyoming", "Wyo.", "WY",
	"D.C.", "DC", "Puerto Rico", "P.R.", "Guam",
	"Alberta", "Alta.", "British Columbia", "B.C.", "Manitoba", "Man.",
	"New Brunswick", "N.B.", "Newfoundland", "Nova Scotia", "N.S.",
	"Ontario", "Ont.", "Quebec", "Que.", "Saskatchewan", "Sask.",
)

// months maps the month names and abbreviations that dateline dates use.
var months = setOf(
	"Jan", "Jan.", "January", "Feb", "Feb.", "February", "Mar", "Mar.",
	"March", "Apr", "Apr.", "April", "May", "Jun", "Jun.", "June", "Jul",
	"Jul.", "July", "Aug", "Aug.", "August", "Sep", "Sep.", "Sept",
	"Sept.", "September", "Oct", "Oct.", "October", "Nov", "Nov.",
	"November", "Dec", "Dec.", "December",
)

// notPlaceWords are capitalised words that open ordinary sentences and
// never a dateline, so "However, Smith – who ..." is not read as a place.
var notPlaceWords = setOf(
	"A", "An", "The", "In", "On", "At", "As", "But", "And", "Or", "So",
	"However", "Meanwhile", "Still", "Yet", "Then", "Now", "Also", "Even",
	"He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their",
	"This", "That", "These", "Those", "There", "Here", "When", "While",
	"After", "Before", "If", "Since", "For", "With", "Without", "By",
	"From", "To", "Of", "Mr.", "Mrs.", "Ms.", "Dr.", "President", "Sen.",
	"Rep.", "Gov.", "Photo", "Image", "Video", "Read", "Watch", "Updated",
	"Published", "Posted", "Advertisement", "Yes", "No", "Well", "Oh",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
