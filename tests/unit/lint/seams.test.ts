// The seams are enforced by lint, in the project's own configuration: these cases must
// fail the build, and their allowed neighbours must not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function seamProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'local/seams').map((m) => m.message);
}

describe('the seams between parts of the app', { timeout: 30_000 }, () => {
  it('rejects a feature importing another feature', async () => {
    const problems = await seamProblems(
      'src/features/actions/Example.tsx',
      "import { EntryEditor } from '../journal/EntryEditor';\nexport const x = EntryEditor;\n",
    );
    expect(problems).toEqual([expect.stringMatching(/never imports another feature/)]);
  });

  it('rejects a dynamic import of another feature too', async () => {
    const problems = await seamProblems(
      'src/features/run/example.ts',
      "export const load = () => import('../plan/PlanScreen');\n",
    );
    expect(problems).toHaveLength(1);
  });

  it('rejects a component importing src/db, even for a type', async () => {
    const value = await seamProblems(
      'src/features/plan/Example.tsx',
      "import { updateGroup } from '../../db/groups';\nexport const x = updateGroup;\n",
    );
    const type = await seamProblems(
      'src/private/Example.tsx',
      "import type { LinkTargets } from '../db/journal-links';\nexport type X = LinkTargets;\n",
    );
    expect(value).toEqual([expect.stringMatching(/Components never import src\/db/)]);
    expect(type).toHaveLength(1);
  });

  it('rejects shared UI importing a feature', async () => {
    const problems = await seamProblems(
      'src/ui/Example.tsx',
      "import { vaultLabel } from '../features/journal/backup-words';\nexport const x = vaultLabel;\n",
    );
    expect(problems).toEqual([expect.stringMatching(/never imports one/)]);
  });

  it("allows a feature's own modules, shared UI, the private tier and a data module reaching src/db", async () => {
    const component = await seamProblems(
      'src/features/actions/Example.tsx',
      [
        "import { useActionCardsStamp } from './actions-data';",
        "import { ProgressBar } from '../../ui/ProgressBar';",
        "import { usePrivateStores } from '../../private/stores';",
        'export const x = [useActionCardsStamp, ProgressBar, usePrivateStores];',
        '',
      ].join('\n'),
    );
    const dataModule = await seamProblems(
      'src/features/actions/example-data.ts',
      "export { actionCardsStamp } from '../../db/action-cards';\n",
    );
    expect(component).toEqual([]);
    expect(dataModule).toEqual([]);
  });
});
