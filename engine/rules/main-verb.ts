// A posting's duty is what its main clause does. The fitted lexicon weighs every word of a line, so a few
// objects can outvote the verb that says what the hire does; here the main clause (the line as
// engine/lines/statement.ts reduces it: label, subject and "responsible for" gone) decides three plain cases:
// - people work face to face — mentoring, coaching, negotiating, persuading, engaging customers, representing
//   the employer, interviewing, overseeing staff, giving care or therapy — is human-led: "Mentor engineers on API
//   design" is mentoring;
// - hands-on bench work on physical material ("Prepare and analyze effluent samples") and food and drink made by
//   hand ("Prepare classic and signature cocktails") are human-led;
// - building software, models or plans ("Build a scalable workflow engine") is desk work AI speeds up, though
//   "build", "machine" and "drive" lean hands-on in O*NET's trades.
// Verbs whose work AI shares (collaborate, partner, lead a project) are left to the lexicon: in O*NET's
// ratings and on the hand-read postings they are mostly exposed.
import type { ClassifiedTask, Label } from '../types';
import { stem } from './tokenize';
import { CONTEXT_DESK_ID, CONTEXT_HANDS_ON_ID, DESK_VERB_ID, FALLBACK_RULE_ID, HANDS_ON_VERB_ID, JUDGMENT_VERB_ID, PEOPLE_VERB_ID, ROUTINE_VERB_ID } from './packs';

function stems(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(stem));
}

// Kept stemmed as the rules' tokenizer stems ("supervises", "supervising" → "supervis").
const VERBS = stems([
  'mentor', 'coach', 'tutor', 'supervise', 'oversee', 'negotiate', 'persuade', 'influence', 'engage', 'represent',
  'evangelize', 'evangelise', 'champion', 'foster', 'motivate', 'inspire', 'greet', 'talk', 'interview', 'recruit',
  'hire', 'teach', 'counsel', 'comfort', 'console', 'befriend', 'host', 'accompany', 'escort',
]);
// Verbs that are people work with a people object only ("train new staff", not "train models").
// Deploying, assigning or holding staff to a standard is supervising them: "Ensure all team members wear PPE".
const WITH_PEOPLE = stems(['train', 'educate', 'instruct', 'onboard', 'lead', 'manage', 'guide', 'develop', 'direct', 'ensure', 'assign', 'deploy', 'allocate', 'reallocate', 'delegate', 'monitor', 'observe']);
// Instructing, watching over, counting or searching the people in one's care or custody is done where they are
// ("Educates patients and families on discharge instructions", "Counts inmates at scheduled intervals"); they are
// the verb's object, next to it ("Monitor cardiac patients", not "Manage billing to residents").
const WITH_CARED = stems(['train', 'educate', 'instruct', 'teach', 'monitor', 'observe', 'count', 'search', 'restrain', 'guide', 'direct', 'seat']);
// The people are the verb's object, at most `gap` words after it, not who its object is for ("Develop training
// materials for new employees").
const objectPeople = (gap: number, people: string): RegExp => new RegExp(`^(?:(?!(?:for|to|with|about|on|by|from)\\b)\\S+\\s+){0,${gap}}?(?:${people})\\b`, 'i');
const CARED = objectPeople(2, 'patients|famil(?:y|ies)|family members|residents|inmates|prisoners|offenders|detainees|parents|children');
const PEOPLE = objectPeople(
  5,
  'staff|employees|team members|teams?|people|colleagues|peers|engineers|juniors?|junior \\w+|new hires|hires|workers|volunteers|students|trainees|interns|partners|nurses|agents|associates|direct reports|others|caregivers|aides|subordinates|crews?',
);
const PHRASES = [
  // Work handed to people and watched over: "Delegates tasks to nursing assistants and monitors their work".
  /^(?:delegat(?:es?|ing))\s+(?:\S+\s+){0,3}?to\s+(?:\S+\s+){0,2}?(?:staff|employees|team members|assistants|aides|technicians|nurses|volunteers|interns|juniors?|others|subordinates)\b/i,
  /^(?:provides?|providing|offers?|gives?)\s+(?:\S+\s+){0,3}?(?:oversight|mentorship|mentoring|coaching|orientation|supervision|leadership to|people leadership)\b/i,
  /^(?:conducts?|conducting|holds?|leads?)\s+(?:\S+\s+){0,2}?(?:employee|performance|staff|one-on-one|1:1)\s+(?:reviews?|evaluations?|meetings?)\b/i,
  /^(?:serves?|serving|acts?|acting)\s+as\s+(?:an?\s+|the\s+)?(?:receptionist|host|greeter|liaison|point of contact|ambassador|spokesperson|representative)\b/i,
  /^(?:builds?|building|establish(?:es)?|establishing|maintains?|maintaining|cultivates?|cultivating|nurtures?|nurturing)(?:\s+(?:and|&)\s+\w+)?\s+(?:\S+\s+){0,5}?relationships?\b/i,
  // Agreement among people is won face to face: "Drive architectural consensus across teams", "Build consensus among stakeholders".
  /^(?:drives?|driving|builds?|building|reach(?:es)?|reaching|forges?|forging|gains?|gaining|secures?|securing)\s+(?:\S+\s+){0,2}?consensus\b/i,
  /^(?:talks?|talking|meets?|meeting|visits?|visiting|embed(?:s|ding)?|works?|working|joins?|joining)\s+(?:\S+\s+){0,2}?(?:with|among|alongside)?\s*(?:our\s+|strategic\s+|key\s+|enterprise\s+|new\s+|existing\s+|prospective\s+)*(?:customers|clients|patients|residents|guests|families|visitors|parents|students)\b/i,
  // Products shown to people live: "Run discovery calls and tailored product demos", "Demonstrate the equipment to buyers".
  /^(?:demonstrat(?:es?|ing)\b|(?:runs?|running|gives?|giving|delivers?|delivering|conducts?|conducting|leads?|leading|hosts?|hosting)\s+(?:\S+\s+){0,5}?(?:demos|demonstrations)\b)/i,
  // Presenting to people in the room: "Present investment recommendations to the board".
  /^(?:presents?|presenting)\s+(?:\S+\s+){0,5}?to\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:boards?|executives|executive team|leadership|senior (?:leaders|management)|management|clients|customers|investors|stakeholders|committees?|audiences?)\b/i,
  // Users and customers trained on what they use: "Train hospital technologists on new features" (O*NET: 10 of 14 such tasks E0).
  /^(?:train(?:s|ing)?|instruct(?:s|ing)?|educat(?:es?|ing))\s+(?:(?!(?:for|to|with|about|on|by|from)\b)\S+\s+){0,3}?(?:users|customers|clients|technicians|technologists|operators|drivers|clinicians|physicians|guests)\b/i,
  // Sessions held in the room: "Conduct new hire orientation sessions", "Lead toolbox talks", "Run safety huddles",
  // "Plan and conduct recreational activities" (a care home's レクリエーションの企画・実施).
  /^(?:plan(?:s|ning)?\s+(?:and\s+)?)?(?:conducts?|conducting|leads?|leading|delivers?|delivering|runs?|running|facilitates?|facilitating|hosts?|hosting)\s+(?:\S+\s+){0,3}?(?:orientations?|orientation sessions?|training sessions?|trainings|workshops|huddles|briefings|toolbox talks|classes|tours|recreational activities|recreation)\b/i,
  // Care given in person: "Provide individual and group therapy to adolescents", "Provides bedside care to patients".
  /^(?:provides?|providing|delivers?|delivering|gives?|giving|administers?|administering|performs?|performing|offers?|offering)\s+(?:\S+\s+){0,3}?(?:therapy|therapies|(?:patient|personal|bedside|direct|hands-on|nursing|wound|residential|respite|child|elder)\s+care|counsel(?:l)?ing|first aid|cpr|massages?|companionship|emotional support|life support)\b/i,
];

