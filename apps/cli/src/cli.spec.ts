import { runCapture } from './testing-internal/run-capture';
import { version } from '../package.json';

describe('synth (the Clipanion app)', () => {
  it('should print the version through the builtin --version', async () => {
    const { code, stdout, stderr } = await runCapture(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
    expect(stderr).toBe('');
  });

  it('should list the commands through the builtin --help, without colours when not a terminal', async () => {
    const { code, stdout } = await runCapture(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('synth');
    expect(stdout).not.toContain('\u001b[');
  });

  it('should write an unknown command to stderr and exit 2', async () => {
    const { code, stdout, stderr } = await runCapture(['no-such-command']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Command not found');
  });
});
