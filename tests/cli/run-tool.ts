// Runs one of the command-line tools as a facilitator would (`npm run <tool>`), in English
// whatever the machine's language unless the test gives LANG or LC_* itself.
import { spawnSync } from 'node:child_process';

export interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runTool(tool: string, args: string[], env: Record<string, string> = {}): ToolRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${tool}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