// A patient's body examined or measured in person, or their call answered at the bedside: "Assess patients' vital signs",
// "Take blood pressure", "Examine patients", "Answers call lights promptly", "Responds to rapid responses and codes".
const BEDSIDE =
  /^(?:(?:assess|check|take|taking|measure|monitor|obtain|record)(?:s|es|ing|ed)?\s+(?:\S+\s+){0,3}?(?:vital signs|vitals|blood pressures?|pulses?|temperatures? of patients|wounds?|pain levels?)\b|(?:examine|examining|examines|triage|triages|triaging)\s+(?:\S+\s+){0,2}?patients\b|(?:perform|conduct)(?:s|ing|ed)?\s+(?:the\s+)?triage\b|(?:answer|respond)(?:s|ing|ed)?\s+(?:\S+\s+){0,3}?(?:call (?:lights|bells)|codes|rapid responses|code blues?)\b)/i;

// Hands-on bench work named by its main clause: "Prepare and analyze effluent samples" handles the samples (not code samples).
const BENCH =
  /^(?:prepares?|preparing|mix(?:es)?|mixing|collects?|collecting|handles?|handling|process(?:es)?|processing|runs?|running|tests?|testing|analy[sz]es?|analy[sz]ing|labels?|labell?ing|stores?|storing|calibrates?|calibrating|titrates?|titrating)\b(?:\s+(?:and|or|&)\s+\w+)?\s+(?:\S+\s+){0,4}?(?:(?<!\b(?:code|data|writing|design) )samples?|specimens?|solutions|buffers|reagents|compounds|chemicals|cultures|(?<!\b(?:deck|financial|presentation|powerpoint|keynote|pitch|training|sales) )slides|blood|tissue|effluents?)\b/i;


