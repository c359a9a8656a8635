// What a line's own words say about its role, whatever section it sits in: pay, benefits, legal text,
// application chrome, the company, what the candidate must bring, what the hire will do. EN, ZH and the
// languages postings on our boards come in (ES, FR, IT, DE, PT, JA, VI). Each is one regex, tested once
// per line; engine/lines/roles.ts weighs them against the section the line sits in.

/** Equal opportunity, accommodation, privacy and agency notices, disclaimers, copyright. */
export const LEGAL =
  /equal (?:employment )?opportunit|\beeo\b|affirmative action|discriminat|without regard to|regardless of (?:race|age|gender|sex|color|religion)|reasonable accommodation|\b(?:need|require)s? (?:an? )?(?:accommodation|adjustment)s?\b|accommodations? (?:to|for) (?:applicants|individuals|candidates|people)|persons with disabilities|individuals with disabilities|e-verify|fair chance|arrest (?:or|and) conviction|conviction records|privacy (?:policy|notice|rights|statement)|applicant (?:privacy|notice)|consumer protection act|unsolicited (?:resumes|agency|candidate)|recruitment agencies|staffing (?:firms|agencies)|search firms|agency resumes|\u00a9|copyright|all rights reserved|trademark|™|supersedes|reserves? the right|has the right to (?:add|change)|not (?:intended to be )?(?:an )?exhaustive|drug[- ]free workplace|at[- ]will employ|non-?compliant|background checks? (?:for applicants|will be)|in accordance with applicable (?:law|federal)|pay transparency|égalité (?:des chances|professionnelle)|discrimination|handicap|igualdad de oportunidades|diversidad|pari opportunità|d\.\s?lgs|ai sensi|gleichbehandlung|平等就业|不歧视|反歧视/i;

