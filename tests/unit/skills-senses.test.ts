import { describe, expect, it } from 'vitest';
import { skillIds } from '../../engine/skills/extract';
import { skillById } from '../../engine/skills/taxonomy';

// Skills read in their right sense, and the names postings use for them (scripts/skills-audit.ts on the hand-read lines).
describe('words in another sense are no skills', () => {
  it('finds no name inside a word with an accented letter, nor a short acronym in lower case or plural', () => {
    expect(skillIds('Nous étudions les problèmes du client chaque mes')).toEqual([]);
    expect(skillIds('Un mes de prueba; weekly syncs with PMs')).toEqual([]);
    expect(skillIds('Experience with MES in a plant')).toEqual(['mes']);
  });

  it('takes no kind of software for a product ("Testing", "Deployment", "Workflow", "Educational")', () => {
    expect(skillIds('Educational Background: a degree. Deployment Frequency matters. Workflow & Process review')).toEqual([]);
    expect(skillIds('Testing & Monitoring: JUnit')).toEqual(['junit']);
    expect(skillIds('Salesforce, Workday and Shopify')).toEqual(['salesforce-2', 'workday', 'shopify']);
  });

  it('takes a tool named by an ordinary word only in a list of tools', () => {
    expect(skillIds('Pay attention to our guests. Instructor wanted. Thread the needle; Attention to customers')).toEqual([]);
    expect(skillIds('Orchestration with Airflow, Prefect or Dagster')).toEqual(['apache-airflow', 'prefect', 'dagster']);
    expect(skillIds('The Hadoop stack: Hadoop, Hive, Yarn')).toEqual(['hadoop', 'hive']);
  });

  it('reads the hand-written names in their sense: no translation, sustainability, agility or a boss', () => {
    expect(skillIds('translating business needs into code; long-term system sustainability')).toEqual([]);
    expect(skillIds('思维敏捷，在总经理领导下工作')).toEqual([]);
    expect(skillIds('The Research Scientist reports to the General Manager')).toEqual([]);
    expect(skillIds('敏捷开发; Scrum')).toEqual(['agile']);
    expect(skillIds('GMP guidelines; a degree in econometrics')).toEqual(['quality-management', 'economics']);
  });

  it('puts a tool under the broader skill of its sense (XML is no ERP system; Chef is no cook)', () => {
    expect(skillById('xml')?.parent).toBe('software-engineering');
    expect(skillIds('Head chef for a busy kitchen')).toEqual(['cooking']);
  });
});

describe('names postings use', () => {
  it('reads "MS Word", a product spelled in capitals or capitalised, and "Word et Excel"', () => {
    expect(skillIds('MS Word, MS Teams')).toEqual(['microsoft-word', 'microsoft-teams']);
    expect(skillIds('using FAISS; KAFKA; Pandas, NumPy')).toEqual(['faiss', 'apache-kafka', 'pandas-2', 'numpy']);
    expect(skillIds('Dominio de Word y Excel')).toEqual(['microsoft-word', 'excel']);
  });

  it('finds build, monitoring, auth and data tools, and UG in a list of CAD software', () => {
    expect(skillIds('Builds with Gradle; monitoring in Datadog; login via OAuth 2.0 and JWT; models in dbt')).toEqual(
      ['gradle', 'datadog', 'oauth', 'jwt', 'dbt'],
    );
    expect(skillIds('熟练使用UG、SolidWorks')).toEqual(['siemens-nx', 'solidworks']);
    expect(skillIds('a plug from the UG floor')).toEqual([]);
  });

  it('finds the skills behind common phrasings', () => {
    expect(skillIds('HIPAA rules; electronic mail; load testing; the command line; take dictation')).toEqual(
      ['data-privacy', 'email-management', 'software-testing', 'shell-scripting', 'typing-transcription'],
    );
    expect(skillIds('Count the inventory; 负责盘点')).toEqual(['warehouse-operations']);
  });
});
