package practices_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/eis-project/eis/practices"
)

// europeanTLDs are the country-code domains of Europe (EU, EEA, UK,
// Switzerland) plus .eu: a general method's link on one of them comes from a
// European source.
var europeanTLDs = []string{
	"eu", "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv",
	"lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is", "li", "no", "ch", "uk",
}

// europeanHosts are hosts outside those domains that still publish a
// European source, each with the reason a reviewer accepted it.
var europeanHosts = map[string]string{
	// The sources of global-consumers-new-market: what a marketplace asks
	// of a seller based in the UK that lists in the EU, and the UK small
	// firms' federation's report on exporting online (adv21d, session 21).
	"sellercentral-europe.amazon.com": "Amazon's seller central for its European marketplaces: its rules for sellers based in the UK that list on its EU sites",
	"issuu.com":                       "a mirror; only for copies of European documents, named in the source title (the Federation of Small Businesses' report Destination Digital, UK, 2019)",
	"wipo.int":                        "WIPO, the UN agency in Geneva that runs the Madrid System",
	"boip.int":                        "Benelux Office for Intellectual Property, The Hague",
	"opentoexport.com":                "the Chartered Institute of Export & International Trade's (UK) free service",
	"intertradeireland.com":           "InterTradeIreland, the all-island trade body of Ireland and Northern Ireland",
	"studylib.net":                    "a mirror; only for copies of European documents, named in the source title",
	"eusmecentre.org.cn":              "the EU-funded EU SME Centre in China",
	"southcorkleo.submit.com":         "the application site of Local Enterprise Office South Cork (Ireland)",
	// The sources of the eu-deforestation market note, reused as they are
	// by the method that turns it into a step (global-eudr-due-diligence):
	// secondary summaries of an EU regulation, (EU) 2025/2650.
	"taxnews.ey.com":                    "EY Tax News: a summary of Regulation (EU) 2025/2650, the EUDR's amended dates (the eu-deforestation note's source)",
	"quantifiedimpacts.com":             "a summary of the EUDR's postponement for micro and small firms (the eu-deforestation note's source)",
	"climatechangelegalblogarchive.com": "a legal blog's summary of the EUDR amendment (Regulation (EU) 2025/2650): downstream operators and traders file no due-diligence statement (global-eudr-due-diligence)",
	// The Commission's draft of May 2026 that changes the EUDR's list of
	// products (global-eudr-due-diligence, regs25, session 25); KOTRA's
	// briefing on it is under raw.githubusercontent.com below.
	"sustainableleatherfoundation.com": "the Sustainable Leather Foundation (UK): the Commission's EUDR draft delegated act of 4 May 2026 and its removal of hides, skins and leather",
	// The sources of the india-bis-qco market note, reused as they are by
	// the method that turns it into a step (global-india-bis-licence):
	// Indian rules, which no European body publishes.
	"devdiscourse.com":   "a PTI news report of India's quality control order for valves (the india-bis-qco note's source)",
	"steelorbis.com":     "a trade news report of India's quality control orders for steel products (the india-bis-qco note's source)",
	"india-briefing.com": "India Briefing's guide to India's BIS scheme for foreign makers (the india-bis-qco note's source)",
	"maiervidorno.com":   "a consultant's summary of India's BIS scheme for foreign makers (the india-bis-qco note's source)",
	// The sources of the us-consumer-parcels note, reused by
	// global-choose-route-distributor-or-online: a US executive order.
	"thompsonhinesmartrade.com": "a US law firm's summary of the executive order ending duty-free de minimis (the us-consumer-parcels note's source)",
	"blog.coleintl.com":         "a customs broker's summary of the same order (the us-consumer-parcels note's source)",
	// The sources of the eu-product-safety and de-consumer-packaging notes,
	// reused by global-gpsr-product-safety.
	"eurlexa.com":             "a copy of Regulation (EU) 2023/988 (GPSR), an EU regulation (the eu-product-safety note's source)",
	"verpackungsregister.org": "Zentrale Stelle Verpackungsregister, the German packaging register's own FAQ (the de-consumer-packaging note's source)",
	// Brazil's rules for food of animal origin, which the DGAV publishes
	// only in part (global-br-animal-products-listing): MAPA's own page,
	// and what other exporting countries' authorities tell their plants.
	"gov.br":             "Brazil's Ministry of Agriculture (MAPA), its English page on importing animal products (Decree 9.013/2017, art. 486)",
	"agriculture.gov.au": "the Australian Department of Agriculture's notice of 2017 on Brazil's online registration of products of animal origin (PGA-SIGSIF)",
	"livrozilla.com":     "a mirror; only for a copy of DIPOA's circular letter 14/2010 on registering imported products, named in the source title",
	// Irish and trade press on the UK's border checks on animal products
	// from the island of Ireland (global-gb-animal-products-entry).
	"irishtimes-irishtimes-prod.cdn.arcpublishing.com": "The Irish Times' own article host (an Irish newspaper), 19 January 2024",
	"freshplaza.com": "FreshPlaza, a Dutch-based fresh-produce trade publication, quoting the UK Fresh Produce Consortium",
	// US tariff law after the Supreme Court's IEEPA ruling, which no
	// European body publishes (global-us-duty-check).
	"perkinscoie.com": "a US law firm's summary of the Supreme Court's IEEPA ruling (20 February 2026) and the Section 122 replacement",
	"dutyclaims.com":  "a US customs adviser's summary of the Section 122 surcharge's term and the Section 301 investigations of March 2026, and of the de minimis suspension kept in 2026",
	// That the de minimis suspension outlived the IEEPA ruling (advisor review 12, ie-knitwear-online).
	"supplychaindive.com": "Supply Chain Dive, a US trade paper, on the executive order of 20 February 2026 that keeps de minimis suspended",
	"rvia.org":            "a US trade association's summary of CBP's proposed rules of 23 June 2026 that suspend de minimis under the Tariff Act of 1930",
	// Chinese and Vietnamese trademark practice, which no European body
	// publishes beyond the IP Helpdesk's guides (global-cn-trademark).
	"ssopdot.com":   "a Chinese IP service's note that a foreign firm without premises in China files through a trademark agency (global-cn-trademark)",
	"a-dong.com.vn": "a Vietnamese IP firm's note that Vietnam is a member of the Madrid Protocol (global-cn-trademark)",
	// Madrid designations and EU marks from outside the EU (advisor review 9, pattern 1)
	"wiggin.com": "a US law firm's advisory of August 2003: the US joined the Madrid Protocol on 2 November 2003 (global-madrid-designation)",
	"ipzen.com":  "an IP service's lexicon on the Madrid System: filing through the home office, five-year dependency on the base mark (global-madrid-designation)",
	"meplaw.net": "a law firm's note on representation before the EUIPO after Brexit, Art. 120(1)(a) of Regulation 2017/1001 (global-eu-trademark-from-uk)",
	// A UK freight forwarder on what DDP into the EU makes of a UK exporter
	// after Brexit (global-ask-forwarder-customs-routine).
	"ital-logistics.com": "ITAL Logistics, a UK freight forwarder (BIFA member), on DDP into the EU after Brexit: the exporter becomes the importer of record",
	// US employment and tax rules for a foreign firm's first US hire, which
	// no European body publishes (global-us-employer-of-record-or-subsidiary).
	"thetaxadviser.com":   "The Tax Adviser, the AICPA's journal, on a foreign entity's US employment tax duties (2012)",
	"claytonmckervey.com": "a US accounting firm's note on permanent establishment, subsidiaries and employers of record (2023)",
	"bouwen.us":           "a US adviser's note on hiring a first US employee through a US company (2018)",
	// US state alcohol law and federal label rules, which no European
	// body publishes (global-us-alcohol-importer-first).
	"sovos.com":         "Sovos ShipCompliant, a US alcohol-compliance firm, on imported wine and direct-to-consumer shipping",
	"wine-searcher.com": "Wine-Searcher, a wine trade publication, interviewing a US beverage-law attorney on the three-tier system",
	// amfori, the Brussels-based business association that runs amfori
	// BSCI, and one of its Swedish members
	// (global-textile-retail-supplier-requirements).
	"support.amfori.org":      "amfori's support pages: how an amfori BSCI audit is requested (amfori, Brussels)",
	"corporate.bjornborg.com": "Björn Borg AB, a Swedish fashion company: its suppliers sign the amfori BSCI code of conduct",
	// The ATA carnet (global-ata-carnet): the ICC World Chambers Federation
	// in Paris runs the guarantee chain; which country takes a carnet for
	// which use comes from carnet services' lists (the ICC's own country
	// pages were not read).
	"iccwbo.org":       "the International Chamber of Commerce, Paris, whose World Chambers Federation runs the ATA carnet chain",
	"twigroup.com":     "TWI Group, a forwarder's note (1 March 2017): China, the UAE and India take carnets for fairs and exhibitions only",
	"carnetwizard.com": "a UK carnet service's list of the countries that take ATA carnets and their conditions (Canada: commercial samples only)",
	// The registered EU design (global-eu-design): the fees since the
	// reform of 1 May 2025 and the 2026 SME Fund round from IP attorneys'
	// and law firms' notes (the EUIPO's fee page and the 2026 call were not
	// read).
	"mondaq.com":      "Mondaq, a publisher of law firms' notes: procedural changes to registered EU designs from 1 May 2025",
	"dolleymores.com": "Dolley Mores, UK patent and trade mark attorneys: the renewal dates and fees of registered EU designs from 1 May 2025",
	"aathornton.com":  "A.A. Thornton, UK patent and trade mark attorneys: the 12-month grace period after a design's first disclosure",
	"tww.law":         "a law firm's note on the SME Fund 2026 (2 February to 4 December 2026; voucher 2 for trade marks and designs)",
	// A UK maker selling on Amazon's EU marketplaces (advisor review 15e):
	// the Commission's Article 4 guidelines as a consultancy summarises
	// them, and VAT on stock held in an EU fulfilment warehouse.
	"efs.consulting":   "EFS Consulting, an Austrian consultancy (Vienna), summarising the Commission's guidelines on Article 4 of Regulation (EU) 2019/1020",
	"www1.avalara.com": "Avalara's VATlive, a VAT publisher, on EU VAT for sellers outside the EU that hold stock in Amazon's EU warehouses",
	// Class rules of DNV (Norway), whose own documents are behind a login:
	// copies, named in the source title (global-marine-class-wheelmark).
	"iadclexicon.org": "the IADC lexicon, quoting DNV GL's rules DNVGL-OU-0101 (July 2015) on certification of materials and components",
	"pdfcoffee.com":   "a mirror; only for a copy of DNV's standard DNV-ST-0377, named in the source title",
	"govregs.com":     "a copy of the US Code of Federal Regulations (27 CFR 4.40, imported wine labels; the us-alcohol-fda-ttb note's source)",
	// adv17c (session 17): US federal rules on imported beer and spirits,
	// which no European body publishes, and Irish news of the sea routes
	// from Ireland to the Continent since 2021.
	"law.lawstack.com":      "a copy of the US Code of Federal Regulations (27 CFR 7.31, imported malt beverages' label approval)",
	"fdaimports.com":        "a US import broker's page on the TTB's label approval for every alcoholic beverage: US rules",
	"irishtimes.com":        "The Irish Times, Dublin: Irish and Northern Irish seafood exporters' routes to the Continent",
	"ferryshippingnews.com": "Ferry Shipping News, a European ferry trade publication: Ireland–France sea routes since Brexit",
	// The USPTO's rule that firms based outside the US file through a
	// US-licensed attorney, which no European body publishes
	// (global-us-trademark).
	"crowell.com": "Crowell & Moring, a US law firm, on the USPTO's US-attorney rule for foreign-domiciled trademark owners (in force 3 August 2019)",
	"msk.com":     "Mitchell Silberberg & Knupp, a US law firm, on the same USPTO rule (published 2 July 2019)",
	// US state sales tax on software after South Dakota v. Wayfair (2018),
	// which no European body publishes (global-us-sales-tax-digital).
	"streamlinedsalestax.org": "the Streamlined Sales Tax Governing Board, the US states' own body for the shared sales-tax registration",
	"minneapolisfed.org":      "the Federal Reserve Bank of Minneapolis on the Wayfair ruling and South Dakota's thresholds (19 December 2019)",
	"zamp.com":                "a US sales-tax firm's state-by-state guide to the taxation of software as a service",
	// The AICPA's SOC 2 report that US buyers ask of software vendors,
	// which no European body publishes (global-us-soc2-report).
	"free.dataguidance.com":  "DataGuidance's summary of the AICPA's trust services criteria and SOC 2 report types",
	"schneiderdowns.com":     "Schneider Downs, a US CPA firm, on the trust services categories of a SOC 2 examination",
	"meditologyservices.com": "Meditology Services, a US security consultancy, on SOC 2 reports in vendor due diligence",
	// Certification bodies on the retail food standard IFS Food
	// (global-retail-food-certificate).
	"qualityaustria.com": "Quality Austria, an Austrian certification body",
	"tuv-nord.com":       "TÜV NORD, a German certification group (its Czech and Romanian pages)",
	// California's Proposition 65 and the FDA's food-contact rules, which no
	// European body publishes (global-us-prop65-food-contact).
	"p65warnings.ca.gov":         "OEHHA, the California office that runs Proposition 65, its warnings site for businesses",
	"regulations.justia.com":     "a copy of the California Code of Regulations (27 CCR 25600.2, who gives Proposition 65 warnings)",
	"printing.org":               "PRINTING United Alliance, a US trade association, on the 2020 amendment of 27 CCR 25600.2",
	"fda.gov":                    "the US Food and Drug Administration on the regulatory status of food-contact substances",
	"cfsanappsexternal.fda.gov":  "the FDA's inventory of effective food contact substance notifications",
	"webarchive.library.unt.edu": "an archived copy (December 2007) of the FDA's page on food-contact substances",
	// The FDA's food facility registration and prior notice, which no
	// European body publishes (global-us-food-facility-registration; the
	// FDA's own page is fda.gov above; advisor review 11).
	"govinfo.gov":                        "the US Government Publishing Office's copy of the Federal Register (10 October 2003: the FDA's interim rules on food facility registration and prior notice)",
	"blogolu.com":                        "copies of passages of the FDA's guidance on food facility registration (renewal period; food from an unregistered facility held at the port)",
	"register-fda.com":                   "a US firm that acts as US agent, on the US agent's role and prior notice",
	"github.com":                         "a mirror; only for a copy of an official document, named in the source title (the FDA's Overview of Device Regulation, global-us-fda-device-clearance)",
	"travelbuilderpro.com":               "a tour-operator software firm's glossary on contracting: net rates, allotments, release dates, cancellation (global-answer-tour-operator)",
	"hotelieracademy.org":                "Hotelier Academy, a Greek hospitality-training publication, on hotel contracting with tour operators (global-answer-tour-operator)",
	"self-law.org":                       "a research copy of the US Code of Federal Regulations (21 CFR 123.10, seafood HACCP training; global-us-seafood-haccp)",
	"omb.report":                         "a copy of 21 CFR 123.12 from the US Office of Management and Budget's information-collection record (seafood importer verification; global-us-seafood-haccp)",
	"playfifthedition.taylorwessing.com": "Taylor Wessing (a European law firm), Play guide to the games industry: publishing agreements (global-answer-software-services-buyer)",
	"gamedeveloper.com":                  "Game Developer, the games-industry trade publication: a games lawyer's article on publishing licence terms, time and territory (global-answer-software-services-buyer)",
	"business-in-a-box.com":              "a business-template publisher's glossary of a software distribution agreement: territory, exclusivity, minimum commitment, IP kept by the publisher (global-answer-software-services-buyer)",
	// Japanese and Korean game age ratings and the console makers' developer
	// programmes, which no European body publishes
	// (global-games-japan-korea-release; advisor review 15b).
	"cero.gr.jp":               "CERO, Japan's Computer Entertainment Rating Organization: its own page on the age rating system",
	"grac.or.kr":               "GRAC, South Korea's Game Rating and Administration Committee: its own page on the ratings the Game Industry Promotion Act requires",
	"partners.playstation.com": "Sony Interactive Entertainment's PlayStation partner registration FAQ",
	"developer.nintendo.com":   "Nintendo's own developer portal: its registration steps",
	"folu.me":                  "a copy of Automaton's article (October 2024) on CERO's membership, review and per-platform fees",
	"game.watch.impress.co.jp": "Game Watch (Impress), a Japanese games news site: Nintendo's IARC ratings for download software in Japan (October 2020)",
	"wiiusers.net":             "a games news site's summary of Game Watch and Automaton: IARC for download-only eShop titles in Japan, physical and adult titles still with CERO",
	"engadget.com":             "Engadget, a technology news site: the ID@Xbox programme's applications and certification (2013)",
	"gamesindustry.biz":        "GamesIndustry.biz, a UK games-industry trade publication: what game localisation consists of",
	"sandvox.io":               "a game-localisation firm's budget guide: quotes per source word, Japanese and Korean above the major European languages",
	// What a software trial licence or pilot settles, which no European
	// public body publishes (global-software-trial-pilot; advisor review 15b).
	"lawinsider.com":         "Law Insider, a database of contract clauses: evaluation or trial use clauses (use at no charge for a period, then pay or destroy the copies)",
	"northend.law":           "North End Law, a law firm's note on pilot contracts: success criteria, limited scope, conversion terms and credits for pilot fees",
	"kenblockconsulting.com": "a US medical-device regulatory consultancy on FDA establishment registration, device listing and the US agent (global-us-fda-device-clearance)",
	// The US children's product rules, which no European body publishes
	// (global-us-childrens-product-certificate; advisor review 14b).
	"cpsc.gov":           "the US Consumer Product Safety Commission: its list of rules requiring third-party testing and a Children's Product Certificate, and its summary of the tracking-label requirement",
	"compliancegate.com": "a product-compliance consultancy on CPSIA testing and ASTM F963 for toys",
	"docs.easypost.com":  "a shipping platform's guide to the CPSC certificate data on customs documents from 8 July 2026",
	// Copyright in commissioned work and the EU reverse charge
	// (global-services-rights-reverse-charge).
	"faq-copyright.at":   "the University of Innsbruck's FAQ on Austrian copyright law (commissioned works)",
	"exlege.bg":          "a Bulgarian legal database's copy of Directive 2006/112/EC (Article 196, in Bulgarian)",
	"eeuropa.org":        "a copy of the EU's Your Europe text on cross-border VAT",
	"danish-vat-reg.com": "a Danish VAT registration service on the EU reverse charge for services",
	// That an EU trade mark filed since 2021 does not cover the UK
	// (global-trademark-abroad).
	"ttmf.com.au": "TTMF, patent and trade mark attorneys, on EU trade marks and the UK after 1 January 2021",
	// German labour leasing (global-de-labour-leasing-check).
	"altenburg.net": "Altenburg, a German employment law firm, on the Federal Employment Agency's AÜG instructions of 2024/2025",
	// A Spanish law firm on the A1 for posted workers (global-posted-workers-a1).
	"suarezdevivero.com":  "Suárez de Vivero, a Spanish law and labour advisory firm, on the A1 certificate",
	"arlettipartners.com": "Arletti & Partners, Italian posting-of-workers advisers, on Austria's ZKO 3 notification",
	// Norwegian rules for work on site in Norway (global-no-site-work-register-permits;
	// advisor review 12): .no hosts are European already.
	"timevat.com": "TimeVat, a Norwegian payroll and tax-compliance firm, on residence permits for British employees in Norway",
	// Saudi Arabia's SABER certificates and the Saudi Quality Mark for
	// ceramic tiles, which no European body publishes
	// (global-sa-saber-certificates; advisor review 12).
	"sgs.com":                "SGS, the Swiss testing and certification group, on the Saudi Quality Mark for ceramic tiles (September 2024)",
	"appluslaboratories.com": "Applus+ Laboratories, a Spanish certification body notified by SASO, on PCoC and SCoC",
	"tuvsud.com":             "TÜV SÜD, a German certification group, on SASO certification and SABER",
	"switec.info":            "switec, the Swiss WTO/TBT enquiry point, mirroring WTO notification SAU/993/Rev.1 (ceramic tiles and the Saudi Quality Mark)",
	"sasosaber.com.cn":       "a Chinese SABER certification agent's guide for building materials (certificates before arrival)",
	"exporthelp.co.za":       "ExportHelp, a South African exporters' guide, on narrowing a shortlist to one or two countries at the start (global-choose-first-market: a point of method, not a programme)",
	// Canadian electrical approval, which no European body publishes
	// (global-ca-electrical-approval, advisor review 13b).
	"esasafe.com":           "the Electrical Safety Authority, Ontario's regulator of electrical product safety (O. Reg. 438/07)",
	"oldsite.esasafe.com":   "the same regulator's older site: its 2013 update that electrical products offered for sale in Ontario still need approval",
	"iaeimagazine.org":      "IAEI Magazine, the International Association of Electrical Inspectors', on Rule 2-024 of the Canadian Electrical Code (2005)",
	"ajdowningelectric.net": "an Ontario electrical contractor's note that O. Reg. 438/07 accepts only marks of bodies the Standards Council of Canada accredits (2018)",
	// Gulf food import rules — the SFDA's requirements, halal certificates
	// from recognised bodies, Dubai's food registration, the Gulf labelling
	// standard — which no European body publishes beyond the Danish food
	// authority's export pages (global-gulf-food-import, gulf-kenya 13).
	"sfda.gov.sa":            "the Saudi Food and Drug Authority's own page on food import requirements",
	"halaltimes.com":         "Halal Times, a halal-industry news site, reporting the SFDA's circular of 26 October 2023 on recognised halal certification bodies",
	"theinfiniteservice.com": "a Dubai registration agent's guide to Dubai Municipality's food import registration (FIRS and the federal ZAD portal)",
	"ja.scribd.com":          "a mirror; only for copies of Gulf standards (GSO 9/2007), named in the source title",
	// Kenya's pre-export verification of conformity (global-ke-pvoc-certificate,
	// gulf-kenya 13): the Kenya Bureau of Standards' own pages and guidelines.
	"inspection.kebs.org": "the Kenya Bureau of Standards' own PVoC page (Legal Notice 78 of 2020; draft certificates confirmed within 48 hours)",
	"deploy.doczz.net":    "a mirror; only for a copy of KEBS's PVoC guidelines for exporters and importers (18 October 2005), named in the source title",
	// China's registration of overseas food plants (Decree 248), which
	// European bodies publish only through the EU SME Centre
	// (global-cn-food-registration, advisor review 14a): other exporting
	// countries' authorities and exporters' associations, a translation
	// of GACC's clarifications, and the Italian route for dairy.
	"inspection.canada.ca":      "the Canadian Food Inspection Agency's page listing Decree 248's high-risk and medium-risk categories; also its page on listing a dairy plant with Brazil's MAPA (global-br-animal-products-listing)",
	"fas.usda.gov":              "the US Department of Agriculture's Foreign Agricultural Service, GAIN report with a translation of Decree 248",
	"food.chemlinked.com":       "ChemLinked, a regulatory news service, on GACC's notice clarifying Decrees 248 and 249 (registration number in the import declaration and on packaging)",
	"cfea.com":                  "the Canadian Food Exporters Association relaying Agriculture and Agri-Food Canada's guidance on the registration number on packs",
	"123dok.org":                "a mirror; only for a thesis excerpt citing the Italian Ministry of Health's 2018 note on listing dairy plants for China, named in the source title",
	"raw.githubusercontent.com": "only for documents named in the source title: a review checklist of GB 7718-2025, chapter 8 (imported food); a copy of KOTRA Brussels' EU briefing of 6 May 2026 on the Commission's EUDR package (global-eudr-due-diligence)",
	// Veterinary import rules of Serbia and Bosnia and Herzegovina
	// (global-wb-animal-products-entry, advisor review 14a).
	"commercium.rs":                  "a Serbian foreign-trade guide on the Veterinary Directorate's import permit (valid 90 days, for the planned quantity)",
	"service.aeb.com":                "a trade-software firm's community post relaying the Austrian Economic Chamber's report on Serbia's certificates and border posts for food of animal origin",
	"ceftaportal.azurewebsites.net":  "the CEFTA Secretariat's trade portal, Serbia's sanitary and veterinary import rules",
	"ceftahosting.azurewebsites.net": "the CEFTA Secretariat's trade portal, Bosnia and Herzegovina's veterinary inspection",
	"vet.gov.ba":                     "the Office for Veterinary Affairs of Bosnia and Herzegovina, its import guide: the importer's registration and the exporting plant's entry in its register",
	"rap.mvteo.gov.ba":               "Bosnia and Herzegovina's Ministry of Foreign Trade and Economic Relations, its register of administrative procedures: the request to enter a foreign plant in the veterinary office's register",
	// Live shellfish to EU buyers (global-eu-seafood-buyer-file, advisor
	// review 14a): copies of Regulation 853/2004 and trade press on the
	// Irish classification list.
	"legislation.gov.uk":  "the UK's National Archives' copy of Regulation (EC) No 853/2004 as adopted by the EU (its 2009 text, named in the source title)",
	"heraxfood.se":        "a Swedish food-law consultancy on Regulation (EU) 2024/1141 (EU instead of EC in identification marks)",
	"legaware.mvp.eu":     "a legal database's copy of Regulation (EC) No 853/2004, Annex III, Section VII, Chapter II",
	"thefishingdaily.com": "The Fishing Daily, Irish fishing-industry news, on the SFPA's 2025 classification list",
	// EU data protection for a UK firm with EU clients
	// (global-gb-eu-client-data, advisor review 13b).
	"dpocentre.com":             "The DPO Centre, a UK data-protection consultancy, on the EU's renewal of the UK adequacy decisions (19 December 2025)",
	"itpro.com":                 "ITPro, a UK IT trade publication, on the same renewal (24 December 2025)",
	"technologylawdispatch.com": "a law firm's blog on the EDPB's final guidelines 3/2018 on the GDPR's territorial scope (November 2019)",
	// UK data protection for an EU firm with UK clients
	// (global-eu-gb-client-data, adv21a, session 21): London law firms'
	// summary of the ICO's transfer guidance and copies of the UK GDPR.
	"technologyquotient.freshfields.com": "Freshfields, a London law firm, on the ICO's updated guidance on international transfers (January 2026): UK adequacy regulations cover the EU",
	"ukgdpr.fieldfisher.com":             "Fieldfisher, a London law firm: its copy of the UK GDPR's text (Article 3, territorial scope)",
	"mishcon.com":                        "Mishcon de Reya, a London law firm: its copy of the UK GDPR's text (Article 27, representatives)",
	// Canada's provincial liquor boards (global-ca-alcohol-liquor-board-agent,
	// advisor review 15c): provincial rules, which no European body publishes.
	"doingbusinesswithlcbo.com": "the LCBO's (Liquor Control Board of Ontario) own trade site, on the roles of suppliers and agents",
	"legalmondo.com":            "Legalmondo, a network of business lawyers, on the distribution of wine in Canada's provinces",
	"beverageimportgroup.ca":    "an Ontario agent's FAQ on the AGCO-licensed agent, the LCBO's laboratory tests and bilingual labels",
	"vintr.pages.dev":           "a wine-export journal on reaching the LCBO and the SAQ through a local agent, and the consignment channel",
	// Chain-of-custody certification (global-wood-chain-of-custody, advisor
	// review 15c): the certification scheme's own pages.
	"fsc.org":    "the Forest Stewardship Council, whose international centre is in Bonn: its public certificate database",
	"ca.fsc.org": "FSC Canada's page on FSC chain-of-custody certification, the scheme's own rule for every firm that takes ownership of the wood",
	// Consumer sales from a web shop abroad (global-webshop-consumers-abroad,
	// session 15): a member state's transposition of the return-cost rule
	// and the UK's Trading Standards guidance on the 14-day cancellation.
	"french-business-law.com": "an English translation of the French Consumer Code, Article L221-23 (the consumer bears the direct cost of returning the goods only if told so)",
	"businesscompanion.info":  "Business Companion, the Trading Standards guidance for businesses in England, Scotland and Wales, on distance sales to consumers",
	// Construction products into Great Britain (global-construction-products-gb,
	// adv23d, session 23): a copy of a UK guide to CE marking windows and
	// doors, a UK glass maker's summaries of the English and Scottish U-value
	// rules, the Scottish Government's own handbook, and a summary of the
	// EU's new Construction Products Regulation.
	"scribd.com":            "a mirror; only for copies of European documents, named in the source title (a UK guide for window and door makers to CE marking under BS EN 14351-1)",
	"pilkington.com":        "Pilkington, the glass maker's UK site: its summaries of England's Approved Document L and Scotland's section 6 on windows and doors",
	"gov.scot":              "the Scottish Government: its building standards technical handbooks",
	"cecheck-com.pages.dev": "CE Check, a summary of EU product legislation: Regulation (EU) 2024/3110 on construction products and its transition",
	// The EU toy rules (global-eu-toy-safety): a copy of the Commission's
	// overview of the national language requirements, and two European
	// testing groups' summaries of Regulation (EU) 2025/2509.
	"paperzz.com": "a mirror; only for copies of European documents, named in the source title (the Commission's toy-language overview of 2014)",
	// A professional-services firm's fee proposal: British practices'
	// published terms and a London broker's guide; the seal on US
	// construction drawings and OSHA's certification of workplace
	// electrical equipment, which no European body publishes
	// (global-answer-professional-services-buyer, global-product-compliance;
	// session 18, adv18d).
	"hivesarchitects.com":   "Hives Architects, a British practice: its published terms (the fee proposal, copyright and the client's licence to use the drawings, stage accounts)",
	"howdengroup.com":       "Howden, a London-based insurance broker: terms of engagement and professional indemnity insurance for consulting engineers",
	"daytonohio.gov":        "the City of Dayton (Ohio) building department: construction documents sealed by a registered design professional",
	"osha.gov":              "the US Occupational Safety and Health Administration: workplace products, electrical equipment among them, certified by a Nationally Recognized Testing Laboratory",
	"cps.bureauveritas.com": "Bureau Veritas, a French testing and certification group: its summary of the EU Toy Safety Regulation (EU) 2025/2509",
	"eurofins.com":          "Eurofins, a Luxembourg-based testing group: its summary of the EU Toy Safety Regulation (EU) 2025/2509",
	// The EU carbon border mechanism from the side of a producer outside
	// the EU, which the Commission's own pages say in documents the search
	// could not open (global-eu-cbam-emissions-data).
	"cm.twobirds.com":                        "Bird & Bird, a European law firm: the start of CBAM's definitive period and the authorised declarant status above the 50-tonne threshold",
	"cms-lawnow.com":                         "CMS, a European law firm: CBAM's goods by CN code, screws and wires among them",
	"wtocenter.vn":                           "Viet Nam's WTO Center (VCCI), quoting the Commission's Questions and Answers on CBAM: producers outside the EU give importers their goods' embedded emissions, or importers use default values",
	"internationaltradecomplianceupdate.com": "a law firm's trade compliance blog: the Commission's CBAM communication template for installations and its guidance for operators outside the EU (October 2023)",
	"prospeum.zendesk.com":                   "a CBAM software vendor's help centre: the iron and steel CN codes of the communication template, bought CBAM goods entered as precursors",
	// Fresh produce and plants (global-plant-health-fresh-produce, session
	// 24): the text of the EU marketing standards regulation, the farm
	// standard retail buyers ask for, and an association's note on the
	// regulation's origin labelling.
	"legalize.dev":           "a mirror; only for copies of EU legal texts from EUR-Lex, named in the source title (Delegated Regulation (EU) 2023/2429)",
	"en.wikipedia.org":       "the encyclopedia's article on GLOBALG.A.P., the farm standard of FoodPLUS GmbH (Cologne), founded by European retailers",
	"globalgap.org":          "GLOBALG.A.P. (FoodPLUS GmbH, Cologne): its page on the Flowers and Ornamentals standard (global-plant-health-fresh-produce, session 25)",
	"bsigroup.com":           "BSI, the British Standards Institution (London), a certification body: its page on the BRCGS food safety standard UK retailers require (global-retail-food-certificate, session 25)",
	"globalgapsolutions.org": "GLOBALG.A.P. (FoodPLUS GmbH, Cologne): its own pages on the GGN label and benchmarked schemes",
	"inc.nutfruit.org":       "the International Nut and Dried Fruit Council (Reus, Spain): its note on the country-of-origin labelling of Regulation (EU) 2023/2429",
	// National standards bodies (global-product-compliance, session 26).
	"uni.com": "UNI, Ente Italiano di Normazione (Milan), Italy's national standards body: its own page on its figures and remit",
	// Short-term export-credit insurance (global-payment-risk, session 26).
	"eca-watch.org": "ECA Watch, a network of NGOs that follow export credit agencies: its copy of the Commission's press release approving the Estonian short-term export-credit scheme (20 June 2016)",
	// Producer registration for electrical equipment and batteries in each
	// EU country (global-eu-weee-batteries-registration, session 24, eee24):
	// compliance services' and a trade magazine's summaries of what the
	// registers' and regulations' own pages say only in part.
	"bitkom-compliance-solutions.com": "Bitkom Compliance Solutions, the compliance service of Germany's digital industry association Bitkom: registration with stiftung ear under the ElektroG and the battery law, its processing time",
	"earn-service.com":                "EARN, a European EPR compliance service: an authorised representative for batteries mandatory in Germany from 18 August 2025",
	"eprrepresentative.com":           "an EPR authorised-representative service: ADEME's IDU, one per stream, and the French éco-organismes for electrical equipment and batteries",
	"sorena.io":                       "a regulatory summary of the EU Batteries Regulation (EU) 2023/1542: Article 55, a producer register in each member state; Article 13, the QR code from 18 February 2027",
	"incompliancemag.com":             "In Compliance Magazine, a trade magazine for product-compliance engineers: the EU's EMC, Low Voltage and Radio Equipment Directives (2014/30/EU, 2014/35/EU, 2014/53/EU)",
	// France's duties of a seller to consumers (regs25, session 25).
	"pro.ecosystem.eco": "ecosystem, an éco-organisme approved by the French State for electrical equipment: a distributor's take-back duties under the Environmental Code",
	"ecosystem.eco":     "ecosystem's public site: a distributor's visible éco-participation under the Environmental Code",
	// Sweden's alcohol retail monopoly (adv26, session 26).
	"nordicalcohol.org": "Nordic Alcohol, a site on the Nordic countries' alcohol policy: Systembolaget's sole right to retail drinks over 3.5% and folköl in grocery stores (global-se-alcohol-systembolaget-importer)",
	// Italy's packaging rules and the PPWR's dates (global-eu-packaging-producer,
	// pack26, session 26): the consortium the Environmental Code sets up.
	"conai.org":            "CONAI, Italy's national packaging consortium set up under Legislative Decree 152/2006: the PPWR's dates",
	"etichetta-conai.com":  "CONAI's site on the environmental labelling of packaging that Italian law requires (Legislative Decree 152/2006, art. 219(5))",
	"citeo.com":            "Citeo, France's approved producer responsibility organisation (éco-organisme) for household packaging: the unique identifier and its fine under the Environment Code",
	"alliancecommerce.org": "Alliance du Commerce, a French retail federation: its FAQ quotes Article L. 541-9-3 of the Environment Code on the Triman",
}

