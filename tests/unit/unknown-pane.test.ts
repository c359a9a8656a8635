import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { segmentPosting } from '../../engine/tasks/segment';
import { domFromHtml } from '../sites/helpers';

// Written for SkillShift tests: a Chinese job pane as a board we have no adapter for shows it — tag chips under the
// heading, decoy words its <style> hides inside the duties, the recruiter's line, app and map buttons, the address.
const PANE = `<html lang="zh-CN"><head><title>门店营业员招聘</title></head><body><div class="job-detail">
  <h1>门店营业员</h1><div class="job-detail-body"><h3>职位描述</h3>
  <ul class="job-label-list"><li>不需要晚班/夜班</li><li>超市/食品</li><li>熟食/卤味</li><li>不需要倒班</li></ul>
  <p class="desc"><style>.q1{display:none!important}.q2{display:inline-block;width:0.1px;height:0.1px;overflow:hidden;visibility:hidden}</style>
  1.熟悉产<span class="q1">zzdecoy</span>品知识，负责开展店内的新品活<span class="q2">zzdecoy</span>动<br>
  2.负责<span class="q2">某某直聘</span>销售、收银、现金整理，保证每日账目清楚准确，及时向店长汇报门店的销售情况<br>
  3.商品陈列、检查、盘点、收货等，保持货架整洁，及时补货并检查商品的保质期，发现问题及时处理<br>
  4.待客热情，做好客户接待，了解顾客需求并推荐合适的商品，处理顾客的投诉和退换货<br></p>
  <div>登录查看完整内容</div><h2>王先生 在线</h2><div>示例商贸有限公司 · 招聘者</div><div>去App<br>与HR随时沟通</div>
  <div><span>工作地址</span><p>北京朝阳区望京街道示例路(示例广场店)b1</p><p>点击查看地图</p></div><a href="/more">查看更多信息</a>
  </div></div></body></html>`;

describe('a job pane read at a host no adapter knows', () => {
  it('lists its duties as tasks, without the decoys its style sheet hides, the chips, the buttons, the recruiter and the address', () => {
    const read = extractPosting(domFromHtml(PANE), 'https://careers.unknown-site.example/job/1', null);
    if (!read.ok) throw new Error(read.reason);
    expect(segmentPosting(read.posting).map((s) => s.text)).toEqual([
      '熟悉产品知识，负责开展店内的新品活动',
      '负责销售、收银、现金整理，保证每日账目清楚准确，及时向店长汇报门店的销售情况',
      '商品陈列、检查、盘点、收货等，保持货架整洁，及时补货并检查商品的保质期，发现问题及时处理',
      '待客热情，做好客户接待，了解顾客需求并推荐合适的商品，处理顾客的投诉和退换货',
    ]);
  });
});
