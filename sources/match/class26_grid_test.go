package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// c26Row is a row of the class26 table: want is a category, several
// joined by "|" when either is right, or "-" for no alert (coverage at
// most); residue marks a row known to be wrong, logged, not failed.
type c26Row struct {
	want, title, lead string
	residue           bool
}

// c26Rows are written for class26.go in shapes the readable sets do not
// have, each beside look-alikes from the same parts.
var c26Rows = []c26Row{
	// class-level actions: state laws, executive orders, procurement, telecom regulators, defence bills, data, connected cars, routers, drones, batteries, apps, official voice, terse titles, consumer press, other states (pos)
	{"ban", "Governor signs executive order banning Chinese-made drones from state agencies", "The order directs agencies to stop buying unmanned aircraft manufactured in China and to phase out existing fleets within a year.", false},
	{"ban", "Youngkin order bars state employees from using Chinese AI apps on government devices", "Virginia's governor cited national security risks from applications developed by companies based in China.", false},
	{"ban", "Ohio Senate passes bill barring state purchases of drones made in China", "The measure now goes to the House; it would prohibit agencies from buying drones from countries of concern.", false},
	{"ban", "Tennessee enacts law prohibiting state contracts with Chinese-owned tech firms", "Gov. Bill Lee signed the measure, which bars agencies from buying technology from companies controlled by foreign adversaries.", false},
	{"ban", "Texas governor orders agencies to ban Chinese apps and devices on state networks", "Gov. Greg Abbott directed state agencies to prohibit the download and use of Chinese-made software and hardware on government-issued devices.", false},
	{"ban", "Arkansas law bans state agencies from buying Chinese-made security cameras", "The law, signed Tuesday, takes effect in August and requires agencies to replace existing cameras by 2027.", false},
	{"ban", "State bans purchase of surveillance equipment from foreign adversaries", "A new law prohibits state and local governments from acquiring video surveillance equipment produced by companies from countries of concern.", false},
	{"ban", "Montana becomes latest state to ban Chinese-made drones for police", "Lawmakers passed the bill with wide majorities and the governor signed it Friday, citing data security concerns.", false},
	{"ban", "New Florida law forces police to ground drones built in adversary nations", "Agencies have until January to stop flying drones made by manufacturers in China and other countries of concern.", false},
	{"ban", "Gov. DeSantis signs bill restricting Chinese-made drones and apps", "The law bars government entities from buying drones from countries of concern and from using apps owned by foreign adversaries.", false},
	{"ban", "Georgia lawmakers pass ban on Chinese software in state vehicles", "The bill cleared both chambers and heads to the governor's desk.", false},
	{"ban", "Alabama House approves ban on Chinese drones for state agencies", "The bill passed 98-2 and now moves to the Senate.", false},
	{"ban", "Federal rule prohibits contractors from using Chinese-made semiconductors", "An interim rule amends the Federal Acquisition Regulation to bar agencies from buying products that contain chips made by certain Chinese companies.", false},
	{"ban", "GSA bars purchases of drones made by Chinese manufacturers", "The General Services Administration said agencies may no longer buy unmanned aircraft from companies headquartered in China.", false},
	{"ban", "Pentagon to stop buying batteries from Chinese makers under new rule", "A provision of the defense bill bars the Defense Department from procuring batteries from six Chinese manufacturers starting in 2027.", false},
	{"ban", "NDAA provision barring Pentagon purchases of Chinese batteries takes effect", "From October 1 the Defense Department may no longer buy batteries produced by certain Chinese companies.", false},
	{"ban", "Defense Department prohibits procurement of Chinese-made displays", "The department said it will no longer buy LCD and OLED displays made in China for its systems.", false},
	{"ban", "Agencies barred from buying Chinese-made printers under new procurement rule", "The rule requires agencies to certify that printers they buy are not made by companies linked to the Chinese government.", false},
	{"ban", "Federal agencies can no longer buy drones made in China", "A rule published Tuesday prohibits executive agencies from procuring or operating drones manufactured by covered foreign entities.", false},
	{"ban", "Canada bars federal departments from buying Chinese surveillance cameras", "Public Services and Procurement Canada said it will not award contracts for video surveillance systems from Chinese manufacturers.", false},
	{"ban|directive", "Regulator orders operators to strip high-risk vendor kit from 5G core", "The telecom regulator said operators must remove equipment from high-risk suppliers from their core networks by the end of 2025.", false},
	{"ban", "Sweden excludes Chinese vendors from 5G auction", "The Swedish Post and Telecom Authority said operators winning spectrum must not use equipment from Chinese suppliers in new networks.", false},
	{"ban", "Telecom regulator bars operators from using equipment from untrusted suppliers", "New licence conditions require mobile operators to use only network equipment from approved vendors, shutting out Chinese suppliers.", false},
	{"ban", "FCC bans new models of foreign-made drones", "The commission voted to stop authorizing new drone models from foreign manufacturers, citing national security risks.", false},
	{"sanctions", "FCC adds all foreign-made drones to Covered List", "The agency added unmanned aircraft systems and components produced abroad to its list of equipment deemed a threat to national security.", false},
	{"ban", "FCC closes loophole that let banned Chinese gear in through modules", "The commission voted to bar authorization of devices containing modules from companies on its Covered List.", false},
	{"ban", "Portugal bars Chinese suppliers from 5G networks", "The country's cybersecurity council ruled that equipment from suppliers based outside the EU and NATO poses a high risk and cannot be used in 5G networks.", false},
	{"ban", "Germany to ban Chinese components from 5G core networks", "Operators must remove critical components made by Chinese companies from their core networks by 2026 under an agreement with the interior ministry.", false},
	{"ban", "Ofcom: operators must remove high-risk vendor equipment from core by 2023", "The regulator published its guidance on the government's telecoms security rules, which bar high-risk vendors from network cores.", true},
	{"ban", "House passes defense bill that bans Pentagon from buying Chinese drones", "The National Defense Authorization Act, passed 310-118, includes a provision barring the department from buying drones made in China.", false},
	{"ban", "Senate approves NDAA with ban on Chinese batteries", "The annual defense bill bars the military from buying batteries from Chinese manufacturers starting in 2028.", false},
	{"ban", "NDAA passes House with provision barring DoD from using Chinese-made displays", "The bill now heads to conference with the Senate version.", false},
	{"ban", "Bill banning Chinese drones clears Senate", "The legislation would prohibit federal agencies from buying drones manufactured in China or by companies with ties to the Chinese government.", false},
	{"ban", "Chinese drone ban passes state House 98-0", "The bill would bar state and local agencies from buying drones made by companies in countries of concern.", false},
	{"ban", "Defense bill bans military from buying Chinese-made LiDAR", "The final NDAA signed by the president prohibits the Pentagon from procuring lidar sensors from Chinese companies.", false},
	{"ban", "Congress passes bill barring federal use of Chinese AI", "The measure prohibits executive agencies from using artificial intelligence models developed by companies in China, including DeepSeek-style chatbots.", false},
	{"ban", "Justice Department rule bars sharing Americans' genomic data with China", "The rule, which takes effect in April, prohibits transactions that give countries of concern access to bulk sensitive personal data.", false},
	{"ban", "New rule stops companies selling Americans' location data to adversary nations", "Data brokers may no longer sell precise geolocation data to entities in China, Russia, Iran or North Korea.", false},
	{"ban", "India bars transfer of personal data to blacklisted countries", "The government notified rules under the data protection act that prohibit transferring citizens' personal data to countries it designates as restricted.", true},
	{"ban", "US finalizes ban on Chinese software in connected cars", "The Commerce Department's rule bars the import and sale of vehicles with Chinese or Russian connectivity software from model year 2027.", false},
	{"ban", "Connected-car rule bars Chinese and Russian software from US roads", "Automakers must remove the software by 2027 and the hardware by 2030 under the final rule.", false},
	{"ban", "Chinese-made cars will be banned from US roads starting 2027", "A Commerce Department rule finalized Tuesday prohibits connected vehicles with Chinese software or hardware.", false},
	{"ban", "Poland bans Chinese cars from military facilities", "The defence ministry said vehicles made in China may not enter military sites or connect their phones to car systems, citing data collection.", false},
	{"ban", "UK bars Chinese-made cars from sensitive government sites", "Officials were told not to park or use vehicles produced by Chinese carmakers at sites handling classified material.", false},
	{"ban|directive", "Israel's army recalls Chinese-made vehicles from senior officers", "The IDF said cars issued to officers will be replaced after security officials warned their cameras and connectivity could leak data.", false},
	{"ban", "Texas bans Chinese routers from state networks", "Gov. Greg Abbott added routers from Chinese manufacturers to the state's list of prohibited technologies.", false},
	{"directive", "CISA orders agencies to replace end-of-life routers", "A binding operational directive gives federal civilian agencies a year to remove network edge devices that no longer receive security updates.", false},
	{"directive", "Agencies told to remove unsupported edge devices within a year", "CISA's new directive requires federal agencies to identify and replace firewalls, routers and VPN appliances their vendors no longer support.", false},
	{"ban", "Pentagon bars purchase of foreign drones", "The Defense Department said it will no longer buy commercial drones from foreign manufacturers for its units.", false},
	{"directive", "Army orders units to stop using commercial drones over cyber risk", "A memo directed soldiers to cease all use of commercial off-the-shelf drones and to uninstall their apps.", false},
	{"ban", "Interior grounds its fleet of Chinese drones", "The department halted flights of about 800 drones that were made in China or contain Chinese parts, citing cybersecurity.", false},
	{"ban", "Coast Guard bans Chinese-made drones", "The service said it will stop operating drones made in China by the end of the fiscal year.", false},
	{"ban", "Homeland Security bars Chinese batteries from federal facilities", "A new DHS policy prohibits energy storage systems made in China at federal sites over fears of remote shutdown.", false},
	{"ban", "Lithuania bans Chinese inverters from its grid", "Parliament passed amendments prohibiting remote access by Chinese makers to solar and wind installations.", false},
	{"directive", "Utilities told to unplug Chinese-made inverters after rogue radios found", "The energy department advised grid operators to disconnect inverters in which undocumented communication devices were discovered.", false},
	{"ban", "India bans 59 Chinese apps citing security", "The government blocked the applications, saying they were engaged in activities prejudicial to the sovereignty and security of India.", false},
	{"ban", "India blocks 119 more apps with Chinese links", "The electronics ministry issued orders blocking the apps under Section 69A of the IT Act, citing national security.", false},
	{"ban", "Taiwan bans Chinese-made apps from public sector devices", "The government barred agencies from using apps developed by mainland Chinese firms on official phones.", false},
	{"ban", "Australia bans Chinese AI on government devices", "Home Affairs issued a mandatory direction requiring agencies to remove AI apps from Chinese developers from all government systems.", false},
	{"ban", "South Korea blocks Chinese AI apps on ministry computers", "Several ministries restricted access to Chinese generative AI services over data security concerns.", false},
	{"directive", "Agencies told to remove Chinese AI apps within 30 days", "A memo from the budget office orders federal agencies to uninstall artificial intelligence applications developed in China.", false},
	{"ban", "Prohibition on Procurement of Covered Unmanned Aircraft Systems", "This rule prohibits executive agencies from procuring or operating unmanned aircraft systems manufactured by covered foreign entities, as required by the American Security Drone Act.", false},
	{"ban", "Securing the Information and Communications Technology Supply Chain: Connected Vehicles", "This final rule prohibits VCS and ADS hardware and software designed, developed or supplied by persons owned by, controlled by or subject to the jurisdiction of China or Russia.", true},
	{"directive", "Emergency Directive: Mitigate Risks from Chinese-Manufactured Surveillance Cameras", "Agencies must disconnect video surveillance systems produced by covered manufacturers from federal networks within 30 days.", false},
	{"directive", "Binding Operational Directive 26-02: Remove End-of-Life Edge Devices", "Federal civilian executive branch agencies must decommission edge devices that are no longer supported by their manufacturers.", false},
	{"ban", "Executive Order on Protecting Americans' Sensitive Data from Foreign Adversaries", "The order prohibits transactions involving apps developed or controlled by foreign adversaries that collect sensitive personal data.", false},
	{"ban", "Order Prohibiting Use of Chinese-Made Drones by State Agencies", "No state agency may purchase or operate an unmanned aircraft system manufactured in the People's Republic of China.", false},
	{"ban", "Drone ban", "The state legislature passed a law banning agencies from buying drones made in China.", false},
	{"ban", "New rules for telecom gear", "Operators may no longer install network equipment from Chinese suppliers under rules published by the ministry.", false},
	{"ban", "Big change for government phones", "Government employees are now barred from installing Chinese apps on their work phones, the ministry said.", false},
	{"ban", "No more Chinese cameras", "The city council voted to ban the purchase of surveillance cameras made by Chinese companies.", false},
	{"ban", "It's official", "The Commerce Department finalized its rule banning Chinese software and hardware in connected cars sold in the US.", false},
	{"directive", "Rip and replace", "The FCC ordered carriers to remove Chinese-made network equipment from their networks within a year.", false},
	{"ban|sanctions", "You won't be able to buy a new Chinese drone in the US anymore", "The FCC added foreign-made drones to its Covered List, which bars new models from receiving authorization.", true},
	{"ban", "The US is banning Chinese software in cars. Here's why", "The Commerce Department finalized a rule that bars connected vehicles with Chinese or Russian software.", false},
	{"ban", "Your state just banned Chinese drones. Here's what it means", "Agencies must ground their drones made in China by the end of the year under the new law.", false},
	{"ban", "Chinese drones are now banned for federal agencies", "A new rule prohibits agencies from buying or flying drones made by Chinese companies.", false},
	{"ban", "Goodbye, Chinese routers: state bans them from government networks", "The governor signed an order prohibiting agencies from using routers made by Chinese manufacturers.", false},
	{"ban", "Government prohibits use of foreign messaging apps for official communication", "The ministry said civil servants may only use domestic messengers for work, citing the risk of data leaks to foreign services.", false},
	{"ban", "Russia bans officials from using foreign messengers", "A new law prohibits state employees from using foreign messaging services for official correspondence.", false},
	{"ban", "China bars government use of foreign phones", "Officials at central agencies were told not to bring foreign-brand phones to work.", false},
	{"ban", "Beijing bans foreign AI chips from state-funded data centres", "New guidance requires state-funded data centre projects to use only domestically made chips.", false},
	{"ban|directive", "China tells agencies to stop buying foreign antivirus software", "The government procurement center excluded foreign security software makers from its approved list.", false},
	{"ban", "Vietnam bans Chinese-made surveillance cameras in government buildings", "The Ministry of Public Security said cameras from Chinese manufacturers must not be installed at state agencies.", false},
	{"ban", "India restricts Chinese CCTV cameras in critical sectors", "New rules require surveillance cameras sold in India to have source code reviewed, a move aimed at Chinese makers.", false},
	// look-alikes: tariffs and trade, bills not passed, proposals, content and safety bans, purchases, studies, terse titles over talk, past steps or trade (neg)
	{"-", "US raises tariffs on Chinese EVs to 100%", "The Biden administration quadrupled duties on electric vehicles made in China to protect American automakers.", false},
	{"-", "EU imposes duties on Chinese e-bikes", "The European Commission extended anti-dumping duties on electric bicycles imported from China.", false},
	{"-", "Senators introduce bill to ban Chinese drones", "The bipartisan proposal would add drones from Chinese companies to the FCC's Covered List.", false},
	{"-", "China bans exports of drone parts", "Beijing restricted exports of certain drone components, citing national security.", false},
	{"-", "India bans obscene apps in content crackdown", "The government blocked 18 streaming platforms for publishing obscene content.", false},
	{"-", "Russia blocks foreign VPN apps", "The censor said it restricted access to VPN services used to reach banned websites.", false},
	{"-", "Police department buys Chinese drones despite warnings", "The sheriff's office said the drones were the cheapest option.", false},
	{"-", "Hackers exploit flaw in Chinese-made cameras", "Attackers are using a vulnerability in cameras from several Chinese manufacturers to build a botnet.", false},
	{"-", "Study finds Chinese cars collect driver data", "Researchers found vehicles from Chinese brands send telemetry to servers abroad.", false},
	{"-", "House committee advances bill to ban Chinese drones", "The Energy and Commerce Committee approved the measure, which still needs a floor vote.", false},
	{"-", "Bill to ban Chinese routers fails in Senate", "The measure fell short of the 60 votes needed to advance.", false},
	{"-", "Drone makers lobby against proposed ban", "Industry groups said a ban on Chinese drones would hurt first responders.", false},
	{"-", "Chinese drone ban hurts farmers, survey says", "Growers say restrictions have left them without affordable equipment.", false},
	{"-", "Airline bans power banks on flights", "Passengers may no longer use portable batteries on board after several fires.", false},
	{"-", "Fire department bans e-bike batteries in stations", "Lithium-ion batteries have caused a spike in fires.", false},
	{"-", "Australia bans social media for under-16s", "The law requires platforms to verify users' ages.", false},
	{"-", "Schools ban phones in classrooms", "The education ministry said pupils must hand in phones at the start of the day.", false},
	{"-", "Germany's sales of Chinese cars slump", "Chinese brands sold fewer vehicles in Germany last quarter.", false},
	{"-", "US considers ban on Chinese routers, report says", "Officials are weighing whether to restrict sales of routers from Chinese makers.", false},
	{"-", "Canada imposes 100% tariff on Chinese electric vehicles", "The surtax takes effect October 1.", false},
	{"-", "China restricts exports of rare earth magnets to US", "The commerce ministry said licences will be required.", false},
	{"-", "FCC proposes rules to fight robocalls from foreign carriers", "The agency wants to close gaps in caller ID authentication.", false},
	{"-", "Drone ban zones set up around airports for holiday travel", "The FAA restricted drone flights near major airports.", false},
	{"-", "EU bans AI systems that manipulate users", "The AI Act's prohibitions on practices like social scoring took effect.", false},
	{"-", "Lawmakers urge Commerce to ban Chinese connected cars", "A group of senators wrote to the secretary asking for a ban.", false},
	{"-", "Chinese automakers expand in Europe despite tariffs", "BYD and others opened factories in Hungary and Turkey.", false},
	{"-", "What a ban on Chinese drones would mean for police", "Departments rely heavily on DJI aircraft.", false},
	{"-", "Texas bans Chinese citizens from buying farmland", "The law bars people and companies from China from owning agricultural land.", false},
	{"-", "China bans Apple and Samsung ads", "Regulators said the ads were misleading.", false},
	{"-", "Pentagon buys American drones to replace Chinese fleet", "The department awarded contracts to US makers.", true},
	{"-", "Ban on Chinese drones delayed a year", "The rule's start date was pushed to 2027 after industry complaints.", false},
	{"reversal", "Court blocks Montana ban on Chinese apps", "A federal judge said the law likely violates the First Amendment.", false},
	{"-", "Chinese-made cranes at US ports: what we know", "Lawmakers have raised concerns about cellular modems found in cranes.", false},
	{"-", "Russian government bans import of Western luxury cars", "The import ban was a response to sanctions.", false},
	{"-", "Data brokers sell Americans' data to China, report finds", "A study bought data on service members from brokers.", false},
	{"-", "China's ban on Micron chips hits sales", "The memory maker said revenue fell.", false},
	{"-", "Governor vetoes bill banning Chinese drones", "The governor said the bill would hurt public safety.", false},
	{"-", "Chinese apps top US download charts", "Shopping apps from Chinese companies led the rankings.", false},
	{"-", "New York bans gas stoves in new buildings", "The law takes effect in 2026.", false},
	{"-", "Florida law bans social media accounts for children under 14", "Platforms must delete accounts of minors.", false},
	{"-", "Nigeria bans crypto trading on banks", "The central bank told lenders to close accounts of crypto exchanges.", false},
	{"-", "India bans 14 messenger apps used by terrorists", "The apps were used by militants in Jammu and Kashmir to communicate.", false},
	{"-", "Hobbyists rush to buy Chinese drones before ban", "Retailers reported a surge in sales.", false},
	{"-", "Webinar: Preparing for the connected-car rule", "Join our experts to discuss compliance.", false},
	{"-", "FCC fines carrier for failing to remove Chinese equipment", "The carrier missed its deadline under the rip-and-replace program.", true},
	{"-", "Drone ban delayed", "The FCC pushed back the date on which new foreign-made drones would be barred from authorization.", false},
	{"-", "Big week for drones", "Lawmakers proposed a bill to ban Chinese drones, and DJI unveiled a new model.", false},
	{"-", "Streaming crackdown", "The government blocked 18 streaming apps for publishing obscene content.", false},
	{"-", "New rules for EVs", "Chinese electric vehicles face higher tariffs under rules published by the ministry.", false},
	{"-", "Router worries", "Officials are weighing whether to ban routers made by Chinese companies.", false},
	{"reversal", "Camera ban lifted", "The city council voted to allow police to buy Chinese-made cameras again.", false},
	{"-", "Week in review", "Last week the FCC banned new foreign-made drones and Texas barred Chinese apps.", false},
	{"-", "Rules Governing Tariffs on Electric Vehicles Imported from China", "The Commerce Department set duties on Chinese-made cars at 100%.", false},
	{"-", "Notice of Proposed Rulemaking: Connected Vehicles", "The Commerce Department proposed a rule that would bar Chinese software in connected cars.", false},
	{"-", "Farmers worried", "Growers said a ban on Chinese drones would leave them without affordable equipment.", false},
	{"-", "‘Self-Reliance’: How Beijing Is Rebuilding Its Chip Industry", "Officials unveiled tough curbs on foreign chips in state-funded data centres.", false},
	{"-", "The Great Chip Decoupling, Explained", "Beijing ordered state firms to replace foreign chips by 2027.", false},
	{"-", "China's Semiconductor Ambitions", "The government barred state-funded data centres from buying foreign AI chips.", false},
	// vendors described, not named (desc)
	{"compromise", "Korean VPN provider's installer trojanized to deliver backdoor", "Attackers compromised the website of a South Korean VPN vendor and replaced its installer with one that drops malware.", false},
	{"sanctions", "Chinese-owned chipmaker added to Entity List", "The Commerce Department said the company supplied China's military.", false},
	{"oss", "Popular browser extension with 2 million users turned into malware after sale", "The new owner pushed an update that injects ads and steals browsing data.", false},
	{"compromise", "Taiwanese router maker's update server hijacked to push backdoor", "Researchers found the vendor's firmware update server served a tampered image.", false},
	{"sanctions", "Israeli spyware firm sanctioned by Treasury", "The Treasury Department sanctioned the company and its founder for selling surveillance tools used against journalists.", false},
	{"compromise", "Accounting software vendor hacked to push malicious update", "Customers of the Ukrainian tax software received a trojanized update that deployed wiper malware.", false},
	{"compromise", "Backdoor found in firmware of popular Chinese IP cameras", "Researchers discovered an undocumented account hard-coded by the manufacturer.", false},
	{"sanctions", "Chinese AI startup blacklisted by Commerce", "The company was added to the Entity List for supporting military modernization.", false},
	{"ban", "Pentagon bans Chinese DNA sequencing firm", "The Defense Department barred contracts with the genomics company over ties to the People's Liberation Army.", false},
	{"compromise", "Chat app popular in Asia shipped backdoored installer", "Attackers tampered with the official installer of a messaging app used widely in Taiwan and Hong Kong.", true},
	{"delisting", "Google pulls popular Chinese photo editing app over data concerns", "The app, with more than 100 million installs, was removed from the Play Store after researchers found it collected user data.", false},
	{"espionage|state-links", "Russian antivirus maker accused of helping Kremlin spy", "US officials said the company's software was used to pull classified files from an NSA contractor's computer.", false},
	// vendors described, not named, in every category, and their look-alikes (dnp)
	{"compromise", "Hackers hijack update mechanism of South Korean ERP vendor to spread malware", "Researchers said the attackers pushed a trojanized update to the software's customers.", false},
	{"compromise", "Chinese input method app's update channel delivered spyware", "Researchers found the popular keyboard app's updater fetched a malicious payload.", true},
	{"compromise|oss", "Popular password manager's browser extension shipped with data-stealing code", "A malicious version of the extension was published to the Chrome Web Store for two days.", false},
	{"compromise", "Taiwanese hardware maker's driver update server compromised", "Attackers used the vendor's signed update tool to push a backdoor to a small number of targeted machines.", false},
	{"compromise", "Vietnamese certificate authority's client software trojanized in supply chain attack", "The installer offered on the official website contained a backdoor.", true},
	{"compromise", "Backdoor discovered in firmware of Chinese router maker", "Researchers found a hard-coded account added by the manufacturer in several models.", false},
	{"compromise", "Israeli chat app shipped backdoored update to users", "The app's official update contained code that exfiltrated messages.", false},
	{"compromise", "Pakistani government software supplier's installer laced with malware", "Attackers compromised the official download page and swapped the setup file.", true},
	{"compromise", "Japanese video conferencing provider's installer laced with backdoor", "Attackers compromised the company's website and replaced its Windows installer with a trojanized copy.", false},
	{"oss", "Browser extension with 300,000 users sold and turned into adware", "The new owner pushed an update that injected affiliate links.", false},
	{"oss", "Popular Chrome extension hijacked to steal session cookies", "Attackers phished the developer and pushed a malicious version to the Chrome Web Store.", false},
	{"sanctions", "US sanctions Russian cybersecurity firm for aiding intelligence services", "Treasury said the company provided technical support to the FSB.", false},
	{"sanctions", "Commerce blacklists Chinese AI chipmaker", "The company was added to the Entity List for supporting China's military.", false},
	{"sanctions", "Treasury sanctions Iranian software company over hacking campaigns", "The firm developed tools used by Tehran's intelligence ministry.", false},
	{"ban", "Pentagon bars contracts with Chinese genetics firm", "The Defense Department cited the company's ties to the People's Liberation Army.", true},
	{"ban", "Taiwan bans government use of Chinese AI chatbot", "The digital ministry said agencies may not use the app over data security risks.", false},
	{"delisting", "Google removes popular Chinese shopping app over malware", "The app exploited Android flaws to spy on users, researchers said.", false},
	{"delisting", "Apple pulls Russian social network app from App Store citing sanctions", "The app was removed after the Treasury designated its parent company.", false},
	{"directive", "CISA warns agencies to stop using Chinese-made remote access software", "The agency said the software sends data to servers in China.", false},
	{"espionage", "Chinese smartphone maker accused of sending user data to Beijing", "Lithuania's cybersecurity centre found the phones had built-in censorship tools and sent encrypted data to a server in Singapore.", false},
	{"state-links", "Russian antivirus vendor tied to FSB, report finds", "Documents show the company's employees worked with the intelligence service.", false},
	{"reversal", "US lifts sanctions on Russian cybersecurity firm", "Treasury removed the company from the SDN list after it changed ownership.", false},
	{"distrust", "Chrome to distrust Taiwanese certificate authority", "Google said certificates issued after August will not be trusted.", false},
	{"-", "Hackers breach Israeli defense contractor", "The attackers stole documents and posted them online.", false},
	{"-", "Ransomware hits Taiwanese chipmaker", "The company said production was not affected.", false},
	{"-", "Chinese hackers exploit flaw in popular VPN appliance", "Attackers used a zero-day to break into networks.", false},
	{"-", "Security firm finds backdoor in Chinese-made router", "Researchers at the company said the flaw let attackers take over devices.", false},
	{"-", "US sanctions Chinese firm over Iranian oil purchases", "Treasury said the company bought crude from Iran.", false},
	{"-", "Chinese EV maker opens first European plant", "The factory will make 200,000 cars a year.", false},
	{"-", "Popular VPN app leaks user data in misconfigured database", "A researcher found the records exposed online.", false},
	{"-", "Russian software firm IPO raises $300 million", "Shares rose 20% on debut.", false},
	{"-", "Korean messaging app hit by outage", "Users could not send messages for hours.", false},
	{"-", "Israeli spyware firm's tools used to hack journalists", "Researchers found the spyware on phones of reporters.", false},
	{"-", "Chinese chipmaker reports record profits", "Revenue rose on demand for AI chips.", false},
	{"-", "Popular browser extension fixes critical vulnerability", "The developer released a patch.", false},
	{"-", "Taiwanese router maker patches zero-day exploited in attacks", "The company urged customers to update.", false},
	{"-", "Fake Korean VPN installer spreads malware", "Attackers set up a lookalike website offering a trojanized copy.", false},
	{"-", "Hackers impersonate popular chat app to spread spyware", "The fake app was distributed outside official stores.", false},
	{"-", "Chinese drone maker sues Pentagon over military list", "The company said the designation was wrong.", false},
	{"-", "Russian antivirus maker denies spying claims", "The company said it has never helped any government spy.", false},
	{"-", "Lawmakers urge sanctions on Chinese chipmaker", "A letter asked Commerce to add the company to the Entity List.", false},
	{"-", "Israeli cybersecurity firm raises $100 million", "The startup will expand in the US.", false},
	{"-", "Iranian hackers target Israeli software company", "The attackers used phishing emails.", false},
	{"-", "Chinese AI startup launches new model", "The company said it beats competitors.", false},
	{"-", "Japanese video conferencing provider hit by data breach", "Customer records were exposed.", false},
	{"-", "Popular Chrome extension removed from store for policy violation", "Google said it violated spam policies.", false},
	{"-", "American cloud provider suspends Chinese customers", "The company cited export rules.", false},
	{"-", "Chinese smartphone maker's ads banned for misleading claims", "The regulator said the ads exaggerated battery life.", false},
	// rules that admit only the trusted or the domestic, and their look-alikes (only)
	{"ban", "Telcos may connect network gear only from 'trusted sources' from June 15", "", false},
	{"ban", "Indian telcos may connect only 'trusted products' from today", "", false},
	{"ban", "From June 15, Indian telcos may only install gear from 'trusted sources'", "", false},
	{"ban", "Telecom operators must buy only from 'trusted sources' starting today", "", false},
	{"ban", "India: telcos may buy only from 'trusted sources' from June 15", "", false},
	{"directive", "From June 15, telcos may connect only 'trusted products', DoT tells operators", "", false},
	{"ban", "From today, telcos can plug in network gear only from 'trusted sources'", "", false},
	{"ban", "Chinese state firms must use only domestic chips in new data centres", "", false},
	{"ban", "Civil servants may only use domestic messaging apps, ministry says", "", false},
	{"ban|directive", "Agencies can buy drones only from trusted American manufacturers under new rule", "", false},
	{"ban|directive", "Operators must source 5G equipment only from trusted vendors, regulator rules", "", false},
	{"ban", "Government offices may run only domestically made operating systems from 2027", "", false},
	{"-", "Users should only download apps from trusted sources", "", false},
	{"-", "Android users told to install apps only from trusted sources", "", false},
	{"-", "Employees may only use approved AI tools, company says", "", false},
	{"-", "Bill would require agencies to buy only from trusted vendors", "", true},
	{"-", "Shoppers can only buy domestic brands in rural stores", "", false},
	{"-", "Banks may only use trusted cloud providers, proposal says", "", false},
	{"-", "Fans can only watch the match on domestic channels", "", false},
	{"-", "Operators may only charge domestic rates for roaming", "", false},
}

