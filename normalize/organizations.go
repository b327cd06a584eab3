package normalize

// newsOrganizations are the agencies and outlets that bylines and
// contributor lines name most often. A byline part found here is an
// organization, not a person; others are recognised by shape (see
// isOrganization).
var newsOrganizations = setOf(
	"The Associated Press", "Associated Press", "AP", "Reuters",
	"Thomson Reuters", "AFP", "Agence France-Presse", "Agence France Presse",
	"Al Jazeera", "Al Jazeera English", "Bloomberg", "Bloomberg News", "CNN",
	"BBC", "BBC News", "NPR", "PBS", "ABC News", "CBS News", "NBC News",
	"Fox News", "The New York Times", "New York Times", "The Washington Post",
	"Washington Post", "The Wall Street Journal", "The Guardian",
	"The Independent", "The Telegraph", "The Times", "Financial Times",
	"Xinhua", "dpa", "DPA", "UPI", "United Press International", "PA Media",
	"Press Association", "PA", "ANSA", "EFE", "Kyodo", "Kyodo News",
	"Yonhap", "TASS", "Interfax", "PTI", "IANS", "ANI", "CNBC", "Axios",
	"Politico", "The Hill", "USA Today", "Breitbart News", "AAP",
	"Australian Associated Press", "The Canadian Press", "Canadian Press",
	"Anadolu Agency", "Agencies", "News Agencies", "Staff", "Wire Services",
)

// organizationWords are the last words that mark a name as an outlet's
// ("The Jakarta Post", "Kyiv Independent News").
var organizationWords = setOf(
	"Press", "News", "Times", "Post", "Journal", "Agency", "Agencies",
	"Herald", "Tribune", "Telegraph", "Guardian", "Network", "Media", "Wire",
	"Service", "Services", "Daily", "Gazette", "Chronicle", "Observer",
	"Review", "Magazine", "Radio", "Television", "TV", "Online", "Report",
	"Reporter", "Star", "Sun", "Mail", "Express", "Independent", "Standard",
	"Inquirer", "Bulletin", "Dispatch", "Courier", "Examiner", "Monitor",
	"Insider", "Today", "Weekly", "Broadcasting", "Corporation", "Group",
)

// contributorRoles are the job words of contributor lines ("Associated
// Press writer ..."), mapped to the role reported.
var contributorRoles = map[string]string{
	"writer": "writer", "writers": "writer", "reporter": "reporter",
	"reporters": "reporter", "correspondent": "correspondent",
	"correspondents": "correspondent", "photographer": "photographer",
	"photographers": "photographer", "researcher": "researcher",
	"researchers": "researcher", "editor": "editor", "editors": "editor",
	"journalist": "journalist", "journalists": "journalist",
	"videographer": "videographer", "producer": "producer",
	"producers": "producer",
}

// contributionTails end contributor lines.
var contributionTails = []string{
	" also contributed to this report", " contributed to this report",
	" also contributed to this story", " contributed to this story",
	" also contributed reporting", " contributed reporting",
	" contributed additional reporting", " also contributed to this article",
	" contributed to this article", " contributed to this",
	" also contributed", " contributed",
}
