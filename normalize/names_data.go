package normalize

import "strings"

// qNotNames are capitalized words that start sentences or phrases but are not
// part of a name.
var qNotNames = setOf(
	"The", "A", "An", "But", "And", "Or", "Nor", "If", "In", "On", "At", "For",
	"With", "From", "By", "As", "Of", "To", "Into", "Onto", "Over", "Under",
	"He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Its",
	"Our", "My", "Your", "This", "That", "These", "Those", "When", "While",
	"After", "Before", "Since", "Although", "Though", "Because", "Meanwhile",
	"However", "Still", "Yet", "So", "Then", "There", "Here", "What", "Who",
	"Whom", "Whose", "Why", "How", "Where", "Which", "Also", "Even", "Just",
	"Only", "Some", "Many", "Most", "All", "Both", "Each", "Other", "Another",
	"Such", "No", "Not", "Yes", "According", "Asked", "Like", "Unlike",
	"Among", "Despite", "During", "Instead", "Now", "Today", "Tonight",
	"Yesterday", "Tomorrow", "Last", "Next", "Earlier", "Later", "Once",
	"Every", "Any", "Few", "Several", "More", "Less", "Much", "Why",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December", "Jan.", "Feb.",
	"Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
	"Mondays", "Fridays", "Do", "Does", "Did", "Is", "Are", "Was", "Were",
	"Be", "Been", "Has", "Have", "Had", "Will", "Would", "Can", "Could",
	"Should", "Shall", "May", "Might", "Must", "Let", "Please", "Well", "Oh",
	"OK", "Okay", "Thank", "Thanks", "Dear", "Hello", "Hi", "Sorry", "Yeah",
	"Read", "Watch", "See", "Click", "Photo", "Video", "Advertisement",
	"Editor", "Note", "Update", "Updated", "UPDATE", "ABSTRACT", "FULL",
	"TEXT", "Said", "Says", "Told", "Added", "Asked", "Speaking", "Writing",
	"Whether", "Unless", "Until", "Upon", "Within", "Without", "Through",
	"Throughout", "Against", "Between", "Beyond", "About", "Above", "Across",
	"Along", "Around", "Behind", "Below", "Near", "Off", "Out", "Up", "Down",
	"Neither", "Either", "Ever", "Moreover", "Rather", "Furthermore", "Additionally", "Nevertheless",
	"Nonetheless", "Thus", "Hence", "Therefore", "Likewise", "Similarly",
	"Overall", "Ultimately", "Specifically", "Elsewhere", "Together",
	"Eventually", "Separately", "Fortunately", "Unfortunately", "Besides",
	"Latest", "Breaking", "Exclusive", "Watch", "Listen", "Transcript",
	"Hours", "Days", "Minutes", "Weeks", "Months", "Years", "Moments",
	"Again", "Already", "Always", "Never", "Perhaps", "Maybe", "Indeed",
	"Sadly", "Finally", "First", "Second", "Third", "Instead", "Otherwise",
)

// qParticles are lower-case name particles that may sit inside a name:
// "Osama bin Laden", "Ludwig van Beethoven".
var qParticles = setOf("bin", "ibn", "bint", "al", "el", "de", "da", "di",
	"del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das",
	"ter", "abu", "ul", "y", "do", "e", "zu", "af")

