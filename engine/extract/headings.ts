import type { SectionKind } from '../types';

// Checked in this order: a generic "About the job" wrapper must not read as "about the company", and
// "Equal opportunity employer" or "How to apply" must not read as benefits or duties.
const KINDS: [SectionKind, RegExp][] = [
  ['other', /^(why (this|the) (role|position|job|team|work) (matters|is important)|about the (job|opportunity)|job description|description|(position|job|role) (overview|summary)|overview|summary|position description|à propos de l['’]offre|acerca del empleo|descripción del empleo|informazioni sull['’]offerta|descrizione|stellenbeschreibung|职位详情|职位信息)\b/],
  ['legal', /equal (employment )?opportunit|\beeo\b|affirmative action|non-?discrimination|diversity (statement|&|and) inclusion|accommodation|privacy|disclaimer|legal notice|applicant notice|pay transparency|e-verify|égalité des chances|igualdad de oportunidades|pari opportunità|chancengleichheit/],
  ['apply', /how to apply|to apply|application (process|instructions|procedure)|apply now|next steps|required documents|interview process|hiring process|how we (?:hire|recruit|interview)|recruitment process|selection process|contact|postuler|candidature|processus de recrutement|cómo aplicar|proceso de selección|come candidarsi|bewerbung|投递|联系方式|联系我们|応募方法|選考|cách ứng tuyển|liên hệ/],
  ['benefits', /benef|perks?\b|terms of employment|employment type|job type|we offer|(?:^|\W)(compensation|salary|pay|rewards?|wages?|hours|schedule|shifts?)(?:$|\W)|why (join|work)|why you('|’)?ll love|what you('|’)?ll get|what('|’)?s in it for you|working hours|avantages|nous offrons|ce que nous (vous )?offrons|rémunération|ofrec|oferec|condici|condiç|condizioni|salario|offriamo|retribuzione|biete|proposons|unser angebot|dich freuen|vergütung|福利|待遇|我们提供|你将获得|薪资|薪酬|工作时间|上班时间|quyền lợi|thu nhập|福利厚生|給与|勤務時間|休暇|休日/],
  ['requirements', /requirement|ideal candidate|a fit if|you('|’)?re probably|you might thrive|you('|’)?ll thrive|thrive in this role|qualification|what you('|’)?ll bring|what you bring|you('|’)?ll need|you will need|what you need|what we('|’)?re looking for|looking for someone|about you|who you are|you have|you are|skills|abilities|knowledge(?! shar| transfer| base)|(?<!customer |user |candidate |employee |guest |patient |client )experience|education|licen[cs]e|certification|physical (demands|requirements)|conditions of employment|must[- ]have|nice[- ]to[- ]have|bonus points|profil|compétences|requisit|perfil|competenze|conocimientos|habilidades|formación|formazione|anforderungen|mitbring|bringst|erwarten wir|wir erwarten|buscamos|qualifikation|任职|岗位要求|职位要求|资格|技能要求|工作技能|专业技能|工作经验|经验要求|加分项|我们希望你|qualified candidates?|求める人材|応募資格|必須|歓迎|yêu cầu|kinh nghiệm/],
  ['responsibilities', /responsibilit|responsabili|(this|the) (role|position)\b|you will|you('|’)?ll|your role|duties|tasks|day[- ]to[- ]day|a day in the life|essential functions|key functions|accountabilit|what the job involves|what the role involves|^(?:vos |your |la |les )?missions?\b|misi[oó]n|tâches|activités|vos missions|funciones|funções|tareas|atividades|qué harás|mansioni|attività|compiti|职责|职位描述|工作内容|(?:职位|岗位|工作)(?:简介|介绍|概况)|岗位描述|你将|你的工作|仕事内容|業務内容|mô tả công việc|aufgaben|tätigkeiten/],
  ['about', /^about\b|who we are|our (company|story|mission|team|culture)|company (description|overview|profile)|the company|qui sommes|à propos de nous|sobre (?:nosotros|n[oó]s|a empresa)|qu(?:iénes|em) somos|descripción de la empresa|chi siamo|über uns|公司(?:简介|介绍)|(?:^|、).{2,3}(?:简介|介绍|概况)$|关于我们|会社概要|当社について|giới thiệu công ty/],
];

/** The section kind a heading names, or null when it names none we know. */
export function headingKind(heading: string): SectionKind | null {
  const h = heading.toLocaleLowerCase().replace(/[*#【】[\]:：]/g, ' ').trim();
  for (const [kind, re] of KINDS) if (re.test(h)) return kind;
  return null;
}
