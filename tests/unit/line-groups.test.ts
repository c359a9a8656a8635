import { describe, expect, it } from 'vitest';
import { postingLines } from '../../engine/lines/roles';
import type { LineRole, PostingSection } from '../../engine/types';

// Lists set out in groups, under a field that names abilities, or of conduct expected (real postings read by hand, session 40).

function roles(title: string, language: string, sections: PostingSection[]): LineRole[] {
  return postingLines({ title, company: 'Acme', location: null, language, sections }).map((l) => l.role);
}

/** The roles of a posting's lines under one heading (its own line first). */
const rolesUnder = (title: string, heading: string, kind: PostingSection['kind'], lines: string[], language = 'en'): LineRole[] => roles(title, language, [{ heading, kind, lines }]);

describe('a Chinese duty list whose groups have their names on lines of their own', () => {
  it('reads "1、日常清洁维护" before an unnumbered item, and "餐前准备。" before its text, as the group names they are', () => {
    const numbered = ['1、日常清洁维护', '负责酒店大堂、电梯厅、走廊的清洁工作，包括地面清扫拖拭', '2、设施设备养护', '对公共区域的座椅、绿植进行日常擦拭与检查', '3、环境整洁管理', '维护公共区域的整洁秩序，及时清理散落垃圾'];
    expect(roles('酒店保洁员', 'zh', [{ heading: '岗位职责', kind: 'responsibilities', lines: numbered }]).slice(1)).toEqual(['heading', 'duty', 'heading', 'duty', 'heading', 'duty']);
    const plain = ['餐前准备。', '服务员需要参加班前例会，了解当天供应的品种，检查仪容仪表。', '迎接客人。', '服务员应热情地迎接客人，帮助客人入座，并递上菜单。', '打包和结账。', '询问客人是否需要打包，为客人提供账单。', '收台。', '撤走空盘，保持餐桌干净。'];
    expect(roles('服务员', 'zh', [{ heading: '职位描述', kind: 'responsibilities', lines: plain }]).slice(1)).toEqual(['heading', 'duty', 'heading', 'duty', 'heading', 'duty', 'heading', 'duty']);
  });

  it('keeps short duties among long ones as duties: numbered alike, opened by 负责, or not opening the list', () => {
    const alike = ['1、门店收银', '2、商品陈列，补货，整理货架', '3、卫生清洁', '4、上级安排的其他工作，配合店长', '5、盘点库存', '6、处理顾客投诉，维护门店形象'];
    expect(roles('店员', 'zh', [{ heading: '岗位职责', kind: 'responsibilities', lines: alike }]).slice(1)).toEqual(Array(6).fill('duty'));
    const opened = ['负责收银', '商品陈列，补货，整理货架', '做好卫生', '上级安排的其他工作，配合店长', '盘点库存', '处理顾客投诉，维护门店形象'];
    expect(roles('店员', 'zh', [{ heading: '岗位职责', kind: 'responsibilities', lines: opened }]).slice(1)).toEqual(Array(6).fill('duty'));
    const late = ['接待来店顾客，介绍商品并完成销售', '门店收银', '商品陈列，补货，整理货架', '卫生清洁', '处理顾客投诉，维护门店形象', '盘点库存', '配合店长完成月度盘点'];
    expect(roles('店员', 'zh', [{ heading: '岗位职责', kind: 'responsibilities', lines: late }]).slice(1)).toEqual(Array(7).fill('duty'));
  });
});

describe('a specification’s abilities field', () => {
  it('reads the imperatives under "D. Ability to:" as asks, and the duties before it as duties', () => {
    expect(roles('Night Custodian', 'en', [
      { heading: 'Duties', kind: 'responsibilities', lines: ['Sweep and mop floors of classrooms and halls.', 'Empty trash and recycling bins.'] },
      { heading: 'D. Ability to:', kind: 'other', lines: ['Learn to use cleaning equipment and materials with skill and efficiency.', 'Learn safe work practices.', 'Understand and carry out oral and written directions.'] },
    ])).toEqual(['heading', 'duty', 'duty', 'heading', 'requirement', 'requirement', 'requirement']);
    expect(roles('Cashier', 'en', [{ heading: 'Must be able to', kind: 'other', lines: ['Lift up to 50 pounds repetitively.', 'Stay at the register for three hours without a break.'] }]).slice(1)).toEqual(['requirement', 'requirement']);
  });
});