// Food and drink made by hand: "Prepare classic and signature cocktails", "Craft espresso drinks", "Cook and plate dishes".
const KITCHEN =
  /^(?:prepares?|preparing|cooks?|cooking|makes?|making|crafts?|crafting|mix(?:es)?|mixing|serves?|serving|bakes?|baking|plates?|plating|pours?|pouring|brews?|brewing|grills?|grilling)\b(?:\s+(?:and|or|&)\s+\w+)?\s+(?:\S+\s+){0,3}?(?:drinks|cocktails|beverages|meals|food|dishes|coffee|espresso|pastr(?:y|ies)|sandwiches|pizzas?|menu items|salads|desserts|breakfasts?|lunch(?:es)?|dinners?)\b(?!\s+(?:costs?|budgets?|reports?|plans?|orders?|menus?|safety|inventory|data|records|programs?))/i;

// Presence where people are, and post moved by hand: "Monitor the cafeteria and playground during breaks",
// "Patrol the parking lot", "Sort and distribute incoming mail and packages", "Travel to customer sites to run workshops",
// "Visit the plants quarterly…", "Ring up sales at the register", "Conduct cycle counts" (O*NET: 4 of 5 visits to sites,
// 4 of 4 cash-register tasks, 3 of 3 inventories taken E0).
const FLOOR =
  /^(?:(?:monitor|supervis|patrol|walk|cover|staff|work)\w*\b(?:\s+(?:and|or|&)\s+\w+)?\s+(?:\S+\s+){0,3}?(?:playgrounds?|cafeterias?|hallways?|lobby|lobbies|parking lots?|parking garages?|dining rooms?|sales floor|shop floor|loading docks?|bus lines|entrances?|booths?|trade ?shows?|exhibitions?|front desk|reception desk)\b|(?:sort|deliver|distribut)\w*\b(?:\s+(?:and|or|&)\s+\w+)?\s+(?:\S+\s+){0,3}?(?:mail|parcels)\b|travel\w*\s+(?:\S+\s+){0,3}?(?:to|between|across)\s+(?:\S+\s+){0,2}?(?:sites?|stores?|clients?|customers?|locations?|branches|offices|facilities|schools|homes|properties|events?)\b|visit(?:s|ing)?\s+(?:\S+\s+){0,3}?(?:customers?|clients?|sites?|plants?|stores?|patients?|homes?|facilities|locations|farms?|schools?|branches|offices)\b|ring(?:s|ing)? up\b|(?:take|count|conduct|perform)(?:s|ing|ed)?\s+(?:\S+\s+){0,2}?(?:inventor(?:y|ies)|cycle counts?|physical counts?|stock ?takes?)\b(?!\s+(?:valuations?|analys[ie]s|reports?|planning|management|control|data|records?|reconciliations?|forecasts?|accounting|systems?|software|audits?))|(?:\S+\s+){0,6}?(?:at|on) the (?:register|till|checkout)\b|operat\w*\s+(?:\S+\s+){0,2}?(?:cash registers?|tills?|pos terminals?)\b)/i;

// Pictures taken on location, as 拍摄 is in Chinese: "Shoot photos and short videos of dishes and events", "Photograph
// damage" (O*NET: 5 of 8 such tasks E0).
const CAMERA = /^(?:shoot|shoots|shooting|photograph|photographs|photographing|film|films|filming|videotape|videotapes|videotaping)\b(?:\s+(?:and|or|&)\s+\w+)?\s+(?:\S+\s+){0,3}?(?:photos?|photographs|pictures?|videos?|footage|images?|damage|events?|products?|scenes?|interiors|exteriors)\b/i;

// Maintenance carried out on machines and buildings: "Perform preventive maintenance on packaging lines" (O*NET: 22 of
// 23 such tasks E0); not on software or data ("Perform database maintenance").
const MAINTENANCE =
  /^(?:perform(?:s|ing)?|conduct(?:s|ing)?|carr(?:y|ies|ying) out|do(?:es)?)\s+(?!(?:\S+\s+){0,4}?(?:database|software|data|website|web|code|server|system|application|account|record)s?\b)(?:\S+\s+){0,4}?maintenance\b/i;

// Software, models, data and plans, built or improved.
const DESK =
  /^(?:build|develop|design|implement|enhance|optimi[sz]e|automate|create|write|code|architect|prototype|refactor|drive)(?:s|es|ing|ed)?\b(?:\s+(?:and|or|&)\s+\w+)?\s+(?:\S+\s+){0,5}?(?:engines?|models?|pipelines?|platforms?|software|applications?|apps?|apis?|services|infrastructure|environments?|tooling|scripts?|code|automations?|workflows?|dashboards?|algorithms?|strateg(?:y|ies)|roadmaps?|optimi[sz]ation|features?|frameworks?|prototypes?|integrations?|databases?|queries)\b/i;