/** Ids, dates, places, categories, application steps, contacts, calls to apply, page chrome. */
export const META_START =
  /^(?:job (?:id|number|code|ref(?:erence)?|requisition(?: id)?|type|category|family|function|level|location)|(?:hiring manager|recruiter|hiring contact)(?=\s*[:：])|req(?:uisition)?(?: id| #| number| no\.?)?\s*[:#]|reference(?: number| no\.?)?\s*[:#]|ref\.?\s*[:#]|posted|posting (?:date|group)|date posted|opening date|closing date|open & closing dates|application deadline|applications? (?:close|closes|closing|are due|will close|will be (?:reviewed|accepted))|interviews? (?:will|are|take|to be)|(?:our|the) (?:hiring|recruitment|interview|selection|application) process|deadline|start date|location|locations|work location|address|city|county|country|department|division|agency(?: contact)?|category|employment type|schedule type|seniority level|industry|industries|announcement number|control number|series|pay scale|who may apply|security clearance|position sensitivity|trust determination|financial disclosure|bargaining unit|number of vacancies|plan\/bu|class title|skill option|bilingual option|apply|click|sign (?:up|in)|log ?in|share|save|back to|view (?:all|more|profile)|see (?:all|more)|learn more|read more|show (?:more|less)|help$|email\b(?! (?:marketing|campaigns?|templates?))|e-mail|phone|tel\.?\s*[:：]|contact(?=\s*$|\s*[:：(]|\s+(?:us|me|info|information|details|person|name|email|number|phone|the (?:recruit|hiring))\b)|interested (?:candidates|applicants)|to be considered|please (?:submit|send|apply|attach|email|include|see|visit|note that|ensure|click)|submit (?:your|an|a)|send (?:us )?(?:your|a) (?:cv|resume|résumé)|upload|job alert|report this job|similar jobs|other jobs|posted \d|\d+\+? (?:days?|hours?|weeks?) ago|\d+\+? applicants|be an early applicant|hiring complete|sede(?: di lavoro)?\s*:|lieu\s*:|ubicación\s*:|arbeitsort|inscr[ií]bete|postula|candidatez|candidati|envoyez|工作地[址点]|地址|投递|联系|电话|邮箱|微信|招聘人数|发布于|职[位能]类别|关键[词字]|查看|登录|举报|〒|住所|アクセス|応募|選考|ngành nghề|địa chỉ|liên hệ|chức vụ|hình thức)\b/i;

/** Where the job is: "This role is based in San Francisco", "The position is located in Lyon". */
export const PLACE = /^(?:(?:this|the) (?:role|position|job|opening|team) (?:is|will be)|you(?:['’]ll| will) be) (?:based|located|remote|hybrid|onsite|on-site) (?:in|at|out of|from)\b/i;

/** Travel the job asks of the candidate: "Travel up to 50% is required", "Willing to travel 25%". */
export const TRAVEL = /^(?:travel(?:ling|ing)?|willing(?:ness)? to travel) (?:of |is |up to |approximately |about |around |about )*\d+\s?%|\btravel (?:is )?(?:required|expected)\b/i;

/** How every employee is to behave, not a duty of this job: "Interact professionally with co-workers". */
export const CONDUCT = /\bwith or without (?:direct )?supervision\b|^(?:\S+ ){1,3}in a (?:[\w-]+ ){0,3}(?:manner|spirit)\b|^(?:interact|communicate|behave|conduct yourself) (?:professionally|respectfully|courteously)\b|\bcomply with (?:the law|all (?:applicable )?laws|company polic)/i;

/** The team described, not the hire's work: "Our tight-knit team is distributed", "The Data Team at Vercel works with…". */
export const TEAM_DESCRIBED = /(?:^|, )our (?:[\w-]+ ){0,2}(?:team|teams|engineers|people|colleagues|group|department|squad)\b (?:is|are|has|have|was|were|works?|sits?|consists?|includes?|ships|builds|runs|owns|supports|serves|uses|partners|collaborates|focuses|operates|handles|covers|spans|delivers|believes|values|loves)\b|^the (?:[\w-]+ ){0,2}team (?:at|of) [A-Z][\w.&-]*\b/i;

/**
 * What "you will…" says of the job that is not work in it, in a duties section as anywhere: the team or setting
 * joined ("You'll be part of a small team", "You will be working in a fast-paced environment"), growth offered
 * ("You will gain hands-on experience with SAP", "In this role, you'll get exposure to…"), who is sought ("The
 * ideal candidate is detail-oriented", "This role is perfect for a recent graduate").
 */
export const JOB_SETTING =
  /^(?:[^.;:]{0,80}?,\s*)?you(?:['’]ll| will)(?: also)?\s+(?:be\s+)?(?:part of|a member of|joining|join\s+(?:a|an|our|the)\b|work(?:ing)? (?:in|within) an? (?:[\w-]+,? ){0,4}(?:environment|setting|culture|atmosphere)\b|work(?:ing)? (?:on (?:[\w-]+ ){0,2}problems that|at the (?:forefront|cutting[- ]edge) of|alongside (?:some of )?(?:the |a )?(?:[\w-]+ )?(?:talented|brilliant|world-class|passionate|experienced|smart|best|inspiring)\b))/i;
/** "This will be a challenging and dynamic role": the job praised, not work in it. */
export const JOB_PITCH =
  /^(?:this|it) (?:is|will be) an? (?:(?:truly |very )?(?:challenging|dynamic|exciting|unique|rare|rewarding|fast-paced|high-impact|impactful|incredible|great|fantastic|amazing|varied|demanding|fun|interesting|meaningful)(?:,| and|, and)? )+(?:[\w-]+ )?(?:role|position|opportunity|job)\b/i;
export const GROWTH_OFFERED =
  /^(?:[^.;:]{0,80}?,\s*)?you(?:['’]ll| will)(?: also)?\s+(?:(?:gain|get) (?:(?:hands-on|valuable|practical|real-world|first-hand|broad|deep|direct) )?(?:experience|exposure|insight|skills|knowledge)|get the (?:opportunity|chance) to (?:grow|learn)|have the (?:opportunity|chance) to (?:grow|learn|develop (?:your|new)|advance|expand your|build your (?:career|skills)))\b/i;
export const CANDIDATE_SOUGHT =
  /^(?:the |our )?(?:ideal|successful|right|perfect) (?:candidate|applicant|person|hire|fit)(?: for this (?:role|position|job))? (?:is|has|will have|will be (?:a|an|someone|comfortable|able)|will join|brings|possesses|thrives|enjoys|loves|should|must|would be)\b|^(?:this|the) (?:role|position|job|opportunity) (?:is|would be) (?:ideal|perfect|great|well[- ]suited|a great fit) for\b/i;

/** The same in French, Spanish, Italian and Portuguese: "Formarás parte de un equipo joven", "Tendrás la oportunidad de crecer", "Buscamos una persona proactiva". */
export const ROMANCE_SETTING = /^(?:rejoignez(?:-nous)?|únete a|unisciti a|[^.;:]{0,80}?,\s*vous serez amen[ée](?:\(e\)|e)? à (?:travailler|évoluer|intervenir) (?:chez|au sein|dans|auprès)|formar[áa]s parte|entrar[áa]s a formar parte|te (?:unir[áa]s|incorporar[áa]s) a (?:un|nuestro) equipo|vous (?:int[ée]grerez|rejoindrez|ferez partie)|tu (?:int[ée]greras|rejoindras|feras partie)|farai parte|entrerai a far parte|far[àa]i parte|far[áa]s parte)\b/i;
export const ROMANCE_GROWTH = /^(?:tendr[áa]s|vous aurez|tu auras|avrai|ter[áa]s) (?:la |l['’])?(?:oportunidad|posibilidad|opportunit[ée]|possibilit[ée]|opportunit[àa]|possibilit[àa]|oportunidade) (?:de |d['’]|di )(?:crecer|desarrollar|aprender|évoluer|progresser|apprendre|crescere|imparare|crescer)|\b(?:posibilidades? de (?:crecimiento|desarrollo)|plan de carrera|possibilit[ée]s? d['’][ée]volution|opportunit[àa] di crescita|possibilit[àa] di crescita)\b/i;
export const ROMANCE_SOUGHT = /^(?:buscamos|se busca|precisamos|necesitamos|nous recherchons|on recherche|cerchiamo|ricerchiamo|procuramos) (?:a )?(?:une? |una |un |uma )?(?:persona|perfil|profesional|personne|profil|quelqu['’]un|figura|profilo|pessoa)s? (?:con|que|avec|qui|con|che|com)?\s*\p{L}/iu;

/** "This is a full-time, on-site position": the job's terms told as what the job is (the company's description otherwise). */
export const THIS_POSITION = /^(?:this|it) is an? (?:[\w%/-]+,? ){0,5}(?:position|role|job|opportunity|contract|assignment)\b/i;

/** A call to apply or a question to the reader that doesn't say what the job is. */
export const META_ANYWHERE =
  /\bapply (?:now|today|online|here|for this|through|via)\b|\byour (?:application|resume|résumé|cv)\b|\b(?:start|begin) your (?:journey|career|adventure)\b|\bwhy wait\b|what are you waiting for|don['’]t hesitate|we look forward to (?:hearing|receiving|meeting)|(?:email|send) (?:your )?(?:cv|resume|résumé)s? to|@[\w-]+\.[a-z]{2,}|https?:\/\/|www\.|\bjob id\b|\brequisition\b|\b(?:will|may) be contacted\b|env[ií]a(?:nos)? (?:tu|su) (?:cv|curr[ií]culum)|envoyez(?:-nous)? (?:votre )?cv|inviaci il (?:tuo )?cv|incorporaci[óo]n inmediata|disponibilidad inmediata|prise de poste imm[ée]diate|inizio immediato|\bimmediate (?:openings?|hiring|start)\b|\bnow hiring\b|\bwalk-?ins? (?:are )?welcome\b|\btext \w+ to \d{4,}|\bcome (?:grow|join|work) with us\b|postulez|n['’]attendez plus|no dudes en|invia(?:re)? (?:il )?(?:tuo )?cv|简历发送|投递简历|有意者|(?:电话|微信)联系|1[3-9]\d[\dXx*]{8}|欢迎投递|请发送|我感兴趣|请联系我|立即(?:沟通|申请|投递|开聊)|申请(?:该|此|这个)?职位/i;

/** Pay, contract type, benefits and perks: a line naming them is about the terms. */
export const BENEFIT =
  /[$€£¥₹₩]\s?\d|\d\s?(?:[kK]|€|円|元|万|千|triệu)(?:\b|\s|$)|\b(?:usd|eur|gbp|inr|cad|aud|vnd|rmb|cny)\b|\/\s?(?:hr|hour|yr|year|month|mo|week)\b|\b(?:pay|salary|compensation|wage|earning)s?\b|\bbonus(?:es)?\b|\bequity\b|stock options?|\bcommissions?\b|\b401\s?\(?k\)?|\bpension\b|retirement (?:plan|savings)|\binsurance\b|\bdental\b|\bvision (?:insurance|coverage|plan)\b|\bhealth(?:care)? (?:benefits|plan|coverage|package|savings)|\bmedical (?:benefits|coverage|insurance|plan)|paid (?:time off|leave|holidays?|vacation|parental|sick|personal)|\bpto\b|\bvacation\b|\bholidays?\b|\bsick (?:days|leave)|parental leave|tuition|reimburse|stipend|allowance|\bdiscounts?\b|\bperks?\b|\bbenefits? (?:package|include|offered)|\bgym\b|wellness (?:benefit|stipend|program)|child ?care|relocation (?:support|assistance|package)|visa sponsorship|employee assistance|referral program|free (?:lunch|snacks|meals|parking|uniforms?|shift meals|coffee)|\bpaid training\b|\btraining (?:is )?provided\b|\b(?:growth|advancement) opportunit(?:y|ies)\b|\bopportunit(?:y|ies) for (?:growth|advancement|promotion)\b|\bcareer (?:growth|advancement|progression)\b|\bpermanent (?:contract|position|role)\b|\bfixed[- ]term\b|\bcontract (?:type|role|position|basis)\b|\bb2b\b|\bcdi\b|\bcdd\b|\bjornada (?:completa|parcial|intensiva|continua|laboral)\b|\bde lunes a (?:viernes|s[áa]bado)\b|\bdu lundi au (?:vendredi|samedi)\b|\bdal luned[iì] al (?:venerd[iì]|sabato)\b|\btemps (?:plein|partiel)\b|\btempo (?:pieno|parziale)\b|\bindefinido\b|\bsalario|\bsueldo|vacaciones|\bseguro (?:médico|de vida)|retribuci[oó]n|tickets? restaurant|salaire|rémunération|mutuelle|congés|\brtt\b|retribuzione|stipendio|\bferie\b|buoni pasto|welfare aziendale|gehalt|vergütung|urlaub|unbefristet|五险|六险|公积金|氛围|扁平化|同事(?:友[善好]|nice)|领导nice|工作餐|宿舍|食宿|住宿|食堂|班车|朝九晚[五六]|早[九\d]+晚[五六\d]|[双单]休|做[一二三四五六]休[一二]|月休|休息\d|[两三]班倒|倒班|长白班|排班制|\d+小时制|大小周|^(?:工作|上班)时间|^(?:完善|健全|广阔|清晰)的?(?:晋升|培训|福利|职业发展|发展)|年终奖|底薪|提成|薪资|薪酬|工资|月薪|年薪|包吃|包住|带薪|补贴|餐补|补助|下午茶|团建|节日福利|年假|体检|加班费|绩效奖|调薪|給与|月給|年収|賞与|手当|休暇|休日|週休|土日祝|\btừ thứ \d đến (?:thứ \d|chủ nhật)|giờ hành chính|保険|交通費|福利厚生|年金|残業代|lương|thưởng|thu nhập|bảo hiểm|nghỉ phép|chế độ/i;

/** Hours, shifts, schedule and work arrangement: terms too, though duties mention them now and then. */
export const SCHEDULE =
  /per (?:hour|year|annum|month|week|day|shift)|\bfull[- ]time\b|\bpart[- ]time\b|\bshifts?\b|\bshfit\b|\bovertime\b|weekends?\b|\bmonday\b|\bhours?\b.{0,20}\b(?:per|a|each) (?:week|day)|\b\d+\s*hrs?\b|\bremote\b|\bhybrid\b|\bon-?site\b|\bin[- ]person\b|in (?:the )?office|work from home|\bwfh\b|\btelework|flexib(?:le|ility) (?:hours|working|schedule|work)|days? (?:a|per) week|\bpermanent\b|\btemporary\b|teletrabajo|jornada|télétravail|smart working|homeoffice|弹性|勤務時間|シフト|toàn thời gian|bán thời gian/i;

/** A terms field named by its first words, colon or not ("Work schedule Full-Time", "Working hours 9–5", "Monday to Friday, 9am to 5pm"): not a duty opening with "work". */
export const TERMS_FIELD = /^(?:(?:mon(?:day)?|tue(?:sday)?)\s?(?:to|through|-|–)\s?(?:fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|\d{1,2}(?::\d{2})?\s?(?:am|pm)\s?(?:to|-|–)\s?\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|work(?:ing)? (?:schedule|hours|pattern|arrangement|model|mode|type|week|days|time)|hours of work|shift (?:pattern|schedule|hours)|horaires? de travail|horario(?: de trabajo)?|orario di lavoro|arbeitszeit(?:en)?)\b/i;

/** Opening words of a benefit line ("We offer", "You'll get", "Enjoy…"). */
export const BENEFIT_START = /^(?:we offer|we provide|(?:this|the) (?:role|position|job) offers|you(?:['’]ll| will) (?:get|receive|enjoy|earn|be eligible)|enjoy|competitive|generous|comprehensive|flexible|unlimited|ofrecemos|nous offrons|offriamo|wir bieten)\b/i;

/** The employer, its mission, clients, investors and team; the opening announced. */
export const COMPANY =
  /^(?:we(?:['’]re| are| have| believe| build| help| make| provide| serve| work with| partner| pride| value| continue| take| don['’]t| love| combine| operate| develop| offer| create|['’]ve)\b|our (?:mission|team|company|vision|values|culture|clients?|customers?|platform|investors|story|people|products?|goal|purpose|employees|teams|global|size|work|firm|organi[sz]ation)\b|founded|headquartered|backed by|join (?:us|our|a |the )|be(?:come)? (?:a )?part of (?:a|an|our|the)\b|[A-Z][\w&.\- ]{1,40}['’]s (?:mission|purpose|vision) is\b|at [A-Z][\w&.'’\- ]{1,40},? (?:we|our)\b|[A-Z][\w&.'’\- ]{1,40} (?:is|are) (?:a|an|the|one of|committed|dedicated|proud|building|on a mission|focused|looking|seeking|hiring|searching|expanding|growing)\b|(?:this|the) (?:team|company|department|division|group) (?:is|has|works|plays|builds)|nous sommes|notre (?:mission|société|cabinet|équipe|entreprise)|somos|nuestr[ao] (?:empresa|misión|equipo)|desde \w+ estamos|siamo|la nostra (?:azienda|società|missione)|wir sind|unser (?:unternehmen|team)|我们是|公司(?:成立|位于|是|致力|旗下|拥有|主要)|集团|成立于|致力于|công ty (?:chúng tôi|của chúng tôi)|chúng tôi là|社名|事業内容|資本金|従業員数|代表者|設立)/i;

/** "… is looking for a Data Analyst to join our team": the opening announced, not what the hire does. */
export const ANNOUNCE = /\b(?:looking for|seeking|searching for|hiring|recruiting|is recruiting|cherchons|recherchons|recherche|cherche|buscamos|busca|cerchiamo|ricerca|cerca|suchen|sucht|招聘|诚聘|募集)\b/i;

/** Languages of postings whose lines read as French, Spanish, Italian, Portuguese, Catalan or Romanian. */
export const ROMANCE_LANGUAGE = /^(?:fr|es|it|pt|ca|ro)\b/i;

const ROMANCE_WORDS = /\b(?:les|des|et|du|une|pour|avec|dans|sur|aux|los|las|del|para|con|una|gli|della|delle|degli|per|che|nella|nelle|dos|das|não|em)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|of|to|with|for|in|on|our|your)\b/gi;

/** Romance function words in the text less English ones: above 0 the line reads French, Spanish, Italian or Portuguese. */
export function romanceBalance(text: string): number {
  return (text.match(ROMANCE_WORDS)?.length ?? 0) - (text.match(ENGLISH_WORDS)?.length ?? 0);
}

/** Requirement words that settle the role on their own. */
export const REQUIREMENT_STRONG =
  /\b\d+\s*\+?\s*(?:-|–|to|or)?\s*\d*\s*\+?\s*(?:years?|yrs?)\b|\b(?:one|two|three|four|five|six|seven|eight|ten) (?:\(\d+\) )?(?:or more )?(?:years?|yrs?)\b|\byears of (?:experience|professional|relevant|hands-on|industry)|\b(?:bachelor|master|ph\.?\s?d|doctorate|mba|associate)['’]?s?\b.{0,30}\b(?:degree|in|or)\b|\b(?:degree|diploma|ged|high school|graduate|graduation) (?:in|or|from|required|preferred|and)\b|\bdegree\b|\blicen[cs]e[ds]?\b|\bcertif(?:ied|ication)\b.{0,40}\b(?:required|preferred|in|a plus)|\b(?:is a plus|are a plus|a plus|nice to have|bonus points?|highly desirable|desirable|preferred|required|is required|are required|is a must|a must|must have|must be|should have|ideally)\b|\bproven (?:track record|experience|ability)|\btrack record\b|\bexperience (?:with|in|of|working|building|using|managing|leading|as|designing|developing)\b|\b(?:knowledge|understanding|command|grasp|familiarity|mastery) (?:of|with|in)\b|\bfamiliar with\b|\bproficien(?:t|cy)\b|\bfluen(?:t|cy)\b|\b(?:ability|able) to\b|\bcapable of\b|\bskills?\b|\bcomfortable (?:with|working|in)\b|\bmindset\b|\bpassion(?:ate)? (?:for|about)\b|\bdetail[- ]oriented\b|\bself[- ](?:starter|motivated|driven)\b|\bteam player\b|\bwillingness to\b|\bexpertise in\b|\bbackground in\b|\bfundamentals\b|\bexperiencia\b|conocimientos?|\bdominio\b|titulaci[oó]n|\bgrado en|imprescindible|valorable|deseable|\brequisito|\bexpérience\b|maîtrise|maitrise|connaissances?|diplôme|\bbac\s*\+|vous (?:avez|êtes|maîtrisez|justifiez|disposez|possédez)|titulaire|\besperienza\b|conoscenz|\blaurea\b|capacità|competenz|costituisce un plus|preferibil|padronanza|erfahrung|kenntnisse|studium|ausbildung|abschluss|wünschenswert|von vorteil|experiência|conhecimento|formação|graduação|desejável|学历|本科|大专|专科|硕士|博士|研究生|中专|高中|专业毕业|相关专业|以上经验|年以上|年及以上|工作经验|经验者|优先|熟悉|精通|掌握|熟练|了解|具备|具有|善于|擅长|能够|较强的|良好的|扎实的|责任心|团队合作|沟通能力|抗压|吃苦耐劳|身体健康|年龄|证书|英语|cet-?[46]|普通话|経験|資格|歓迎|不問|スキル|知識|能力|学歴|必須|kinh nghiệm|tốt nghiệp|bằng cấp|kỹ năng|trình độ|sức khỏe|dưới \d+ tuổi|tuổi/i;

/** Requirement wording no duty uses: a duties section can't hold it ("8 à 10 ans d'expérience", "travel is required"). */
export const REQUIREMENT_SURE =
  /(?:免許|資格|簿記|検定|TOEIC|JLPT)|経験\s?\d+\s?年|\d+\s?年以上|お持ちの方|(?:できる|ある|な)方(?:歓迎|優遇)?$|(?:歓迎|優遇|必須)$|\b(?:tốt nghiệp|kinh nghiệm|trở lên|thành thạo|ưu tiên|có khả năng)\b|^(?:nivel (?:alto|medio|avanzado|b[áa]sico|nativo) de|carn[eé]t de conducir|permiso de conducir|permis [a-z]{1,2}\b|titulaire d['’]|patente [a-z]{1,2}\b|automunit[oa]|buona conoscenza|ottima conoscenza|bonne connaissance|excellente ma[iî]trise)|方(?:を|に|は|も)?(?:お待ち|期待)|\b(?:is|are) (?:required|a must|essential|mandatory|preferred|desired|desirable)\b|\b(?:contingent (?:up)?on|subject to) (?:an? |the )?(?:successful |satisfactory |clear )?(?:background|criminal|credit|reference|drug|dbs|security|medical|pre-employment)\b|\bsponsorship (?:is )?not (?:be )?(?:available|offered|provided)\b|\b(?:not|unable to|cannot|can['’]t) (?:offer|provide|sponsor)(?: visa)? sponsor|\bwithout (?:the need for )?(?:visa )?sponsorship\b|\brequired\.?$|\b(?:you|candidates?|applicants?) (?:must|need to|should|will need to) (?:have|be|become|possess|hold|demonstrate|bring|pass|(?:successfully )?complete|undergo|submit to|consent to)\b|\b(?:position|role|job) requires\b|\b\d+\s*\+?\s*(?:-|–|to|à|a)?\s*\d*\s*(?:years?|yrs?|ans|años|anni|jahre)\b|\bdemonstrat(?:e|es|ed|ing) (?:[\w-]+ )?(?:expertise|excellence|knowledge|ability|proficiency|experience|skills?)\b|\bwould be desirable\b|vous devez (?:avoir|être|posséder|justifier|disposer|maîtriser)|deber[áa]s? (?:tener|contar|poseer)|dovr[àa]i? (?:avere|possedere)|sie (?:müssen|sollten) (?:haben|mitbringen)|\b(?:years?|ans|años|anni) (?:of|d['’]|de|di) (?:experience|expérience|experiencia|esperienza)/i;

/** Opening words that make a line a requirement ("Strong…", "Experience…", "You have…", "Must…"). */
export const REQUIREMENT_START =
  /^(?:an? )?(?:experience|experienced|proven|demonstrated|demonstrable|strong|excellent|exceptional|outstanding|solid|deep|good|great|sound|thorough|basic|advanced|in-depth|extensive|working knowledge|hands-on experience|prior|previous|familiar|familiarity|knowledge|understanding|proficien(?:t|cy)|expert|expertise|ability|able|capable|comfortable|skilled|fluent|fluency|background|passion|passionate|must|should|required|preferred|minimum|min\.|at least|ideally|currently|current|valid|possess(?:es)?|have|has|hold|holds|understands|knows|you(?:['’]re| are| have| bring| possess| hold| enjoy| thrive| love| understand| know| can| should| must)|are (?:comfortable|excited|familiar|able|passionate)|enjoy|thrive|love|results?-driven|self-|highly|detail|motivated|curious|eager|willing|willingness|team player|analytical|organized|bachelor|master|ph\.?d|mba|degree|diploma|high school|certified|certification|licen[cs]ed?|english|bilingual|native|kind|positive|a (?:strong|solid|proven|good|deep|passion|track|bachelor|master|degree|background|demonstrated|willingness|desire|keen|collaborative|growth|high|portfolio)|portfolio|an? (?:\w+[- ])?(?:mindset|attitude)|tech-savvy|ambitious|agile|capacidad|conocimientos?|dominio|experiencia|formación|titulaci[oó]n|valorable|deseable|imprescindible|maîtrise|maitrise|connaissance|expérience|diplôme|formation|capacité|aisance|rigueur|esprit|conoscenza|esperienza|laurea|diploma|capacità|ottim[ae]|buon[ae]|padronanza|predisposizione|sie (?:haben|bringen|verfügen)|erfahrung|kenntnisse|abgeschlossen)\b/i;

/** Opening words that make a line a duty wherever it sits ("You will…", "Responsible for…"). */
export const DUTY_STRONG =
  /^(?:you(?:['’]ll| will)(?: also| be| then| help| work| get to)?\s+(?!(?:need|have|bring|receive|get|enjoy|join|earn|be (?:eligible|paid|rated|evaluated|considered|required|prompted|expected to have)|be (?:a|an|the|part of|joining|reporting to)\b|no longer))|(?:as|in) (?:an? |the |this |our )?[^,.;]{2,60}(?:,|\s) ?you(?:['’]ll| will| are going to)\b|(?:responsible|accountable) for|(?:the )?(?:first |primary |main |single )?point (?:of contact|person) for|(?:primary |main |key |daily )?(?:responsibilities|duties|tasks) (?:will )?include|the (?:role|position|job|incumbent|successful candidate|analyst|individual|hire|engineer|associate|post ?holder|job ?holder) (?:will|involves|includes|is responsible|performs|requires you to)\b|(?:this|the) (?:role|position|job) (?:is responsible|will (?!be based|be located|require)|involves)|your (?:job|role|mission|day|main task|responsibilities|work) (?:is|will|includes?|involves)|in this role,? you|you are (?:responsible|accountable|the bridge)|vous (?:serez (?:en charge|amené|responsable|chargé)|participe(?:re)?z|interviendrez|travaillerez|assurerez|accompagnerez|aurez (?:pour mission|la charge)|réaliserez|prendrez en charge|contribuerez|piloterez|développerez|gérerez)|(?:projects|tasks|duties|responsibilities|activities|work) (?:may |will |also |can )?include|vous devrez (?!avoir|être titulaire|justifier|disposer|posséder)|(?:le|la|il|el) (?:candidat|candidate|risorsa|persona|titulaire|titular|candidato|candidata)(?: retenue?| seleccionad[oa]| selezionat[oa]| idéale?| ideale)? (?:sarà|sera|será|contribuera|contribuirà|se chargera|si occuperà|se encargará|dovrà|devra|deberá|aura pour|avrà il compito)|(?:serás responsable|te encargarás|te ocuparás|tus funciones|participarás|desarrollarás|formarás parte de un proyecto)|(?:si occuperà|sarà responsabile|avrà il compito|ti occuperai|gestirai|supporterai)|sie (?:entwickeln|übernehmen|betreuen|unterstützen|verantworten|sind verantwortlich|arbeiten)|você (?:irá|será responsável)|responsável por|atuará)/i;

/** A French, Spanish, Italian, German or Portuguese duty written as a noun ("Gestion du RUN", "Analisi e monitoraggio"). */
/** An English duty named by a noun: "Preparation of VAT returns", "Management of a team of five" (not "… of your career"). */
export const DUTY_NOUN_EN =
  /^(?:ownership|participation|collaboration|liaison|preparation|management|maintenance|coordination|administration|development|implementation|monitoring|processing|handling|review|analysis|creation|production|delivery|supervision|planning|organi[sz]ation|execution|oversight|reconciliation|negotiation|installation|inspection|evaluation|assessment|provision|compilation|drafting|tracking|reporting|recruitment|scheduling|maintaining|preparing|managing|ensuring|handling) of (?!your\b|you\b)/i;
export const DUTY_NOUN_START =
  /^(?:gestion|mise en (?:place|œuvre|oeuvre)|participation|utilisation|suivi|rédaction|analyse|développement|accompagnement|animation|coordination|organisation|préparation|réalisation|pilotage|conception|administration|accueil|tenue|traitement|saisie|contrôle|élaboration|maintenance|facturation|planification|analisi|gestione|monitoraggio|supporto|sviluppo|coordinamento|organizzazione|preparazione|controllo|verifica|assistenza|redazione|supervisione|pianificazione|elaborazione|inserimento|gestión|desarrollo|análisis|mantenimiento|soporte|coordinación|organización|preparación|seguimiento|elaboración|atención|administración|implementación|diseño|participación|entwicklung|betreuung|planung|durchführung|erstellung|pflege|unterstützung|konzeption|steuerung|koordination|gestão|desenvolvimento|análise|manutenção|elaboração|atendimento|réception|vente|installation|réparation|nettoyage|manutention|livraison|négociation|prospection|encadrement|supervision|vérification|classement|archivage|recrutement|création|collecte|reposición|control|realización|revisión|recepción|carga|descarga|limpieza|ventas?|registro|tramitación|archivo|montaje|instalación|reparación|supervisión|redacción|facturación|conciliación|negociación|captación|planificación|programación|asistencia|apoyo|cobros?|manejo|ricezione|vendita|installazione|riparazione|pulizia|carico|scarico|consegna|negoziazione|registrazione|archiviazione|fatturazione|manutenzione|allestimento|rifornimento|reposição|controle|recepção|venda|instalação|reparação|limpeza|negociação|emissione|predisposizione|compilazione|tenuta|contabilizzazione|riconciliazione|accoglienza)\b/i;

/** An infinitive opening the line in a Romance language ("Assister les équipes", "Desarrollar", "Gestire"). */
export const ROMANCE_INFINITIVE = /^(?!(?:notre|votre|nuestr[ao]s?|vuestr[ao]s?|autre|entre|centre|lettre|titre|membre|nombre|ordre|offre|cadre|poder|mujer|lugar|hogar|nivel|libre|pleine?)\b)(?:s['’])?[a-zàâçéèêëîïôûùüÿñáíóú]{3,}(?:er|ir|re|ar)\b/i;

/** Chinese duty markers: 负责 anywhere, or a duty verb opening the line. */
export const DUTY_ZH = /负责|^(?:安排|办理|提升|提高|改善|改进|统计|核对|录入|汇总|采购|拓展|开拓|监控|测试|部署|编辑|翻译|讲授|授课|辅导|筛选|安装|调试|操作|保养|配送|搬运|盘点|巡检|参与|协助|配合|完成|根据|制定|开展|执行|维护|开发|设计|编写|撰写|跟踪|组织|对接|管理|处理|定期|带领|推动|搭建|优化|实施|建立|收集|整理|分析|研究|审核|编制|策划|推进|落实|指导|培训|监督|检查|协调|沟通|接待|解答|跟进|对公司|输出|理解|主导|承担|独立完成|按照|按时|做好|保证|确保|与|在公司)/;

/** Japanese and Vietnamese duty wording (lines in a duties section need none of this). */
export const DUTY_OTHER = /(?:業務|担当|行います|お任せ|提供|案内|サポート)|^(?:lắp đặt|giám sát|nghiệm thu|quản lý|tư vấn|bán hàng|chăm sóc|kiểm tra|vận hành|hỗ trợ|thực hiện|sửa chữa|bảo trì|lập|theo dõi)/i;

/** Label-value lines ("Job Type: Full-time", "Salary: …", "Schedule: …"): the label says what they are. */
export const LABEL_VALUE = /^([^:：]{2,40})[:：]\s*\S/;

/** Disclaimers about the duties themselves (the ADA paragraph, "other duties as assigned" is a duty and not here). */
export const BOILERPLATE = /to perform this job successfully|general nature and level of work|less likely to apply|(?:meet|check|tick) (?:every|each|all(?: of)?|100% of) (?:the )?(?:boxes?|qualifications?|requirements?|criteri)|apply anyway|perform each essential (?:duty|function)|(?:is|are) (?:not intended to be|not) (?:an )?(?:exhaustive|all-inclusive)|are representative of the (?:knowledge|skills?|requirements)|may be made to enable individuals with disabilities/i;

/** Page chrome that opens with a verb duties also use ("Learn more at…", "Read more", "Click here"). */
export const CHROME_START = /^(?:(?:learn|read|see|view|show|find out) more|click|sign (?:in|up)|apply (?:now|here|today|online))\b/i;

/**
 * A page's buttons and links left in the text, in Chinese and English: log in to see the rest, open or get the app,
 * view the map, see all, share, report, chat with the recruiter, sign in with an account, follow the company, job
 * alerts, feedback on the page ("登录查看完整内容", "去App", "点击查看地图", "Open the app to continue reading",
 * "Continue with Google", "Apply on company website"). Tested on short lines only (MAX_CHROME_CHARS): a duty may open
 * with the same words.
 */
export const CHROME =
  /^(?:(?:请|立即)?(?:登录(?=后(?!台)|查看|即可|以|账号|$|[/／]注册)|注册(?=后|即可|查看|账号|$))|(?:去|前往|打开|下载)\s?(?:app|客户端)|(?:微信)?扫码|点击(?:查看|进入|展开|下载|获取)|查看(?:更多|全部|完整|详情|地图)|展开(?:全部|更多)|收起|(?:微信)?(?:扫码)?分享(?:到|至|给)|举报(?=$|\s|该|职位)|收藏(?=$|\s|该|职位)|(?:与|和)\S{1,10}(?:随时|在线|立即)(?:沟通|聊)|(?:工作|公司|办公)?地[址点]$|(?:open|continue|view|read) (?:it |this )?(?:in|on) (?:the |our )?app|(?:get|download|install|open) (?:the |our )?(?:mobile )?app|(?:view|see|show|open) (?:on |in )?(?:the |a )?map|(?:view|see|show) (?:full|complete|the full|all)\b|(?:sourced|powered|provided) by\b|(?:continue|sign (?:in|up)|log ?in|register) with (?:google|apple|facebook|linkedin|microsoft|github|email|your email)\b|(?:create|open|register) (?:a |an |your )?(?:free )?(?:account|profile) to\b|(?:easy )?apply (?:on|at|via|through|with) (?:the )?(?:company|employer|our|linkedin|indeed|\w+ website)|easy apply$|join (?:now )?to (?:apply|see|view)\b|(?:set|create|get|turn on) (?:a |an )?(?:job )?alerts?\b|send me (?:similar )?jobs\b|follow \S.{0,40}\bto (?:get|receive|see|stay)\b|help us improve\b|(?:give|send|leave) (?:us )?feedback\b|(?:view|see|visit) (?:the )?company(?: profile| page| website)?$|report this (?:job|listing|posting|ad)\b|skip to (?:the )?(?:main )?content\b|copy (?:the )?(?:job )?link\b|print (?:this )?(?:job|page|posting)\b)/i;
/** Where the job is done and nothing else: "Remote - United States", "Hybrid in London, UK", "Remote (US)". */
export const WORK_PLACE = /^(?:[Ff]ully )?(?:[Rr]emote|REMOTE|[Hh]ybrid|HYBRID|[Oo]n-?[Ss]ite)(?:\s*[-–—,(|·:]\s*|\s+(?:in|from|within)\s+)(?:(?:the )?[A-Z][\w.'’-]*[\s,)]*){1,5}$/;
/** Chrome wherever it sits in a short line: cookie consent, similar jobs, when it was posted and how many applied. */
export const CHROME_ANYWHERE =
  /\bwe use cookies\b|\b(?:accept|reject|decline|allow|manage|customi[sz]e)\b.{0,20}\bcookies?\b|\bcookies? (?:preferences|settings|policy|consent)\b|\bsimilar (?:jobs|roles|positions|openings)\b|\bjob alerts?\b|\b\d+\+? (?:minutes?|hours?|days?|weeks?|months?) ago\b|\b\d+\+? (?:applicants|applications|clicks)\b|\b(?:this|the) (?:page|job|posting) (?:helpful|useful)\b|\bhiring (?:event|fair)\b|\binterviews? on the spot\b/i;
export const MAX_CHROME_CHARS = 60;
/** A Chinese duty may open with 登录, 查看, 收藏…: only a line this short is read as chrome by CHROME. */
export const MAX_ZH_CHROME_CHARS = 16;

/** How to apply, whatever verb opens it: "Upload it in the Documents section of your application", "…to apply to this vacancy". */
export const APPLYING = /\byour (?:application|candidacy|eligibility)\b|^to apply\b|\bfor an informal (?:discussion|chat|conversation)\b|\bplease contact\b|\bcall (?:us|our (?:recruit\w*|hiring team|office))\b|\bapply (?:online|today|now)\b|\bapply (?:to|for) this (?:vacancy|position|job|role|opening|posting|announcement)\b/i;

/** "山东灶十三企业管理 · 招聘者", "Jane Doe · Recruiter": the person who posts the job and their employer, no duty. */
export const RECRUITER_LINE = /^\S.{0,40}?\s*[·・•|]\s*(?:招聘者|招聘(?:经理|专员|主管|负责人)|人事(?:经理|专员|主管)?|hr(?:bp)?|(?:technical |senior )?recruiter|talent acquisition(?: partner| specialist| manager)?|hiring manager)$/i;

/** A Chinese board's tag chips: "超市/食品", "不需要晚班/夜班" (categories and conditions, two short names on a slash). */
export const ZH_CHIP = /^[^\s，,。；;：:、！!？?()（）]{1,8}[/／][^\s，,。；;：:、！!？?()（）]{1,8}$/;

/** A Chinese chip of the terms: shifts, nights, travel asked or not ("不需要倒班", "可住宿", "双休"). */
export const ZH_TERMS_CHIP = /^(?:不需要|无需|不用|需要|可|包)?(?:倒班|夜班|晚班|早晚班|轮班|值班|加班|出差|住宿|双休|单休|大小周|坐班)$/;

/** A company's registration shown beside the job ("法定代表人：于英涛", "注册资金：66198万人民币", "成立日期：2003-09-26"). */
/** A Chinese posting's fields of the opening itself ("招聘人数：5人", "到岗时间：一周内"): metadata. */
export const ZH_META_FIELD = /^(?:招聘(?:人数|岗位|职位)|(?:岗位|职位)名称|工作地[址点]|面试(?:地[址点]|时间)|联系(?:人|电话|方式)|邮箱|微信|发布(?:时间|日期)|截止(?:时间|日期)|职位类别|工作性质|到岗时间)\s*[:：]/;
export const ZH_COMPANY_FIELD = /^(?:法定代表人|法人代表|注册资[金本]|成立(?:日期|时间)|经营状态|企业类型|公司类型|统一社会信用代码|注册地址|登记机关|核准日期|营业期限|经营范围|融资阶段|公司规模)\s*[:：]/;

export const KANA = /[\u3040-\u30ff]/;
/** Addresses and station access (Japanese and Chinese postings); Japanese sentences that describe rather than name work ("…施設です。"). */
export const JA_PLACE = /〒\s?\d{3}-?\d{4}|(?:都|道|府|県)\s?\S{1,8}?(?:市|区|町|村)\s?\S{0,8}?\d|駅\s?(?:から)?\s?徒歩\s?\d+\s?分/;
export const JA_DESCRIBES = /(?:です|ます|でした|ません|になります)[。！!]?[*＊]?$|(?:環境|機会|ポジション|お仕事)[。！!です]*[*＊]?$/;
export const ZH_PLACE = /(?:省|市)\S{1,8}?(?:区|县|市)\S{0,12}?\d+\s?号/;
/** "北京朝阳区吉屋出猪(望京万象汇店)b1": a city and district, then the place (a shop, a number, a building, a road) and nothing else. */
export const ZH_ADDRESS = /^(?:[\u4e00-\u9fff]{2,3}(?:省|市))?[\u4e00-\u9fff]{2,3}市?[\u4e00-\u9fff]{1,3}(?:区|县)[^，,。；;：:、！!？?\s]{0,30}?(?:店|号|楼|层|室|座|栋|大厦|广场|中心|园区?|路|街|道|村|镇|\d)[)）]?[A-Za-z0-9-]*$/;
/** "100 Main Street, Suite 4", "Springfield, IL 62704": a street address or a US city, state and ZIP code. */
export const EN_ADDRESS = /^\d{1,5}\s+(?:[A-Z0-9][\w.'’-]*\s+){1,4}(?:[Ss]treet|St|[Aa]venue|Ave|[Rr]oad|Rd|[Bb]oulevard|Blvd|[Dd]rive|Dr|[Ll]ane|Ln|[Ww]ay|[Pp]arkway|Pkwy|[Cc]ourt|Ct|[Pp]lace|Pl|[Hh]ighway|Hwy)\b\.?(?:,|$)|^[A-Z][\w.'’ -]{1,30}, [A-Z]{2} \d{5}(?:-\d{4})?(?:,|$)/;