describe('the conduct expected of any employee', () => {
  it('reads "Reports for work on time…", "Adheres to … dress code" and "Accepts constructive criticism…" as asks, an HR clerk’s reports of absences as duties', () => {
    expect(roles('Companion', 'en', [{ heading: 'Personal and professional growth', kind: 'other', lines: ['Reports for work on time and gives adequate notice of absenteeism or tardiness.', 'Adheres to policies established for meals, breaks, dress code, and parking.', 'Accepts constructive criticism regarding own performance and strives to make improvements.'] }]).slice(1)).toEqual(['requirement', 'requirement', 'requirement']);
    expect(roles('HR Clerk', 'en', [{ heading: 'Duties', kind: 'responsibilities', lines: ['Reports absenteeism and tardiness to the supervisor.', 'Maintain records of tardiness and absenteeism.'] }]).slice(1)).toEqual(['duty', 'duty']);
  });
});

describe('Chinese headings the page’s reader does not know', () => {
  it('reads a day’s work (三、日常工作流程) as duties, traits (性格特质) as asks, the place (工作地址) and a years chip for what they are', () => {
    const read = roles('直营门店经理', 'zh', [
      { heading: null, kind: 'other', lines: ['5-10年', '本科'] },
      { heading: '工作地址', kind: 'other', lines: ['上海闵行区虹桥镇宜山路2000号(合川路地铁站1号口步行200米)D1~106A'] },
      { heading: '二、任职要求', kind: 'requirements', lines: ['大专及以上学历，酒店管理相关专业优先'] },
      { heading: '三、日常工作流程', kind: 'requirements', lines: ['召开早会：明确当日目标、分工，检查员工仪容仪表；', '库存确认：核对食材、包装材料是否充足。'] },
      { heading: '性格特质', kind: 'responsibilities', lines: ['1、沉稳细致：对投诉问题审核严谨，避免疏漏；', '2、高责任感：对处理结果负责，跟踪闭环；'] },
    ]);
    expect(read).toEqual(['requirement', 'requirement', 'heading', 'meta', 'heading', 'requirement', 'heading', 'duty', 'duty', 'heading', 'requirement', 'requirement']);
  });

  it('reads group names before numbered items, an item as short as twelve characters among them', () => {
    const lines = ['客户信息语音审核', '1、通过电话核实新客户提交的身份信息和业务需求', '投诉案件处理', '1、受理客户投诉，提出解决方案', '风险控制与上报', '1、按计划实施回访及实时监控异常行为', '2、参与制定审核话术与风险判定标准'];
    expect(roles('审核专员', 'zh', [{ heading: '核心职能与职责', kind: 'responsibilities', lines }]).slice(1)).toEqual(['heading', 'duty', 'heading', 'duty', 'heading', 'duty', 'duty']);
  });
});

describe('a Chinese duty opened by the skill or awareness it needs', () => {
  it('reads "熟练操作收银系统，完成…支付工作", "熟悉退换货流程，及时处理…" and "具备…服务意识…，委婉礼貌地解答和处理…" under duties as duties', () => {
    const lines = ['1.熟练操作收银系统,完成现金/刷卡/扫码等支付工作;', '2.熟悉退换货流程,及时处理顾客退换货;', '3.具备良好的客户服务意识和心态回复客户邮件，委婉礼貌地解答和处理客户售前、售后过程中的问题；'];
    expect(roles('收银员', 'zh', [{ heading: '岗位职责', kind: 'responsibilities', lines }]).slice(1)).toEqual(['duty', 'duty', 'duty']);
  });

  it('keeps "具备一定沟通能力，能…沟通" and "熟练操作办公软件" asks', () => {
    const lines = ['1、具备一定沟通能力,能与业务需求方及时沟通,提升内容质量和产品功能体验', '2、熟练操作办公软件', '3、大专及以上学历'];
    expect(roles('运营专员', 'zh', [{ heading: '任职要求', kind: 'requirements', lines }]).slice(1)).toEqual(['requirement', 'requirement', 'requirement']);
  });
});