// Data tidied by code, not by hand: "Clean and transform raw data using SQL", "Wrangle datasets for the models".
const DATA_WORK =
  /^(?:clean|cleans|cleaning|cleanse|cleansing|scrub|scrubbing|wrangl(?:es?|ing)|transform(?:s|ing)?|munge|munging|dedupe|deduplicat(?:es?|ing)|preprocess(?:es|ing)?)\b(?:\s+(?:and|or|&)\s+\w+)?\s+(?:\S+\s+){0,3}?(?:data|datasets?|data sets?)\b/i;
// Automating work is building the software that does it: "Automate manual reporting with Python".
const AUTOMATE = /^automat(?:e|es|ed|ing)\b/i;
// Software and models put to the test: "Test new prompts and model versions", "Debug scripts" (of O*NET's dev tasks
// these words open, 11 of 14 exposed; physical models tested under load are the exception).
const SOFTWARE_TESTED =
  /^(?:test|debug|evaluate|benchmark|fine-tune)(?:s|es|ing|ed)?\b(?:\s+(?:and|or|&)\s+\w+)?\s+(?:\S+\s+){0,4}?(?:prompts?|(?<!experimental )models?|software|applications?|apps?|apis?|code|features?|websites?|scripts?|chatbots?|llms?|programs?)\b/i;

// Among exposed duties, judgment work AI speeds up with a person deciding (augmentable) and routine
// information work it can do most of (automatable), told by the main clause as the guide to the labels does.
const JUDGMENT =
  /^(?:(?:analy[sz]e|evaluate|assess|research|investigate|interpret|advise|recommend|architect|strategi[sz]e|diagnose|review|revise|audit|forecast)(?:s|es|ing|d|ed)?\b|(?:perform|conduct)(?:s|ing)?\s+(?:\S+\s+){0,2}?(?:analys[ie]s|research|evaluations?|assessments?)\b|stay(?:s|ing)?\s+(?:current|up to date|abreast)\b)/i;
// Writing that is authored, not filled in ("Write copy for landing pages", "Draft press releases", "Edit articles for
// house style"): a person writes with the system's drafts — unlike letters, notes, minutes and routine reports.
const AUTHORED =
  /^(?:write|draft|edit|proofread|copyedit|translate|compose|author|create)(?:s|es|ing|ed|d)?\b(?:\s+(?:and|or|&)\s+\w+)?\s+(?:\S+\s+){0,4}?(?:copy|articles?|stories|blog posts?|posts|blogs?|newsletters?|press releases?|pitches|proposals?|polic(?:y|ies)|handbooks?|descriptions?|documentation|guides?|content|scripts?|speeches|pleadings|briefs|contracts?|grants?|requirements?|specifications?|user stories|translations?|materials?|manuscripts?|white ?papers?|case studies)\b/i;
const ROUTINE =
  /^(?:(?:coordinates?|coordinating|schedul(?:es?|ing)|books?|booking|arrang(?:es?|ing)|manag(?:es?|ing)|owns?|own)\s+(?:and\s+\w+\s+)?(?:\S+\s+){0,3}?(?:meetings?|appointments?|calendars?|schedules?|travel|bookings?|agendas?|interviews?|interview loops|flights|hotels|reservations|visits|posts|logistics)\b|(?:enters?|entering|posts?|posting|files?|filing|transcrib(?:es?|ing)|logs?|logging|invoices?|invoicing|bills?|billing|process(?:es)?|processing)\s+(?:\S+\s+){0,3}?(?:data|records?|invoices?|payments?|orders?|claims?|forms?|billing|timesheets?|expenses?|applications?|payroll|refunds?|reimbursements?|paperwork|enrollments?)\b|(?:scans?|scanning|index(?:es)?|indexing)\s+(?:and\s+\w+\s+)?(?:\S+\s+){0,3}?(?:documents?|records?|correspondence|remittances?|mail|forms?|paperwork|files|invoices?|receipts?)\b|(?:labels?|label(?:l)?ing|tags?|tagging|annotat(?:es?|ing)|categori[sz](?:es?|ing)|classif(?:y|ies|ying))\s+(?:\S+\s+){0,3}?(?:images?|data|records|documents|tickets|transactions|texts?|audio|videos?|emails?|expenses|scans|frames|photos|utterances|conversations|responses|answers|outputs)\b|(?:assigns?|assigning)\s+(?:\S+\s+){0,4}?codes\b|cod(?:es?|ing)\s+(?:\S+\s+){0,2}?(?:diagnos[ie]s|procedures|encounters|charts|claims)\b)/i;

