// The broader skill of the hand-written taxonomy a tool belongs under, for scripts/skills-build.ts: by O*NET's
// commodity class ("Data base management system software") and by the JobE list's cluster ("cluster.db").

const ONET: [RegExp, string][] = [
  [/spreadsheet/i, 'spreadsheets'],
  [/presentation/i, 'presentation-software'],
  [/word processing/i, 'word-processing'],
  [/office suite/i, 'office-software'],
  [/electronic mail|email/i, 'email-management'],
  [/data base|database|metadata/i, 'databases'],
  [/business intelligence|data base reporting|data mining/i, 'business-intelligence'],
  [/analytical or scientific|statistical/i, 'statistics'],
  [/computer aided design|cad\b/i, 'cad'],
  [/computer aided manufacturing|cam\b/i, 'cnc-machining'],
  // Whole words: "erp" is inside "Enterprise" (XML's "Enterprise application integration" is no ERP).
  [/enterprise resource planning|\berp\b/i, 'erp-systems'],
  [/customer relationship/i, 'crm-software'],
  [/graphics|photo imaging|desktop publishing/i, 'graphic-design'],
  [/video creation|video editing|music or sound|audio/i, 'video-editing'],
  [/web page creation|web platform/i, 'frontend-development'],
  [/project management|time accounting|process mapping/i, 'project-management'],
  [/accounting|financial analysis|tax preparation|billing/i, 'accounting'],
  [/human resources/i, 'hr-management'],
  [/geographic information|map creation/i, 'geospatial-analysis'],
  [/medical|electronic health|pharmacy/i, 'health-records'],
  [/cloud/i, 'cloud-computing'],
  [/sales and marketing|marketing/i, 'digital-marketing'],
  [/point of sale/i, 'retail-service'],
  [/inventory|warehouse/i, 'warehouse-operations'],
  [/supply chain|logistics|procurement/i, 'supply-chain'],
  [/industrial control|facilities management/i, 'machine-operation'],
  [/security|virus|vpn|firewall/i, 'cybersecurity'],
  [/configuration management|file versioning/i, 'git'],
  [/program testing/i, 'software-testing'],
  [/development environment|object or component|compiler|graphical user interface development|application server|enterprise application integration|transaction server|web server|middleware|requirements analysis/i, 'software-engineering'],
  [/operating system|network|internet directory|switch or router|backup|system administration/i, 'it-support'],
  [/video conferencing|content workflow|document management|instant messaging|collaboration/i, 'collaboration-tools'],
  [/computer based training|learning management/i, 'educational-technology'],
  [/compliance/i, 'compliance'],
  [/expert system/i, 'machine-learning'],
];

/** The broader skill an O*NET software example goes under, or null. */
export function onetParent(element: string): string | null {
  return ONET.find(([pattern]) => pattern.test(element))?.[1] ?? null;
}

const ZH: Record<string, string> = {
  'cluster.accel': 'performance-optimization', 'cluster.agent': 'ai-agents', 'cluster.cv': 'computer-vision', 'cluster.eval': 'model-evaluation',
  'cluster.llm-genai': 'llm', 'cluster.ml-framework': 'machine-learning', 'cluster.ml-theory': 'machine-learning', 'cluster.mlops': 'mlops',
  'cluster.multimodal': 'multimodal-ai', 'cluster.nlp': 'nlp', 'cluster.prog-lang': 'software-engineering', 'cluster.recsys': 'recommender-systems',
  'cluster.rl': 'reinforcement-learning', 'cluster.speech': 'speech-recognition', 'cluster.batch-compute': 'big-data', 'cluster.bi': 'business-intelligence',
  'cluster.cloud-data': 'cloud-computing', 'cluster.db': 'databases', 'cluster.de-tools': 'data-engineering', 'cluster.governance': 'data-governance',
  'cluster.lakehouse': 'data-engineering', 'cluster.olap': 'big-data', 'cluster.stream': 'data-engineering', 'cluster.digital-twin': '3d-modeling',
  'cluster.eda': 'hardware-design', 'cluster.embedded': 'embedded-systems', 'cluster.industrial': 'manufacturing-engineering', 'cluster.robotics': 'robotics',
  'cluster.vehicle': 'autonomous-driving', 'cluster.vr-ar': 'ar-vr', 'cluster.edge': 'embedded-systems', 'cluster.iot-hw': 'embedded-systems',
  'cluster.iot-platform': 'cloud-computing', 'cluster.iot-protocol': 'network-engineering', 'cluster.iot-security': 'cybersecurity', 'cluster.iot-wireless': 'network-engineering',
};

/** The broader skill a JobE cluster's skills go under, or null. */
export function zhParent(cluster: string): string | null {
  return ZH[cluster] ?? null;
}