describe('a Chinese line that says what the hire needs, or the shift', () => {
  it('reads "你需要了解…", "需具备…" as asks and "班次:9-18" as the terms', () => {
    expect(roles('前端工程师', 'zh', [{ heading: null, kind: 'other', lines: ['你需要了解前端领域的最新状态,知道要解决的问题是什么。'] }])).toEqual(['requirement']);
    expect(roles('审核员', 'zh', [{ heading: null, kind: 'other', lines: ['3、需具备风险识别,进行及时反馈。'] }])).toEqual(['requirement']);
    expect(roles('收银员', 'zh', [{ heading: null, kind: 'other', lines: ['班次:9-18;'] }])).toEqual(['benefit']);
    expect(roles('审核员', 'zh', [{ heading: null, kind: 'other', lines: ['需要负责审核平台内容并及时反馈'] }])).toEqual(['duty']);
  });
});

describe('a duty list in groups named by their topic', () => {
  it('keeps the work under "Capital requirements" duties, and the asks under "Minimum requirements" asks', () => {
    const lines = ['Insurance reserves', 'Perform data analysis work in preparation for all calculations.', 'Capital requirements', 'Update and recalibrate the economic capital calculation.', 'Prepare the quarterly capital management report.', 'Minimum requirements', 'Degree in actuarial science'];
    const read = roles('Actuarial Analyst', 'en', [{ heading: 'Key accountabilities', kind: 'responsibilities', lines }]).slice(1);
    expect(read.slice(1, 5)).toEqual(['duty', 'heading', 'duty', 'duty']);
    expect(read.slice(5)).toEqual(['heading', 'requirement']);
  });
});

describe('a heading that names something else over a list of work', () => {
  it('reads the work under "Requirements" as duties when most of its lines say work, and a true list of asks as asks', () => {
    const work = ['Resolve routine and moderately complex contributor inquiries across email and chat support channels.', 'Document investigations, actions taken, and resolutions thoroughly in Zendesk.', 'Identify issues outside the tier’s scope and escalate with clear context.', 'Contribute feedback on workflows, macros, or documentation to improve efficiency.', 'Stay current on relevant process and product updates through the provided resources.'];
    expect(roles('Support Agent', 'en', [{ heading: 'Requirements', kind: 'requirements', lines: work }]).slice(1)).toEqual(Array(5).fill('duty'));
    const asks = ['3+ years of support experience', 'Excellent written English', 'Experience with Zendesk', 'Resolve tickets within SLA', 'Ability to work weekends'];
    expect(roles('Support Agent', 'en', [{ heading: 'Requirements', kind: 'requirements', lines: asks }]).slice(1).filter((r) => r === 'requirement').length).toBeGreaterThanOrEqual(4);
  });
});

describe('a Chinese lead-in that says what follows', () => {
  it('reads "以下是运维工程师的主要职责：" as a heading, the duties after it as duties', () => {
    expect(roles('运维工程师', 'zh', [{ heading: '岗位职责', kind: 'responsibilities', lines: ['以下是运维工程师的主要职责:', '负责服务器的日常维护与监控', '负责自动化脚本的开发'] }]).slice(1)).toEqual(['heading', 'duty', 'duty']);
  });
});

describe('a group of the work named after requirements', () => {
  it('reads the lines under "1. Requirement Gathering & Analysis:" as duties', () => {
    const lines = ['Engage with stakeholders to understand business needs.', 'Conduct interviews, workshops, and research to gather requirements.', 'Collaborate with cross-functional teams.'];
    expect(roles('Business Analyst', 'en', [{ heading: '1. Requirement Gathering & Analysis:', kind: 'requirements', lines }]).slice(1)).toEqual(['duty', 'duty', 'duty']);
  });
});

