import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { freshSetNames, loadFreshSet, readFreshSet, type FreshFigures, type FreshPosting, type FreshSet } from '../../scripts/fresh-postings';

// Whole postings written by hand, every line's role (and each duty's label) given before the engine read them
// (tests/fixtures/postings-fresh), read as a career site no adapter knows shows them: a title, the employer,
// sections under their headings or none. Floors are what the engine read when they were set, less about a line.
const load = loadFreshSet;
const read = (set: FreshSet) => readFreshSet(set);

/** What a set must still read: its size exactly, then floors (`leaked` a ceiling). */
type Floors = FreshFigures;

// Set 8, measured when set: roles 75/75, duties 29/29 listed, 0 of 46 other lines listed, labels 23/29 (two labels
// 26), employers 3/5 (a page titled "<job> - <name>" with the name in a plain block is named by the title once the
// posting introduces it: "The Copper Table is a chef-driven restaurant…"). Before the fixes it led to (people in one's
// care or custody as the main verb's object, "St." and field lines, "Ready to join us?"): roles 72, labels 20 (two 23),
// employers 2.
// Set 9, measured when set: roles 64/64, duties 26/26 listed, 0 of 38 other lines listed, labels 18/26 (two labels 23),
// employers 4/5 ("Fernhill makes…" is no "Fernhill Outdoor"). Before the fixes it led to (diversity and payment-scam
// notices as legal text, "Our data team of 14 supports…", "K-12" no pay, "Share customer feedback…" no share button,
// product demos and staffing a booth as work done with people there, the employer named by "<name> operates/helps/is
// building…"): roles 58, duties 25 listed with one leak, labels 16 (two 21), employers 2.
// Set 10, measured when set: roles 18/18, duties 7/7 listed, 0 of 11 other lines listed, labels 4/7 (two labels 4: the
// reader's own labels part from O*NET's raters on collecting co-pays, E0 there), employer 1/1. Before the fixes it led
// to ("FTE: 0.9" as the terms, "a tobacco-free campus" as a notice): roles 16.
// EU set 1, measured when set: roles 59/59, duties 23/23 listed, 0 of 36 other lines listed, labels 16/23 (two labels
// 22). Before the fixes it led to ("Poste basé à Orléans" as where the job is; maintenance glossed as the noun it is,
// "mantenimiento preventivo" as preventive maintenance; maintenance performed as hands-on work): roles 58, labels 14
// (two 20), employers 1 → 2 of 6 ("Conservas Ribera es una empresa familiar…"; the others introduce themselves by no
// line that opens with their name).
// Chinese set 1, measured when set: roles 31/31, duties 13/13 listed, 0 of 18 other lines listed, labels 10/13 (two
// labels 12), employers 2/3 (a legal form names one). Before the fix it led to (指导 junior 工程师, 护士, 教师 is work
// with people): labels 9 (two 11).
// Japanese set 1, measured when set: roles 20/20, duties 7/7 listed, 0 of 13 other lines listed, labels 4/7 (two labels
// 6), employers 1/2. Before the fixes it led to (必要な資格 and 応募条件 as requirement headings, "…研修以上" asked for,
// 株式会社 as a legal form in the page title): roles 19 with one leak, employers 0.
// Vietnamese set 1, measured when set: roles 14/14, duties 4/4 listed, 0 of 10 other lines listed, labels 2/4 (two
// labels 2: finding customers and negotiating read exposed), employer 1/1. Before the fixes it led to (an address, the
// weekdays and the headings of place and hours: địa điểm / thời gian làm việc): roles 12.
// English set 11, measured when set: roles 79/79, duties 39/39 listed, 0 of 40 other lines listed, labels 27/39 (two
// labels 31), employers 5/5. After the fix it led to (the title's occupation counts in the lean of unclear duties as
// three told duties would: a dental hygienist's "Apply fluoride and sealants" no longer leans to the one told duty
// that charts notes): labels 30 (two 34), and set 10's 5/7 (two 5).
// Chinese set 2, measured when set: roles 45/45, duties 21/21 listed, 0 of 24 other lines listed, labels 17/21 (two
// labels 19: "观察患者病情变化，及时报告医生" reads exposed, as O*NET's raters read such observing and reporting), employers 4/4.
// Markup set 1 (each posting its own markup: bold run-in headings over <br> bullets, bold paragraphs as headings, a
// "Responsibilities: a; b; c" paragraph, a Chinese description of numbered <br> lines), measured when set: roles 32/46,
// duties 16/21 listed, 0 of 25 other lines listed, labels 11/21 (two labels 13), employers 3/4 — the page that names
// its duties and requirements only at the start of its paragraphs read as no job. After the fixes it led to (such
// paragraphs open their sections on a page with no duty or requirement heading; a list of work kept apart by
// semicolons is cut into its items; an accommodation offer and "Equal Housing Opportunity" are notices; "Hybrid, two
// days a week…" is the terms; work logged in a named system is data entry): roles 46, duties 21, labels 17 (two 19), employers 4.
// Markup set 2 (Indeed-style job-details fields, span-bold headings over dash paragraphs, German bold headings over
// dash items, a Chinese numbered list of duties then requirements with no heading), measured when set: roles 31/41,
// duties 15/19 listed, 0 of 22 other lines listed, labels 10/19 (two labels 11), employers 3/4. After the fixes it led
// to ("Available to work weekends" is asked for; balancing a cash drawer and entering edits in UKG are data entry, as
// O*NET's raters read "Balance cash receipts"): roles 32, labels 12 (two 12); then (a Chinese page titled by a role
// whose text says what the hire does, 负责…, and asks for an education, …及以上学历, is a posting however short and
// unheaded) roles 39, duties 19/19, labels 16 (two 16), employers 4. Left as measured: the pay among the fields outside
// the description and the German intro beside the headed paragraph are not read.
// Markup set 3 (long lead-ins ending in a colon before each list, bold run-in lead-ins, a closing paragraph of pay
// and a call to apply), measured when set: roles 31/33, duties 16/16 listed, 1 of 17 other lines listed ("Comfort
// learning new software quickly" under "To be successful in this role, you should have:"), labels 12/16 (two labels
// 16), employers 3/3. After the fix it led to (such lead-ins name the requirements): roles 32, none listed.
// AI roles set 1 (the new jobs: a data annotator, an AI trainer, a generative-AI operations specialist, 数据标注员,
// 人工智能训练师), measured when set: roles 54/54, duties 26/26 listed, 0 of 28 other lines listed, labels 18/26 (two
// labels 25), employers 5/5. After the fix it led to (testing prompts, models and software is desk work, as O*NET's raters
// read 11 of the 14 dev tasks such words open): labels 19 (two 26).
// English set 12 (a 3rd grade teacher, a paralegal, a financial analyst, an outdoor shop's sales associate, an auto claims
// adjuster), measured when set: roles 57/57, duties 29/29 listed, 0 of 28 other lines listed, labels 21/29 (two labels
// 25), employers 5/5. After the fix it led to (visiting plants, stores or homes and working a cash register are presence
// where people are, as O*NET's raters read 6 of the 7 dev tasks such words open): labels 23 (two 27).
// Chinese set 3 (career pages: a children's English teacher, a delivery driver, a chef, a cashier, a software sales
// representative), measured when set: roles 45/46, duties 22/23 listed ("上门拜访客户，了解需求并进行产品演示" read as
// asked, for its 了解), labels 16/22 (two labels 17), employers 5/5. After the fix it led to (上门, 拜访, 走访, 推广, 送货,
// 烹制, 演示, 讲解, 洽谈 open duties): roles 46, duties 23, labels 17 (two 18).
// EU set 2 (a Brazilian call-centre agent, a French accounts assistant, a Spanish emergency nurse, a German bank adviser),
// measured when set: roles 37/37, duties 18/18 listed, 0 of 19 other lines listed, labels 11/18 (two labels 13),
// employers 4/4. After the fixes it led to (triaje glossed as triage, and triage performed is bedside work; bank
// reconciliations performed are data entry): labels 13 (two 14). Left: the German adviser's in-person work reads exposed.
// English set 13 (a pharmacy technician, a hospital security officer, a preschool teacher, a child welfare social
// worker, a bank teller), measured when set: roles 45/46 ("Pay starts at $19.25/hour" read as a duty opening with
// "pay"), duties 25/25 listed, 0 of 21 other lines listed, labels 17/25 (two labels 20), employers 5/5. After the fix it
// led to ("Pay starts at…", "Salary ranges from…" name the terms): roles 46.
// Japanese set 2 (career pages: an office clerk, a warehouse picker, a web designer), measured when set: roles 25/26,
// duties 10/11 listed ("…指示された商品を棚から集めます" read as the company describing itself, for its ます), labels
// 8/10 (two labels 8), employers 3/3. After the fix it led to (a sentence of what is done to a thing, を…ます, says
// what the hire does unless it announces the opening): roles 26, duties 11, labels 9 (two 9).
// Vietnamese set 2 (career pages: an accountant, a warehouse worker, a restaurant server), measured when set: roles 25/25,
// duties 11/11 listed, 0 of 14 other lines listed, labels 7/11 (two labels 8), employers 3/3. After the fixes it led to
// (chào đón, đồ ăn, thức uống, vào kệ glossed; inventories taken and cycle counts conducted are hands-on, as O*NET's
// raters read all 3 such dev tasks): labels 10 (two 11); English set 11's cycle counts too: labels 31 (two 35).
// English set 14 (a backend engineer, a QA analyst, a DevOps engineer, a UX researcher, a school district's IT support
// technician), measured when set and kept as read: roles 38/39 ("This role is based in our Charlotte office three days a
// week" read as where, not the terms), duties 21/21 listed, 0 of 18 other lines listed, labels 12/21 (two labels 16),
// employers 5/5. Tech work is where the labels are weakest: "on-call" reads as being on site, and desk work the
// words don't decide leans to the posting's people work.
// Employers once the line under the job's heading is read against the page's title ("<h1>Line Cook</h1><div>The Copper
// Table</div>" titled "Line Cook - The Copper Table"): set 8 5/5, set 9 5/5, set 10 1/1, EU 6/6, Chinese 3/3, Japanese 2/2.
// Floors: what was measured, less about a line.
describe('fresh whole postings read line by line: roles, duties listed, labels and employers', () => {
  it.each([
    ['English set 8 (property, corrections, nursing, trucking, a kitchen)', 'en-set8.json', { lines: 75, duties: 29, others: 46, roles: 73, listed: 28, leaked: 1, three: 22, two: 25, companies: 4 }],
    ['English set 9 (product, data, customer success, marketing, sales)', 'en-set9.json', { lines: 64, duties: 26, others: 38, roles: 62, listed: 25, leaked: 1, three: 17, two: 22, companies: 4 }],
    ['English set 10 (a hospital patient access representative)', 'en-set10.json', { lines: 18, duties: 7, others: 11, roles: 17, listed: 6, leaked: 1, three: 4, two: 4, companies: 1 }],
    ['French, Spanish, German and Italian set 1 (accounts, care, maintenance, calls, a warehouse, a shop)', 'eu-set1.json', { lines: 59, duties: 23, others: 36, roles: 58, listed: 22, leaked: 1, three: 15, two: 21, companies: 5 }],
    ['Chinese set 1 (career pages: a Java developer, a store manager, an accountant)', 'zh-set1.json', { lines: 31, duties: 13, others: 18, roles: 30, listed: 12, leaked: 1, three: 9, two: 11, companies: 2 }],
    ['Vietnamese set 1 (a career page: a medical-equipment sales representative)', 'vi-set1.json', { lines: 14, duties: 4, others: 10, roles: 13, listed: 4, leaked: 1, three: 1, two: 1, companies: 1 }],
    ['English set 11 (accounts payable, HR, a warehouse lead, a designer, a dental hygienist)', 'en-set11.json', { lines: 79, duties: 39, others: 40, roles: 77, listed: 38, leaked: 1, three: 30, two: 34, companies: 4 }],
    ['Chinese set 2 (career pages: a warehouse supervisor, a UI designer, a nurse, an e-commerce customer service specialist)', 'zh-set2.json', { lines: 45, duties: 21, others: 24, roles: 44, listed: 20, leaked: 1, three: 16, two: 18, companies: 3 }],
    ['English set 12 (a teacher, a paralegal, a financial analyst, a sales associate, a claims adjuster)', 'en-set12.json', { lines: 57, duties: 29, others: 28, roles: 56, listed: 28, leaked: 1, three: 22, two: 26, companies: 4 }],
    ['Chinese set 3 (career pages: a teacher, a driver, a chef, a cashier, a software sales representative)', 'zh-set3.json', { lines: 46, duties: 23, others: 23, roles: 45, listed: 22, leaked: 1, three: 16, two: 17, companies: 4 }],
    ['Portuguese, French, Spanish and German set 2 (a call centre, accounts, an emergency nurse, a bank adviser)', 'eu-set2.json', { lines: 37, duties: 18, others: 19, roles: 36, listed: 17, leaked: 1, three: 12, two: 13, companies: 3 }],
    ['English set 13 (pharmacy, security, preschool, child welfare, a bank teller)', 'en-set13.json', { lines: 46, duties: 25, others: 21, roles: 45, listed: 24, leaked: 1, three: 16, two: 19, companies: 4 }],
    ['English set 14 (backend, QA, DevOps, UX research, IT support)', 'en-set14.json', { lines: 39, duties: 21, others: 18, roles: 37, listed: 20, leaked: 1, three: 11, two: 15, companies: 4 }],
    ['Markup set 1 (run-in headings, <br> bullets, a semicolon list, a Chinese numbered description)', 'markup-set1.json', { lines: 46, duties: 21, others: 25, roles: 45, listed: 20, leaked: 1, three: 16, two: 18, companies: 3 }],
    ['Markup set 2 (job-details fields, span-bold headings, German dash items, a Chinese list with no heading)', 'markup-set2.json', { lines: 41, duties: 19, others: 22, roles: 38, listed: 18, leaked: 1, three: 15, two: 15, companies: 3 }],
    ['Markup set 3 (LinkedIn-style lead-ins ending in a colon, bold run-in lead-ins)', 'markup-set3.json', { lines: 33, duties: 16, others: 17, roles: 31, listed: 15, leaked: 1, three: 11, two: 15, companies: 2 }],
    // Set 174 (English postings for work that trains, checks or runs AI: a data labeler on Workday, a freelance AI writing
    // evaluator on a platform page, an AI operations analyst on Greenhouse, a Spanish content moderator on Lever, a prompt
    // engineer on Ashby), measured when set: roles 59/61, duties 24/24 listed, 2 of 37 other lines listed, labels 13/24
    // (two 20), employers 5/5. Left (no mend): "Lexora is hiring freelance writers to help improve AI models." read as a
    // role summary (a duty), and "Take part in wellness sessions with our on-site counselor" under the duties as one; a
    // labeler's "Hit weekly throughput and quality targets" is a duty, as "Meet daily throughput and accuracy targets" was.
    ['Markup set 174 (English postings for work that trains, checks or runs AI)', 'markup-set174.json', { lines: 61, duties: 24, others: 37, roles: 58, listed: 23, leaked: 3, three: 12, two: 19, companies: 4 }],
    // Set 173 (German and Austrian care and health postings: an Altenpflege nurse under StepStone sections, a home-care
    // aide's <br> dash lines on Indeed, an intensive-care nurse on a hospital page, a practice's MFA on Personio, a
    // Pflegedienstleitung with karriere.at bullets in paragraphs), measured when set: roles 67/69, duties 26/26 listed,
    // none of 43 other lines listed, labels 16/26 (two 20), employers 5/5. Mended: Pflege in a compound glossed as care
    // (Pflegemaßnahmen, Pflegedokumentation read as upkeep) and a home carer's words known (dressing, shopping, laundry,
    // changes reported: the aide's posting had no line the classifier knew, so its one documentation line set all five
    // automatable); "Weiterbildung zur/für…" under the profile an ask (read as a perk): roles 69, labels 20 (two 24).
    // Left: the practice's reception and booking read human-led, a Pflegedienstleitung's rota and reports automatable.
    ['Markup set 173 (German and Austrian care and health postings)', 'markup-set173.json', { lines: 69, duties: 26, others: 43, roles: 68, listed: 25, leaked: 1, three: 19, two: 23, companies: 4 }],
    // Set 172 (a Japanese Indeed posting with bold headings over です/ます lines, a Vietnamese TopCV posting, an English
    // definition list of fields, a two-column table of fields, a plain-text posting in a <pre> with bullets), measured when
    // set: roles 38/38, duties 13/13 listed, none of 25 other lines listed, labels 8/13 (two 8), employers 5/5. Mended:
    // 登録 glossed as data recorded, not "register", and 入出荷, ハンディ端末 known (the handheld scanner's data entry read
    // hands-on): two 9. Left: a receptionist greeting visitors and ordering supplies, a delivery app's signatures, read
    // hands-on with their postings.
    ['Markup set 172 (Japanese Indeed, Vietnamese TopCV, a definition list, a table of fields, a <pre> posting)', 'markup-set172.json', { lines: 38, duties: 13, others: 25, roles: 37, listed: 12, leaked: 1, three: 7, two: 8, companies: 4 }],
    // Set 171 (five public-sector postings: a USAJOBS-style HR assistant with Conditions of Employment, How You Will Be
    // Evaluated and Required Documents; a CalCareers duty statement with shares of time; a UK Civil Service appeals officer
    // with Behaviours; an Australian APS data analyst with Eligibility; a Canadian inspector with essential and asset
    // qualifications), measured when set: roles 48/49, duties 13/14 listed ("10% Performs other related duties as
    // required." read as an ask by its last word), none of 35 other lines listed, labels 9/13 (two 12), employers 5/5.
    // Mended: other duties "as required" are a duty: roles 49, duties 14/14.
    ['Markup set 171 (USAJOBS, CalCareers duty statement, UK Civil Service, APS, GC Jobs)', 'markup-set171.json', { lines: 49, duties: 14, others: 35, roles: 48, listed: 13, leaked: 1, three: 8, two: 12, companies: 4 }],
    // Set 170 (five Chinese postings whose duties name writing, interpreting, rosters, lawsuits and hypotheses in posting
    // words: a short-drama screenwriter, a Japanese translator and interpreter, a tea shop's assistant manager, a paralegal,
    // a data analysis intern; written after the Chinese rules for 创作, 口译, 班表, 诉讼 and 假设 were added, labels by the
    // rubric), measured when set: roles 31/31, duties 16/16 listed, none of 15 other lines listed, labels 7/16 (two 14),
    // employers 5/5. Left: most misses part augmentable from automatable (剧本创作, 担任口译, 编排员工班表 read automatable).
    ['Markup set 170 (Chinese: screenwriter, interpreter, tea shop assistant manager, paralegal, data intern)', 'markup-set170.json', { lines: 31, duties: 16, others: 15, roles: 30, listed: 15, leaked: 1, three: 6, two: 13, companies: 4 }],
    // Set 169 (five English postings that join hands-on and desk work in one list: an HVAC technician's service tickets
    // and parts orders, a dental hygienist's charting, an apartment maintenance technician's work orders in Yardi, an
    // electrical foreman's takeoffs and daily reports, a chef's menus and costing), measured when set: roles 35/35, duties
    // 20/20 listed, none of 15 other lines listed, labels 13/20 (two 15), employers 5/5. Left: desk lines among hands-on
    // ones lean hands-on with the posting ("Order parts through the supplier portal…" 0.56 alone, 0.28 in the posting);
    // capping the English context's pull (cap 1.5: fresh sets +8 binary of 3,314) costs O*NET agreement (0.8220 → 0.8208).
    ['Markup set 169 (hands-on and desk work in one list: HVAC, hygienist, maintenance, foreman, chef)', 'markup-set169.json', { lines: 35, duties: 20, others: 15, roles: 34, listed: 19, leaked: 1, three: 12, two: 14, companies: 4 }],
    // Set 168 (five English postings: "You'll…" said of training, schedule, pay and place, "You will receive…" perks,
    // imperative apply lines, one unheaded Indeed list of duties, asks and perks, a nonprofit's mission said with verbs),
    // measured when set: roles 29/40, duties 10/13 listed, 2 of 27 other lines listed ("You'll complete a paid
    // three-week training program…", "You'll work four 10-hour shifts a week…"), labels 9/10 (two 9), employers 4/5.
    // Mended: the hours and the paid training said as the hire's doing are the terms: roles 31, none listed. Left: the
    // nonprofit page (no apply, no pay, "Status: Full-time" its one job word beside "benefits enrollment") reads as no
    // job; "You'll be based out of our yard in Fort Collins…" reads as the place field.
    ['Markup set 168 (You\'ll… of training, schedule and pay; apply imperatives; an unheaded Indeed list; a nonprofit)', 'markup-set168.json', { lines: 40, duties: 13, others: 27, roles: 30, listed: 9, leaked: 1, three: 8, two: 8, companies: 3 }],
    // Set 167 (five Chinese postings with lines shaped like duties that are not: 面试流程 steps, 晋升通道, a 团队介绍 of
    // the team's own work, 我们的价值观, 你将获得, 考核标准 set inline among BOSS <br> lines, a 58同城 ad's 工作时间/地点/
    // 联系电话), measured when set: roles 34/40, duties 15/15 listed, 4 of 25 other lines listed (到店面试并试岗半天,
    // 我们团队负责…的研发, 考核标准 and its 完成率不低于95%), labels 11/15 (two 13), employers 5/5. Mended: hiring steps,
    // goals, team and values headings give their lines those roles, also set inline in a flattened block; 我们团队… is the
    // company: roles 39, none listed. Left: 店员-领班-副店长-店长，优秀者一年内可晋升 under 晋升通道 reads as an ask.
    ['Markup set 167 (Chinese: 面试流程, 晋升通道, 团队介绍, 价值观, 你将获得, 考核标准 inline)', 'markup-set167.json', { lines: 40, duties: 15, others: 25, roles: 38, listed: 14, leaked: 1, three: 10, two: 12, companies: 4 }],
    // Set 166 (five English postings with lines shaped like duties that are not: interview steps and perks said as
    // imperatives, a team's own work, a company's values, success measures, a work environment), measured when set: roles
    // 44/51, duties 14/14 listed, 4 of 37 other lines listed (two goals under "Success in this role looks like:", two
    // values under "Our values": "Put the learner first", "Ship, then iterate"), labels 10/14 (two 14), employers 5/5.
    // Mended: a success heading's lines are goals and a values heading's the company, while the work done by then ("In a
    // year, you run buyout…", set 87) stays a duty: roles 48, none listed. "The noise level in the warehouse…" under Work
    // environment, first written as the terms, was set to set 64's reading (an ask): roles 49. Left: "Work with a team
    // that has been named a Magnet hospital…" reads as a perk.
    ['Markup set 166 (interview steps, perks as imperatives, values, success measures, work environment)', 'markup-set166.json', { lines: 51, duties: 14, others: 37, roles: 48, listed: 13, leaked: 1, three: 9, two: 13, companies: 4 }],
    // Set 165 (Spanish InfoJobs Funciones / Requisitos / Se ofrece, French Welcome to the Jungle sections with duties in
    // the future "Vous rédigerez…", German StepStone Ihre Aufgaben / Ihr Profil / Wir bieten, Portuguese Gupy
    // Responsabilidades e atribuições, Italian Mansioni / Requisiti / Offriamo), measured when set: roles 41/42, duties
    // 15/15 listed, none of 27 other lines listed, labels 9/15 (two 13), employers 5/5. Left: a lone Title Case ask
    // between two headings ("Cursando Ciências Contábeis") reads as a heading; "Dokumentation der Pflegemaßnahmen…" reads
    // Pflege as upkeep and automatable.
    ['Markup set 165 (Spanish, French futures, German, Portuguese, Italian)', 'markup-set165.json', { lines: 42, duties: 15, others: 27, roles: 40, listed: 14, leaked: 1, three: 8, two: 12, companies: 4 }],
    // Set 164 (five Chinese postings in the boards' markup: BOSS直聘 <br> lines of a factory electrician, 智联招聘 <p> lines
    // and welfare tags of a short-video operator, 前程无忧 numbered lines of a property guard with 职能类别, 猎聘 【】 headings
    // of a licensed pharmacist in one <dd>, 拉勾 职位诱惑 above a financial analyst's duties), measured when set: roles
    // 43/45, duties 20/20 listed, none of 25 other lines listed, labels 15/20 (two 18), employers 5/5. One label first
    // written otherwise was set to the earlier sets' reading (完成领导交办的其他工作 takes the posting's lean: human-led
    // for an electrician). Left: 拉勾's 职位诱惑 above the duties is not read at a host no adapter knows.
    ['Markup set 164 (Chinese: electrician, short-video operator, property guard, pharmacist, financial analyst)', 'markup-set164.json', { lines: 45, duties: 20, others: 25, roles: 42, listed: 19, leaked: 1, three: 14, two: 17, companies: 4 }],
    // Set 163 (a Greenhouse customer success manager under "In this role, you will:" and "You might thrive in this role
    // if:", a Lever warehouse associate, an Indeed CDL truck driver with pay and home-time fields, a Workday credit union
    // teller with a summary sentence, a vet clinic's strong headings), measured when set: roles 50/52, duties 22/22
    // listed, none of 30 other lines listed, labels 13/22 (two 17), employers 5/5. Left: a second Lever section (About
    // Us) is not read at a host no adapter knows; a teller's deposits read automatable and a vet assistant's aftercare
    // explained human-led.
    ['Markup set 163 (Greenhouse thrive-if, Lever, Indeed CDL driver, Workday teller, vet clinic)', 'markup-set163.json', { lines: 52, duties: 22, others: 30, roles: 49, listed: 21, leaked: 1, three: 12, two: 16, companies: 4 }],
    // Set 162 (five English postings written as prose, a duty per sentence: a landscape crew member's "typical day", an
    // office administrator's "You'll…", a youth worker's third person, a support specialist under "What the job is", a
    // cook's "Our cooks…"), measured when set: two of five read as no job (the support page says no "apply", the cook's
    // page names few job words), roles 18/38, duties 8/17 listed, none of 21 other lines listed, labels 6/8 (two 6),
    // employers 3/5. Three lines first written otherwise were set to earlier sets' readings ("We're looking for a crew
    // member to join us…" and "…is hiring a Cook…" the company, as "…to join our team" and 现招聘; "subject to an
    // enhanced DBS check" the legal notice). Mended: a shift and a pay range ("$58,000 - $66,000", "£13 to £15") and "we
    // offer" are job words; "What the job is" heads the duties; "…at 7am, where you'll load…" and "Later in the season
    // you'll…" are work; goods received ("They receive and put away food deliveries…") are work: all five read, roles 37,
    // duties 17/17, labels 13/17 (two 14), employers 5/5 (jobs.js 51,132 B gzip).
    ['Markup set 162 (prose: a typical day, You\'ll…, third person, What the job is, Our cooks…)', 'markup-set162.json', { lines: 38, duties: 17, others: 21, roles: 36, listed: 16, leaked: 1, three: 12, two: 13, companies: 4 }],
    // Set 161 (five Chinese postings whose duties part between the labels: an HR specialist, a foreign-trade salesperson, a
    // quality inspector, a backend developer, a cashier), measured when set: roles 45/45, duties 21/21 listed, none of 24
    // other lines listed, labels 13/21 (two labels 17), employers 5/5. Left: an inspector's 抽检…并填写检验记录 reads as
    // records, and defective goods tagged and quarantined (标识、隔离) as desk work (抽检, 不良品 and 隔离 read as
    // inspection: the Chinese O*NET CV 0.8192 → 0.8190 and no fresh duty moved, so not kept); a cashier's cash and bank
    // errands read automatable; winning buyers on 阿里巴巴国际站 and at fairs reads human-led.
    ['Markup set 161 (Chinese: HR specialist, foreign-trade sales, quality inspector, backend developer, cashier)', 'markup-set161.json', { lines: 45, duties: 21, others: 24, roles: 44, listed: 20, leaked: 1, three: 12, two: 16, companies: 4 }],
    // Set 160 (an NHS person specification table with Essential and Desirable columns, Canada Job Bank's Work setting and
    // Tasks lists, a care home's prose under The role / The person, Indeed's bold headings over "•" lines joined by <br>, a
    // startup's emoji headings), measured when set: roles 48/50, duties 17/17 listed, none of 33 other lines listed, labels
    // 13/17 (two labels 17), employers 5/5. Left: a heading with nothing under it before the next ("Experience and
    // specialization") is no line; a list's one item "Plumber Trade Certification" reads as a heading (Title Case ending
    // in a section's word).
    ['Markup set 160 (NHS person specification table, Job Bank work setting, care home prose, Indeed • lines, emoji headings)', 'markup-set160.json', { lines: 50, duties: 17, others: 33, roles: 47, listed: 16, leaked: 1, three: 12, two: 16, companies: 4 }],
    // Set 159 (five Chinese postings in the boards' markup with their trailing fields: 51job's 职能类别 and 关键字, liepin's
    // 工作地址, zhaopin's run-in 岗位职责 inside 职位描述 and 工作时间, BOSS's 加分项, 58同城's 要求/待遇/联系人), measured when
    // set: roles 43/46 (the wrapper headings 职位描述 and 职位介绍 are no lines, as before), duties 19/19 listed, none of 27
    // other lines listed, labels 15/19 (two labels 15), employers 5/5. Mended: a video's 字幕包装 is its design, not goods
    // packed (video editing read human-led): labels 16/19 (two 16).
    ['Markup set 159 (Chinese boards\' trailing fields: 职能类别, 关键字, 工作地址, 工作时间, 加分项, 联系人)', 'markup-set159.json', { lines: 46, duties: 19, others: 27, roles: 42, listed: 18, leaked: 1, three: 15, two: 15, companies: 4 }],
    // Set 158 (LinkedIn-style strong paragraphs over lists, a role summary before the duties: a product manager, an IT
    // support specialist, a credit analyst, an assistant store manager, a freelance translator), measured when set: roles
    // 47/50, duties 25/25 listed, none of 25 other lines listed, labels 18/25 (two labels 23), employers 5/5. Mended: "This
    // role is on-site five days a week…" and "Freelance, paid per word; you set your own hours." are the terms though listed
    // with the asks; "Availability nights, weekends and holidays" is asked: roles 50. Left: setting up laptops and phones
    // reads exposed (O*NET's raters split on computers set up); a store manager's escalated complaints read augmentable.
    ['Markup set 158 (product manager, IT support, credit analyst, assistant store manager, freelance translator)', 'markup-set158.json', { lines: 50, duties: 25, others: 25, roles: 49, listed: 24, leaked: 1, three: 17, two: 22, companies: 4 }],
    // Set 157 (LinkedIn's strong headings over dash lines joined by <br>, asks before duties, a duty with a sub-bullet nested
    // in it, a Spanish Computrabajo box, a Workday summary sentence above its duties), measured when set: roles 49/49,
    // duties 20/20 listed, none of 29 other lines listed, labels 14/20 (two labels 16), employers 5/5. Left: the Spanish
    // counter clerk's "Atender a los clientes en mostrador…" reads augmentable (0.51: advising on a purchase), and his
    // goods received read exposed beside a 1.00 invoicing line (posting context over three tasks).
    ['Markup set 157 (strong headings over <br> dash lines, asks first, nested sub-bullet, Computrabajo, Workday summary)', 'markup-set157.json', { lines: 49, duties: 20, others: 29, roles: 48, listed: 19, leaked: 1, three: 13, two: 15, companies: 4 }],
    // Set 156 (five Chinese postings whose duties part between the labels: an accountant, a warehouse keeper, a ward nurse,
    // an online shop's customer service, a kindergarten teacher), measured when set: roles 48/49, duties 22/22 listed, none
    // of 27 other lines listed, labels 18/22 (two labels 20), employers 5/5. Left: 售后纠纷 reads as an emergency's
    // dispute (human-led); 观察记录幼儿发展情况 reads as records (kept apart from watching children on purpose); "本园为…
    // 环境优美，团队氛围好" reads as the terms (its 氛围 is a perk as much as the blurb).
    ['Markup set 156 (Chinese: accountant, warehouse keeper, ward nurse, online shop service, kindergarten teacher)', 'markup-set156.json', { lines: 49, duties: 22, others: 27, roles: 47, listed: 21, leaked: 1, three: 17, two: 19, companies: 4 }],
    // Set 155 (five English postings in plain markup whose duties part between the labels: a pharmacy technician, a
    // litigation paralegal, an electrical apprentice, a marketing coordinator, a grade 3 teacher), measured when set: roles
    // 53/53, duties 25/25 listed, none of 28 other lines listed, labels 22/25 (two labels 23), employers 5/5. Left: "Help
    // customers at the counter…" reads augmentable (the saved sets label "at the counter and by phone" both ways); an
    // apprentice's time sheets read human-led among his hands-on duties (posting context).
    ['Markup set 155 (labels: pharmacy technician, paralegal, electrical apprentice, marketing coordinator, teacher)', 'markup-set155.json', { lines: 53, duties: 25, others: 28, roles: 52, listed: 24, leaked: 1, three: 21, two: 22, companies: 4 }],
    // Set 154 (odd markup: a table of duties with their share of time, underlined paragraph headings, check-mark lines in
    // divs under bold divs, South African "Key Performance Areas", goal lines under "What success looks like"), measured
    // when set: roles 37/39, duties 14/14 listed, 2 of 25 other lines listed, labels 13/14 (two labels 13), employers
    // 5/5. Goal lines written first as a role of their own were set to set 138's (a field of the posting, meta). Mended: a
    // goal said as reached ("In 90 days, you've taken five customers live") is no duty: roles 39, none leaked.
    ['Markup set 154 (duties table with % of time, underlined headings, ✔ lines, Key Performance Areas, What success looks like)', 'markup-set154.json', { lines: 39, duties: 14, others: 25, roles: 38, listed: 13, leaked: 1, three: 12, two: 12, companies: 4 }],
    // Set 153 (gig and platform work: a grocery shopper, a search-quality rater, a ride-hailing driver on 滴滴, a fixed-price
    // bookkeeping gig on a page no adapter knows, a crowd-sourced rider on 美团众包), measured when set: roles 33/41,
    // duties 10/14 listed, 2 of 27 other lines listed, labels 8/10 (two labels 10), employers 4/5. The contractor status
    // lines ("…independent contractors, not employees", "…与平台为合作关系") were first written as the terms and set to
    // set 8's legal notice. Mended: "Complete at least 10 hours of tasks per week." is asked, though under the duties;
    // 驾龄 is asked: roles 35, none leaked. Left: the gig page with no title
    // shape and no job words ("QuickBooks cleanup for small bakery", "We need a bookkeeper…") reads as no job.
    ['Markup set 153 (gig and platform work: shopper, rater, 滴滴 driver, a bookkeeping gig, 美团众包 rider)', 'markup-set153.json', { lines: 41, duties: 14, others: 27, roles: 30, listed: 9, leaked: 1, three: 7, two: 9, companies: 3 }],
    // Set 152 (InfoJobs sections in Spanish, France Travail dash paragraphs, Italian bold headings over items ending in
    // semicolons, a Gupy analyst in Portuguese, doda's ・ items in Japanese), measured when set: roles 42/42, duties 15/15
    // listed, 0 of 27 other lines listed, labels 10/15 (two labels 13), employers 5/5.
    ['Markup set 152 (InfoJobs, France Travail, Indeed Italy, Gupy, doda)', 'markup-set152.json', { lines: 42, duties: 15, others: 27, roles: 41, listed: 14, leaked: 1, three: 9, two: 12, companies: 4 }],
    // Set 151 (office and clinic work whose duties' labels part: demand generation, HR, FP&A, a dental assistant, inside
    // sales), measured when set: roles 40/41, duties 20/20 listed, 0 of 21 other lines listed, labels 11/20 (two labels
    // 16), employers 5/5. Mended: "a B2B fintech" is the company's market, not a B2B contract; a board deck's slides are
    // no microscope slides (a hands-on main verb): roles 41, labels 12 (two 17).
    ['Markup set 151 (demand generation, HR, FP&A, dental assistant, inside sales)', 'markup-set151.json', { lines: 41, duties: 20, others: 21, roles: 39, listed: 19, leaked: 1, three: 10, two: 15, companies: 4 }],
    // Set 150 (Chinese: a public institution's announcement table, 拉勾 paragraphs, a 小红书 note with emoji headings,
    // BOSS直聘's job-detail-section, 智联招聘 runs numbered ①②③), measured when set: roles 24/35, duties 10/13 listed,
    // 2 of 22 other lines listed, labels 6/10 (two labels 8), employers 4/5: the note read as no job and the table's
    // 岗位名称 and 社区护士 cells as duties. Mended: a title opening with 招 names a hire (jobs.js 51,089 B gzip); 门店：
    // is where the job is; 岗位名称 alone is a field and a part of the title in a cell of its own the job's name: roles
    // 33, duties 13, none leaked, labels 9 (two 11), employers 5. Left: a run numbered ①②③ in one paragraph is one line.
    ['Markup set 150 (Chinese: announcement table, 拉勾, 小红书 note, BOSS直聘, 智联 ①②③ runs)', 'markup-set150.json', { lines: 35, duties: 13, others: 22, roles: 23, listed: 9, leaked: 1, three: 5, two: 7, companies: 3 }],
    // Set 149 (GovernmentJobs "Examples of Duties", Workday bold paragraph headings and a "Shift:" field, iCIMS, Taleo
    // capital headings over dash paragraphs, JazzHR), measured when set: roles 47/49, duties 19/19 listed, 0 of 30 other
    // lines listed, labels 17/19 (two labels 18), employers 5/5. Mended: a line ending in a figure is no heading ("OSHA
    // 30"); "This position is eligible for a take-home vehicle." is the terms: roles 49.
    ['Markup set 149 (GovernmentJobs, Workday, iCIMS, Taleo, JazzHR)', 'markup-set149.json', { lines: 49, duties: 19, others: 30, roles: 46, listed: 18, leaked: 1, three: 16, two: 17, companies: 4 }],
    // Set 148 (harder markup: an accordion whose headings are buttons in role="heading" divs, a definition list with <br>
    // items, a table of fields with the duties in a cell, a one-paragraph "You will: a; b; c" list, headings in <strong>
    // inside the items of an outer list), measured when set: roles 25/36, duties 10/13 listed, 2 of 23 other lines listed,
    // labels 9/13 (two labels 10), employers 4/5: the accordion's requirements read as duties under no heading, and the
    // outer list's posting read as no job. Mended: an accordion's role="heading" is read by its button's text; an item
    // naming a section over a list of its own heads it, unless the page introduces the list ("You will:<ul><li>Technical
    // Skills:<ul>…" stays duties) (jobs.js 51,061 B gzip): roles 36, duties 13, none leaked, labels 11 (two 12), employers 5.
    ['Markup set 148 (accordion, definition list, table cell, inline "You will:" list, headings inside outer list items)', 'markup-set148.json', { lines: 36, duties: 13, others: 23, roles: 35, listed: 12, leaked: 1, three: 10, two: 11, companies: 4 }],
    // Set 147 (Naukri bold paragraph headings, a Seek role summary and "Key responsibilities include:", JobStreet dash
    // lines in paragraphs, Jobsdb bullet characters in paragraphs, a Welsh council's Job Purpose and numbered duties),
    // measured when set: roles 42/44, duties 18/18 listed, 0 of 26 other lines listed, labels 14/18 (two labels 17),
    // employers 5/5. Mended: "Interested parties please apply with expected salary." is how to apply (the pay the
    // applicant is asked to state is no pay offered); shift notes and incident reports are records kept (labels 15, two
    // 18). Left: "Shift duty, 6 days per week" under "Requirements:" reads as asked.
    ['Markup set 147 (Naukri, Seek, JobStreet, Jobsdb, a Welsh council)', 'markup-set147.json', { lines: 44, duties: 18, others: 26, roles: 42, listed: 17, leaked: 1, three: 14, two: 17, companies: 4 }],
    // Set 146 (Personio in German, Recruitee, Breezy bold paragraph headings, SuccessFactors bold runs over <br> lines in
    // one span, Teamtailor emoji headings), measured when set: roles 44/44, duties 17/17 listed, 0 of 27 other lines
    // listed, labels 12/17 (two labels 17), employers 5/5. The three-way misses are automatable against augmentable
    // (support tickets, help-centre articles, tests written; answering customers on the phone in German).
    ['Markup set 146 (Personio, Recruitee, Breezy, SuccessFactors, Teamtailor)', 'markup-set146.json', { lines: 44, duties: 17, others: 27, roles: 43, listed: 16, leaked: 1, three: 11, two: 16, companies: 4 }],
    // Set 145 (Chinese new and platform work: a data annotator on BOSS直聘, an AI trainer on 智联招聘, a food-delivery rider
    // on 58同城, a content moderator on 猎聘 with 【】 heads, a live-stream seller on 前程无忧), measured when set: roles 46/47,
    // duties 17/17 listed, 0 of 30 other lines listed, labels 13/17 (two labels 17), employers 5/5. Left: 前程无忧's
    // wrapper heading 职位信息 is not read (no line, so no task).
    ['Markup set 145 (Chinese new and platform work: annotator, AI trainer, rider, moderator, live-stream seller)', 'markup-set145.json', { lines: 47, duties: 17, others: 30, roles: 45, listed: 16, leaked: 1, three: 12, two: 16, companies: 4 }],
    // Set 144 (NHS Jobs sections in divs, Canada Job Bank lists, UK Civil Service Jobs paragraphs, Dice bold paragraph
    // headings, Idealist), measured when set: roles 53/55, duties 18/18 listed, 0 of 37 other lines listed, labels 13/18
    // (two labels 14), employers 5/5. Mended: one word is a heading only when it names a section ("Dependability" under
    // "Personal suitability" is asked); "We'll assess you against these behaviours…" is the selection process, not the
    // company (read so in an earlier set too); case notes are records kept (labels 14, two 15). Left: recording an NHS
    // patient's observations reads as data entry.
    ['Markup set 144 (NHS Jobs, Canada Job Bank, Civil Service Jobs, Dice, Idealist)', 'markup-set144.json', { lines: 55, duties: 18, others: 37, roles: 54, listed: 17, leaked: 1, three: 13, two: 14, companies: 4 }],
    // Set 143 (prose ads: a Milanuncios weekend waiter in Spanish, a Leboncoin home help in French, a Kleinanzeigen cleaner
    // in one German <br> block, a Japanese bakery's notice, a Vietnamese café's post), measured when set: roles 5/21,
    // duties 1/5 listed, 1 of 16 other lines listed, labels 1/1, employers 2/5: three read as no job. Mended: "vous
    // l'aiderez" and a title "Tuyển nhân viên…" make a prose posting (jobs.js 51,198 B gzip); "お仕事は、…です" is the
    // work, the pay and the asks said politely are not the workplace described; "Se valora…" is asked; the café's drinks
    // brought and tables cleared are glossed. Then (once Readability's title cut had freed bytes) the German ad: "Wir
    // suchen…" calls and "Zu Ihren Aufgaben gehören…" says the work (jobs.js 51,083 B gzip), a Minijob is the terms and
    // "Bitte melden Sie sich…" how to apply: roles 20/21, duties 5/5, employers 5/5.
    ['Markup set 143 (prose ads: a Spanish waiter, a French home help, a German cleaner, a Japanese bakery assistant, a Vietnamese café server)', 'markup-set143.json', { lines: 21, duties: 5, others: 16, roles: 15, listed: 3, leaked: 1, three: 3, two: 3, companies: 3 }],
    // Set 142 (Chinese ads in prose with no section headings: a WeChat article for a waiter, a 58同城 one-paragraph ad for a
    // lorry driver, a furniture exporter's page for an accountant, a private tutoring notice, a salon's poster in <br>
    // lines), measured when set: roles 13/23, duties 3/6 listed, 0 of 17 other lines listed, labels 3/3, employers 3/5:
    // the tutor's notice and the salon's poster read as no job. Mended: a short Chinese title (美容师) is the name the
    // page repeats. The tutor's notice (寻找…家教, no call the reader knows, one job word) still reads as none.
    ['Markup set 142 (Chinese prose ads: a waiter, a lorry driver, an accountant, a maths tutor, a beautician)', 'markup-set142.json', { lines: 23, duties: 6, others: 17, roles: 18, listed: 4, leaked: 1, three: 4, two: 4, companies: 3 }],
    // Set 141 (English ads in prose, written after set 140's mends to try them on other wording: a marketplace ad, a
    // church's page in the third person, a forum "[Hiring]" post, a school district's page for substitutes, a shop-window
    // ad in one paragraph), measured when set: roles 8/25, duties 2/6 listed, 0 of 19 other lines listed, labels 2/2,
    // employers 2/5: three read as no job. "Substitute teachers keep learning going…" was first written as the company and
    // set to a duty (a summary of what the hire does). Mended: a page that names its hire by the title's last word twice
    // more beside two job words ("applicants" one) is a posting in prose, so is one that says "You'd…"; "unlock" is a
    // duty verb; "Send me your portfolio" is how to apply. After: roles 23, duties 7/7.
    ['Markup set 141 (prose ads: a dishwasher, a church custodian, a freelance video editor, a substitute teacher, a bookshop assistant)', 'markup-set141.json', { lines: 25, duties: 7, others: 18, roles: 22, listed: 6, leaked: 1, three: 4, two: 4, companies: 4 }],
    // Set 140 (English prose ads: a Craigslist crew member with the pay in its title, a small firm's bookkeeper, a daycare's
    // post in one paragraph, a newspaper classified with a run-in title, a start-up's letter-style ad), measured when set:
    // roles 6/29, duties 2/8 listed, 0 of 21 other lines listed, labels 2/2, employers 1/5: four of five read as no job.
    // Mended: a title with its pay, "…seeks…" and "As our second support specialist, you'll…" make a prose posting; the
    // title in the plural doing the work is a duty, "Send us a message to apply!" the application, "You've worked…" asked,
    // "EOE." the notice. After: roles 21, duties 6/8 (the daycare's post, with no "you will", still reads as no job).
    ['Markup set 140 (prose ads: a landscape crew member, a bookkeeper, an assistant teacher, a maintenance technician, a support specialist)', 'markup-set140.json', { lines: 29, duties: 8, others: 21, roles: 20, listed: 5, leaked: 1, three: 5, two: 5, companies: 3 }],
    // Set 139 (Chinese postings for new and changing work: a BOSS直聘 drone pilot, a 智联招聘 generative-AI system application
    // specialist, a 前程无忧 home health carer, a 猎聘 legal officer under 【】, a 拉勾 e-sports events operator), measured when
    // set: roles 45/48 (the boards' wrapper headings 职位信息, 职位介绍, 职位描述 above their sections are not read), duties
    // 20/20 listed, 0 of 28 other lines listed, labels 14/20 (two 18), employers 5/5. Mended: 操控 operates a machine.
    ['Markup set 139 (a drone pilot, a generative-AI system application specialist, a home health carer, a legal officer, an e-sports events operator)', 'markup-set139.json', { lines: 48, duties: 20, others: 28, roles: 44, listed: 19, leaked: 1, three: 14, two: 18, companies: 4 }],
    // Set 138 (English postings with the fields and odd sections real ones carry: Paylocity's Reports to / FLSA /
    // Supervisory Responsibilities / Travel, Greenhouse's "In your first 90 days you will", LinkedIn's "What success looks
    // like:", Indeed's Physical Demands, iCIMS's "Other duties as assigned."), measured when set: roles 65/67, duties 23/23
    // listed, 2 of 44 other lines listed, labels 18/22 (two 20). FLSA status (meta) and travel asked (a requirement) were
    // first written against sets 108 and 68 and set to them; "Other duties as assigned." takes set 129's label.
    // Mended: "Supervisory Responsibilities: None" is a field; working the floor during peak service is presence on site.
    // "Guest scores above 4.7 within six months" (a goal under "What success looks like") is still listed (with set 166,
    // a success heading's lines are goals: roles 67, none listed).
    ['Markup set 138 (an HR generalist, a product designer, a restaurant general manager, a forklift operator, a program coordinator)', 'markup-set138.json', { lines: 67, duties: 23, others: 44, roles: 65, listed: 22, leaked: 1, three: 19, two: 20, companies: 4 }],
    // Set 137 (a freelance AI trainer on a platform page, an Indeed Japan office clerk under 【】 heads, a TopCV accountant
    // in Vietnamese, a bank's generative-AI operations specialist, a remote medical coder), measured when set: roles 60/60,
    // duties 22/22 listed, 0 of 38 other lines listed, labels 15/22 (two 22), employers 5/5. "This is a freelance
    // contract; you will not be an employee." was first written as legal and set to the terms, as set 133 has it.
    ['Markup set 137 (an AI trainer, a Japanese office clerk, a Vietnamese accountant, a GenAI operations specialist, a medical coder)', 'markup-set137.json', { lines: 60, duties: 22, others: 38, roles: 59, listed: 21, leaked: 1, three: 14, two: 21, companies: 4 }],
    // Set 136 (InfoJobs Spain, HelloWork, XING, Net-Empregos, InfoJobs Italy: an office administrator, an order picker, a
    // tax clerk, a hotel receptionist, a care worker), measured when set: roles 57/57, duties 20/20 listed, 0 of 37 other
    // lines listed, labels 15/20 (two 17), employers 5/5. Mended: e-mails and requests for information (pt, es), daily
    // care forms filled in (it: compilazione delle schede) are glossed (each read as no rule's).
    ['Markup set 136 (a Spanish administrator, a French order picker, a German tax clerk, a Portuguese receptionist, an Italian care worker)', 'markup-set136.json', { lines: 57, duties: 20, others: 37, roles: 56, listed: 19, leaked: 1, three: 15, two: 17, companies: 4 }],
    // Set 135 (Chinese postings in the layouts of 猎聘, BOSS直聘, 智联招聘, 拉勾 and 58同城: a finance manager, an e-commerce
    // operator, a pharmacy clerk, a data-annotation QA checker, a housekeeper), measured when set: roles 45/48 (the wrapper
    // headings), duties 18/18 listed, 0 of 30 other lines listed, labels 11/18 (two 14), employers 5/5. Mended: an online
    // shop's work (天猫, 淘宝, 店铺运营…) is at a computer and its goods 上下架 are listings (read human-led in four sets).
    ['Markup set 135 (a finance manager, an e-commerce operator, a pharmacy clerk, an annotation QA checker, a housekeeper)', 'markup-set135.json', { lines: 48, duties: 18, others: 30, roles: 44, listed: 17, leaked: 1, three: 10, two: 14, companies: 4 }],
    // Set 134 (Workable, Jobvite, a school district board, Indeed UK in <br> lines, Lever: a field claims adjuster, a
    // litigation legal secretary, a school bus driver, a laboratory technician, a social media coordinator), measured when
    // set: roles 72/72, duties 29/29 listed, 0 of 43 other lines listed, labels 24/29 (two 27), employers 4/5. "We are
    // looking for a Laboratory Technician to join…" (the company) and "Work Location: In person" (the terms) were first
    // written against the earlier sets' reading and set to it. Mended: "Harmon & Reyes, P.A." names the employer.
    ['Markup set 134 (a claims adjuster, a legal secretary, a school bus driver, a lab technician, a social media coordinator)', 'markup-set134.json', { lines: 72, duties: 29, others: 43, roles: 71, listed: 28, leaked: 1, three: 24, two: 27, companies: 4 }],
    // Set 133 (a Japanese ward nurse in a <dl> of 募集要項, a CareerLink insurance adviser in Vietnamese, a BOSS直聘 AI
    // customer-service trainer (智能客服训练师), an Ashby prompt engineer with items in <li><p>, a freelance AI content
    // reviewer on a vendor's page), measured when set: roles 50/51, duties 17/17 listed, 0 of 34 other lines listed,
    // labels 11/17 (two 16), employers 5/5. No mend: "This is an independent contractor role." reads as the legal notice
    // the engine's tests hold it to (written down here as the terms, the README's contract type).
    ['Markup set 133 (a Japanese nurse, a Vietnamese insurance adviser, a Chinese AI customer-service trainer, a prompt engineer, an AI content reviewer)', 'markup-set133.json', { lines: 51, duties: 17, others: 34, roles: 49, listed: 16, leaked: 1, three: 10, two: 15, companies: 4 }],
    // Set 132 (a Spanish cook in one prose paragraph with run-in "Funciones:" and "Requisitos:", an Italian agency's
    // accounts clerk under "La risorsa si occuperà di:", a German StepStone nurse under "Das erwartet Sie", a Portuguese
    // sales assistant in one <br> block under bold headings, a French Indeed dental assistant with its fields), measured
    // when set: roles 41/48, duties 12/14 listed, 0 of 34 other lines listed, labels 9/12 (two 11), employers 3/5.
    // Mended: "Se necesita…" with "Funciones:" is a posting in prose (read as no job); "si occuperà di", "se encargará de"
    // head the duties ("riconciliazioni bancarie" read as a label); a legal form after a comma ("Lusotêxtil, Lda.") names
    // the employer. After: roles 48, duties 14/14, employers 5.
    ['Markup set 132 (a Spanish cook, an Italian accounts clerk, a German nurse, a Portuguese sales assistant, a French dental assistant)', 'markup-set132.json', { lines: 48, duties: 14, others: 34, roles: 47, listed: 13, leaked: 1, three: 9, two: 11, companies: 4 }],
    // Set 131 (a payroll specialist in a definition list, a start-up's Notion career page with emoji headings and block
    // divs, a transit bus operator under underlined headings, an ESL instructor in a table with <th> row headings, a Breezy
    // HR recruiting coordinator in <br> lines without bullets), measured when set: roles 43/45, duties 18/18 listed, 0 of
    // 27 other lines listed, labels 12/18 (two 14), employers 5/5. Mended: headings read past their emoji ("👋 About us"
    // named no section); a starting wage with its step "after 4 years" is the pay. After: roles 45.
    ['Markup set 131 (a payroll specialist, a product manager, a bus operator, an ESL instructor, a recruiting coordinator)', 'markup-set131.json', { lines: 45, duties: 18, others: 27, roles: 44, listed: 17, leaked: 1, three: 11, two: 13, companies: 4 }],
    // Set 130 (five Chinese postings in older board layouts: a 前程无忧 new-media editor in text nodes with an &nbsp; line,
    // its 职能类别 and 上班地址, a 智联招聘 maintenance fitter with its address in <h2>, a 猎聘 key-account manager whose
    // headings run on into their first line, a BOSS直聘 nursery assistant in a text div, a 拉勾 Java developer in one <br>
    // paragraph), measured when set: roles 41/46, duties 15/15 listed, 0 of 31 other lines listed, labels 13/15 (two 15),
    // employers 5/5. No mend. Left: the wrappers' own headings (职位信息, 职位描述) above the text, and a field block of
    // one link (职能类别) that Readability drops, are not read.
    ['Markup set 130 (a Chinese new-media editor, maintenance fitter, key-account manager, nursery assistant, Java developer)', 'markup-set130.json', { lines: 46, duties: 15, others: 31, roles: 40, listed: 14, leaked: 1, three: 12, two: 14, companies: 4 }],
    // Set 129 (a career page whose sections are closed accordions, a university admissions coordinator whose duties sit in
    // a table with their shares of time, a Monster bank teller under bold run-in headings over <br> lines, a Glassdoor
    // medical social worker in dash paragraphs, a BOSS直聘 shop assistant under its 职位描述 wrapper with its 工作地址),
    // measured when set: roles 49/53, duties 19/19 listed, 0 of 34 other lines listed, labels 13/19 (two 16), employers
    // 5/5. Mended: "LCSW or LMSW in Michigan" is an item, not a Title Case heading. After: roles 50. Left: BOSS直聘's
    // 职位描述 wrapper heading and the address block beside the description are not read.
    ['Markup set 129 (a warehouse associate in accordions, an admissions coordinator, a bank teller, a medical social worker, a Chinese shop assistant)', 'markup-set129.json', { lines: 53, duties: 19, others: 34, roles: 49, listed: 18, leaked: 1, three: 12, two: 15, companies: 4 }],
    // Set 128 (an Indeed property manager with the pay-growth line and "So why wait? Apply today!", an HVAC company's career
    // page, a NEOGOV emergency dispatcher, a branding studio's graphic designer, a hotel front desk agent whose duties are
    // the sentences of one summary paragraph), measured when set: roles 61/62, duties 24/24 listed, 0 of 38 other lines
    // listed, labels 13/24 (two 18), employers 5/5. The one role missed, "Now hiring: HVAC Service Technician", first
    // written down as the page's label, announces the opening: the company, as the README has it. No mend: the
    // dispatcher's calls about emergencies read hands-on (O*NET's raters part on them too: 7 of 13 dev tasks that take
    // calls about emergencies are E0), reservations taken "by phone and in person" read as presence.
    ['Markup set 128 (a property manager, an HVAC technician, an emergency dispatcher, a graphic designer, a hotel front desk agent)', 'markup-set128.json', { lines: 62, duties: 24, others: 38, roles: 61, listed: 23, leaked: 1, three: 12, two: 17, companies: 4 }],
    // Set 127 (an Indeed dental assistant with its job-details pane, a Workday accounts payable specialist with pay and
    // about-us after the asks, a Greenhouse data engineer with its pay-transparency block, a USAJOBS medical support
    // assistant with its conditions of employment, a LinkedIn logistics coordinator in one <span> of hyphen lines),
    // measured when set: roles 62/70, duties 23/23 listed, 0 of 47 other lines listed, labels 16/23 (two 20), employers
    // 5/5. Mended: sterilizing is cleaning by hand, patients seated are cared for where they are ("Seat patients and
    // prepare operatories for procedures" read as preparing documents, and the dental assistant's other hands-on duties
    // leaned exposed after it). After: labels 19 (two 23). Left: Indeed's job-details pane and Greenhouse's pay block are
    // outside the description; "Subject to a background/security investigation" under "Conditions of Employment" reads as
    // asked for.
    ['Markup set 127 (a dental assistant, an accounts payable specialist, a data engineer, a VA medical support assistant, a logistics coordinator)', 'markup-set127.json', { lines: 70, duties: 23, others: 47, roles: 61, listed: 22, leaked: 1, three: 18, two: 22, companies: 4 }],
    // Set 126 (an Indeed Mexico warehouse assistant in • <br> lines under bold headings, a Vagas.com.br clinic receptionist,
    // a VietnamWorks accountant, an Indeed Japan office clerk under <b> headings with ・ lines, a HelloWork car salesperson
    // in French prose), measured when set: roles 59/59, duties 19/19 listed, 0 of 40 other lines listed, labels 14/19 (two
    // 16), employers 5/5. Mended: "capturar" is keying in ("Capturar entradas y salidas en el sistema SAP" read as no
    // rule's); with it told, the posting's lean turns "Recibir y verificar la mercancía…" exposed: labels 14 (two 16).
    ['Markup set 126 (a Mexican warehouse assistant, a Brazilian receptionist, a Vietnamese accountant, a Japanese clerk, a French car salesperson)', 'markup-set126.json', { lines: 59, duties: 19, others: 40, roles: 58, listed: 18, leaked: 1, three: 13, two: 15, companies: 4 }],
    // Set 125 (a SmartRecruiters electrician in its sections, a Taleo hospital pharmacist in table cells with dash lines, a
    // LinkedIn retail marketing manager in <br> text with bold lead-ins, a Lever software engineer with "In this role, you
    // will:", an AppliTrack teaching assistant with capitalised run-in headings), measured when set: roles 60/66, duties
    // 22/24 listed, 1 of 42 other lines listed, labels 17/22 (two 18), employers 5/5. The listed line, "We're looking for a
    // Marketing Manager to lead our retail marketing programs", first written down as the company, says what the hire will
    // do: a duty, as the earlier sets read "We are seeking an X to <work>". Mended: "JOB GOAL: To help students learn…" is
    // read by its text (the company); "Join the on-call rotation…" is work (the team joined). After: roles 63, duties
    // 25/25, labels 21 (two 22). Left: the school district's fields in a table of their own are not read; "Prepares
    // sterile IV admixtures" reads exposed (no rule speaks for preparing medicines by hand).
    ['Markup set 125 (an electrician, a hospital pharmacist, a retail marketing manager, a software engineer, a teaching assistant)', 'markup-set125.json', { lines: 66, duties: 25, others: 41, roles: 62, listed: 24, leaked: 1, three: 20, two: 21, companies: 4 }],
    // Set 124 (five Chinese postings in current board layouts: a 前程无忧 warehouse keeper with its 职能类别 and 关键字, a
    // 智联招聘 online customer service agent in <br> lines, a BOSS直聘 car mechanic with unnumbered lines, a 猎聘 data
    // analyst under 【】 headings with 加分项, a 58同城 office cleaner in run-in fields), measured when set: roles 47/47,
    // duties 16/16 listed, 0 of 31 other lines listed, labels 13/16 (two 14), employers 5/5. No mend.
    ['Markup set 124 (a Chinese warehouse keeper, online customer service agent, car mechanic, data analyst, office cleaner)', 'markup-set124.json', { lines: 47, duties: 16, others: 31, roles: 46, listed: 15, leaked: 1, three: 12, two: 13, companies: 4 }],
    // Set 123 (a Totaljobs customer service advisor with its fields in the description, a karriere.at office clerk with the
    // collective-agreement pay note, a 拉勾 AI product manager with its 职位诱惑 outside the description, a Workday patient
    // care technician under bold run-in headings, a Gumtree office cleaner in one prose paragraph), measured when set:
    // roles 50/64, duties 19/21 listed, 0 of 43 other lines listed, labels 12/19 (two 18), employers 4/5. Mended: "<job>
    // needed" calls for staff in a prose ad (the cleaner's ad read as no job); a British number to call is how to apply
    // (read as a duty). After: roles 57, duties 21/21, labels 14 (two 20), employers 5. Left: six labels part between
    // automatable and augmentable (calls and policy changes handled, travel booked, a product's data tracked).
    ['Markup set 123 (a British call-centre advisor, an Austrian office clerk, a Chinese AI product manager, a patient care technician, an office cleaner)', 'markup-set123.json', { lines: 64, duties: 21, others: 43, roles: 56, listed: 20, leaked: 1, three: 13, two: 19, companies: 4 }],
    // Set 122 (a Bayt accountant with its job-detail fields in a card of their own, an Arbeitsagentur warehouse specialist
    // in one <br> paragraph, a Recruitee onboarding specialist whose duties and asks are in sibling blocks, a jobs.ch
    // accounts-receivable clerk in French, a BOSS直聘 restaurant server), measured when set: roles 47/78, duties 15/25
    // listed, 0 of 53 other lines listed, labels 11/15 (two 14), employers 4/5. Mended: German, Japanese, Portuguese,
    // Italian and French job words (the German page read as no job: no English, Spanish or Chinese job word on it);
    // "About the job" heads a description as "Job description" does (the Recruitee duties were not read); "Taux
    // d'occupation" is the terms. After: roles 72, duties 25/25, labels 19 (two 24), employers 5. Left: Bayt's fields
    // outside the description are not read.
    ['Markup set 122 (an accountant in Dubai, a German warehouse specialist, an onboarding specialist, a Swiss clerk, a Chinese server)', 'markup-set122.json', { lines: 78, duties: 25, others: 53, roles: 71, listed: 24, leaked: 1, three: 18, two: 23, companies: 4 }],
    // Set 121 (a Computrabajo accounting assistant in one <br> paragraph under the employer's "solicita:" and its title in
    // capitals, a SEEK aged-care assistant whose role heading opens with the employer's announcement, a 智联招聘 quality
    // inspector with （1） numbering), measured when set: roles 29/30 (the title in capitals, first written down as a
    // heading, is the job's own title as the earlier sets have it: meta), duties 9/9 listed, 0 of 21 other lines listed,
    // labels 6/9 (two 7), employers 3/3. No mend: "Support residents at mealtimes…", which no rule or word speaks for,
    // takes its posting's mean and reads as exposed, shown as unclear (confidence 0.2).
    ['Markup set 121 (a Mexican accounting assistant, an Australian aged-care assistant, a Chinese quality inspector)', 'markup-set121.json', { lines: 30, duties: 9, others: 21, roles: 29, listed: 8, leaked: 1, three: 5, two: 6, companies: 2 }],
    // Set 120 (lines that read like duties and duties like other lines: a start-up onboarding specialist with an
    // about-us in verbs, asks and perks written as verbs, a hospital nurse's "A day in the life" narrative, a recruitment
    // agency's payroll administrator, a Workable social media coordinator whose duties are sentences), measured when set:
    // roles 40/41, duties 11/11 listed, 0 of 30 other lines listed, labels 7/11 (two 10), employers 4/4. Mended: a last
    // bold line with a figure and nothing under it ("Sign-on bonus of $10,000 for experienced nurses") is a line, not a
    // heading over nothing (it was lost). After: roles 41.
    ['Markup set 120 (an onboarding specialist, a nurse\'s day in the life, an agency payroll administrator, a social media coordinator)', 'markup-set120.json', { lines: 41, duties: 11, others: 30, roles: 40, listed: 10, leaked: 1, three: 6, two: 9, companies: 3 }],
    // Set 119 (an Indeed Japan goods-in checker whose duties are sentences under 【】, a TopCV electronics sales clerk in
    // Vietnamese, an InfoJobs shop assistant in Spanish with its requisite fields, an Indeed France bakery seller with its
    // field lines, a StepStone sales administrator in German with its contact), measured when set: roles 46/52, duties
    // 13/13 listed, 0 of 39 other lines listed, labels 11/13 (two 12), employers 5/5. Mended: a paragraph that opens with
    // its heading ("<p><b>Vos missions :</b><br>…") is one section of the description its sibling paragraphs make up (the
    // lead-in and the terms' fields were left out; sets 2 and 54 gained four roles by it). After: roles 52.
    ['Markup set 119 (a Japanese goods-in checker, a Vietnamese sales clerk, a Spanish shop assistant, a French bakery seller, a German sales administrator)', 'markup-set119.json', { lines: 52, duties: 13, others: 39, roles: 51, listed: 12, leaked: 1, three: 10, two: 11, companies: 4 }],
    // Set 118 (Chinese postings for new and changing occupations: an industrial robot operations technician, an
    // agricultural drone pilot, an AI trainer, a platform delivery rider, an elderly-care worker), measured when set:
    // roles 43/46, duties 17/17 listed, 1 of 29 other lines listed, labels 13/17 (two 15), employers 5/5. Mended: what the
    // platform or employer provides its people ("平台提供骑手意外险和职业伤害保障") is the terms (listed as a duty under
    // the run-in 工作内容), the services a company provides its clients describe it. After: roles 44, none listed.
    ['Markup set 118 (a robot technician, a drone pilot, an AI trainer, a delivery rider, an elderly-care worker)', 'markup-set118.json', { lines: 46, duties: 17, others: 29, roles: 43, listed: 16, leaked: 1, three: 12, two: 14, companies: 4 }],
    // Set 117 (a delivery platform's sign-up page with unheaded lists of perks, tasks and asks, an Indeed maintenance
    // technician whose duties and asks share one list, a Chinese cashier in six numbered lines with no headings, a remote
    // image annotator under question headings, a UK council benefits officer with its field lines), measured when set:
    // roles 23/50, duties 9/14 listed, 0 of 36 other lines listed, labels 8/9 (two 9), employers 3/5. Two roles first
    // written down against the earlier sets' reading were set to it: "Work Location: In person" is the arrangement
    // offered, "This post is subject to a basic DBS check" a legal notice. Mended: "We are a Disability Confident
    // employer and guarantee an interview to…" is a legal notice (it read as the company); the annotator's question
    // headings ("What's the job?", "Who can apply?") name the work and the asks (the page read as no job). After: roles
    // 35, listed 12, labels 9/12 (two 12), employers 4/5. Then (session 46) a page headed by a job's title is read
    // with none of the job words, kept when its lines say work: the sign-up page ("Delivery Driver - Flexible Hours")
    // is read, roles 43, listed 14, labels 12/14 (two 14), employers 5/5; its pitch "Deliver with Dashly and earn…" is
    // listed. Left: the council's field list (class "meta") is dropped by Readability.
    ['Markup set 117 (a delivery platform sign-up, a maintenance technician, a Chinese cashier, an image annotator, a council benefits officer)', 'markup-set117.json', { lines: 50, duties: 14, others: 36, roles: 42, listed: 14, leaked: 1, three: 11, two: 13, companies: 5 }],
    // Set 116 (a university financial aid counselor with its duties in a table with shares of time, an iCIMS credit
    // union teller under div headings, a purchasing coordinator whose items are "Label: description", a 猎聘 headhunter's
    // regional sales manager in 【】 <br> lines, a CareerViet customer care agent), measured when set: roles 49/51, duties
    // 19/19 listed, 0 of 32 other lines listed, labels 14/19 (two 17), employers 5/5. Mended: "本职位由猎头顾问代为发布，企业
    // 信息保密" is the posting's own note (it read as pay, carried on from the heading); a share alone in its cell ("35%")
    // is a figure of the page (it read as a duty; no task, as it has no words). After: roles 50. Left: "Essential Functions"
    // over the table shows no line (the table's own "Duties" header heads its rows). The refits with sets 115-119 moved
    // two labels of its 19 duties (three-way 12, binary 16).
    ['Markup set 116 (a financial aid counselor, a credit union teller, a purchasing coordinator, a regional sales manager, a care agent)', 'markup-set116.json', { lines: 51, duties: 19, others: 32, roles: 49, listed: 18, leaked: 1, three: 11, two: 15, companies: 4 }],
    // Set 115 (an ITviec QA engineer with its reasons to join, an APEC finance manager in French prose, a Subito.it pizza
    // maker in one <br> ad, a Bumeran billing clerk in Spanish, a Greenhouse production manager with lead-in lines),
    // measured when set: roles 39/52, duties 12/13 listed, 0 of 39 other lines listed, labels 7/12 (two 10), employers
    // 4/5. Mended: "Cercasi pizzaiolo" names one job and "Si richiede:" the asks (the ad read as no job); APEC's
    // "Entreprise" heads the employer's lines (they read as asks, carried on); a Spanish item naming a trade in capitals
    // ("Estudiantes avanzados de Contador Público") is no heading. After: roles 49, listed 13, labels 8/13 (two 11).
    // Left: ITviec's reasons to join sit outside the description and are not read.
    ['Markup set 115 (a QA engineer, a French finance manager, an Italian pizza maker, an Argentine billing clerk, a production manager)', 'markup-set115.json', { lines: 52, duties: 13, others: 39, roles: 48, listed: 12, leaked: 1, three: 7, two: 10, companies: 4 }],
    // Set 114 (a Jobsdb Hong Kong accounts clerk with its job-highlight chips, a German Indeed care nurse with emoji ticks,
    // a Net-Empregos waiter in Portuguese in one <br> paragraph, a doda order-desk clerk under ■ headings, a Workday
    // payroll specialist whose duties run as sentences), measured when set: roles 42/56, duties 12/15 listed, 0 of 41
    // other lines listed, labels 7/12 (two 12), employers 4/5. Mended: "■仕事内容" in a <br> block is a heading, as 【】
    // are (the square read as a bullet, so the page read as no job); "Interested parties please send your full resume
    // with expected salary…" is the application (it read as pay). After: roles 54, listed 15, labels 9/15 (two 15).
    // Left: the job-highlight chips sit outside the description and are not read. Corrected after: the accounts
    // payable and receivable and the employees' routine pay questions, written down augmentable, are posting entries and
    // answering routine questions, automatable in the rubric's own words.
    ['Markup set 114 (a Hong Kong accounts clerk, a German care nurse, a Portuguese waiter, a doda order clerk, a payroll specialist)', 'markup-set114.json', { lines: 56, duties: 15, others: 41, roles: 53, listed: 14, leaked: 1, three: 8, two: 14, companies: 4 }],
    // Set 113 (a 应届生求职网 campus management trainee in 【】 <br> lines, a 斗米 weekend promoter in run-in fields, a
    // 1111人力銀行 warehouse worker in traditional Chinese, a 汇博 admin specialist in one <br> paragraph, a BOSS直聘
    // livestream sales host), measured when set: roles 47/48, duties 18/18 listed, 0 of 30 other lines listed, labels
    // 15/18 (two 16), employers 5/5. Left: the "职位描述" heading over the whole description shows no line.
    ['Markup set 113 (a campus trainee, a weekend promoter, a Taiwanese warehouse worker, an admin specialist, a livestream host)', 'markup-set113.json', { lines: 48, duties: 18, others: 30, roles: 46, listed: 17, leaked: 1, three: 14, two: 15, companies: 4 }],
    // Set 112 (a CV-Library HGV driver under bold headings with <br> bullets, a Paylocity medical assistant with its
    // physical demands, a Snagajob crew member, a Handshake student library assistant in <p> lines, a Trade Me Jobs
    // cleaner in dash lines), measured when set: roles 61/62, duties 21/21 listed, 0 of 41 other lines listed, labels
    // 16/21 (two 18), employers 5/5. Mended: a bold "Pay Range: $19.00 - $23.00 per hour" is a line, not a heading over
    // nothing (it was lost). After: roles 62, labels 15/21 after the refit (two 18). Corrected after: "Schedule follow-up
    // appointments and referrals", written down augmentable, is scheduling, automatable in the rubric's own words.
    ['Markup set 112 (an HGV driver, a medical assistant, a crew member, a student library assistant, a cleaner)', 'markup-set112.json', { lines: 62, duties: 21, others: 41, roles: 61, listed: 20, leaked: 1, three: 14, two: 17, companies: 4 }],
    // Set 111 (new and platform work: a freelance AI trainer, a Chinese generative-AI application specialist, a
    // ride-hailing driver in Spanish, a content moderator through a staffing agency), measured when set: roles 41/44,
    // duties 11/11 listed, 0 of 33 other lines listed, labels 9/11 (two 10), employers 4/4. Mended: the contract length
    // and wellness support under "Details:" are the terms by their own words (they read as asks, carried on from the
    // heading before; "Details" itself names no section). After: roles 44.
    ['Markup set 111 (a freelance AI trainer, a generative-AI application specialist, a ride-hailing driver, a content moderator)', 'markup-set111.json', { lines: 44, duties: 11, others: 33, roles: 43, listed: 10, leaked: 1, three: 8, two: 9, companies: 3 }],
    // Set 110 (an NHS Jobs ward clerk with its person specification, a SEEK storeperson in dash lines, a Lever grants
    // operations associate in sibling section blocks, a bilingual Indeed Canada front desk agent), measured when set:
    // roles 36/47, duties 15/16 listed, 0 of 31 other lines listed, labels 11/15 (two 13), employers 4/4. Mended: a duty
    // item naming eligibility ("Review grant applications for eligibility…") is no heading, so the duties' block widens to
    // the asks in the next block (the asks, the pay and the company line were left out). After: roles 43. Left: an empty
    // heading over sub-headings ("Person Specification", "Qualifications") shows no line; "We're after a Storeperson to
    // join…" reads as the employer's announcement (written down as the role's summary).
    ['Markup set 110 (an NHS ward clerk, a SEEK storeperson, a Lever grants associate, a bilingual front desk agent)', 'markup-set110.json', { lines: 47, duties: 16, others: 31, roles: 42, listed: 14, leaked: 1, three: 10, two: 12, companies: 3 }],
    // Set 109 (Chinese boards' current layouts at a host no adapter knows: a BOSS直聘 data annotator whose duties and asks
    // run in one unheaded list, a 智联招聘 LLM evaluation specialist with its 职位亮点 tags and 加分项, a 前程无忧 store
    // assistant with no headings, a 猎聘 crowd-sourced delivery rider under a <dt> 职位介绍), measured when set: roles 18/34,
    // duties 6/12 listed, 0 of 22 other lines listed, labels 4/6 (two 5), employers 2/4. Mended: the store assistant's
    // lines with 负责 and their pay as a monthly range (4500-6000元/月) are a posting (it read as no job). After: roles 24,
    // listed 9, labels 7/9 (two 8). Left: the annotator's list, with no heading, no 负责 and no pay, reads as no job here
    // (its board's adapter reads it); the tags block and the <dt> heading are not in the text read.
    ['Markup set 109 (a Chinese data annotator, an LLM evaluator, a store assistant, a delivery rider)', 'markup-set109.json', { lines: 34, duties: 12, others: 22, roles: 23, listed: 8, leaked: 1, three: 6, two: 7, companies: 2 }],
    // Set 108 (job specifications: a NEOGOV county permit technician, a school district paraprofessional with its field
    // lines, a hospital sterile processing technician, an Indeed HVAC office manager), measured when set: roles 50/51
    // ("Performs other duties as assigned", first written down as no duty, is a duty as the earlier sets have it),
    // duties 19/19 listed, 0 of 32 other lines listed, labels 14/19 (two 16), employers 3/4 (a county's name in the
    // page title reads as the job's place, as "Kent County" is meant to). Mended: "…will be placed on an eligible list"
    // is the selection process (it read as an ask). Three label misses are the reader's: O*NET's human labels have
    // ordering supplies human-led and preparing bulletin boards exposed, as the engine does.
    ['Markup set 108 (a county permit technician, a school paraprofessional, a sterile processing technician, an HVAC office manager)', 'markup-set108.json', { lines: 51, duties: 19, others: 32, roles: 50, listed: 18, leaked: 1, three: 13, two: 15, companies: 2 }],
    // Set 107 (a LinkedIn customer success manager with emoji markers in <br> lines, a WeChat article for a community
    // elderly-care worker, a Hello Work care worker in a th/td table, a craigslist line cook in prose, a XING dispatcher in
    // German, an Indeed optician in Italian), measured when set: roles 48/57, duties 16/18 listed, 2 of 39 other lines
    // listed, labels 10/16 (two 12), employers 5/6. Mended: the prose ad under "Line Cook - Evenings" ("…looking for a
    // line cook", "You'll prep…") is a posting (it read as no job), its "Please reply with your availability…" the
    // application; Hello Work's 仕事の内容, 賃金 and 就業時間 are headings (仕事の内容 was listed as a duty); "…招聘护理员啦！" is
    // the employer's banner (it was listed). After: roles 56 (the banner reads as company, written down as meta), listed
    // 18, leaked 0, labels 12/18 (two 14).
    ['Markup set 107 (emoji lines, a WeChat article, a Hello Work table, a craigslist line cook, a German dispatcher, an Italian optician)', 'markup-set107.json', { lines: 57, duties: 18, others: 39, roles: 55, listed: 17, leaked: 1, three: 11, two: 13, companies: 5 }],
    // Set 106 (a France Travail night care assistant in French, a Dice W2 data engineer with its detail chips, an OCC
    // Mundial nurse in Spanish, a 中华英才网 sales representative in 【】 <br> lines, a Monster forklift operator, a
    // マイナビ転職 order-desk clerk in a th/td table), measured when set: roles 54/60, duties 17/20 listed, 0 of 40 other
    // lines listed, labels 12/17 (two 15), employers 6/6. Mended: French duties said in the present ("Vous aidez les
    // résidents…", "Vous renseignez le dossier de soins") are work as the infinitive is (they read as company); a row of
    // chips whose own class names them (<span class="chip">) shows them apart, and "Contract W2" and "Depends on
    // Experience" are the terms, not headings. After: roles 59 (an <h3> with only <h4> under it shows no line), listed
    // 20, labels 14/20 (two 17).
    ['Markup set 106 (a French care assistant, a W2 data engineer, a Mexican nurse, a Chinese sales rep, a forklift operator, a Japanese order clerk)', 'markup-set106.json', { lines: 60, duties: 20, others: 40, roles: 58, listed: 19, leaked: 1, three: 13, two: 16, companies: 5 }],
    // Set 105 (a Welcome to the Jungle support agent in French, a 实习僧 HR intern in <br> lines, an Idealist case manager, a
    // HigherEdJobs academic advisor under <strong> headings, a Catho warehouse assistant in Portuguese, a VietnamWorks
    // accountant), measured when set: roles 71/73 (four interview and application lines first written down as
    // 'other' are the application role), duties 26/27 listed, 1 of 46 other lines listed, labels 17/26 (two 21),
    // employers 6/6. Mended: "vous serez le premier interlocuteur…" under "Descriptif du poste" says the work (it read
    // as company), "Review of applications will begin…" under "Application Instructions" is the process (it was listed);
    // glosses for "base de connaissances", "remonter", "làm việc với", "cơ quan thuế". After: roles 73, listed 27, leaked
    // 0, labels 19/27 (two 23).
    ['Markup set 105 (a French support agent, a Chinese HR intern, a case manager, an academic advisor, a Brazilian warehouse assistant, a Vietnamese accountant)', 'markup-set105.json', { lines: 73, duties: 27, others: 46, roles: 72, listed: 26, leaked: 1, three: 18, two: 22, companies: 5 }],
    // Set 104 (a BambooHR dental front desk coordinator under <strong> headings, a Personio warehouse worker in German, a
    // JazzHR bookkeeper with run-in bold labels and • lines), measured when set: roles 31/32 (the run-in "Position
    // Overview:" is read with the summary it opens, a duty), duties 11/11 listed, 0 of 21 other lines listed, labels 9/11
    // (two 11), employers 3/3 — nothing to mend.
    ['Markup set 104 (a dental front desk coordinator, a German warehouse worker, a bookkeeper)', 'markup-set104.json', { lines: 32, duties: 11, others: 21, roles: 30, listed: 10, leaked: 1, three: 8, two: 10, companies: 2 }],
    // Set 103 (a 智联招聘 phone customer service agent in <p> lines, a BOSS直聘 kindergarten teacher in <br> lines, a 前程无忧
    // purchasing specialist whose duties have no heading, with its 职能类别 and 关键字 fields, a 猎聘 finance manager in a
    // <dl>), measured when set: roles 35/36, duties 15/15 listed, 0 of 21 other lines listed, labels 9/15 (two 12),
    // employers 4/4 — nothing to mend (the misses are readings a rubric leaves open: talking with parents, negotiating
    // prices with new suppliers, managing a team while reviewing vouchers).
    ['Markup set 103 (a Chinese phone agent, a kindergarten teacher, a purchasing specialist, a finance manager)', 'markup-set103.json', { lines: 36, duties: 15, others: 21, roles: 34, listed: 14, leaked: 1, three: 8, two: 11, companies: 3 }],
    // Set 102 (a ZipRecruiter CDL-A driver under bold run-in headings with dash lines, a Workday store manager, a
    // Greenhouse customer support specialist under <strong> headings, an Indeed CNA whose lists have no headings),
    // measured when set: roles 42/45, duties 15/15 listed, 0 of 30 other lines listed, labels 13/15 (two 15), employers
    // 4/4. Mended: "Shift differentials for evenings and nights" is pay; "Active Texas CNA certification" is a credential
    // asked for, no heading naming a section. Left: the bold first line restating the title with its terms.
    ['Markup set 102 (a CDL-A truck driver, a store manager, a customer support specialist, a nursing assistant)', 'markup-set102.json', { lines: 45, duties: 15, others: 30, roles: 43, listed: 14, leaked: 1, three: 12, two: 14, companies: 3 }],
    // Set 101 (a Canadian Job Bank personal support worker in its structured lists, a UK Civil Service policy adviser with
    // "Things you need to know" and behaviours, an Irish HSE occupational therapist whose duties open with "To"),
    // measured when set: roles 11/37, duties 7/11 listed, 0 of 26 other lines listed, labels 7/7 (two 7), employers 2/3.
    // Mended: "…is not intended to be a comprehensive list of all duties" is legal text; "Work conditions and physical
    // capabilities", "Personal suitability" and "Behaviours" name the asks, so Job Bank's blocks are read past its Tasks
    // and the Civil Service advert (written without the "Person specification" most carry) is a posting: roles 32,
    // duties 11/11 listed, labels 10 (two 10), employers 3/3. Left: Job Bank's one-word suitability items ("Dependability")
    // and the Civil Service's behaviours ("Working Together") read as headings in Title Case.
    ['Markup set 101 (a Canadian personal support worker, a UK civil service policy adviser, an Irish occupational therapist)', 'markup-set101.json', { lines: 37, duties: 11, others: 26, roles: 31, listed: 10, leaked: 1, three: 9, two: 9, companies: 2 }],
    // Set 100 (a 58同城 factory assembler in run-in fields, a BOSS直聘 large-model AI trainer, a 前程无忧 food-delivery
    // station manager, a 拉勾 annotation quality checker with its 职位诱惑), measured when set: roles 34/38, duties 13/13
    // listed, 0 of 25 other lines listed, labels 8/13 (two 12), employers 4/4 — nothing to mend. Left as before: 拉勾's
    // perks and the <h3> above the description at a host no adapter knows.
    ['Markup set 100 (a Chinese factory assembler, an AI trainer, a delivery station manager, an annotation quality checker)', 'markup-set100.json', { lines: 38, duties: 13, others: 25, roles: 33, listed: 12, leaked: 1, three: 7, two: 11, companies: 3 }],
    // Set 99 (an Indeed furniture delivery driver with job-detail chips and a prose description, a TopCV accountant in
    // Vietnamese, an InfoJobs waiter in Spanish with dash lines, a LinkedIn data annotation contract with emoji lines),
    // measured when set (its opening "We're hiring … to help train our speech recognition models" made a duty, as sets 12,
    // 16 and 53 read such a line): roles 38/43, duties 12/12 listed, 0 of 31 other lines listed, labels 12/12 (two 12),
    // employers 4/4. Left: Indeed's job-details block (pay, job type) beside the description is not read at a host no
    // adapter knows.
    ['Markup set 99 (a furniture delivery driver, a Vietnamese accountant, a Spanish waiter, a data annotation specialist)', 'markup-set99.json', { lines: 43, duties: 12, others: 31, roles: 37, listed: 11, leaked: 1, three: 11, two: 11, companies: 3 }],
    // Set 98 (a Taleo pharmacy technician whose duties sit in a table of bullet cells, an Indeed Japan/doda warehouse job
    // in a th/td table, a 智联招聘 cashier whose duties run in one paragraph split by ；, a Workable Shopify developer with •
    // paragraphs under a lead-in), measured when set: roles 41/42, duties 14/14 listed, 0 of 28 other lines listed,
    // labels 12/14 (two 13), employers 4/4. Mended: "Fully remote within Europe" under Benefits is the arrangement offered.
    ['Markup set 98 (a pharmacy technician, a Japanese warehouse job, a Chinese cashier, a Shopify developer)', 'markup-set98.json', { lines: 42, duties: 14, others: 28, roles: 41, listed: 13, leaked: 1, three: 11, two: 12, companies: 3 }],
    // Set 97 (a SmartRecruiters commercial lines underwriter in section blocks, a 猎聘 new-media operator in a <dl> of <br>
    // lines, a StepStone electrician in German, a Reed children's social worker under <p><strong> headings), measured when
    // set: roles 46/47 (the <dt> 职位介绍 is not read), duties 16/16 listed, 0 of 31 other lines listed, labels 12/16 (two
    // 15), employers 4/4 — nothing to mend.
    ['Markup set 97 (a commercial lines underwriter, a Chinese new-media operator, a German electrician, a social worker)', 'markup-set97.json', { lines: 47, duties: 16, others: 31, roles: 45, listed: 15, leaked: 1, three: 11, two: 14, companies: 3 }],
    // Set 96 (an iCIMS hospital environmental services technician with an <ol> of essential functions, a Teamtailor
    // product marketing manager under emoji headings, a BOSS直聘 warehouse forklift operator in <br> lines, a
    // Computrabajo administrative assistant with label paragraphs), measured when set: roles 47/47, duties 17/17 listed,
    // 0 of 30 other lines listed, labels 11/17 (two 15), employers 4/4 — nothing to mend; its English duties fitted:
    // labels 12 (two 16).
    ['Markup set 96 (an environmental services technician, a product marketing manager, a Chinese forklift operator, a Mexican administrative assistant)', 'markup-set96.json', { lines: 47, duties: 17, others: 30, roles: 46, listed: 16, leaked: 1, three: 11, two: 15, companies: 3 }],
    // Set 95 (an Upwork client's QuickBooks cleanup brief with dash lines, a LinkedIn dental front office coordinator in
    // <br> bullets under bold headings, a 前程无忧 general ledger accountant in <br> lines, an Indeed France care
    // assistant), measured when set: roles 32/41, duties 12/16 listed, 0 of 25 other lines listed, labels 9/12 (two 10),
    // employers 3/4. Left: the client's brief, at a host no adapter knows, is no job to the page reader (no job word in
    // its title, no call: "I need someone to:"); on upwork.com its adapter reads it. Its English duties fitted: no change.
    ['Markup set 95 (a freelance bookkeeping brief, a dental front office coordinator, a Chinese accountant, a French care assistant)', 'markup-set95.json', { lines: 41, duties: 16, others: 25, roles: 31, listed: 11, leaked: 1, three: 8, two: 9, companies: 2 }],
    // Set 94 (a Naukri telecaller with its key-skill chips, a Seek chef de partie with a prose opening over dot points, a
    // USAJOBS program analyst, an Indeed Japan care worker under 【】 headings in <br> text), measured when set: roles
    // 41/47, duties 17/17 listed, 1 of 30 other lines listed, labels 13/17 (two 15), employers 4/4 — "Full working
    // rights in Australia" read as work, "Certificate III or IV in Commercial Cookery" as a heading. After the fixes (the
    // right to work, citizenship and Australian certificates and diplomas are asked of the candidate): roles 43, 0 listed;
    // with its English duties fitted: labels 14. Left: Naukri's key-skill chips outside the description are not read.
    ['Markup set 94 (a telecaller, a chef de partie, a program analyst, a Japanese care worker)', 'markup-set94.json', { lines: 47, duties: 17, others: 30, roles: 42, listed: 16, leaked: 1, three: 13, two: 14, companies: 3 }],
    // Set 93 (a Workday store associate under bold paragraph headings, an Ashby AI content specialist with <li><p> items,
    // a 智联招聘 sales manager in one description of <p> lines, a Vietnamese warehouse clerk, a German care home nurse),
    // measured when set: roles 56/57, duties 21/22 listed, 0 of 35 other lines listed, labels 17/21 (two 18), employers
    // 5/5 — "As a Store Associate at …, you'll help customers find the right gear" read as the employer. After the fix
    // (help is the work when no verb follows it): roles 57, duties 22; with its English duties fitted: labels 19 (two 20).
    ['Markup set 93 (a store associate, an AI content specialist, a Chinese sales manager, a Vietnamese warehouse clerk, a German care home nurse)', 'markup-set93.json', { lines: 57, duties: 22, others: 35, roles: 56, listed: 21, leaked: 1, three: 18, two: 19, companies: 4 }],
    // Set 92 (a Greenhouse data scientist with its pay-transparency block, a Lever warehouse supervisor with <br> terms, a
    // BOSS直聘 AI trainer in one job-sec-text of <br> lines, an Indeed Brasil logistics assistant under bold labels and
    // dash lines, an InfoJobs hotel maintenance technician), measured when set (the English exposure model self-trained):
    // roles 58/63, duties 22/22 listed, 1 of 41 other lines listed, labels 18/22 (two 21), employers 5/5 — "Our risk team
    // keeps fraud losses low…" read as work. After the fix (an "our … team" that keeps, makes, helps… is the team
    // described): roles 59, 0 listed. Left: the Brasil posting's "Tipo de vaga" and "Salário" paragraphs after the
    // labelled block are not read (the headings' container holds the block alone).
    ['Markup set 92 (a data scientist, a warehouse supervisor, a Chinese AI trainer, a Brazilian logistics assistant, a Spanish maintenance technician)', 'markup-set92.json', { lines: 63, duties: 22, others: 41, roles: 58, listed: 21, leaked: 1, three: 17, two: 20, companies: 4 }],
    // Set 91 (an Indeed Japan stock controller under 【】 bold paragraphs, a Welcome to the Jungle controller with "Tes
    // missions" and "Déroulement des entretiens", a StepStone baker under Ihre Aufgaben / Ihr Profil / Wir bieten, an
    // InfoJobs shop assistant with its fields first and <br> dash lines), measured when set: roles 58/58, duties 17/17
    // listed, 0 of 41 other lines listed, labels 12/17 (two 14), employers 4/4 — nothing to mend. (No English duty to
    // fit; after "Writing code" lost its non-software objects and the lexicon was refitted: labels 13, two 15.)
    ['Markup set 91 (a Japanese stock controller, a French management controller, a German baker, a Spanish shop assistant)', 'markup-set91.json', { lines: 58, duties: 17, others: 41, roles: 57, listed: 16, leaked: 1, three: 11, two: 13, companies: 3 }],
    // Set 90 (a LinkedIn-markup customer success manager under emoji headings over • <br> lines, a Workday ICU nurse
    // with bold "Label:" fields, an Indeed Italia accounting clerk under Mansioni / Requisiti / Offriamo, a VietnamWorks
    // accountant), measured when set: roles 59/62, duties 17/18 listed, 0 of 44 other lines listed, labels 9/17 (two 14),
    // employers 4/4 — "predisposizione delle liquidazioni IVA" (preparing the VAT returns) read as an aptitude asked for,
    // "Responds to rapid response and code blue calls" as writing code. After the fixes (predisposizione is an aptitude
    // only before a/al/ai/per…; "coding" is no longer stemmed into the noun "code"): roles 60/62, duties 18/18, labels 10
    // (two 16). Left: "Sede di lavoro: Di persona" read as the place, not the terms; the Vietnamese accountant's
    // declarations and ledgers read automatable where the reader says augmentable.
    ['Markup set 90 (a customer success manager, an ICU nurse, an Italian accounting clerk, a Vietnamese accountant)', 'markup-set90.json', { lines: 62, duties: 18, others: 44, roles: 59, listed: 17, leaked: 1, three: 9, two: 15, companies: 3 }],
    // Set 89 (an Ashby ML engineer with <li><p> items under bold-paragraph headings, a Greenhouse account executive with
    // a pay-transparency block, a 拉勾 front-end developer in <p> lines, a BOSS直聘 embedded engineer in <br> lines under
    // its keyword tags), measured when set: roles 59/67, duties 19/19 listed (the ML engineer's "We're looking for a
    // Machine Learning Engineer to make our inference stack faster and cheaper" relabelled a duty after the run, as
    // "hiring X to…" is), 0 of 48 other lines listed, labels 13/19 (two 15), employers 4/4. Left: 拉勾's perks and address
    // outside dd.job_bt are not read (as 拉勾's adapter reads them); the keyword tags "嵌入式" and "C语言" read as duties,
    // not listed.
    ['Markup set 89 (an ML engineer, an account executive, a 拉勾 front-end developer, a BOSS直聘 embedded engineer)', 'markup-set89.json', { lines: 67, duties: 20, others: 47, roles: 59, listed: 19, leaked: 1, three: 13, two: 15, companies: 3 }],
    // Set 88 (an independent pharmacy's pharmacist under "The Role" / "The Person", a hotel group's payroll specialist
    // in sentences, a landscaping crew member's duties in one semicolon paragraph), measured when set: roles 40/42, duties
    // 16/16 listed, 1 of 26 other lines listed ("PharmD and an active California pharmacist license" under "The Person",
    // read as more duties), labels 11/16 (two 14), employers 3/3. After the fix ("The Person" heads the asks: jobs.js
    // +4 B gzip, 51,191 of 51,200): roles 42/42, none listed; with its English duties fitted into the lexicon: labels 13.
    ['Markup set 88 (a pharmacist, a payroll specialist, a landscape crew member)', 'markup-set88.json', { lines: 42, duties: 16, others: 26, roles: 41, listed: 15, leaked: 1, three: 10, two: 13, companies: 2 }],
    // Set 87 (a Lever construction posting with "What success looks like", an Indeed call-centre job with its field
    // lists, a classified ad for a diesel mechanic in capitals over star lines), measured when set: roles 35/51, duties
    // 10/15 listed, 0 of 36 other lines listed, labels 5/10 (two 9), employers 2/3 — the ad read as no posting ("JOB:"
    // and "YOU:" were no headings). After the fixes ("JOB"/"The job" heads the work, "YOU" the asks: jobs.js +8 B gzip,
    // 51,187 of 51,200; "M-F 7-4:30" is the hours; "steady work, no layoffs" is offered): roles 49/51, duties 14/15,
    // labels 9/14 (two 13), employers 3/3. Left: the success milestones ("In 90 days, you own the submittal log…")
    // read as terms (with set 166: work done by then is a duty, roles 50, duties 15/15); "Busy shop, steady work, no layoffs in 12 years." as an ask (its "12 years"). With its English duties
    // fitted into the lexicon: labels 10 (two 14).
    ['Markup set 87 (a construction assistant PM, a call-centre representative, a diesel mechanic in a classified ad)', 'markup-set87.json', { lines: 51, duties: 15, others: 36, roles: 48, listed: 13, leaked: 1, three: 8, two: 12, companies: 2 }],
    // Set 86 (a 前程无忧-style office receptionist in <br> lines, a Chinese AI data-annotation internship under 你将负责 /
    // 我们希望你, a school district's IT help desk in capitals headings over • <br> lines, a dental practice), measured when
    // set: roles 49/50, duties 19/19 listed, 0 of 31 other lines listed, labels 13/19 (two 15), employers 4/4; no fix.
    // Left: the work address in a block after the description is not read.
    ['Markup set 86 (an office receptionist, a data-annotation intern, an IT help desk technician, a dental assistant)', 'markup-set86.json', { lines: 50, duties: 19, others: 31, roles: 48, listed: 18, leaked: 1, three: 12, two: 14, companies: 3 }],
    // Set 85 (a remote medical coder with bold run-in fields, a restaurant's line cook in plain paragraphs with dash
    // lines, a marketing manager under "Your Impact", a credit union's part-time teller), measured when set: roles 40/46,
    // duties 16/16 listed, 3 of 30 other lines listed, labels 9/16 (two 12), employers 4/4. After the fixes ("We need a
    // line cook who can…" is the person asked for; a sentence opening with a currency sign after a full stop is a
    // sentence of its own: "…a food handler card. $18-21/hr plus tips share."; "Shifts are 3pm to close" is the
    // hours) and one line relabelled as earlier sets read it ("Keep current on coding guidelines…" is work, as "Stay
    // current with…" was): roles 44/46, duties 17/17, 1 listed, labels 9 (two 13); with its English duties fitted into
    // the lexicon: labels 10. Left: "Meet a productivity standard of 20 charts per hour…" under Essential Functions is
    // read as work; "Work Environment: 100% remote; … is required" as an ask.
    ['Markup set 85 (a medical coder, a line cook, a marketing manager, a bank teller)', 'markup-set85.json', { lines: 46, duties: 17, others: 29, roles: 43, listed: 16, leaked: 2, three: 9, two: 12, companies: 3 }],
    // Set 84 (a BOSS直聘 e-commerce operator in <br> lines, a 58同城 warehouse keeper under 【】 paragraphs, an Indeed solar
    // installer with its fields, a Greenhouse HR generalist), measured when set: roles 53/55, duties 19/19 listed, 0 of 36
    // other lines listed, labels 14/19 (two 15), employers 4/4; no fix. One line relabelled to the earlier sets' reading
    // ("Work Location: In person" is the terms); with its English duties fitted into the lexicon: labels 15 (two 16).
    // Left: BOSS's "职位描述" straight over "岗位职责：" gets no line of its own.
    ['Markup set 84 (BOSS直聘, 58同城, Indeed, Greenhouse: an e-commerce operator, a warehouse keeper, a solar installer, an HR generalist)', 'markup-set84.json', { lines: 55, duties: 19, others: 36, roles: 53, listed: 18, leaked: 1, three: 14, two: 15, companies: 3 }],
    // Set 83 (a hotel housekeeping supervisor under bold <br> headings with • lines, a CPA firm's staff accountant under
    // underlined headings over <ol>s, a county CPS caseworker, a logistics planner in LinkedIn's markup with its lead-ins
    // in <br> text, a local reporter in prose), measured when set: roles 57/72, duties 23/28 listed, 1 of 44 other lines
    // listed, labels 18/23 (two 20), employers 4/5 — the planner's page read as no posting (two job words, no call to
    // apply). After the fixes ("You might be a fit" is a call to the reader; "Apply at pinerowe.com/careers." is how to
    // apply) and one line relabelled as earlier sets read such lines ("… is hiring a full-time reporter to cover local
    // government and schools" says the work: a duty): roles 72/72, duties 29/29 listed, 0 listed, labels 22 (two 25),
    // employers 5/5; with its English duties fitted into the lexicon: labels 24 (two 26); with the exposure model
    // self-trained on unlabelled O*NET tasks (rules-fit.ts), 22 (two 25): "Assess safety and risk using structured
    // decision-making tools" reads as exposed.
    ['Markup set 83 (a housekeeping supervisor, a staff accountant, a CPS caseworker, a transportation planner, a reporter)', 'markup-set83.json', { lines: 72, duties: 29, others: 43, roles: 71, listed: 28, leaked: 1, three: 22, two: 25, companies: 4 }],
    // Set 82 (a CNC machinist under Indeed-style <b> headings over dash lines, a Workday commercial underwriter, a
    // veterinary technician, a foundation's events coordinator, a county court clerk in NEOGOV tabs), measured when set:
    // roles 84/85, duties 32/32 listed, 0 of 53 other lines listed, labels 21/32 (two 30), employers 5/5. After the fix
    // ("We are looking for an LVT who loves…" is the person asked for): roles 85; with its English duties fitted into the
    // lexicon: labels 26 (two 30). Left: the clerical and booking lines part between automatable and augmentable (the
    // refit with set 104's duties moves "Book venues, caterers and AV vendors…" to augmentable: 24, floor 24; the cash
    // drawer read as service at the counter moves the clerk's "Collects fines… and balances the cash drawer" from automatable
    // to augmentable, still exposed: 23, while all the sets gain 2 three-way and 6 binary).
    ['Markup set 82 (a CNC machinist, an underwriter, a veterinary technician, an events coordinator, a court clerk)', 'markup-set82.json', { lines: 85, duties: 32, others: 53, roles: 84, listed: 31, leaked: 1, three: 23, two: 29, companies: 4 }],
    // Set 81 (US public service and healthcare: a hospital's sterile processing technician with Physical Demands and Work
    // Environment, a county 911 dispatcher, an orthopedic practice's front desk), measured when set: roles 48/50, duties
    // 13/13 listed, 1 of 37 other lines listed ("Dispatchers work 12-hour rotating shifts…"), labels 8/13 (two 10),
    // employers 2/3. After the fix (the title in the plural working shifts is the hours): roles 49, 0 listed. Left: the
    // Work Environment line takes the notices' vote after it; "Harlan County" is read as no employer.
    ['Markup set 81 (a sterile processing technician, a 911 dispatcher, a front desk)', 'markup-set81.json', { lines: 50, duties: 13, others: 37, roles: 48, listed: 12, leaked: 1, three: 7, two: 9, companies: 1 }],
    // Set 80 (a Brazilian forklift operator, a Portuguese bookshop, a VietnamWorks digital marketer, a Japanese SaaS
    // sales job, a 猎聘 finance lead in one <dd>), measured when set: roles 67/68, duties 19/19 listed, 0 of 49 other
    // lines listed, labels 14/19 (two 16), employers 5/5: nothing to fix. Left: 职位介绍 over an inline 岗位职责： gets no
    // line (a heading over nothing).
    ['Markup set 80 (Brazil, Portugal, VietnamWorks, a Japanese SaaS sales job, 猎聘)', 'markup-set80.json', { lines: 68, duties: 19, others: 49, roles: 66, listed: 18, leaked: 1, three: 13, two: 15, companies: 4 }],
    // Set 79 (a Mexican Ashby posting, a French LinkedIn payroll job in <br> bullets, an Italian hospital's public notice,
    // a Japanese Indeed posting in 【】 blocks, a Workday senior accountant), measured when set: roles 67/73, duties 19/21
    // listed, 0 of 52 other lines listed, labels 14/21 (two 16), employers 5/5. After the fixes ("you will report to the
    // Controller and help build…" is work; "Final offers depend on experience" the pay; AVVISO PUBBLICO the employer's
    // call, CCNL the pay, "La domanda deve essere presentata entro…" how to apply; "…倉庫でのお仕事です" the work): roles 73,
    // duties 21/21.
    ['Markup set 79 (Ashby in Spanish, LinkedIn in French, an Italian public notice, Indeed Japan, Workday)', 'markup-set79.json', { lines: 73, duties: 21, others: 52, roles: 72, listed: 20, leaked: 1, three: 14, two: 17, companies: 4 }],
    // Set 78 (where people post jobs outside the boards: a 小红书 note with emoji headings, a Vietnamese Facebook group
    // post, a Reddit [HIRING] post, a Craigslist ad, a delivery platform's station notice), measured when set: roles 50/58,
    // duties 12/12 listed, 3 of 46 other lines listed (📍坐标：…, 🔥…招人啦！, 【招聘岗位】…), labels 11/12 (two 12), employers
    // 5/5. After the fixes (emoji around a line read past; 坐标 and 【招聘岗位】 fields; 招人啦 and "TUYỂN GẤP" the employer's
    // call; "employment type: part-time" a field, not the heading of the paragraph after it; "No agencies please",
    // "Stop by with a resume"): roles 57, 0 others listed. Left: "[HIRING] Remote Video Editor - $25/hr" reads as the
    // employer's, not the terms.
    ['Markup set 78 (a 小红书 note, a Vietnamese Facebook post, Reddit, Craigslist, a delivery station)', 'markup-set78.json', { lines: 58, duties: 12, others: 46, roles: 56, listed: 11, leaked: 1, three: 10, two: 11, companies: 4 }],
    // Set 77 (German as StepStone, a care home, a start-up, a Swiss bank and a trade firm write it), measured when set:
    // roles 39/71, duties 10/17 listed, 0 of 54 other lines listed, labels 9/17 (two labels 9), employers 3/5 (two postings
    // read as no job: "Das erwartet Sie / Das bringen Sie mit / Kontakt" and "Deine Rolle / Wen wir suchen / Was uns
    // auszeichnet" were no headings we knew). After the fixes (those headings, "Das zeichnet Sie aus", "Darauf können Sie
    // sich freuen", "Über das Unternehmen"; "Pensum: 80–100%" the terms, "Bewerbungen von Menschen aller Hintergründe"
    // the notice): roles 71, duties 17/17, employers 5/5.
    ['Markup set 77 (German: StepStone, a care home, a start-up, a Swiss bank, an electrician)', 'markup-set77.json', { lines: 71, duties: 17, others: 54, roles: 70, listed: 16, leaked: 1, three: 12, two: 14, companies: 4 }],
    // Set 76 (Taiwan and Hong Kong: a 104 accountant with its fields in rows of divs, a Taiwanese bakery's 工作說明 and
    // 求才條件, a Hong Kong accounts clerk and a telecom's customer service officer in English, a 茶餐廳 kitchen helper),
    // measured when set: roles 59/92, duties 17/21 listed, 1 of 71 other lines listed, labels 10/21 (two labels 15),
    // employers 4/5 (the bakery read as no job; 104's asks and perks beside its description left out). After the fixes
    // (asks in a block beside the one Readability keeps are read with the page's headings; 工作說明 / 職務說明 say the work,
    // 求才條件 the asks; 104's field names 工作經歷, 出差外派, 需求人數 name their values' roles; "5-day work", "Form 5 / HKDSE
    // or above", "treated in strict confidence", 請致電…WhatsApp): roles 89, duties 21/21, employers 5/5.
    ['Markup set 76 (104, a Taiwanese bakery, Hong Kong clerk, kitchen helper and customer service)', 'markup-set76.json', { lines: 92, duties: 21, others: 71, roles: 88, listed: 20, leaked: 1, three: 13, two: 18, companies: 4 }],
    // Set 75 (Indeed's fields in Italian, Spanish and French, a Brazilian Gupy posting, a Japanese 募集要項 table, an
    // Austrian posting with the statutory minimum pay), measured when set: roles 121/139, duties 26/27 listed, 1 of 112
    // other lines listed, labels 20/27 (two labels 24), employers 6/6. After the fixes (Orario/Horario/Horaires name the
    // terms, Esperienza/Experiencia/Se requiere/Diferenciais the asks; "Sede di lavoro: In presenza", "Type d'emploi :
    // Intérim", "Durée du contrat" are the terms, "camarero/a: 1 año (Obligatorio)" asked; "… para apoiar a rotina" says
    // the work; a table's 職種 / 雇用形態 / 試用期間 cell names its value's role; "Etapa 4:" a step of the selection; "Mag." a
    // title): roles 136, duties 27/27, 0 others listed. Left: the table is read without its 募集要項 and 法人紹介 around it.
    ['Markup set 75 (Indeed Italy, Spain and France, Gupy, a Japanese table, an Austrian posting)', 'markup-set75.json', { lines: 139, duties: 27, others: 112, roles: 135, listed: 26, leaked: 1, three: 19, two: 24, companies: 5 }],
    // Set 74 (a US family-medicine medical assistant, a city's data analyst with "Examples of Duties" and "Supplemental
    // Information", a startup solutions engineer whose duties are noun phrases), measured when set: roles 41/42, duties
    // 13/13 listed, 0 of 29 other lines listed, labels 7/13 (two labels 8), employers 3/3. After the fix (a perk the
    // position "is eligible for", a hybrid schedule, is the terms): roles 42. Left: the labels of duties written as noun
    // phrases ("Security questionnaires and RFP responses" reads human-led).
    ['Markup set 74 (a US medical assistant, a city data analyst, a startup solutions engineer)', 'markup-set74.json', { lines: 42, duties: 13, others: 29, roles: 41, listed: 12, leaked: 1, three: 6, two: 7, companies: 2 }],
    // Set 73 (more short prose postings: a Vietnamese shop, a Chinese restaurant's notice with 工作内容 inline, a Japanese
    // 経理スタッフ, an Italian trattoria, an English handyman page with no space between its blocks), measured when set:
    // roles 5/24, duties 1/5 listed, employers 1/5 (four of the five read as no job). After the fixes ("duties include",
    // 工作内容 and "công việc" say the work, "tuyển" the call; a title may end in スタッフ / 事務 / 担当 or open "Nhân viên";
    // blocks run together, "ManagementWe need", are read apart; "Công việc chính là…" is work, "vui lòng gọi…" how to
    // apply, 本店招聘…两名 the employer): roles 24, duties 5/5, employers 5/5.
    ['Markup set 73 (short prose postings: Vietnamese, a Chinese notice, Japanese スタッフ, Italian, a minified English page)', 'markup-set73.json', { lines: 24, duties: 5, others: 19, roles: 23, listed: 4, leaked: 1, three: 4, two: 4, companies: 4 }],
    // Set 72 (short prose postings of small employers: an English bakery, a Chinese trading company's 会计助理, a French
    // brasserie, a Spanish hotel's "Recepcionista de hotel", a Japanese estate agent's 一般事務), measured when set: roles
    // 11/24, duties 2/5 listed, employers 2/5 (the Chinese, Spanish and Japanese pages read as no job at all: no 负责, a
    // title "X de Y", no Japanese word the prose test knew). After the fixes (主要工作, "se encargará", お仕事は and お任せ say
    // the work; 募集, 応募 and 月給 the call; a title may go on "de/di/du …"; an announcement naming the job's title is the
    // employer's; "当社は…です" is the company): roles 24, duties 5/5, employers 5/5.
    ['Markup set 72 (short prose postings: English, Chinese 主要工作, French, Spanish "X de Y", Japanese お仕事は)', 'markup-set72.json', { lines: 24, duties: 5, others: 19, roles: 23, listed: 4, leaked: 1, three: 3, two: 3, companies: 4 }],
    // Set 71 (Chinese boards: an internet company's 团队介绍 / 你将负责 / 你需要 / 加分项 / 你能获得, a 智联 posting with skill and
    // welfare chips, a 58同城 store manager with 薪资构成 / 晋升空间 / 上班地点 / 面试地点 fields, a BOSS直聘 posting that puts the
    // asks first and the 工商信息 after), measured when set: roles 46/47, duties 13/13 listed, 0 of 34 other lines listed,
    // labels 10/13 (two labels 12), employers 4/4. After the fixes (你能获得 names the perks, as 你将获得 did; a bare 你需要 the
    // asks): roles 47.
    ['Markup set 71 (Chinese boards: 你将负责 / 你能获得, 智联 chips, 58同城 fields, BOSS直聘 工商信息)', 'markup-set71.json', { lines: 47, duties: 13, others: 34, roles: 46, listed: 12, leaked: 1, three: 9, two: 11, companies: 3 }],
    // Set 70 (applicant-tracking and board markup: a Naukri posting with its detail fields and key-skill chips, a Workable
    // warehouse lead, a Teamtailor engineer, a BambooHR office coordinator with its listing details as label/value spans),
    // measured when set: roles 50/58, duties 16/16 listed, 0 of 42 other lines listed, labels 13 (two labels 15), employers
    // 4/4 (a Recruitee posting in Dutch, no language we read, was read as no job and left out). After the fixes (an Indian
    // degree field, "UG: B.Com…", is asked for; "We review applications continuously" is how to apply): roles 52. Left:
    // Naukri's "Key Skills" chips fall outside what Readability keeps at a host no adapter knows; BambooHR's label and value
    // spans run together ("LocationPortland, Maine") and read as headings.
    ['Markup set 70 (Naukri fields, Workable, Teamtailor, BambooHR)', 'markup-set70.json', { lines: 58, duties: 16, others: 42, roles: 51, listed: 15, leaked: 1, three: 12, two: 14, companies: 3 }],
    // Set 69 (a LinkedIn posting with emoji headings and bullets, a UK care home's "The role / The person / What's on
    // offer", a French "Missions principales / Notre offre", a Chinese 岗位描述 / 应聘要求 / 待遇福利, a TopCV accountant with
    // its workplace and how to apply, an InfoJobs posting with <dl> fields), measured when set: roles 83/94, duties 24/24
    // listed, 0 of 70 other lines listed, labels 13/24 (two labels 20), employers 6/6. After the fixes (a definition list's
    // term heads its definition, so "Vacantes" / "1" leave the perks; "tick every box" — "boxes?" wanted "boxe" — and an
    // emoji alone after the last sentence is no line; "Hà Nội: 25 Lê Văn Lương" is an address, not pay): roles 93. Left:
    // "Missions principales" over its lead-in "…, vous :" gets no line; the labels.
    ['Markup set 69 (emoji headings, UK care, French missions, 应聘要求, TopCV, InfoJobs <dl> fields)', 'markup-set69.json', { lines: 94, duties: 24, others: 70, roles: 92, listed: 23, leaked: 1, three: 12, two: 19, companies: 5 }],
    // Set 68 (a cleared systems administrator with Clearance/Travel fields, a CDL-A regional driver, a travel nurse with
    // its fact list, a German Buchhaltung posting in the du form, a Chinese public institute's announcement with a field
    // table, a US retailer's "What you'll do..." template, a Lever customer-success posting), measured when set: roles
    // 95/109, duties 30/30 listed, 1 of 79 other lines listed, labels 17/29 (two labels 25), employers 7/7. After the fixes
    // (headings that trail off in "..." are headings; clearance, polygraph and "Travel: up to 10%" are asked for; a label
    // naming a section lends its kind before a field reads as metadata, "Contract: 13 weeks"; the retailer's "If none are
    // listed…" note is boilerplate; 公开招聘 and 因工作需要 announce the opening; a bold line with a sum of money on it is the
    // pay, "Home weekly – $1,500 sign-on bonus"): roles 109, duties 30/30, 0 listed, labels 19 (two 27). Left: the labels.
    ['Markup set 68 (a cleared sysadmin, CDL-A, a travel nurse, German du-form, a Chinese public institute, retail "...", Lever)', 'markup-set68.json', { lines: 109, duties: 30, others: 79, roles: 108, listed: 29, leaked: 1, three: 18, two: 26, companies: 6 }],
    // Set 67 (an Australian public-service grants officer with selection criteria, a Welcome to the Jungle assistant
    // comptable, a Computrabajo warehouse hand with <br> dashes and fields, a Japanese Rails engineer with 必須/歓迎スキル and
    // 開発環境, an Ashby "A day in the life" / "Bonus points" posting, an ITviec frontend developer, an Italian clinic
    // receptionist, a 猎聘 e-commerce posting numbered in one <dd>), measured when set: roles 131/142, duties 36/37 listed,
    // 1 of 105 other lines listed, labels 27/37 (two labels 34), employers 8/8. After the fixes ("The Grants Operations team
    // administers…" is the employer's; a word limit for the statement is how to apply; "encourages applications from
    // Aboriginal…" is the notice; Actividades and Requerimientos name their sections, 其他信息 the generic wrapper;
    // "Empresa líder … solicita:" is the employer announcing the hire, no heading or lead-in; prestaciones de ley, educación
    // mínima and 职位有效期 are terms, asks and a field; a duty in kana alone is measured as Chinese is): roles 140, duties
    // 37/37, 0 listed, labels 28 (two 35). Left: a heading over nothing of its own (the bold title after "solicita:", 职位介绍
    // over the run-in sections) gets no line, as sections hold lines; the labels.
    ['Markup set 67 (APS selection criteria, WTTJ, Computrabajo, a Japanese engineer, Ashby, ITviec, Italian, 猎聘 in one <dd>)', 'markup-set67.json', { lines: 142, duties: 37, others: 105, roles: 139, listed: 36, leaked: 1, three: 27, two: 34, companies: 7 }],
    // Set 66 (Hong Kong and Taiwan: a JobsDB bilingual accounts clerk, a 104-style warehouse posting with field
    // sub-headings, a property-management posting in traditional characters), measured when set (after the traditional
    // characters were read): roles 45/54, duties 13/13 listed, 2 of 41 other lines listed, labels 9/13 (two labels 10),
    // employers 3/3. After the fixes (休假制度 and 上班時段 head the terms; "used for recruitment purposes only" and
    // 只作招聘用途 are the privacy notice; sending the 履歷 is how to apply): roles 50, 0 listed. With set 67's fixes
    // "本公司為…，現誠聘：" gets its line: roles 51. Left: 條件要求 over its field sub-headings gets no line; "Excel" alone under
    // 擅長工具 and 醫療福利 among the perks read as headings.
    ['Markup set 66 (Hong Kong and Taiwan: JobsDB bilingual, 104 fields, a property manager in traditional characters)', 'markup-set66.json', { lines: 54, duties: 13, others: 41, roles: 50, listed: 12, leaked: 1, three: 8, two: 9, companies: 2 }],
    // Set 65 (a Jobvite payroll posting with bold run-in labels, a Phenom hospital posting with its fields above, a 104
    // 人力銀行 posting in traditional characters, an Indeed France production operator), measured when set: roles 44/58,
    // duties 15/20 listed, 1 of 38 other lines listed, labels 11/15 (two labels 13), employers 3/4 (the Taiwan posting
    // read as no job: 工作內容, 學歷 are no words the engine knew). After the fixes (traditional characters read as the
    // simplified ones; 條件要求 heads the asks; "…vous serez chargé(e) de :" leads in): roles 58, duties 20/20, 0 listed,
    // labels 15 (two 18), employers 4.
    ['Markup set 65 (Jobvite run-ins, Phenom fields, a Taiwan posting in traditional characters, Indeed France)', 'markup-set65.json', { lines: 58, duties: 20, others: 38, roles: 57, listed: 19, leaked: 1, three: 14, two: 17, companies: 3 }],
    // Set 64 (a US job-description template with its "Essential Duties and Responsibilities include the following." and
    // skills paragraphs, a Seek support-worker posting, a Wellfound startup's growth marketer, a Portuguese hotel
    // receptionist), measured when set: roles 68/75, duties 19/19 listed, 3 of 56 other lines listed, labels 13/19 (two
    // labels 16), employers 4/4. After the fixes ("… include the following." leads in; "Other duties may be assigned." is
    // the disclaimer; "no supervisory responsibilities" is no work; under-represented groups encouraged to apply is the
    // equal-opportunity notice): roles 72, 0 listed. Left: the template's "To perform this job successfully…" reads as
    // the disclaimer (legal) where the set reads it as asked; "Rececionista (m/f)" repeating the title is no line.
    ['Markup set 64 (a US template with skills paragraphs, Seek, Wellfound, a Portuguese hotel)', 'markup-set64.json', { lines: 75, duties: 19, others: 56, roles: 71, listed: 18, leaked: 1, three: 12, two: 15, companies: 3 }],
    // Set 63 (platform and gig work: a self-employed courier paid per parcel, a freelance AI maths trainer in Lever-like
    // section divs, a home-cleaning platform's part-time posting in four 【】 paragraphs), measured when set: roles 16/30,
    // duties 6/8 listed, 1 of 22 other lines listed, labels 3/6 (two labels 6), employers 2/3 (the cleaning posting read
    // as no job; the trainer's page as its duties alone). After the fixes ("Who we're looking for" heads the asks; 兼职 and
    // 工作内容 are job words; 【要求】 opening a line sets its section): roles 28, duties 8/8, labels 5 (two 8), employers 3.
    // A later fix ("Choose 3 to 6 days a week" is the terms): roles 29, 0 listed. Left: "We're looking for self-employed
    // drivers…" reads as the company.
    ['Markup set 63 (gig work: a self-employed courier, a freelance AI trainer, a home-cleaning platform in Chinese)', 'markup-set63.json', { lines: 30, duties: 8, others: 22, roles: 27, listed: 7, leaked: 2, three: 4, two: 7, companies: 2 }],
    // Set 62 (SmartRecruiters' itemprop sections, a Teamtailor-style prose block with "Practicalities" fields, 猎聘's 职位介绍
    // and 其他信息 <dl>s), measured when set: roles 34/37, duties 12/12 listed, 0 of 25 other lines listed, labels 9/12 (two
    // labels 11), employers 3/3; no fix. Left: the <dt> 其他信息 reads as an ask; "Location: …, hybrid" as the terms.
    ['Markup set 62 (SmartRecruiters sections, a Teamtailor-style block, 猎聘 <dl>s)', 'markup-set62.json', { lines: 37, duties: 12, others: 25, roles: 33, listed: 11, leaked: 1, three: 8, two: 10, companies: 2 }],
    // Set 61 (Chinese: an office receptionist in one 智联 paragraph under 职位亮点 chips, a sales assistant on 前程无忧 with
    // 上班地址 and 联系方式, a cleaner's 58同城 <br> lines with run-in fields, a data analyst's BOSS lines without numbers),
    // measured when set: roles 26/30, duties 11/12 listed, 0 of 18 other lines listed, labels 7/11 (two labels 10),
    // employers 3/4 (the receptionist's page read as no job). After the fix (a short Chinese title names a job;
    // 大专以上学历 asks for one): roles 30, duties 12/12, labels 8 (two 11), employers 4.
    ['Markup set 61 (Chinese: a one-paragraph 智联 posting, 前程无忧 fields, 58同城 run-in fields, BOSS plain lines)', 'markup-set61.json', { lines: 30, duties: 12, others: 18, roles: 29, listed: 11, leaked: 1, three: 7, two: 10, companies: 3 }],
    // Set 60 (section shapes: a council's numbered capitals "2. KEY DUTIES" over "2.1 …" paragraphs, a restaurant's <dl> of
    // fields, a school trust's capitals paragraphs over one-line duties, a garden centre's two-column table), measured when
    // set: roles 41/45, duties 15/15 listed, 1 of 30 other lines listed ("Shop Assistant, weekends" beside "Role"), labels
    // 12/15 (two labels 13), employers 4/4. After the fixes (a heading in capitals over short lines; the job's title with
    // its terms is a field's value): roles 44, 0 listed. Left: the <dl>'s last "Pay" label reads as the terms.
    ['Markup set 60 (numbered capitals, a <dl> of fields, capitals paragraphs over one-line duties, a two-column table)', 'markup-set60.json', { lines: 45, duties: 15, others: 30, roles: 41, listed: 14, leaked: 2, three: 11, two: 12, companies: 3 }],
    // Set 59 (long corporate postings with their fine print: a Greenhouse FP&A role with pay-transparency, DEI, E-Verify,
    // #LI- and privacy lines, a Workday warehouse job with a shift and pay paragraph, a hospital's RN duties in prose),
    // measured when set: roles 52/53, duties 11/11 listed, 0 of 42 other lines listed, labels 9/11 (two labels 11),
    // employers 3/3. After a later fix ("we welcome applicants of every background" is the notice): roles 53.
    ['Markup set 59 (corporate fine print: pay transparency, DEI, E-Verify, #LI- tags; Workday shift paragraph; RN prose)', 'markup-set59.json', { lines: 53, duties: 11, others: 42, roles: 51, listed: 10, leaked: 1, three: 8, two: 10, companies: 2 }],
    // Set 58 (a Vietnamese warehouse clerk in TopCV-style items, a Japanese care worker in a field table with <br> bullets, a
    // French HR assistant in dash lines, a German electrician in bold headings), measured when set: roles 49/49, duties 17/17
    // listed, 0 of 32 other lines listed, labels 15/17 (two labels 17), employers 4/4; no fix.
    ['Markup set 58 (Vietnamese, Japanese, French and German postings in four layouts)', 'markup-set58.json', { lines: 49, duties: 17, others: 32, roles: 48, listed: 16, leaked: 1, three: 14, two: 16, companies: 3 }],
    // Set 57 (duties in prose and in paragraphs: an Indeed "A day in the life" narrative with "You might thrive in this role
    // if", a nonprofit's grant writer in four paragraphs, a dental receptionist's <p> lines, a contract data annotator),
    // measured when set: roles 40/43, duties 14/14 listed, 1 of 29 other lines listed ("As an annotator on a 6-month contract
    // you will:"), labels 10/14 (two labels 12), employers 4/4. After the fix (a lead-in ending "…you will:"): roles 41, 0 listed.
    // Left: "We're looking for a part-time grant writer (20 hours a week, remote…)" reads as the company, not the terms.
    ['Markup set 57 (a day-in-the-life narrative, a grant writer in prose, <p> duty lines, a contract annotator)', 'markup-set57.json', { lines: 43, duties: 14, others: 29, roles: 40, listed: 13, leaked: 1, three: 9, two: 11, companies: 3 }],
    // Set 56 (Chinese: a crowdsourced delivery rider in pre-wrap text, a livestream operator in 猎聘's 职位介绍, a general-ledger
    // accountant on 前程无忧 with its 职能类别 and 关键字, a ward nurse in 智联's 【】 blocks, a factory electrician in BOSS's
    // <br> lines), measured when set: roles 46/50, duties 18/18 listed, 0 of 32 other lines listed, labels 14/18 (two labels
    // 16), employers 5/5. After the fix (running a live room is no performing): labels 16 (two 18).
    // Left: run-in headings of pre-wrap text get no line; tax filing and expense checks read more automatable than the reader.
    ['Markup set 56 (Chinese: a platform rider, a livestream operator, an accountant, a nurse, an electrician)', 'markup-set56.json', { lines: 50, duties: 18, others: 32, roles: 45, listed: 17, leaked: 1, three: 15, two: 17, companies: 4 }],
    // Set 55 (public and service jobs: an NHS Jobs ward clerk with a person specification table, a Naukri posting with its
    // field labels, an Australian Public Service officer's eligibility and notes, a Spanish airport ramp agent, a Chinese
    // content moderator), measured when set: roles 56/67, duties 18/18 listed, 3 of 49 other lines listed (a police check
    // under "Eligibility", a merit pool note, a Spanish lead-in), labels 5/18 (two labels 11), employers 5/5. After the
    // fixes ("Eligibility" heads the asks; "£25,674 a year" is pay, not years asked; a lead-in ending "para realizar:"):
    // roles 59, 0 listed. Left: labels of mixed desk-and-counter duties split from the reader's.
    ['Markup set 55 (NHS Jobs, Naukri, the Australian Public Service, a Spanish airport agent, a Chinese content moderator)', 'markup-set55.json', { lines: 67, duties: 18, others: 49, roles: 57, listed: 17, leaked: 2, three: 4, two: 10, companies: 4 }],
    // Set 54 (Indeed Japan's bold field paragraphs, an Italian hotel's seasonal offer, Gupy's Portuguese sections, a
    // ride-hailing platform's 【】 blocks, a freelance brief in an Upwork-like card at an unknown host), measured when set:
    // roles 48/62, duties 15/19 listed, 2 of 43 other lines listed (户籍 and 驾驶员证 under 【招聘要求】), labels 9/15 (two
    // labels 11), employers 5/5. After the fix (招聘要求 heads the asks): roles 50, 0 listed.
    // Left: the brief has too few job words for a posting, so its "What we need:" block alone is read, as asks.
    ['Markup set 54 (Indeed Japan, an Italian hotel, Gupy in Portuguese, a ride-hailing platform in Chinese, a freelance brief)', 'markup-set54.json', { lines: 62, duties: 19, others: 43, roles: 49, listed: 14, leaked: 1, three: 8, two: 10, companies: 4 }],
    // Set 53 (pages with their chrome: breadcrumbs, share bars, similar-jobs asides, a cookie banner, a site menu and
    // footer, a Chinese board's salary chips and 相似职位推荐, an apply box, a French EHPAD's reference line), measured when
    // set: roles 61/68, duties 21/21 listed, 1 of 47 other lines listed ("Reports to: Care Coordination Manager"), labels
    // 14/21 (two labels 18), employers 5/5. After the fixes ("Reports to:" is a field; days and months make no Title Case
    // heading): roles 63, 0 listed. Left: the apply box is dropped with the chrome; mixed pay-and-place chip lines read as terms.
    ['Markup set 53 (pages with breadcrumbs, asides, banners and apply boxes; a Chinese board with chips; a French care home)', 'markup-set53.json', { lines: 68, duties: 21, others: 47, roles: 62, listed: 20, leaked: 1, three: 13, two: 17, companies: 4 }],
    // Set 52 (iCIMS info blocks, a SuccessFactors job description of bold run-in headings, a voice-data trainer's 职位描述 with
    // chips and <br> lines, Personio h5 sections in German, a Computrabajo ad of <br> dash lists in Spanish, Workable's
    // data-ui sections), measured when set: roles 79/80, duties 27/27 listed, 0 of 53 other lines listed, labels 12/27 (two
    // labels 21), employers 6/6. After the fix (unclear duties lean human-led on a tie): labels 14 (two 23).
    // Left: the 职位描述 h3 over the chips gets no line; payroll and authored-writing duties split differently from the reader.
    // Labels floors lowered by two when "Writing code" lost its non-software objects and the lexicon was refitted: the
    // refrigeration technician's "Fehlersuche an Steuerungen und Verdichtern" reads exposed (confidence 0.12) and the
    // unclear on-call line leans with it.
    ['Markup set 52 (iCIMS, SuccessFactors bold headings, a Chinese AI trainer, Personio in German, Computrabajo in Spanish, Workable)', 'markup-set52.json', { lines: 80, duties: 27, others: 53, roles: 78, listed: 26, leaked: 1, three: 11, two: 20, companies: 5 }],
    // Set 51 (a city library's NEOGOV tabs, a Lever page of section divs, a UK school's prose vacancy), measured when set:
    // roles 18/31, duties 8/12 listed, 0 of 19 other lines listed, labels 5/8 (two labels 7), employers 2/3 — the Lever page
    // was read as its "About the role" section alone. After the fixes (a duty heading's block takes in the next duty
    // heading; completing or downloading the application is how to apply): roles 29, duties 12/12, labels 9 (two 11).
    // Left: "City of Maple Falls" is read as a place, not the employer; a school's safeguarding line reads as a notice.
    ['Markup set 51 (NEOGOV h4 tabs with <br> duties, Lever section divs, a UK school vacancy in prose)', 'markup-set51.json', { lines: 31, duties: 12, others: 19, roles: 28, listed: 11, leaked: 1, three: 8, two: 10, companies: 1 }],
    // Set 50 (Chinese: a bakery assistant's one-paragraph posting, an HR specialist under 职位亮点 chips, a data analyst in
    // 拉勾's <br> lines, a guard's three field paragraphs), measured when set: roles 21/24, duties 8/9 listed, 0 of 15 other
    // lines listed, labels 5/9 (two labels 6), employers 3/4 (the bakery page read as no job). After the fix (a Chinese
    // page's pay, 月薪…, says it offers a job): roles 24, duties 9/9, labels 6 (two 7), employers 4.
    ['Markup set 50 (a Chinese one-paragraph shop posting, 智联 职位亮点, 拉勾 <br> lines with dash items, 前程无忧 field paragraphs)', 'markup-set50.json', { lines: 24, duties: 9, others: 15, roles: 23, listed: 8, leaked: 1, three: 5, two: 6, companies: 3 }],
    // Set 49 (accordions of <details>, ARIA role="heading" and role="list" divs, a two-column table of sections), measured
    // when set: roles 34/35, duties 12/12 listed, 0 of 23 other lines listed, labels 11/12 (two labels 11), employers 3/3;
    // no fix. Left: a role="heading" div is read by its words alone ("Pay" reads as the terms, not their heading).
    ['Markup set 49 (<details> accordions, ARIA heading and list divs, a table of sections)', 'markup-set49.json', { lines: 35, duties: 12, others: 23, roles: 33, listed: 11, leaked: 1, three: 10, two: 10, companies: 2 }],
    // Set 48 (chips and badges around the description: skill pills, a badge list of terms, label spans over an article),
    // measured when set: roles 26/30, duties 10/10 listed, 1 of 20 other lines listed ("Write clearly and kindly" under
    // "You'll be great at this if you:", read as duties), labels 7/10 (two labels 10), employers 3/3. After the fix (that
    // heading names the asks): roles 27, none listed. Chip rows outside the block the posting is read from have no role.
    ['Markup set 48 (skill pills and term badges outside the description, a badge list of terms inside it, an article with label spans)', 'markup-set48.json', { lines: 30, duties: 10, others: 20, roles: 26, listed: 9, leaked: 1, three: 6, two: 9, companies: 2 }],
    // Set 47 (Japanese and Vietnamese boards: a care worker, an accounts clerk, a warehouse hand, a call-centre agent),
    // measured when set: roles 48/48, duties 16/16 listed, 0 of 32 other lines listed, labels 13/16 (two labels 15),
    // employers 4/4. After the fix (số liệu is data: entering the stock figures in software is data entry): labels 14 (two 16).
    ['Markup set 47 (Japanese h3 sections and a <dl> of fields, Vietnamese h2 sections and bold paragraphs over dash lines)', 'markup-set47.json', { lines: 48, duties: 16, others: 32, roles: 47, listed: 15, leaked: 1, three: 13, two: 15, companies: 3 }],
    // Set 46 (a federal program assistant, a hospital patient care technician, a regional truck driver with the perks
    // first, a UK housing officer with the pay and hours in its header), measured when set: roles 58/59, duties 20/20
    // listed, 0 of 39 other lines listed, labels 17/20 (two labels 18), employers 4/4; no fix. Left: a heading with a
    // sub-heading straight under it ("Requirements" over "Conditions of Employment") is no line of its own; a housing
    // officer's patch and arrears, unclear to the rules, lean automatable with the case records beside them. With the
    // lexicon fitted on posting duties too: labels 15 (two 16): they lean augmentable, and so does working with the
    // police on safeguarding; reporting a patient's change to the RN reads human-led.
    ['Markup set 46 (USAJOBS duties and conditions, Workday numbered functions, perks before the duties, a UK header of pay and hours)', 'markup-set46.json', { lines: 59, duties: 20, others: 39, roles: 57, listed: 19, leaked: 1, three: 14, two: 15, companies: 3 }],
    // Set 45 (Chinese: a platform courier on a crowdsourcing contract, a factory line worker, an office administrator, an
    // AIGC content operator, an elderly-care worker), measured when set: roles 48/50, duties 18/19 listed, 0 of 31 other
    // lines listed, labels 14/19 (two labels 16), employers 5/5. After the fixes (电话联系顾客 is work, not a contact line;
    // 视力良好 is asked; content made with generative-AI tools is exposed work): roles 50, duties 19/19, labels 15 (two 18).
    // Left: images batch-made with Midjourney read augmentable at the edge (使用…工具 leads to hands-on work in O*NET's
    // Chinese tasks; reading the verb after the tool as the lead gained nothing in cross-validation, 0.818 → 0.817).
    ['Markup set 45 (BOSS直聘 <br> lines with a gig notice, 智联 <br> sections, 猎聘 lead-in sentence, dash paragraphs with 你将负责/我们希望你, 前程无忧 <p> lines)', 'markup-set45.json', { lines: 50, duties: 19, others: 31, roles: 49, listed: 18, leaked: 1, three: 14, two: 17, companies: 4 }],
    // Set 44 (postings published with site builders: Notion blocks, a WordPress post with share buttons and a sidebar,
    // Webflow prose with no heading, a Google Doc of styled spans and "●" lines), measured when set: roles 38/40, duties
    // 12/13 listed, 0 of 27 other lines listed, labels 10/13 (two labels 12), employers 4/4. After the fixes ("Do basic
    // tune-ups: …" opens with work, not a field; "We're looking for someone who knows…" is asked; boxes and polygons
    // drawn around things in images are annotation): roles 40, duties 13/13, labels 12 (two 13).
    ['Markup set 44 (Notion blocks, WordPress with share buttons and a sidebar, Webflow prose, a published Google Doc)', 'markup-set44.json', { lines: 40, duties: 13, others: 27, roles: 39, listed: 12, leaked: 1, three: 11, two: 12, companies: 3 }],
    // Set 43 (InfoJobs, Indeed France, StepStone, an Italian agency page, Gupy), measured when set: roles 63/64, duties
    // 19/19 listed, 0 of 45 other lines listed, labels 16/19 (two labels 18), employers 5/5. After the fix ("Si offre"
    // heads the terms): roles 64.
    ['Markup set 43 (Spanish dash lines under colon headings, French <b> headings and fields, German h4s with "Sie…" duties, Italian bullets in <br> paragraphs, Portuguese h2 sections)', 'markup-set43.json', { lines: 64, duties: 19, others: 45, roles: 63, listed: 18, leaked: 1, three: 15, two: 17, companies: 4 }],
    // Set 42, measured when set: roles 70/75, duties 23/25 listed, 2 of 50 other lines listed, labels 12/23 (two labels
    // 21), employers 5/5. The two counted as listed: "Help make AI models better at chemistry." (the pitch, read as a duty)
    // and "Schedule:", whose word a listed duty holds ("…schedule appointments…": this test matches lines by their text
    // inside a task's). After the fixes ("Knowledge of HIPAA" among the asks is one; feedback given to project leads is
    // work, not a feedback button; "This is a freelance contract" is the terms; "The Service Desk Analyst is the first
    // point of contact for…" says what the hire does): roles 74, duties 25/25, labels 14 (two 23). The labels left apart
    // are drafting proposals and articles, read augmentable (O*NET's raters split 25 to 21 on such tasks), and a phone
    // line or ticket queue read automatable.
    ['Markup set 42 (Indeed <b> headings over dash lines, Workday paragraphs in list items, craigslist capitals over star lines, Greenhouse h3s, an AI trainer contract)', 'markup-set42.json', { lines: 75, duties: 25, others: 50, roles: 73, listed: 24, leaked: 3, three: 13, two: 22, companies: 4 }],
    // Set 41 (Chinese boards' markup at a host no adapter knows), measured when set: roles 55/59, duties 26/26 listed, 1 of
    // 33 other lines listed (a BOSS直聘 row of tag chips run together, "仓储管理叉车证"), labels 23/26 (two labels 25),
    // employers 6/6. After the fix (a row of chips is read as its names apart, a chip line): none listed. Left as read: a
    // 公司介绍 block and 拉勾's 职位诱惑 outside the text read, and 猎聘's headings inside pre-wrap text cut away with the items.
    ['Markup set 41 (BOSS直聘 chips and <br> lines, 智联 【】 paragraphs, 猎聘 pre-wrap text, 拉勾 strong headings, 前程无忧 fields, 58同城 numbered lines)', 'markup-set41.json', { lines: 59, duties: 26, others: 33, roles: 54, listed: 25, leaked: 1, three: 22, two: 24, companies: 5 }],
    // Set 40, measured when set: roles 25/27, duties 13/13 listed, 1 of 14 other lines listed ("Can show work you
    // shipped…", an ask), labels 8/13 (two labels 8), employers 3/3. "You'll be the second designer on a team of 18. You
    // will:" was one heading. After the fixes (a sentence before a lead-in is no heading; where the hire sits on the team
    // is the team's description; "Can…" opens an ask): roles 27, none listed wrongly.
    ['Markup set 40 (Lever nested lists, Ashby bold run-ins with a lead-in after a sentence, a school district IT posting with an ordered list)', 'markup-set40.json', { lines: 27, duties: 13, others: 14, roles: 26, listed: 12, leaked: 1, three: 7, two: 7, companies: 2 }],
    // Set 39, measured when set: roles 16/20, duties 7/7 listed, 0 of 13 other lines listed, labels 6/7 (two labels 6),
    // employers 3/3. A sidebar's job details (pay, job type, shift) and a 公司介绍 block beside the description are
    // outside the text read: 4 lines have no role, none is listed. After the fix (customers won and kept, 客户的开发与维护,
    // are people work): labels 7 (two 7).
    ['Markup set 39 (postings in their page: a sidebar of job details and similar jobs, breadcrumbs and a footer around prose, a Chinese page with company and similar-jobs blocks)', 'markup-set39.json', { lines: 20, duties: 7, others: 13, roles: 15, listed: 6, leaked: 1, three: 6, two: 6, companies: 2 }],
    // Set 38, measured when set: roles 28/30, duties 16/17 listed, 0 of 13 other lines listed, labels 13/16 (two labels
    // 16), employers 4/4: "Correctional Officers maintain security and order…" was read as the employer's. After the
    // fixes (the job in the plural doing its work is a duty; an independent contractor role is whom the work makes the
    // worker; labelling scans and scoring a model's answers are routine annotation): roles 30, duties 17 listed, labels 17 (two 17).
    ['Markup set 38 (an annotation contractor, a prompt engineer, a state correctional officer, an AI训练师)', 'markup-set38.json', { lines: 30, duties: 17, others: 13, roles: 29, listed: 16, leaked: 1, three: 16, two: 16, companies: 3 }],
    // Set 37, measured when set: roles 32/40, duties 16/19 listed, 0 of 21 other lines listed, labels 12/16 (two labels
    // 12), employers 4/5: an Italian hotel's posting headed "Cosa farai" / "Cosa cerchiamo" was no posting at a host no
    // adapter knows. After the fix (those headings, and their French and Portuguese kin, name the duties and the asks):
    // roles 40, duties 19 listed, labels 14 (two 15), employers 5.
    ['Markup set 37 (a French accounting firm, a Spanish shop, a Japanese web designer, an Italian hotel headed by questions, a Brazilian delivery driver)', 'markup-set37.json', { lines: 40, duties: 19, others: 21, roles: 39, listed: 18, leaked: 1, three: 13, two: 14, companies: 4 }],
    // Set 36, measured when set: roles 27/31, duties 10/13 listed, 0 of 18 other lines listed, labels 6/10 (two labels
    // 8), employers 4/4: a German developer posting under "Deine Mission" with duties named by a noun before an
    // adjective ("Entwicklung neuer Features…") or a verb as noun ("Schreiben von…") was read without them. After the
    // fixes ("Deine Mission" heads the duties; such nouns open duties; "Bewerben Sie sich…" is how to apply; German
    // glosses of care work said to "du"): roles 31, duties 13 listed, labels 12/13 (two 13).
    ['Markup set 36 (German postings: a care home said to "du", StepStone-style Ihre Aufgaben/Ihr Profil, a tax office in prose, a developer under "Deine Mission")', 'markup-set36.json', { lines: 31, duties: 13, others: 18, roles: 30, listed: 12, leaked: 1, three: 11, two: 12, companies: 3 }],
    // Set 35, measured when set: roles 39/41, duties 22/22 listed, 0 of 19 other lines listed, labels 16/22 (two labels
    // 16), employers 5/5. After the fixes (猎聘's 所属部门 and 汇报对象 fields are the page's labels; gặp gỡ is meeting):
    // roles 41, labels 17 (two 17).
    ['Markup set 35 (Taleo <font> run-ins with numbered <br> lines, Monster caps labels, 猎聘 <dl> with 其他信息, Greenhouse "In your first 90 days you will:", VietnamWorks dashes)', 'markup-set35.json', { lines: 41, duties: 22, others: 19, roles: 40, listed: 21, leaked: 1, three: 16, two: 16, companies: 4 }],
    // Set 34, measured when set: roles 36/39, duties 16/16 listed, 0 of 23 other lines listed, labels 12/16 (two labels
    // 14), employers 5/5. After the fixes (a short work week is the terms; a trainee scheme that leads to a promotion is
    // what the job offers; photos and video shot on location are hands-on): roles 39, labels 13 (two 15).
    ['Markup set 34 (Breezy dash lines with no-break spaces, JobStreet highlights, Naukri fields, a 智联 campus trainee posting, Italian run-in Mansioni/Requisiti/Si offre)', 'markup-set34.json', { lines: 39, duties: 16, others: 23, roles: 38, listed: 15, leaked: 1, three: 12, two: 14, companies: 4 }],
    // Set 33, measured when set: roles 25/37, duties 11/19 listed, 0 of 18 other lines listed, labels 10/11 (two labels
    // 10), employers 4/5: a Chinese posting whose duties and asks run in one paragraph under 【岗位职责】 and 【任职要求】
    // (no colon) was no posting at a host no adapter knows. After the fixes (a name in 【】 opens its section as one with
    // a colon does; planning and conducting recreational activities is done in the room; a <pre> keeps its lines and
    // its markdown headings, where a plain-text posting had been one line): roles 37, duties 19 listed, labels 18/19
    // (two 18), employers 5.
    ['Markup set 33 (a craigslist posting with caps headings over <br> dashes, markdown in <pre>, a div per line under bold spans, Indeed Japan 【】 and ■, a 前程无忧 one-paragraph posting)', 'markup-set33.json', { lines: 37, duties: 19, others: 18, roles: 36, listed: 18, leaked: 1, three: 17, two: 17, companies: 4 }],
    // Set 32, measured when set: roles 41/43, duties 22/22 listed, 0 of 21 other lines listed, labels 15/22 (two labels
    // 17), employers 5/5. After the fixes (training technologists, users or customers is people work; so are lessons
    // and activities led in the room, 设计并开展主题教学活动): labels 17 (two 19). BOSS直聘's keyword chips after the
    // description are read as asks or headings ("学前教育", "幼师资格证").
    ['Markup set 32 (a SuccessFactors span with caps labels, iCIMS info blocks, Oracle Recruiting <strong> headings, a BOSS直聘 kindergarten teacher with chips, a Spanish hotel)', 'markup-set32.json', { lines: 43, duties: 22, others: 21, roles: 40, listed: 21, leaked: 1, three: 16, two: 18, companies: 4 }],
    // Set 31, measured when set: roles 35/35, duties 20/20 listed, 0 of 15 other lines listed, labels 16/20 (two labels
    // 16), employers 5/5. After the fixes (an estate agent winning listings and clients by phone, and taking clients to
    // see homes, works with people): labels 18 (two 18).
    ['Markup set 31 (Chinese boards: an estate agent, a graphic designer, a delivery rider on a platform, an office administrator, a factory electrician)', 'markup-set31.json', { lines: 35, duties: 20, others: 15, roles: 34, listed: 19, leaked: 1, three: 17, two: 17, companies: 4 }],
    // Set 30, measured when set: roles 33/49, duties 17/20 listed, 0 of 29 other lines listed, labels 16/17 (two labels
    // 16), employers 4/5: a prose posting in minified markup, its only call to apply run into LinkedIn's tags
    // ("#LI-JM1Apply for this job"), was no posting at a host no adapter knows. After the fixes ("apply" is read inside
    // run-together text; #LI- tags, a recruiter's contact line, "Questions?" and "Tel." with a number are the page's
    // labels; weekend and holiday availability is asked for; responding to codes is bedside work): roles 48, duties 20
    // listed, labels 18 (two 19), employers 5. A diversity statement is still read as the company's. With the lexicon
    // fitted on posting duties too: labels 16 (the German dunning and tax papers read augmentable).
    ['Markup set 30 (prose mixing company, duties and asks in minified markup, a retail posting with a recruiter contact, 智联 <strong> headings in <p>, a Workday respiratory therapist, a StepStone posting with Kontakt)', 'markup-set30.json', { lines: 49, duties: 20, others: 29, roles: 47, listed: 19, leaked: 1, three: 15, two: 18, companies: 4 }],
    // Set 29, measured when set: roles 41/41, duties 19/19 listed, 0 of 22 other lines listed, labels 15/19 (two labels
    // 16), employers 5/5. After the fixes ("presenciais" is in person, "conduzir o processo" is running it, not driving):
    // labels 16 (two 18).
    ['Markup set 29 (a Recruitee sous chef in bold-led paragraphs, a JazzHR maintenance posting with physical requirements, InfoJobs fields, a 拉勾 "1）" list, a Gupy posting)', 'markup-set29.json', { lines: 41, duties: 19, others: 22, roles: 40, listed: 18, leaked: 1, three: 15, two: 17, companies: 4 }],
    // Set 28, measured when set: roles 51/51, duties 29/29 listed, 0 of 22 other lines listed, labels 21/29 (two labels
    // 25), employers 5/5. After the fixes (a bank's 客户经理 visiting companies, winning customers and meeting deposit
    // targets works with people): labels 24 (two 28).
    ['Markup set 28 (a preschool teacher, a claims adjuster, a warehouse lead, a content marketer, a bank 客户经理)', 'markup-set28.json', { lines: 51, duties: 29, others: 22, roles: 50, listed: 28, leaked: 1, three: 23, two: 27, companies: 4 }],
    // Set 27, measured when set: roles 39/42, duties 19/21 listed, 0 of 21 other lines listed, labels 13/19 (two labels
    // 16), employers 5/5: a vet hospital's duties in bold-led paragraphs under unknown headings ("The Job", "You Bring")
    // were cut at "Client education:", read as a requirements heading, and "Chart…" was no duty verb. After the fixes
    // (a run-in label ending in education names no asks; "You bring" does; "Chart" opens a duty; Vietnamese goods
    // counted, received and stacked): roles 41, duties 21 listed, labels 16 (two 20).
    ['Markup set 27 (bold run-in duty labels, a <dl> of fields, a duties table with shares of time, Greenhouse intro and conclusion blocks, a TopCV posting)', 'markup-set27.json', { lines: 42, duties: 21, others: 21, roles: 40, listed: 20, leaked: 1, three: 15, two: 19, companies: 4 }],
    // Set 26, measured when set: roles 45/45, duties 21/21 listed, 0 of 24 other lines listed, labels 16/21 (two labels
    // 19), employers 5/5. The line "Marion County Human Services is hiring Eligibility Specialists to determine
    // eligibility…", written down as the company's, was relabelled a duty after the reading, as set 12 reads such a line.
    // After the fixes (joining calls with customers is people work): labels 17 (two 20).
    ['Markup set 26 (a 猎聘 audit posting with ①②, 前程无忧 fields, a Japanese job table, an Ashby "In this role you will:", a county eligibility posting)', 'markup-set26.json', { lines: 45, duties: 21, others: 24, roles: 44, listed: 20, leaked: 1, three: 16, two: 19, companies: 4 }],
    // Set 25, measured when set: roles 40/43, duties 17/17 listed, 1 of 26 other lines listed ("Take your turn on the
    // after-hours on-call rotation", written down as hours, read as a duty), labels 11/17 (two labels 16), employers 5/5.
    // After the fix ("<employer> has served… for 35 years" is the company): roles 41. "Bachiller" alone under
    // "Requisitos:" is still read as a heading.
    ['Markup set 25 (Computrabajo dash lines, an Italian buyer, an NHS Jobs person specification table, a BOSS直聘 <br> list, bold-labelled HVAC prose)', 'markup-set25.json', { lines: 43, duties: 17, others: 26, roles: 40, listed: 16, leaked: 2, three: 10, two: 15, companies: 4 }],
    // Set 24, measured when set: roles 41/48, duties 20/25 listed, 0 of 23 other lines listed, labels 15/20 (two labels
    // 17), employers 5/5: a Welcome to the Jungle posting ("Descriptif du poste", "Profil recherché", "Déroulement des
    // entretiens") at a host no adapter knows was read as its asks alone. "Performs other duties as assigned. (5%)",
    // written down as metadata, was relabelled a duty after the reading, as earlier sets read it. After the fixes (a
    // description heading with a requirement heading after it anchors the posting; the interview steps are how to apply;
    // French said to "tu" opens a duty; presenting to a board is in the room): roles 48, duties 25 listed, labels 18 (two 21).
    ['Markup set 24 (LinkedIn <strong> headings with • lines, a hospital\'s essential functions with shares of time, Teamtailor emoji headings, Welcome to the Jungle, a 智联 nurse)', 'markup-set24.json', { lines: 48, duties: 25, others: 23, roles: 47, listed: 24, leaked: 1, three: 17, two: 20, companies: 4 }],
    // Set 23, measured when set: roles 56/57, duties 21/21 listed, 0 of 36 other lines listed, labels 15/21 (two labels
    // 21), employers 5/5 ("Fully remote within the US" is read as the page's metadata, not the terms).
    ['Markup set 23 (Indeed <b> pseudo-headings over <br> lines, SmartRecruiters sections, a Personio German posting, Workable prose duties, a 58同城 numbered block)', 'markup-set23.json', { lines: 57, duties: 21, others: 36, roles: 55, listed: 20, leaked: 1, three: 14, two: 20, companies: 4 }],
    // Set 22, measured when set: roles 29/30, duties 13/13 listed, 1 of 17 other lines listed, labels 8/13 (two labels
    // 8), employers 4/4. "特別養護老人ホームでの介護業務全般をお任せします", written down as a lead-in, was relabelled a duty
    // after the reading (it says what the hire does, as set 12 reads such a line). After the fix (介助 and 介護業務 are
    // glossed as personal care, レクリエーション and 実施 as recreational activities conducted): roles 30/30, duties 14/14
    // listed, labels 11/14 (two 11).
    ['Markup set 22 (a 猎聘 paragraph with run-in 岗位职责/任职要求, an AI trainer gig, a Japanese care home with 【】 labels, a TopCV dash list)', 'markup-set22.json', { lines: 30, duties: 14, others: 16, roles: 29, listed: 13, leaked: 1, three: 10, two: 10, companies: 3 }],
    // Set 21, measured when set: roles 23/27, duties 12/13 listed, 1 of 14 other lines listed, labels 7/12 (two labels
    // 10), employers 2/3 ("City of Riverton" in the page's title is read as a place). After the fixes ("This position
    // works rotating 12-hour shifts" is its hours; "Under general supervision, provides…" is a duty, read from its verb;
    // applying customer payments is data entry): roles 25, duties 13 listed, none listed wrongly, labels 9/13 (two 10).
    ['Markup set 21 (public-sector job specifications: NEOGOV-style "Examples of Duties", capitalised bold sections, a field table and dash lines)', 'markup-set21.json', { lines: 27, duties: 13, others: 14, roles: 24, listed: 12, leaked: 1, three: 8, two: 9, companies: 1 }],
    // Set 20, measured when set: roles 18/28, duties 10/10 listed, 0 of 18 other lines listed, labels 5/10 (two labels
    // 7), employers 3/3. Page chrome around the posting (breadcrumbs, posted-ago and requisition lines, a share bar,
    // similar jobs, a cookie banner, 公司介绍 and 工作地址 blocks, chips) is outside the text read: 9 of its lines have no
    // role, none is listed. After the fix ("Apply in person…" is how to apply): roles 19.
    ['Markup set 20 (postings inside their page chrome: breadcrumbs, share bars, similar jobs, a cookie banner, Chinese chips and company blocks)', 'markup-set20.json', { lines: 28, duties: 10, others: 18, roles: 18, listed: 9, leaked: 1, three: 4, two: 6, companies: 2 }],
    // Set 19, measured when set: roles 22/34, duties 12/16 listed, 0 of 18 other lines listed, labels 8/12 (two labels
    // 9), employers 3/4: a credit union's posting in tabs (panels after their buttons, all but the first hidden) was no
    // posting at a host no adapter knows. After the fixes (a tab's panel is opened and read under its tab's words, put
    // before the panel; "dental and physio clinics" are no dental benefit; a line whose last word is small is no Title
    // Case heading): roles 33/34, duties 16/16 listed, labels 10/16 (two 12), employers 4.
    ['Markup set 19 (emoji headings and ✔️ lines, <details> sections, tabs with hidden panels, capitalised headings with • lines)', 'markup-set19.json', { lines: 34, duties: 16, others: 18, roles: 32, listed: 15, leaked: 1, three: 9, two: 11, companies: 3 }],
    // Set 18, measured when set: roles 23/32, duties 13/17 listed, 0 of 15 other lines listed, labels 8/13 (two labels
    // 10), employers 3/4: a school district's posting whose sections sit in an accordion, closed (hidden panels under
    // buttons), was no posting at a host no adapter knows. After the fix (the panels a button with aria-controls opens
    // are read under its words as their heading): roles 32/32, duties 17/17 listed, labels 11/17 (two 14), employers 4.
    ['Markup set 18 (an accordion of closed panels, a duties table with shares of time under role=heading divs, dash lines under <h4>, an academic medical center)', 'markup-set18.json', { lines: 32, duties: 17, others: 15, roles: 31, listed: 16, leaked: 1, three: 10, two: 13, companies: 3 }],
    // Set 17, measured when set: roles 16/26, duties 5/9 listed, 0 of 17 other lines listed, labels 4/5 (two labels 5),
    // employers 4/5: an Italian prose posting with no headings was no posting at a host no adapter knows, a short
    // Portuguese one was read as its "Requisitos: …" paragraph alone, and Spanish and Portuguese duties said in the future
    // ("prepararás", "Você vai agendar…") were the company's. After the fixes (Romance job words — experiencia, salario,
    // contratto, ofrecemos… — and Italian and Portuguese futures count for a prose posting; a short main text is kept
    // over a smaller block under one of its headings; a Spanish, Italian or Portuguese future to the reader opens a
    // duty, not "tendrás", "avrai", "você vai ter"): roles 25, duties 9 listed, labels 6 (two 8), employers 5.
    ['Markup set 17 (prose postings with no headings in Spanish, French, Italian, Portuguese and English)', 'markup-set17.json', { lines: 26, duties: 9, others: 17, roles: 24, listed: 8, leaked: 1, three: 5, two: 7, companies: 4 }],
    // Set 16, measured when set: roles 52/57, duties 25/25 listed, 1 of 32 other lines listed, labels 18/25 (two labels
    // 18), employers 5/5. The line "Comfort Keepers … is hiring caring Home Health Aides to help seniors stay independent
    // at home", written down as the company's, was relabelled a duty after the reading, as set 12 reads such a line (it
    // says what the hire does). After the fixes ("(40%)" before a duty is the share of the job it takes; meeting with
    // parents or students is people work; "Why <the employer>" heads the offer; auto insurance and open availability are
    // asks): roles 57/57, duties 26/26 listed, none listed wrongly, labels 20/26 (two 20).
    ['Markup set 16 (US nonprofit duties with shares of time, Indeed fields, a retail "A Day in the Life", an iCIMS prose posting, underlined home-care headings)', 'markup-set16.json', { lines: 57, duties: 26, others: 31, roles: 56, listed: 25, leaked: 1, three: 19, two: 19, companies: 4 }],
    // Set 15, measured when set: roles 41/52, duties 16/21 listed, 1 of 31 other lines listed, labels 11/16 (two labels
    // 12), employers 4/5: an InfoJobs-style posting whose sections are named by questions in plain paragraphs ("¿Qué
    // harás?") was no posting at a host no adapter knows; "Riconciliazioni bancarie" was too short to list; a Japanese
    // "以下の業務をお任せします" was a duty. After the fixes (a question that names a section starts one, not one asking
    // the reader; a two-word duty with a noun of doing is listed; the Japanese lead-in announces the work): roles 52,
    // duties 21 listed, none listed wrongly, labels 16 (two 17), employers 5. The refit after sets 141-143 moved one
    // borderline duty to human-led (three-way 15 -> 14, two 17 -> 16: "Proponer mejoras para reducir paradas de línea").
    ['Markup set 15 (Welcome to the Jungle sections, InfoJobs questions in <p>, Italian bold labels, a Japanese job table, TopCV blocks)', 'markup-set15.json', { lines: 52, duties: 21, others: 31, roles: 51, listed: 20, leaked: 1, three: 14, two: 16, companies: 4 }],
    // Set 14, measured when set: roles 42/45, duties 21/21 listed, 1 of 24 other lines listed, labels 17/21 (two labels
    // 20), employers 6/6: a ride-hailing post's "收入：多劳多得…" was a duty and "司机与平台为合作关系" a benefit. After the
    // fixes (收入/工资 and a bare 要求 label their blocks; a driver "为合作关系" with the platform is the legal line;
    // watching the children or patients in one's care is people work; tax returns filed are routine): roles 44, none
    // listed, labels 19 (two 21). Checking annotators' results (对标注结果进行自检) is left exposed work the lexicon splits:
    // the hand-read 智联 and BOSS直聘 postings (zh-board-postings) call it automatable, this set augmentable.
    ['Markup set 14 (Chinese: 51job <br> lines, a BOSS直聘 annotator, 智联 <p> lines, a ride-hailing driver in labelled blocks, 拉勾 job_bt, a kindergarten 【】 layout)', 'markup-set14.json', { lines: 45, duties: 21, others: 24, roles: 43, listed: 20, leaked: 1, three: 18, two: 20, companies: 5 }],
    // Set 13, measured when set: roles 51/64, duties 19/24 listed, 1 of 40 other lines listed, labels 14/19 (two labels
    // 16), employers 5/5: Readability kept the prose of a Lever-style page and none of its lists under "What you'll be
    // doing" / "What we need from you". After the fixes (a main text that names no duties gives way to the page's duty
    // headings; "What we need from you" heads the asks; "Weekly pay" among the perks is one; "an equal opportunity
    // workplace" is the notice; code samples are no lab samples; call lights are answered at the bedside): roles 62,
    // duties 24 listed, labels 19 (two 22).
    ['Markup set 13 (a Lever-style page, <br> bullets under bold labels, a prose-only posting, Greenhouse run-in lead-ins, a Workday hospital posting)', 'markup-set13.json', { lines: 64, duties: 24, others: 40, roles: 61, listed: 23, leaked: 2, three: 18, two: 21, companies: 4 }],
    // Set 12, measured when set: roles 24/25, duties 13/13 listed, 0 of 12 other lines listed, labels 8/13 (two labels
    // 11), employers 3/3. After the fix (a dental practice, group or surgery is no dental benefit): roles 25.
    ['Markup set 12 (applicant-tracking layouts at a host no adapter knows: Workable sections, BambooHR bold leads, iCIMS info fields)', 'markup-set12.json', { lines: 25, duties: 13, others: 12, roles: 24, listed: 12, leaked: 1, three: 7, two: 10, companies: 2 }],
    // Set 11, measured when set: roles 28/37, duties 11/15 listed, 0 of 22 other lines listed, labels 7/11 (two labels
    // 8), employers 3/4: a Craigslist-style plain-text posting of 430 characters ("Work includes:", "$18/hr to start") was
    // no posting at a host no adapter knows. After the fixes (an agency's statutory line is legal text; "Work includes:"
    // heads duties; "$18/hr", "paid weekly" are job words; a main text half the usual length that heads its duties is
    // read when nothing else is; "Text Mike at 555-201-3344" is how to apply): roles 36, duties 14 listed, labels 10
    // (two 11), employers 4.
    ['Markup set 11 (Indeed job-details fields, a Craigslist-style plain text, a USAJOBS duties list and specialized experience, a Reed agency posting)', 'markup-set11.json', { lines: 37, duties: 15, others: 22, roles: 35, listed: 13, leaked: 1, three: 9, two: 10, companies: 3 }],
    // Set 10, measured when set: roles 16/31, duties 9/13 listed, 0 of 18 other lines listed, labels 7/9 (two labels 8),
    // employers 3/4: a BOSS直聘-style detail of 120 characters was no posting at a host no adapter knows. After the fix
    // (a Chinese character counts as a word does in how long a posting is; 经验/学历/待遇 are job words): roles 23,
    // duties 13 listed, labels 9 (two 10), employers 4. Then (session 46) a page headed by a job's title is read whole
    // when its main text has too few job words: the 猎聘 page's 其他信息 fields and its company are read, roles 26. Left
    // wrong: the 拉勾 职位诱惑 block stays outside what Readability keeps (no role: not read).
    ['Markup set 10 (Chinese board layouts at a host no adapter knows: 拉勾 职位诱惑 and job_bt, a BOSS直聘 job-sec-text with chat and address, 智联 lines in <p>, 猎聘 <dl> with 其他信息)', 'markup-set10.json', { lines: 31, duties: 13, others: 18, roles: 25, listed: 12, leaked: 1, three: 8, two: 9, companies: 3 }],
    // Set 9, measured when set (no fix followed): roles 43/43, duties 20/20 listed, 0 of 23 other lines listed, labels
    // 16/20 (two labels 18), employers 6/6.
    ['Markup set 9 (• lead-ins in <p><strong>, an HR template of run-in <b> headings, 一、/（1） numbering, German du-form, French dashes, "Responsible for…")', 'markup-set9.json', { lines: 43, duties: 20, others: 23, roles: 42, listed: 19, leaked: 1, three: 15, two: 17, companies: 5 }],
    // Set 8, measured when set: roles 40/45, duties 17/17 listed, 1 of 28 other lines listed ("Get paid weekly or cash
    // out daily" under "Why deliver with us"), labels 12/17 (two labels 14), employers 6/6. After the fixes ("Why
    // <verb> with us" offers; "get paid", "cash out"; "…independent contractors, not employees" and "不建立劳动关系" are
    // legal text; a Chinese line of two clauses is no heading): roles 44, none listed.
    ['Markup set 8 (platform and AI-era work: a delivery rider, a data annotator, a live-stream seller, a gig courier, an AI trainer, a content moderator)', 'markup-set8.json', { lines: 45, duties: 17, others: 28, roles: 43, listed: 16, leaked: 1, three: 11, two: 13, companies: 5 }],
    // Set 7, measured when set: roles 40/41, duties 20/20 listed, 1 of 21 other lines listed ("No experience needed,
    // full training given." after "Duties include: …"), labels 17/20 (two labels 19), employers 6/6. After the fix
    // ("no experience needed" asks for nothing, and is no work): roles 41, none listed.
    ['Markup set 7 (a 猎聘-style run-on numbered line, "Duties include: a; b; and c.", div section titles with the perks first, 【】 headings, Vietnamese, prose under "The role")', 'markup-set7.json', { lines: 41, duties: 20, others: 21, roles: 40, listed: 19, leaked: 1, three: 16, two: 18, companies: 5 }],
    // Set 6, measured when set: roles 48/49, duties 23/23 listed, 1 of 26 other lines listed ("You'll get:" named the
    // duties: "Four-day week after probation"), labels 15/23 (two labels 21), employers 6/6. After the fix ("You'll
    // have:" asks, "You'll get:" offers): roles 49, none listed.
    ['Markup set 6 (Required:/Preferred:, a BOSS直聘-style block, Spanish and Italian headings, You\'ll be/have/get, a UK "To …" duty list)', 'markup-set6.json', { lines: 49, duties: 23, others: 26, roles: 48, listed: 22, leaked: 1, three: 14, two: 20, companies: 5 }],
    // Set 5, measured when set: roles 69/69, duties 32/32 listed, 0 of 37 other lines listed, labels 27/32 (two labels
    // 29), employers 7/7. Before the fixes it led to (a client's freelance brief at a host no adapter knows, with its
    // "Deliverables:" and "Budget:", was no job at all; once read, "Please start your proposal with…" was a duty):
    // roles 63, duties 29 listed, labels 25 (two 26), employers 6.
    // With the European glosses' duty words grown (configurar → configure): "Instalar e configurar computadores,
    // impressoras e softwares" reads as exposed, labels 26 (two 27).
    ['Markup set 5 (a hospital\'s numbered functions, German Aufgaben/Profil, a <dl> of duties, a 智联-style block, a table, Portuguese run-in headings, a freelance brief)', 'markup-set5.json', { lines: 69, duties: 32, others: 37, roles: 68, listed: 31, leaked: 1, three: 26, two: 27, companies: 6 }],
    // Set 4, measured when set: roles 71/75, duties 29/29 listed, 0 of 46 other lines listed but the employer's name above
    // a Chinese description listed as a duty, labels 23/29 (two labels 24), employers 5/6. After the fixes it led to (a
    // Chinese line that is only an organisation's name is no duty; 超市 is no place; 职能类别/关键字 fields; NHS
    // "Essential:"/"Desirable:", "Contract", "Working pattern"; a longer lead-in ending "…will include:"): roles 75, employers 6.
    ['Markup set 4 (emoji and caps headings, <br> prose lists, a 51job description, a French "Vos missions", an NHS person specification)', 'markup-set4.json', { lines: 75, duties: 29, others: 46, roles: 74, listed: 28, leaked: 1, three: 22, two: 23, companies: 5 }],
    ['AI roles set 1 (data annotation, AI training and generative-AI operations, in English and Chinese)', 'ai-roles-set1.json', { lines: 54, duties: 26, others: 28, roles: 53, listed: 25, leaked: 1, three: 18, two: 25, companies: 4 }],
    ['Japanese set 2 (career pages: an office clerk, a warehouse picker, a web designer)', 'ja-set2.json', { lines: 26, duties: 11, others: 15, roles: 25, listed: 10, leaked: 1, three: 8, two: 8, companies: 2 }],
    ['Vietnamese set 2 (career pages: an accountant, a warehouse worker, a restaurant server)', 'vi-set2.json', { lines: 25, duties: 11, others: 14, roles: 24, listed: 10, leaked: 1, three: 9, two: 10, companies: 2 }],
    ['Japanese set 1 (career pages: an accounts clerk, a care worker)', 'ja-set1.json', { lines: 20, duties: 7, others: 13, roles: 19, listed: 6, leaked: 1, three: 3, two: 5, companies: 1 }],
  ] as [string, string, Floors][])('%s', (_name, file, floors) => {
    const f = read(load(file));
    expect(f).toMatchObject({ lines: floors.lines, duties: floors.duties, others: floors.others });
    expect(f.roles).toBeGreaterThanOrEqual(floors.roles);
    expect(f.listed).toBeGreaterThanOrEqual(floors.listed);
    expect(f.leaked).toBeLessThanOrEqual(floors.leaked);
    expect(f.three).toBeGreaterThanOrEqual(floors.three);
    expect(f.two).toBeGreaterThanOrEqual(floors.two);
    expect(f.companies).toBeGreaterThanOrEqual(floors.companies);
  });
});

