// Chinese workplace tools and platform skills job seekers list and search for (金蝶, 用友, 抖音运营…), and the
// frameworks postings name as skills of their own that neither source lists (React Native, Flutter…), for
// scripts/skills-build.ts: names only, each under the broader skill of the taxonomy it belongs to.
import type { SkillCluster } from '../engine/skills/schema';

interface CnTool {
  en: string;
  zh: string;
  names: string[];
  parent: string;
  cluster: SkillCluster;
  source: 'cn' | 'ours';
}

const tool = (en: string, zh: string, parent: string, cluster: SkillCluster, ...aliases: string[]): CnTool => ({ en, zh, names: [en, zh, ...aliases], parent, cluster, source: 'cn' });
const framework = (en: string, parent: string, ...aliases: string[]): CnTool => ({ en, zh: en, names: [en, ...aliases], parent, cluster: 'software', source: 'ours' });

export const CN_TOOLS: CnTool[] = [
  tool('Kingdee', '金蝶', 'erp-systems', 'digital', '金蝶K3', '金蝶云星空', '金蝶KIS', '金蝶EAS'),
  tool('Yonyou', '用友', 'erp-systems', 'digital', '用友U8', '用友NC', '用友T+', '用友YonSuite'),
  tool('DingTalk', '钉钉', 'collaboration-tools', 'digital'),
  tool('WeCom', '企业微信', 'collaboration-tools', 'digital', 'WeChat Work'),
  tool('Feishu', '飞书', 'collaboration-tools', 'digital', 'Lark Suite'),
  tool('WPS Office', 'WPS', 'office-software', 'digital', 'WPS办公'),
  tool('Douyin operations', '抖音运营', 'social-media', 'digital', '抖音账号运营', 'TikTok运营'),
  tool('Xiaohongshu operations', '小红书运营', 'social-media', 'digital', 'RED运营'),
  tool('Kuaishou operations', '快手运营', 'social-media', 'digital'),
  tool('WeChat official account operations', '微信公众号运营', 'social-media', 'digital', '公众号运营', '公众号'),
  tool('Weibo operations', '微博运营', 'social-media', 'digital'),
  tool('Taobao store operations', '淘宝运营', 'ecommerce-operations', 'digital', '淘宝店铺运营'),
  tool('Tmall store operations', '天猫运营', 'ecommerce-operations', 'digital'),
  tool('JD.com store operations', '京东运营', 'ecommerce-operations', 'digital'),
  tool('Pinduoduo store operations', '拼多多运营', 'ecommerce-operations', 'digital'),
  tool('Livestream selling', '直播带货', 'live-streaming', 'digital', '带货主播'),
  tool('Glodon', '广联达', 'cad', 'digital', '广联达算量', '广联达计价'),
  tool('TArch', '天正建筑', 'cad', 'digital', '天正CAD', '天正'),
  tool('Qianniu', '千牛', 'ecommerce-operations', 'digital', '千牛工作台'),
  tool('Ocean Engine', '巨量引擎', 'paid-advertising', 'digital', '巨量千川', '千川投放'),
];

/** Until now other names of their broader skill ("React Native" found as React), or named by neither source (dbt,
 * Gradle, Datadog, OAuth): each now itself, under its broader skill. */
export const FRAMEWORKS: CnTool[] = [
  framework('React Native', 'react'),
  framework('Next.js', 'react', 'NextJS'),
  framework('Flutter', 'mobile-development'),
  framework('Spring Cloud', 'spring', 'SpringCloud'),
  framework('MyBatis', 'spring'),
  framework('Hibernate', 'java'),
  framework('Blazor', 'dotnet'),
  framework('dbt', 'data-engineering', 'data build tool'),
  framework('Dask', 'big-data'),
  framework('Gradle', 'software-engineering'),
  framework('Bazel', 'software-engineering'),
  framework('Datadog', 'devops'),
  framework('New Relic', 'devops'),
  framework('OAuth', 'cybersecurity', 'OAuth 2.0', 'OAuth2'),
  framework('JWT', 'cybersecurity', 'JSON Web Token'),
];