describe('an English group name among the duties', () => {
  it('reads "Test Design & Execution" over its duties as a heading, a list of title-case duties and a German duty as duties', () => {
    const grouped = ['Test Design & Execution', 'Design test cases from the user stories and execute them across releases.', 'Release Readiness & QA Sign-off', 'Confirm every release meets the agreed quality bar before sign-off.'];
    expect(roles('QA Technician', 'en', [{ heading: 'Key Responsibilities', kind: 'responsibilities', lines: grouped }]).slice(1)).toEqual(['heading', 'duty', 'heading', 'duty']);
    const chips = ['Advise clients on beauty care treatments', 'Cut and trim hair', 'Shampoo customers’ hair'];
    expect(roles('Hairstylist', 'en', [{ heading: 'Tasks', kind: 'responsibilities', lines: chips }]).slice(1)).toEqual(['duty', 'duty', 'duty']);
    expect(roles('Pflegefachkraft', 'de', [{ heading: 'Ihre Aufgaben', kind: 'responsibilities', lines: ['Pflegedokumentation in Vivendi PD', 'Sie begleiten die Bewohnerinnen und Bewohner im Alltag und bei der Grundpflege.'] }]).slice(1)).toEqual(['duty', 'duty']);
  });
});

describe('lines that go on with a duty, and a list under the post’s purpose', () => {
  it('reads "This includes…" and "This not only covers…" after a duty as that duty’s, and not after an ask or as a lead-in', () => {
    const lines = ['Process policy changes requested by clients and agents.', 'This includes processing financial transactions and handling inquiries from brokers.', 'This not only covers individual changes but also involves group renewals.', 'This includes, but is not limited to, the following:', 'Maintain a valid driving licence.'];
    expect(roles('Policy Service Administrator', 'en', [{ heading: 'Overview', kind: 'other', lines }])).toEqual(['heading', 'duty', 'duty', 'duty', 'heading', 'requirement']);
    expect(roles('Driver', 'en', [{ heading: 'Requirements', kind: 'requirements', lines: ['Must hold a clean driving licence.', 'This includes no points for speeding.'] }]).slice(1)).not.toContain('duty');
  });

  it('reads the short names of work under "Purpose of Post" as duties, and a long line announcing the duties as a lead-in', () => {
    const lines = ['Site and building security', 'Cleanliness and good order of premises and grounds', 'Porterage of school deliveries', 'The following outline gives a range of duties and responsibilities which reflect the position:'];
    expect(roles('Caretaker', 'en', [{ heading: 'Purpose of Post', kind: 'other', lines }])).toEqual(['heading', 'duty', 'duty', 'duty', 'heading']);
  });
});

describe('a Chinese recruitment notice’s steps', () => {
  it('reads sign-up dates and places, the post count and what to write on the application as the page’s, and a duty that names sign-ups as a duty', () => {
    const lines = ['2016年7月14日發布招聘公告。', '7月14日至7月20日報名。', '網上報名,電子郵箱47705971@qq.com', '报名时间:2017年4月10日-4月12日。', '审改外勤岗位1名。', '请注明应聘“校园团购代表”', '职位:校园团购代表'];
    expect(roles('校园团购代表', 'zh', [{ heading: null, kind: 'other', lines }])).toEqual(Array(7).fill('meta'));
    expect(roles('招生专员', 'zh', [{ heading: '岗位职责', kind: 'responsibilities', lines: ['负责报名工作的组织,每年3月10日前完成报名审核'] }]).slice(1)).toEqual(['duty']);
  });
});

describe('a lettered list', () => {
  it('reads an item no pattern speaks for as the kind of the lettered item before it, and "is mainly deployed on (a) assisting…" as a duty', () => {
    const lines = ['The Contract Field Assistant is mainly deployed on (a) assisting in field sampling, surveys and inspections at fish culture zones;', '(b) assisting in sample preparation and laboratory testing;', '(c) driving departmental hired vehicles and departmental vessels;', '(d) May be required to work on Saturdays and public holidays.'];
    expect(roles('Contract Field Assistant', 'en', [{ heading: null, kind: 'other', lines }])).toEqual(['duty', 'duty', 'duty', 'benefit']);
  });
});