// Data entry the guide names first among automatable work, exposed whatever the lexicon says: posting (or applying),
// entering, balancing and reconciling payments, transactions and records (O*NET's raters: "Balance cash receipts" E2).
const ENTRY =
  /^(?:(?:posts?|posting|enters?|entering|keys?|keying|inputs?|inputting|records?|recording|reconcil(?:es?|ing)|balanc(?:es?|ing)|match(?:es|ing)?|appl(?:y|ies|ying))\s+(?:\S+\s+){0,3}?(?:payments?|cash|checks|cheques|transactions?|entries|deposits?|invoices?|receipts?|charges|remittances?|data|timesheets?)\b|reconcil(?:es?|ing)\b|(?:perform|prepare|complete)(?:s|ing|ed)?\s+(?:\S+\s+){0,2}?reconciliations?\b|(?:enters?|entering|keys?|keying|inputs?|inputting|records?|recording|logs?|logging)\s+(?:\S+\s+){0,6}?(?:in|into|on)\s+(?:the\s+|our\s+)?(?:\S+\s+){0,3}?(?:system|database|spreadsheets?|gradebook|crm|ehr|emr|hris|lims|wms|tms|cmms|erp|ats|salesforce|epic|sap|netsuite|quickbooks|xero|workday|yardi|appfolio|servicetitan|dentrix|eaglesoft|cerner|meditech|zendesk|hubspot|servicenow|kronos|ukg|bullhorn|excel)\b)/i;

// Manner adverbs opening a duty ("Accurately & timely posts…"); verbs ending in -ly (apply, supply, comply) are not.
const MANNER = /^(?:(?!(?:apply|supply|reply|rely|comply|multiply|rally|tally|fly)\b)[A-Za-z]+ly\b\s*(?:,|&|and)?\s*)+(?=[A-Za-z])/i;

export type MainVerb = 'people' | 'hands-on' | 'desk' | 'judgment' | 'routine' | 'entry';

// "Design, build, and optimize data pipelines", "Review and optimize schemas": verbs listed before their common object.
const VERB_LIST = /^([A-Za-z]+)((?:\s*,\s*[a-z]+){0,4}),?\s+(?:and|or|&)\s+([a-z]+)\s+(\S.*)$/s;
const ORDER: readonly MainVerb[] = ['entry', 'people', 'hands-on', 'desk', 'judgment', 'routine'];

/** What a duty statement's main clause plainly is, if it is one of the three cases above. */
export function mainVerbOf(statement: string): MainVerb | null {
  // "Accurately & timely posts all cash…": manner adverbs before the verb say nothing of the work.
  const text = statement.trim().replace(MANNER, '');
  const list = VERB_LIST.exec(text);
  if (!list) return clauseOf(text);
  // Each listed verb with the object they share, the plainest case first as for one verb.
  const verbs = [list[1]!, ...list[2]!.split(',').map((v) => v.trim()).filter(Boolean), list[3]!];
  const kinds = new Set(verbs.map((verb) => clauseOf(`${verb} ${list[4]!}`)));
  return ORDER.find((kind) => kinds.has(kind)) ?? null;
}

function clauseOf(text: string): MainVerb | null {
  if (ENTRY.test(text)) return 'entry';
  if (/^[\s\d、.．（(）)]*[\u4e00-\u9fff]/u.test(text)) return zhClauseOf(text);
  if (PHRASES.some((p) => p.test(text))) return 'people';
  if (BENCH.test(text) || KITCHEN.test(text) || BEDSIDE.test(text) || FLOOR.test(text) || MAINTENANCE.test(text) || CAMERA.test(text)) return 'hands-on';
  // The first verb, or one joined to it ("Plans and supervises activities").
  const first = /^([A-Za-z]+)(?:\s+(?:and|&)\s+([A-Za-z]+))?\b\s*(.*)$/s.exec(text);
  if (first) {
    const verbs = [first[1]!, first[2] ?? ''].map((w) => stem(w.toLowerCase()));
    if (verbs.some((v) => VERBS.has(v))) return 'people';
    if (verbs.some((v) => WITH_PEOPLE.has(v)) && PEOPLE.test(first[3]!)) return 'people';
    if (verbs.some((v) => WITH_CARED.has(v)) && CARED.test(first[3]!)) return 'people';
  }
  if (DESK.test(text) || DATA_WORK.test(text) || AUTOMATE.test(text) || SOFTWARE_TESTED.test(text)) return 'desk';
  if (JUDGMENT.test(text) || AUTHORED.test(text)) return 'judgment';
  return ROUTINE.test(text) ? 'routine' : null;
}

