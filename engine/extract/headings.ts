import type { SectionKind } from '../types';

// Checked in this order: a generic "About the job" wrapper must not read as "about the company".
const KINDS: [SectionKind, RegExp][] = [
  ['other', /^(about the (job|opportunity)|job description|description|à propos de l['’]offre|acerca del empleo|informazioni sull['’]offerta|descrizione)\b/],
  ['benefits', /benefit|perks?\b|what we offer|we offer|(?:^|\W)(compensation|salary|pay|rewards?)(?:$|\W)|why (join|work)|avantages|nous offrons|ce que nous (vous )?offrons|beneficios|ofrecemos|offriamo|benefici|福利|待遇|我们提供|薪资|薪酬|quyền lợi|福利厚生/],
  ['requirements', /requirement|ideal candidate|a fit if|you('|’)?re probably|qualification|what you('|’)?ll bring|what you bring|you('|’)?ll need|you will need|what you need|what we('|’)?re looking for|about you|who you are|you have|skills|experience|must[- ]have|nice[- ]to[- ]have|bonus points|profil|compétences|requisit|perfil|competenze|conocimientos|habilidades|任职|岗位要求|职位要求|资格|技能要求|加分项|我们希望你|qualified candidates?|求める人材|応募資格|yêu cầu|anforderungen|ihr profil/],
  ['responsibilities', /responsibilit|responsabilit|(this|the) (role|position)\b|what you('|’)?ll do|what you will do|what you('|’)?ll be doing|you will|your role|the role|in this role|duties|tasks|day[- ]to[- ]day|essential functions|accountabilit|missions?\b|misi[oó]n|tâches|activités|funciones|qué harás|mansioni|attività|compiti|职责|职位描述|工作内容|岗位描述|你将|仕事内容|mô tả công việc|ihre aufgaben|aufgaben/],
  ['about', /^about\b|who we are|our (company|story|mission)|company description|qui sommes|à propos de nous|sobre nosotros|quiénes somos|descripción de la empresa|chi siamo|公司介绍|关于我们|公司简介/],
];

/** The section kind a heading names, or null when it names none we know. */
export function headingKind(heading: string): SectionKind | null {
  const h = heading.toLocaleLowerCase().replace(/[*#【】\[\]:：]/g, ' ').trim();
  for (const [kind, re] of KINDS) if (re.test(h)) return kind;
  return null;
}