describe('a Hong Kong government post and a board’s figures, in traditional characters', () => {
  it('reads the title, the board’s counts, the department, the hours and conditions held to, targets and a forum’s chrome as no duties', () => {
    const lines = ['一級工人', '申請人數 1383', '發出聘書 (Offer) 188', '康樂及文化事務署 (康樂事務部支援組聘用及編制小組)', '(i) 每星期須淨工作45小時(不包括用膳時間);', '(ii) 須穿着制服;', '(iii) 或須輪班當值和不定時工作(包括星期六、日及公眾假期)', '(iv) 或須接受有關訓練及/或相關評核;', '冰川 发表于 2024-05-27 00:07', '7 次浏览', '岗位名称 一级工人 岗位代码 107011223', '直接上级 部门经理', '工作计划完成率达 80%以上'];
    const read = roles('一級工人', 'zh', [{ heading: null, kind: 'other', lines }]);
    expect(read).not.toContain('duty');
    expect(read.slice(4, 8)).toEqual(['benefit', 'requirement', 'benefit', 'requirement']);
  });

  it('keeps duties that name training, targets or hours as duties', () => {
    const lines = ['负责门店排班，须接受总部培训', '负责确保客户满意度达到95%', '协助店长每周统计员工工作时长'];
    expect(roles('店长', 'zh', [{ heading: '岗位职责', kind: 'responsibilities', lines }]).slice(1)).toEqual(['duty', 'duty', 'duty']);
  });
});

describe('a heading that names the work and the asks alike', () => {
  // (Real posting read by hand, session 43: a bartender's "Top Duties and Qualifications" over both kinds of line.)
  const lines = ['Verify identification and age requirements of guests', 'Mix traditional and creative cocktails', 'Process payment from guests', 'Clean glasses and bar utensils', 'Must be 21 years of age or older', '2+ years of bartending experience'];
  const want = ['duty', 'duty', 'duty', 'duty', 'requirement', 'requirement'];

  it('lets each line under "Duties and Qualifications" say its own role, where "Qualifications" alone makes them asks', () => {
    const read = (heading: string) => roles('Bartender', 'en', [{ heading, kind: 'requirements', lines }]).slice(1);
    expect(read('Top Duties and Qualifications')).toEqual(want);
    expect(read('Qualifications & Responsibilities')).toEqual(want);
    expect(read('Qualifications').filter((r) => r === 'requirement').length).toBeGreaterThanOrEqual(5);
  });

  it('does the same for such a name set inline among a flattened description', () => {
    const read = roles('Bartender', 'en', [{ heading: 'About the Role', kind: 'responsibilities', lines: ['Duties and Qualifications', ...lines] }]).slice(2);
    expect(read).toEqual(want);
  });
});

describe('a part of a Chinese list named under a Chinese numeral', () => {
  it('reads "(一)行政制度建设与落地" and "二、运营与卫生管理" as the names of the duties under them, and "一、负责门店收银" as a duty', () => {
    const lines = ['(一)行政制度建设与落地', '根据公司发展阶段与运营需求，制定并完善行政管理制度体系', '(二)后勤保障与办公支持', '负责公司办公物资的采购、库存管理与发放', '二、运营与卫生管理', '一、负责门店收银'];
    expect(roles('行政主管', 'zh-CN', [{ heading: '岗位职责', kind: 'responsibilities', lines }]).slice(1)).toEqual(['heading', 'duty', 'heading', 'duty', 'heading', 'duty']);
  });

  it('reads a Chinese field of who the hire manages or the post’s nature as a field of the page', () => {
    const read = roles('行政主管', 'zh-CN', [{ heading: '岗位基本信息', kind: 'other', lines: ['直接下级:行政专员、后勤专员、前台接待', '直接主管:财务主管 直接下属:暂无'] }]);
    expect(read.slice(1)).toEqual(['meta', 'meta']);
  });
});