describe('the Chinese postings of every set written in traditional characters (OpenCC, Taiwan forms) read as in simplified', () => {
  it('gives each line the same role and each duty about the same label', () => {
    const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const chinese = freshSetNames()
      .flatMap((name) => load(name).postings)
      .filter((p) => (p.lang ?? 'en').startsWith('zh'));
    const simplified = read({ postings: chinese });
    const traditional = read({ postings: chinese.map((p) => JSON.parse(toTaiwan(JSON.stringify(p))) as FreshPosting) });
    // Measured when written: 760 lines, roles 730 both, duties 332/332 listed both, leaked 0 → 1, labels 268 → 266 (two
    // 302 → 301), employers 88 both. Read without the folding: roles 716, 326 listed, labels 232 (two 270). With set 159
    // and the Chinese context capped (each other task's say at most ±1.5, a stronger pull): 1,823 lines, roles 1,729 →
    // 1,727, labels 541 → 535 (two 631 → 629): 後 and 於 stayed unfolded then, and the borderline duties they sit in
    // (售後, 關於) moved with the pull. With set 164, and 後 and 於 folded (simplified text writes them only in names):
    // 1,913 lines, roles 1,818 both, labels 569 → 566 (two 666 → 665; 回覆 still reads apart from 回复).
    expect(simplified.lines).toBeGreaterThan(700);
    expect(traditional.roles).toBeGreaterThanOrEqual(simplified.roles - 3);
    expect(traditional.listed).toBeGreaterThanOrEqual(simplified.listed - 1);
    expect(traditional.leaked).toBeLessThanOrEqual(simplified.leaked + 2);
    expect(traditional.three).toBeGreaterThanOrEqual(simplified.three - 6);
    expect(traditional.two).toBeGreaterThanOrEqual(simplified.two - 3);
    expect(traditional.companies).toBeGreaterThanOrEqual(simplified.companies - 1);
    // Every Chinese posting of every set read twice (2 s alone): a busy machine's workers need longer than the default 5 s.
  }, 30_000);
});