// TestGeneralMethodsCiteEurope: the general methods (region global) are
// read by firms in the seven European regions, so their links and sources
// come from European official sources — the Commission, national agencies
// and chambers — not from US or Australian state guidance. A host that is
// neither on a European country domain nor on the reviewed list fails, so
// an editor decides about it explicitly (and says why in the list).
func TestGeneralMethodsCiteEurope(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	n := 0
	for _, p := range c.Practices {
		if p.Region != "global" {
			continue
		}
		urls := []string{p.URL}
		for _, s := range p.Sources {
			urls = append(urls, s.URL)
		}
		for _, raw := range urls {
			if raw == "" {
				continue
			}
			n++
			u, err := url.Parse(raw)
			if err != nil {
				t.Errorf("%s: %q: %v", p.ID, raw, err)
				continue
			}
			if !europeanHost(u.Hostname()) {
				t.Errorf("%s: %s is not a European source; cite the Commission, a national agency or chamber of the seven regions' countries, or add the host to europeanHosts with the reason", p.ID, raw)
			}
		}
	}
	if n == 0 {
		t.Fatal("no general method has a link: the check read nothing")
	}
}

func europeanHost(h string) bool {
	h = strings.TrimPrefix(strings.ToLower(h), "www.")
	if _, ok := europeanHosts[h]; ok {
		return true
	}
	i := strings.LastIndex(h, ".")
	if i < 0 {
		return false
	}
	tld := h[i+1:]
	for _, e := range europeanTLDs {
		if tld == e {
			return true
		}
	}
	return false
}

// TestEuropeanHost pins the host rule itself.
func TestEuropeanHost(t *testing.T) {
	t.Parallel()
	for h, want := range map[string]bool{
		"trade.ec.europa.eu": true, "www.gov.uk": true, "www.wipo.int": true, "ds.dk": true,
		"www.exportvirginia.org": false, "www.industry.nsw.gov.au": false, "docslib.org": false, "localhost": false,
	} {
		if got := europeanHost(h); got != want {
			t.Errorf("europeanHost(%q) = %v, want %v", h, got, want)
		}
	}
}