describe('a heading that names the candidate sought', () => {
  it('reads "Be a licensed architect…" under "A good candidate for this role would:" as an ask, though the heading names the role', () => {
    const lines = ['Be a licensed architect or experienced designer', 'Be proficient in Revit, Sketchup and Adobe Creative Suite', 'Be open to working 3/4 time with a flexible schedule'];
    const read = roles('Project Architect II', 'en', [{ heading: 'A good candidate for this role would:', kind: 'responsibilities', lines }]).slice(1);
    expect(read).not.toContain('duty');
    expect(read.filter((r) => r === 'requirement').length).toBeGreaterThanOrEqual(2);
  });

  it('still reads a list of work under "The successful candidate will:" as duties', () => {
    const lines = ['Manage the month-end close for three entities.', 'Prepare balance sheet reconciliations and journal entries.', 'Review vendor invoices and process payments weekly.', 'Coordinate the annual audit with external auditors.'];
    expect(roles('Senior Accountant', 'en', [{ heading: 'The successful candidate will:', kind: 'other', lines }]).slice(1)).toEqual(Array(4).fill('duty'));
  });
});

describe('a Chinese list of duties that ends in what the hire must be and obey (session 44)', () => {
  it('reads a clean record, rules to obey and a note for the résumé apart from the duties, and a standard kept in the work as a duty', () => {
    const lines = [
      '1、全面负责菜市场内及周边的环境卫生清扫和保洁工作;',
      '2、协助市场管理人员做好市场卫生监督工作;',
      '3、保洁工由市场统一管理,必须严格遵守市场的各项规章制度,服从管理,听从指挥;',
      '4、无犯罪记录。',
      '5、简历中注明家庭住址。',
    ];
    expect(rolesUnder('菜市场保洁工', '职位描述', 'responsibilities', lines, 'zh')).toEqual(['heading', 'duty', 'duty', 'requirement', 'requirement', 'meta']);
    expect(rolesUnder('生产线普工', '岗位职责', 'responsibilities', ['遵守车间5S管理要求。', '监督员工遵守公司规章制度。'], 'zh')).toEqual(['heading', 'duty', 'duty']);
  });
});

describe('a Chinese heading that names the work and the asks alike (session 44)', () => {
  it('reads the duties under 职位要求及描述 by their own words, not as asks', () => {
    const lines = ['1、清扫客房:根据酒店要求,清扫房间及环境卫生。', '2、布草管理:做好布草的收发、盘点、运送及补充工作。', '3、房态管理:认真核对房态,确保房态准确,及时更新房间状态信息。', '4、高中以上学历,一年以上酒店工作经验。'];
    expect(rolesUnder('客房服务员', '职位要求及描述', 'requirements', lines, 'zh')).toEqual(['heading', 'duty', 'duty', 'duty', 'requirement']);
  });
});

describe('a lead-in to the duties inside the asks (session 44)', () => {
  it('reads the lines after "Duties and responsibilities will entail:" under a heading that names the asks as duties, and a contact note after them as none', () => {
    expect(roles('Office Administrative Assistant III', 'en', [{ heading: 'For appointment to this grade, a candidate must have:', kind: 'requirements', lines: [
      'Diploma in Secretarial studies from the Kenya National Examination Council (KNEC)',
      'Duties and responsibilities will entail:',
      'Taking oral dictation;',
      'Maintaining an up-to-date data filing system in the office;',
      'Attending to visitors/clients;',
      'For assistance with registration, applications, or portal access, kindly contact support using the details provided below.',
    ] }])).toEqual(['heading', 'requirement', 'heading', 'duty', 'duty', 'duty', 'meta']);
  });

  it('keeps the asks after a lead-in that names them beside the duties', () => {
    expect(roles('Clerk', 'en', [{ heading: 'Requirements', kind: 'requirements', lines: ['In addition to the duties above, the candidate must:', 'Hold a valid driving licence;', 'Be fluent in English and Kiswahili;'] }])).toEqual(['heading', 'heading', 'requirement', 'requirement']);
  });
});

