import { describe, expect, it, vi } from 'vitest';
import { afterAnswer } from '../../entrypoints/background/after-answer';

describe('work that follows an answer', () => {
  it('runs in the order given, one piece at a time; a failure is reported and the next still runs; settled waits for all', async () => {
    const report = vi.fn();
    const after = afterAnswer(report);
    const done: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    after.run('first', async () => {
      await held;
      done.push('first');
    });
    after.run('second', async () => {
      throw new Error('tab closed');
    });
    after.run('third', async () => void done.push('third'));
    await Promise.resolve();
    expect(done).toEqual([]);
    release();
    await after.settled();
    expect(done).toEqual(['first', 'third']);
    expect(report).toHaveBeenCalledOnce();
    expect(report).toHaveBeenCalledWith('SkillShift: second failed after the page was answered:', expect.objectContaining({ message: 'tab closed' }));
  });
});