// c26Verdict is a row's answer as the table writes it.
func c26Verdict(a trust.Alert, ok bool) string {
	switch {
	case !ok || a.Coverage:
		return "-"
	}
	return string(a.Category)
}

// c26Fits reports whether got is one of want's categories, a package's
// and a product's compromise and a state's tie and spying counting as
// one.
func c26Fits(want, got string) bool {
	for _, w := range strings.Split(want, "|") {
		if w == got || oneOf(w, "oss", "compromise") && oneOf(got, "oss", "compromise") ||
			oneOf(w, "state-links", "espionage") && oneOf(got, "state-links", "espionage") {
			return true
		}
	}
	return false
}

// TestClass26Table holds the table's rows (class-level actions,
// described vendors, rules that admit only the trusted, and their
// look-alikes) and logs the count with class26.go off and on.
func TestClass26Table(t *testing.T) {
	m := defaultMatcher(t)
	var right [2]int
	for i, off := range []bool{true, false} {
		class26Off = off
		for _, r := range c26Rows {
			a, ok := m.Match(r.title, r.lead)
			if c26Fits(r.want, c26Verdict(a, ok)) {
				right[i]++
			}
		}
	}
	class26Off = false
	t.Logf("class26 table: %d of %d right with class26.go off, %d on", right[0], len(c26Rows), right[1])
	for _, r := range c26Rows {
		t.Run(r.title, func(t *testing.T) {
			a, ok := m.Match(r.title, r.lead)
			got := c26Verdict(a, ok)
			switch fits := c26Fits(r.want, got); {
			case r.residue && !fits:
				t.Logf("known residue: want %s, got %s %v", r.want, got, a.VendorNames())
			case r.residue:
				t.Logf("residue now right: %s %v", got, a.VendorNames())
			case !fits:
				t.Errorf("want %s, got %s %v (%s)", r.want, got, a.VendorNames(), a.Why())
			}
		})
	}
}

// TestClass26Described holds the name a described vendor's alert gives:
// the description as written, or the registry vendor the lead names
// that fits it.
func TestClass26Described(t *testing.T) {
	m := defaultMatcher(t)
	checkNameRows(t, m, true, []nameRow{
		{"described", "Korean VPN provider's installer trojanized to deliver backdoor", "Attackers compromised the website of a South Korean VPN vendor and replaced its installer with one that drops malware.", []string{"Korean VPN provider"}},
		{"with users", "Browser extension with 300,000 users sold and turned into adware", "The new owner pushed an update that injected affiliate links.", []string{"Browser extension with 300,000 users"}},
		{"lead names it", "Attorney general sues popular shopping app over spyware claims", "The state filed suit against Temu, alleging the app is designed to gain unrestricted access to users' phones.", []string{"Temu"}},
		{"lead names another kind", "Chinese router maker's update server hijacked to push backdoor", "Researchers at ESET found the tampered images.", []string{"Chinese router maker"}},
	})
}