describe('a notice that the duties vary (session 44)', () => {
  it('reads "…the specific duties of a driver may vary depending on…" as the notice it is, a route that may vary as a duty', () => {
    expect(roles('Car Driver', 'en', [{ heading: 'Duties', kind: 'responsibilities', lines: [
      'Drive company vehicles to transport staff and guests.',
      'In addition to these core responsibilities, the specific duties of a driver may vary depending on the type of vehicle they operate.',
      'Plan routes that may vary by season.',
    ] }])).toEqual(['heading', 'duty', 'legal', 'duty']);
  });
});

describe('work said in a manner, a job goal, an item that runs on and a working style (session 45)', () => {
  it('reads "Operate bus in a safe and efficient manner…" as a duty, and duties or oneself carried out in a manner as conduct asked', () => {
    const lines = [
      'Operate bus in a safe and efficient manner, and observe all mandatory safety regulations.',
      'Performs all duties in a professional manner.',
      'Carry out assigned tasks in a courteous manner.',
      'Work together in a cooperative spirit to serve the best interests of the Company.',
    ];
    expect(rolesUnder('Bus Driver', 'Responsibilities', 'responsibilities', lines)).toEqual(['heading', 'duty', 'requirement', 'requirement', 'requirement']);
  });

  it('reads the line under "JOB GOAL" as the work, though the reader left it in the asks before it', () => {
    expect(roles('Bus Driver', 'en', [
      { heading: 'QUALIFICATIONS', kind: 'requirements', lines: ['Possess all valid licenses to drive a school bus.'] },
      { heading: 'JOB GOAL', kind: 'requirements', lines: ['Provide safe and efficient transportation for students on regular class schedules, as well as on field trips.'] },
    ])).toEqual(['heading', 'requirement', 'heading', 'duty']);
  });

  it('reads "Your primary focus is to maintain…" and "Your role is to…" as the work, and the employer\'s own focus as none', () => {
    expect(roles('Dishwasher', 'en', [{ heading: null, kind: 'other', lines: [
      'Your primary focus is to maintain kitchen work areas, restaurant equipment and articles.',
      'Your role is to keep the dish room clean and stocked.',
    ] }])).toEqual(['duty', 'duty']);
    expect(roles('Dishwasher', 'en', [{ heading: null, kind: 'other', lines: ['Our focus is to serve fresh food to our residents.'] }])).not.toContain('duty');
  });

  it('reads a short item that ends in a semicolon as an item of the list, not a heading of the asks', () => {
    const lines = ['Manpower requisitions;', 'Creation and posting of job advertisements;', 'Calls or interviews;', 'Onboarding of new employees.'];
    expect(rolesUnder('Recruitment Associate', 'Core Responsibilities', 'responsibilities', lines)).toEqual(['heading', 'duty', 'duty', 'duty', 'duty']);
  });

  it('reads the lines under "Work Style & Organization" after the duties as the asks they are', () => {
    expect(roles('Customer Support Agent', 'en', [
      { heading: 'Responsibilities', kind: 'responsibilities', lines: ['Handle customer inquiries via email from first contact to final resolution'] },
      { heading: 'Work Style & Organization', kind: 'responsibilities', lines: ['Independent and structured daily work organization', 'Reliable adherence to internal guidelines and escalation rules', 'Clear, professional written communication'] },
    ])).toEqual(['heading', 'duty', 'heading', 'requirement', 'requirement', 'requirement']);
  });
});