// qOrgWords mark a name as an organization ("Iraqi Ministry of Defense",
// "Clinton Foundation", "The Associated Press").
var qOrgWords = setOf(
	"Party", "Ministry", "Department", "Council", "Committee", "Commission",
	"Agency", "Association", "Institute", "University", "College", "Campaign",
	"Inc.", "Inc", "Corp.", "Corp", "Co.", "Company", "Group", "Foundation",
	"Bank", "Times", "Post", "News", "Journal", "Network", "Court",
	"Congress", "Senate", "House", "Parliament", "Government",
	"Administration", "Office", "Army", "Forces", "Force", "Police",
	"Service", "Bureau", "Center", "Centre", "Organization", "Union",
	"Federation", "Board", "Fund", "Coalition", "Movement", "Front", "Guard",
	"Press", "Reuters", "AP", "AFP", "CNN", "Fox", "MSNBC", "NBC", "CBS",
	"ABC", "BBC", "Jazeera", "Twitter", "Facebook", "Pentagon", "Kremlin",
	"FBI", "CIA", "NATO", "UN", "EU", "GOP", "Democrats", "Republicans",
	"Units", "Brigades", "Club", "League", "Alliance", "Society", "Trust",
	"Magazine", "Tribune", "Herald", "Gazette", "Daily", "Telegraph",
	"Guardian", "Street", "Avenue", "Square", "Bridge", "Road", "City",
	"County", "Province", "District", "River", "Island", "Sea", "Ocean",
	"Airport", "Hall", "Tower", "Building", "Hotel", "School", "Hospital",
	"Church", "Mosque", "Base", "Camp", "Park", "Mountains", "Valley",
	"Iraq", "Iran", "Baghdad", "Tehran", "America", "Washington", "Syria",
	"Russia", "China", "Israel", "Arabia", "Europe", "Britain", "France",
	"Germany", "Mexico", "Canada", "Japan", "Korea", "Turkey", "Egypt",
	"Afghanistan", "Pakistan", "India", "Ukraine", "Cuba", "Venezuela",
	"States", "Kingdom", "Emirates", "Nations", "Union", "Republic",
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
	"Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho",
	"Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
	"Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
	"Missouri", "Montana", "Nebraska", "Nevada", "Hampshire", "Jersey",
	"York", "Carolina", "Dakota", "Ohio", "Oklahoma", "Oregon",
	"Pennsylvania", "Rhode", "Tennessee", "Texas", "Utah", "Vermont",
	"Virginia", "Wisconsin", "Wyoming", "Manhattan", "Brooklyn", "Chicago",
	"Philadelphia", "Boston", "Cleveland", "Detroit", "Miami", "Orlando",
	"Iowa", "Midway", "Hill", "Capitol", "Street", "Wall", "Broadway",
	"Hollywood", "Middle", "East", "West", "North", "South", "Gulf",
	"US", "U.S.", "U.S", "UK", "U.K.", "USA", "Twitter", "YouTube", "Instagram",
	"Google", "Apple", "Microsoft", "Amazon", "Breitbart", "Politico",
	"HuffPost", "Post", "Bloomberg", "Axios", "Hill", "Vox", "Slate",
	"Democratic", "Republican", "Assembly", "Legislature", "Cabinet",
	"Council", "Secretariat", "Command", "Navy", "Marines", "Corps",
	"Mobilization", "Hezbollah",
	"Hamas", "Taliban", "Qaeda", "ISIS", "ISIL", "State", "Islamic",
	"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.",
	"Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.",
	"Minn.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.",
	"Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.", "N.Y.", "N.J.", "N.H.",
	"N.C.", "S.C.", "D.C.", "N.M.", "R.I.", "W.Va.", "N.D.", "S.D.",
)

// qDemonyms are capitalized adjectives that start noun phrases without
// naming anyone ("Iraqi officials", "Shiite parties").
var qDemonyms = setOf(
	"Iraqi", "Iraqis", "Iranian", "Iranians", "American", "Americans",
	"Kurdish", "Kurds", "Shiite", "Shiites", "Sunni", "Sunnis", "Israeli",
	"Saudi", "Syrian", "Russian", "Russians", "Chinese", "Democratic",
	"Republican", "Democrat", "Democrats", "Republicans", "Muslim",
	"Muslims", "Christian", "Christians", "Jewish", "Arab", "Arabs",
	"European", "British", "French", "German", "Mexican", "Mexicans",
	"Palestinian", "Afghan", "Pakistani", "Turkish", "Egyptian", "Libyan",
	"Lebanese", "Yemeni", "Kuwaiti", "Qatari", "Emirati", "Jordanian",
	"Canadian", "Japanese", "Korean", "Indian", "African", "Asian", "Latino",
	"Latinos", "Hispanic", "Hispanics", "Black", "White", "Western",
	"Eastern", "Northern", "Southern", "Federal", "National", "Congressional",
	"Presidential", "GOP", "Sadrist", "Conservative", "Liberal", "Progressive",
	"Evangelical", "Catholic", "Protestant", "Independent", "Senate", "House",
	"State", "Supreme", "Clintons", "Obamas", "Trumps",
)

// qPlaces are places, which name no speaker even when they stand where a
// speaker would: "Cory James, 22, of Flint, Mich., said". The words of
// the US states and Canadian provinces, with their AP abbreviations, come
// from usRegions (the dateline table); postal codes ("OK", "IN") are left
// out, since they read as words.
var qPlaces = qWithRegionWords(setOf(
	"Tex.", "Iraq", "Iran", "Baghdad", "Tehran", "America", "Syria", "Russia",
	"China", "Israel", "Europe", "Britain", "France", "Germany", "Canada",
	"Japan", "Korea", "Turkey", "Egypt", "Afghanistan", "Pakistan", "India",
	"Ukraine", "Cuba", "Venezuela", "Chicago", "Philadelphia", "Boston",
	"Cleveland", "Detroit", "Miami", "Orlando", "Manhattan", "Brooklyn",
	"Columbus", "Atlanta", "Denver", "Dallas", "Houston", "Phoenix",
	"Seattle", "Portland", "Milwaukee", "Flint", "Cambridge", "London",
	"Paris", "Berlin", "Moscow", "Beijing", "Arabia",
))

// qWithRegionWords adds to places every word of the region names and
// abbreviations in usRegions, but for the all-capital postal codes.
func qWithRegionWords(places map[string]bool) map[string]bool {
	for r := range usRegions {
		if isAllCaps(r) && !strings.Contains(r, ".") {
			continue
		}
		for _, w := range strings.Fields(r) {
			places[w] = true
		}
	}
	return places
}