// Chinese duties: the same cases told by the duty's main clause (up to its first comma; 负责 and the number set
// aside), as a careful reader of a posting tells them.
const ZH_CLAUSE = /^[^，,；;。！？]*/u;
const ZH_LEAD = /^[\s\d、.．（()）]*(?:负责)?(?:(?:根据|按照|依据)[^，]{1,12}?(?=编写|撰写|制定|开发|设计|录入|整理|执行|处理|完成|进行|对))?/u;
// Data filled in or checked against records: 录入/登记 information, 开具 receipts, 核对/对账 slips and accounts.
const ZH_ENTRY =
  /^(?:(?:每日|每天|及时|准确)|在[^，]{1,12}?(?:系统|平台|后台|表格|表)中?|为[^，]{1,6}?)?(?:录入|登记|开具|对账|核对[^，]{0,10}?(?:单据|账|明细|发票|票据|信息|数据|金额|款项|科目|凭证|收据))|^(?:管理|维护|建立|更新)[^，]{0,8}?台账|^批量(?:上传|导入|录入|修改|处理)|^(?:[^，]{1,8}[前后])?(?:整理|统计|汇总)[^，]{0,8}?(?:数据|报表|日报|周报|月报)/u;
// Work with people in person or on the phone: winning and closing customers, visiting, receiving, teaching staff.
const ZH_PEOPLE = [
  /^(?:通过|利用)?(?:电话|微信|当面|上门|面对面|线下)?(?:方式)?(?:邀约(?![^，]{0,6}?(?:候选人|面试|应聘))|说服|促成|(?<!回)签单|开发(?:意向|潜在|目标|新)?客户)/u,
  /^(?!统计|整理|录入|汇总|分析|核对|登记|跟踪|监控|制定|撰写|编写|策划|复盘)(?:与|和|同)?[^，]{0,12}?(?:谈判|洽谈|说服|邀约(?![^，]{0,6}?(?:候选人|面试|应聘))|(?<!回)签单|促成)/u,
  /^(?:带领|带教|指导|培训|辅导|管理|激励)[^，]{0,6}?(?:团队|新人|新员工|员工|下属|成员|同事|学员|顾问|导购|销售|工程师|实习生|工人|技术员|护士|教师|老师)|^(?:新人|新员工)?带教/u,
  /^(?:与|和|同)[^，]{2,20}?建立[^，]{0,12}?关系|^(?:维护|维系|巩固)(?:与)?[^，]{0,12}?关系/u,
  /^(?:定期|每周|每月|主动)?(?:上门|实地|登门)?(?:接待|拜访|走访)[^，]{0,8}?(?:客户|来访|访客|来宾|患者|家属|医院|门店|经销商|代理商|商户|终端|药店|学校|企业|公司|工厂|社区|农户)/u,
  /^[^，]{0,8}?接待(?!处|室|标准|流程|制度)|^为(?:到店|到访|来访|来店|进店|上门)/u,
  // Winning partners and customers: 拓展渠道合作伙伴, 推动客户续约和增购, 中小企业客户的营销拓展, 完成存款、贷款等业务指标.
  /^[^，]{0,16}?客户的?(?:营销)?(?:拓展|开发|开拓|营销)(?:[与和及](?:维护|维系|管理))?(?:工作)?$|^完成[^，]{0,12}?(?:销售|业务|业绩)(?:指标|目标|任务)/u,
  /^(?:开拓|拓展|发展)[^，]{0,6}?(?:客户|合作伙伴|合作方|渠道商|代理商|经销商|商家|加盟商)|^(?:推动|促进|促成)[^，]{0,6}?(?:续约|续费|增购|复购|签约|回款)|^(?:通过|利用)[^，]{2,14}?开发[^，]{0,4}?(?:客户|客源|房源)(?!管理|系统|关系|数据)/u,
  // Customers taken to see a home, a car or a site in person: 带客户实地看房, 陪同客户看车.
  /^(?:带|陪同|陪)(?:领)?(?:客户|顾客|客人|买家|租客)/u,
  // Meetings, events and trainings run in the room; work on site; court: 组织项目启动会, 组织公司年会, 负责客户的上线实施和培训, 出庭应诉.
  /^(?:定期|每月|每周|每季度)?(?:组织|主持|召开)[^，]{0,12}?(?:会|活动|验收|回访|团建|沙龙|晚会|比赛)|^(?!.{0,8}(?:编写|撰写|制作|制定|开发|设计|整理|搭建|完善|建立|统计|录入))[^，]{0,12}?培训(?!材料|资料|课件|文档|手册|体系|计划|需求|课程|效果|数据|记录|档案|台账|报表|预算|费用)|^(?:参与|协助|配合)?[^，、]{0,6}?现场(?:调研|演示|执行|支持|实施|勘察|指导|培训|服务)|出庭|(?:执行|举办|落地)[^，]{0,4}?线下/u,
  // Lessons and activities led in the room: 设计并开展主题教学活动, 组织幼儿户外活动 (not 线上主题活动策划).
  /^(?![^，]{0,14}(?:线上|策划|方案|文案))(?:设计(?:并|和|、)?)?(?:开展|组织|带领|实施)[^，]{0,8}?(?:教学|游戏|户外|体育|主题|亲子|文体|康复)[^，]{0,4}?(?:活动|训练|课)/u,
  // Standing for the employer or a client before others: 代表公司参与诉讼及仲裁, 代表客户出席谈判.
  /^代表(?:公司|企业|单位|客户|委托人|当事人|甲方|乙方|集团)/u,
  // Care given in person: 负责幼儿的一日生活照料, 照顾老人起居, 为患者提供生活护理 (not 制定护理计划 or 护理记录).
  /^(?!.{0,8}(?:制定|编写|撰写|整理|统计|录入|分析|记录|培训))[^，]{0,14}?(?:照料|照顾|照护|护理|看护|陪护|保育|喂养)(?!计划|方案|记录|文书|质量|管理|制度|流程|标准|培训|数据|系统|用品|知识)/u,
  // The children, patients or passengers in one's care watched where they are: 观察幼儿健康状况, 密切观察患者病情变化 (O*NET's
  // tasks in Chinese that open with 观察: 42 of 57 E0); not 观察记录 them for their files.
  /^(?:密切|随时|定期|注意)?(?:观察|留意|巡视|看护)(?!记录|并记录)[^，]{0,6}?(?:幼儿|儿童|孩子|学生|患者|病人|老人|住户|病情|宝宝|婴儿|乘客)/u,
  // On camera: 出镜, 直播带货, 在直播间讲解, 进行游戏直播, 直播中与观众互动 (not 直播前准备 or 直播数据).
  /^[^，]{0,10}?(?:出镜|直播带货|带货直播|开播)|^在[^，]{1,10}?直播间?(?:讲解|介绍|展示|带货|互动)|^(?:在[^，]{1,10}?)?进行[^，]{0,10}?直播|^直播(?:中|时|过程中)与/u,
];
// Hands-on: carrying, loading, cleaning, cooking, filming.
const ZH_HANDS =
  /^(?:协助|参与|配合)?[^，]{0,10}?(?:搬运|装卸|清洁(?!用品|剂|能源)|清扫|打扫|保洁|烹饪|烹制|烹调|消毒|擦拭|理货|分拣)|^(?!.{0,4}(?:策划|撰写|编写|制定|规划|剪辑))[^，]{0,8}?拍摄(?!脚本|方案|计划|需求)|^(?:定期)?(?:前往|去|到)[^，]{0,6}?(?:银行|税务局|工商局|社保局|公积金中心|政府部门)/u;