describe('the hire named before the work, an ask of understanding, the title as a page label (session 45)', () => {
  it('reads "The Litigation Paralegal is a seasoned legal professional responsible for…" as the work, and a profile of the candidate as none', () => {
    const lines = ['The Litigation Paralegal is a seasoned legal professional responsible for supporting complex litigation matters from inception through resolution.', 'The Litigation Paralegal is a seasoned legal professional.'];
    expect(roles('Litigation Paralegal', 'en', [{ heading: 'Job Summary', kind: 'other', lines }]).slice(1).map((r) => r === 'duty')).toEqual([true, false]);
  });

  it('reads "Demonstrate clear understanding of…" among the duties as an ask', () => {
    const lines = ['Accurately record billable time.', 'Demonstrate clear understanding of defense-side billing expectations and documentation standards.'];
    expect(rolesUnder('Litigation Paralegal', 'Responsibilities', 'responsibilities', lines)).toEqual(['heading', 'duty', 'requirement']);
  });

  it('reads the title followed by a dash and a page label ("Records Clerk - Job Posting") as no duty', () => {
    expect(roles('Records Clerk', 'en', [{ heading: null, kind: 'other', lines: [
      'Records Clerk - Job Posting',
      'Enter and retrieve data from the court records management system.',
      'Process criminal and traffic citations.',
      'Answer telephone inquiries from the public.',
      'File court documents.',
    ] }])[0]).toBe('meta');
  });
});

describe('a Chinese duty that opens with the mastery it needs (session 45)', () => {
  it('reads "精通…，完成…" and "熟悉…，认真审核…" among the duties as work, and "精通C、C++" among the asks as an ask', () => {
    expect(roles('学校食堂厨师', 'zh', [
      { heading: '岗位职责', kind: 'responsibilities', lines: ['1、精通大锅菜的烹饪制作及搭配，完成学校食堂每日供餐；', '2、熟悉集团制度对各项费用开支的有关规定，严格掌握费用开支标准，认真审核各种费用单据；', '3、负责厨房卫生'] },
      { heading: '任职要求', kind: 'requirements', lines: ['精通C、C++', '熟悉办公软件，能独立制作报表'] },
    ])).toEqual(['heading', 'duty', 'duty', 'duty', 'heading', 'requirement', 'requirement']);
  });
});

describe('a heading of sentences, the duty of a named hire, two verbs by a slash, the employer named alone (session 45)', () => {
  it('reads the lines under a heading of sentences by its last ("…a more experienced officer. Duties and responsibilities will entail:") as the work', () => {
    const heading = 'This is the entry and training grade for this cadre. An officer at this level will work under the guidance of a senior and more experienced officer. Duties and responsibilities will entail:';
    expect(rolesUnder('Office Administrative Assistant III', heading, 'requirements', ['Taking oral dictation;', 'Word and data processing from manuscript;', 'Managing e-office;', 'Attending to visitors/clients;'])).toEqual(['heading', 'duty', 'duty', 'duty', 'duty']);
  });

  it('reads "The primary responsibility of an Assisted Living CNA is to provide…" as the work', () => {
    expect(roles('Assisted Living CNA', 'en', [{ heading: null, kind: 'other', lines: ['The primary responsibility of an Assisted Living CNA is to provide routine daily nursing care to residents.'] }])).toEqual(['duty']);
  });

  it('reads "Reconcile/ balance daily cash journal for … float reimbursement" as a duty, not the terms its object names', () => {
    const lines = ['Post cash and cheque payments in respective journals.', 'Reconcile/ balance daily cash journal for preparation of float reimbursement;', 'Balance daily collections.'];
    expect(rolesUnder('Senior Assistant Accounts Officer', 'Job Purpose', 'responsibilities', lines)).toEqual(['heading', 'duty', 'duty', 'duty']);
  });

  it('reads the employer\'s name alone among the duties ("Home Nursery, Inc.") as the company, not a duty', () => {
    const read = postingLines({ title: 'Shipping Laborer', company: 'Home Nursery, Inc.', location: null, language: 'en', sections: [{ heading: 'Responsibilities', kind: 'responsibilities', lines: ['Load trucks with plants.', 'Home Nursery, Inc.', 'Pull orders.'] }] });
    expect(read.map((l) => l.role)).toEqual(['heading', 'duty', 'company', 'duty']);
  });
});
