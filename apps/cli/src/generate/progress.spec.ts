import { PassThrough } from 'node:stream';
import { Progress } from './progress';

function capture(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY });
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

describe(Progress, () => {
  it('should draw stage, count, rate and ETA on a terminal once two seconds have passed', () => {
    const { stream, text } = capture(true);
    let t = 0;
    const p = new Progress(stream, () => t);
    p.update('generate', 10_000, 100_000);
    expect(text()).toBe('');
    t = 4000;
    p.update('generate', 40_000, 100_000);
    expect(text()).toContain('generate: 40,000/100,000 entities (40%) · 10,000 entities/s · ETA 6 s');
    p.done();
    expect(text().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('should print nothing when stderr is not a terminal', () => {
    const { stream, text } = capture(false);
    let t = 0;
    const p = new Progress(stream, () => t);
    t = 10_000;
    p.update('generate', 5, 10);
    p.stage('validating');
    p.done();
    expect(text()).toBe('');
  });
});