const ZH_DESK =
  /^(?:执行|编写|开发|设计|维护|优化|搭建)[^，]{0,6}?(?:自动化|脚本|代码|模型|系统|平台|接口|测试用例|单元测试|组件)|^(?:参与)?[^，]{0,12}?(?:架构|系统|数据库|表结构|接口|前端|后端|算法|模型|功能|组件|微服务)的?(?:设计|开发|改造|重构|搭建|落地|微调|训练|部署)|^[^，]{0,6}?(?:大语言|大)?模型[^，]{0,12}?(?:落地|应用|微调|训练|部署)/u;
// Authored writing and plans (撰写方案, 文案撰写, 策划活动) and analysis (分析, 复盘): judgment AI speeds up.
const ZH_JUDGMENT =
  /^(?:参与)?(?:撰写|编写|编制|起草|创作|策划|制定)(?!日报|周报|月报|报表|台账)[^，]{0,20}?(?:方案|文案|脚本|稿|文章|推文|笔记|软文|策划|活动|分析报告|调研报告|规划|计划|策略|内容|主题|合同|协议|法律文件|制度|PRD|需求文档|设计文档|技术文档)|^[^，]{0,16}?(?:选题策划|文案撰写|方案撰写|内容策划|活动策划)|^(?:[^，]{1,4}[前后])?(?:分析|复盘|研究|评估)|^编制[^，]{0,10}?分析报告|^(?:参与)?[^，]{0,8}?(?:评审|审查)|^(?:持续)?(?:跟踪|追踪|关注|研究)[^，]{0,10}?(?:行业|热点|竞品|前沿|趋势|法律法规|法规|政策|新技术)|^(?:为[^，]{1,10}?)?提供[^，]{0,8}?(?:咨询|建议|意见|依据)|^[^，]{2,12}?的(?:分析|研究|评估)(?:工作)?$|^[^，]{0,10}?(?:合同|协议|法律文件|法律文书|文书|制度)的?(?:起草|拟定|审核|审查|修订|修改)|^[^，]{0,8}?(?:SEO|SEM)?优化|^(?:翻译|改写|润色)/u;
