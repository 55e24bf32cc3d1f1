// Word lists for the benchmark corpus. Sentences are built from these phrases, so the text
// reads like an analyst's note and carries the characters real briefings carry: accents,
// curly quotes, en dashes, Arabic, Hebrew, CJK and Greek words. URLs stay ASCII because the
// schema's `uri` format (RFC 3986) refuses raw non-ASCII characters.

export const subjects = [
  "Spot rates for a 40-foot container",
  "Three of the five largest carriers",
  "The central bank in São Paulo",
  "Grid operators in Kraków",
  "Regulators in Zürich",
  "Hospital networks around Tel Aviv",
  "Traders in Dubai",
  "The finance ministry in Αθήνα",
  "Officials in 東京",
  "Port authorities in Rotterdam",
  "Exporters in Córdoba",
  "Analysts at the Meridian tracker",
  "Election officials in Malmö",
  "Utilities in Québec",
  "Refiners along the Gulf coast",
  "Chipmakers in 新竹",
  "The health ministry in Bogotá",
  "Insurers in Köln",
  "Water boards in Marrakech",
  "Data-centre builders in Dublin",
  "Wheat importers in القاهرة",
  "Cyber-security teams in Haifa",
  "Lenders in Reykjavík",
  "Shipyards in 부산",
];

export const verbs = [
  "raised",
  "cut",
  "reported",
  "delayed",
  "announced",
  "revised",
  "doubled",
  "suspended",
  "tightened",
  "expanded",
  "questioned",
  "confirmed",
  "postponed",
  "priced in",
];

export const objects = [
  "the forecast for 2026",
  "a “peak season surcharge” of $600–$1,000 per box",
  "new limits on grain exports",
  "the reserve requirement for smaller banks",
  "capacity on the Asia–Europe lane",
  "storage targets for the coming winter",
  "emergency funding for clinics",
  "a review of voting-machine audits",
  "the interest rate on overnight deposits",
  "plans for 12 new substations",
  "payments to suppliers of the “Nordlink” cable",
  "the price cap on household power",
  "checks on cargo bound for the port of Piraeus",
  "a tender for 400 megawatts of solar capacity",
  "guidance on ransomware disclosures",
  "the rollout of a dengue vaccine",
  "a programme known locally as 振兴计划",
  "the “άμεση δράση” relief package",
  "spending on desalination plants",
  "contracts with three cloud providers",
];

export const places = [
  "in São Paulo",
  "across the Asia–Europe lane",
  "in Zürich and Genève",
  "near 上海",
  "around Αθήνα and Θεσσαλονίκη",
  "in the port of Jeddah, جدة",
  "in northern Israel, near חיפה",
  "across the Baltic states",
  "in Île-de-France",
  "along the Paraná river",
  "in the Ruhr",
  "in 大阪 and 神戸",
  "in Kraków and Gdańsk",
  "across the Sahel",
  "in the Red Sea corridor",
];

export const times = [
  "in the three weeks to 27 February",
  "since the 2024 crisis",
  "for the first quarter of 2026",
  "by mid-March",
  "over the 2025–26 winter",
  "within two to three months",
  "before the summer peak",
  "for the rest of the year",
  "after the January elections",
  "during the spring maintenance season",
  "through April",
  "in the 12 months to June",
];

export const clauses = [
  ", the sharpest rise since 2022",
  ", according to the “Meridian” fleet tracker",
  ", while demand stayed broadly flat",
  ", which officials called “temporary”",
  ", a step described locally as الأمن الغذائي, food security",
  ", a practice known in Hebrew as מילואים",
  ", or 経済対策 in the budget papers",
  ", in what Greek officials call “κρίση”",
  ", though the data remain patchy",
  ", against less than one day for most of 2025",
  ", a gap of roughly 9 billion cubic metres",
  ", as ships ordered during the pandemic boom were delivered",
  ", so the risk is tilted to the upside",
  ", which leaves little room for error",
  ", with the café and naïve-investor crowd of 2021 long gone",
];

/** Short figures dropped into sentences, so lines carry numbers like real notes. */
export const figures = [
  (r) => `by ${r.int(2, 45)}%`,
  (r) => `to $${r.int(1, 9)},${String(r.int(0, 999)).padStart(3, "0")}`,
  (r) => `to €${r.int(20, 90)} per megawatt-hour`,
  (r) => `by ${r.int(2, 14)}–${r.int(15, 30)} days`,
  (r) => `to ${r.int(1, 9)}.${r.int(1, 9)} million tonnes`,
  (r) => `by ${r.int(10, 90)} basis points`,
];

export const headlineTopics = [
  "container rates",
  "gas storage levels",
  "dengue cases",
  "wheat prices",
  "ransomware attacks on hospitals",
  "data-centre power demand",
  "deepfake robocalls",
  "services inflation",
  "reservoir levels in Morocco",
  "chip exports from 台湾",
  "fertiliser costs",
  "voter turnout in Łódź",
  "insurance premiums in Köln",
  "bond yields in Αθήνα",
];

export const headlineTrends = [
  "climbing again",
  "falling faster than expected",
  "stuck near record highs",
  "rising despite new rules",
  "back to pre-crisis levels",
  "outpacing forecasts",
];

export const headlineQuestions = [
  "is demand back, or is it the detours?",
  "can regulators keep up?",
  "what changes for importers?",
  "who pays for the gap?",
  "how long can it last?",
  "is the worst over?",
];

export const authors = [
  "Trade & Logistics Desk",
  "Équipe Énergie",
  "Desk Asia–Pacific",
  "Zoë Müller",
  "Øystein Bjørnstad",
  "José Núñez",
  "Public Health Unit",
  "Cyber Threat Cell",
  "Αλέξανδρος Παπαδόπουλος",
  "Yael Ben-David",
];

export const tags = [
  "trade",
  "shipping",
  "énergie",
  "gas",
  "health",
  "elections",
  "cyber",
  "climate",
  "ai",
  "grid",
  "inflation",
  "中国",
  "Ελλάδα",
  "الخليج",
  "ישראל",
  "red-sea",
  "water",
  "markets",
];

export const sourceTitles = [
  "Meridian Maritime Analytics, Weekly Container Rate Index",
  "European gas storage transparency dashboard",
  "Ministère de la Santé, bulletin épidémiologique",
  "Port berth waiting-time dashboard, Singapore",
  "Central bank minutes – March meeting",
  "National grid operator, capacity outlook 2026–2030",
  "Υπουργείο Οικονομικών, budget execution report",
  "経済産業省, monthly energy statistics",
  "Election commission audit summary",
  "Carrier surcharge filings, Asia–Europe trade",
];

export const sourceHosts = [
  "www.example.org",
  "data.example.com",
  "stats.example.net",
  "ports.example.com",
  "www.example.edu",
];

export const sourcePaths = [
  "reports",
  "dashboards/weekly",
  "bulletins",
  "filings/2026",
  "datasets/energy",
  "minutes",
];