// Routine scheduling and filing: 排班, 调度, 预约, 安排车辆, 申报 taxes (企业所得税申报), 发布 notices.
const ZH_ROUTINE =
  /^[^，]{0,10}?(?:排班|调度|派车|预约|预订|订位|订票|安排(?:车辆|司机|人员|班次|面试|会议|行程|出行|住宿|课程))|^(?:申报|计提)|^[^，]{0,16}?(?:的|税)申报|^发布[^，]{0,8}?(?:信息|公告|通知|职位|招聘)|邀约[^，]{0,6}?(?:候选人|面试)|^(?:及时|每日)?(?:回复|答复)|^对[^，]{1,16}?进行(?:审核|标注|分类|打标|删除|标记|校对|打分|评分|排序)/u;

function zhClauseOf(line: string): MainVerb | null {
  const text = (ZH_CLAUSE.exec(line.trim())?.[0] ?? '').replace(ZH_LEAD, '');
  if (ZH_ENTRY.test(text)) return 'entry';
  if (ZH_PEOPLE.some((p) => p.test(text))) return 'people';
  if (ZH_HANDS.test(text)) return 'hands-on';
  if (ZH_DESK.test(text)) return 'desk';
  if (ZH_JUDGMENT.test(text)) return 'judgment';
  return ZH_ROUTINE.test(text) ? 'routine' : null;
}

const RULE_OF: Record<MainVerb, string> = { people: PEOPLE_VERB_ID, 'hands-on': HANDS_ON_VERB_ID, desk: DESK_VERB_ID, judgment: JUDGMENT_VERB_ID, routine: ROUTINE_VERB_ID, entry: ROUTINE_VERB_ID };

/** The label a main clause gives a task labelled `label` (the same when it says nothing against it). */
function labelBy(verb: MainVerb, label: Label): Label {
  if (verb === 'people' || verb === 'hands-on') return 'human-led';
  if (verb === 'desk') return 'augmentable';
  if (verb === 'entry') return 'automatable';
  // Judgment and routine split exposed work only: whether a task is exposed stays the lexicon's call.
  if (label === 'human-led') return label;
  return verb === 'judgment' ? 'augmentable' : 'automatable';
}

/** The task relabelled when its main clause says otherwise (or told when nothing else spoke for it), this reason first. */
export function withMainVerb<T extends ClassifiedTask>(task: T, statement: string): T {
  const verb = mainVerbOf(statement);
  const label = verb ? labelBy(verb, task.label) : task.label;
  // An unclear task the main clause speaks for is told by it, so the posting's lean doesn't overrule it.
  if (!verb || (label === task.label && !task.unclear)) return task;
  // Judgment and routine clauses speak only to exposed work: an unclear task they leave human-led stays unclear.
  if (label === 'human-led' && (verb === 'judgment' || verb === 'routine')) return task;
  const rules = [RULE_OF[verb], ...task.rules.filter((id) => id !== FALLBACK_RULE_ID)];
  const exposure = label === 'human-led' ? Math.min(task.exposure, 0.4999) : Math.max(task.exposure, 0.5);
  return { ...task, label, exposure, unclear: false, rules };
}

// Working with other people on the job: "Coordinate with housekeeping to resolve guest requests", "Communicating
// with dispatch about delays", "Collaborates and communicates with other departments". Such a duty is done the
// way the rest of the job is: face to face or on the radio on a ward, a floor or a route; in writing at a desk.
const LIAISON =
  /^(?:coordinat|communicat|collaborat|liais|consult|confer|partner|work(?:s|ing)?\s+closely|work(?:s|ing)?\s+together)\w*(?:\s+(?:and|&)\s+\w+)?\s+(?:closely\s+)?with\b/i;

/** Whether a duty's main clause is working with other people ("Coordinate with maintenance…"). */
export const isLiaison = (statement: string): boolean => LIAISON.test(statement.trim().replace(MANNER, ''));

/**
 * Liaison duties on a posting whose other told duties are mostly human-led are human-led too (the posting's
 * hands-on lean named first); elsewhere the words decide, as O*NET's raters split them.
 */
export function withLiaisonLean<T extends ClassifiedTask>(tasks: readonly T[], statements: readonly string[]): T[] {
  const liaison = statements.map(isLiaison);
  let human = 0;
  let exposed = 0;
  tasks.forEach((t, i) => {
    if (liaison[i] || t.unclear) return;
    if (t.label === 'human-led') human++;
    else exposed++;
  });
  if (human <= exposed) return [...tasks];
  return tasks.map((t, i) => {
    if (!liaison[i] || t.label === 'human-led') return t;
    const rules = [CONTEXT_HANDS_ON_ID, ...t.rules.filter((id) => id !== FALLBACK_RULE_ID && id !== CONTEXT_DESK_ID)];
    return { ...t, label: 'human-led', exposure: Math.min(t.exposure, 0.4999), unclear: false, rules };
  });
}
