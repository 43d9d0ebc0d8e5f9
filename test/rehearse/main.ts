// `npm run rehearse [-- --stage prod] [--reuse]`: synthesizes the stage with its bundles (or reuses cdk.out with
// --reuse), then runs every Lambda bundle as synthesized through a reader's whole journey on local stand-ins
// (test/rehearse/rehearse.ts) and checks every AWS call each bundle made against its synthesized IAM role.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deployedFromTemplate, judge } from '../infra/recorded-calls.ts';
import { rehearse } from './rehearse.ts';

const { values } = parseArgs({
  options: { stage: { type: 'string', default: 'prod' }, reuse: { type: 'boolean', default: false } },
});
const cdkOut = 'cdk.out';
const started = Date.now();
try {
  if (!values.reuse || !existsSync(`${cdkOut}/manifest.json`)) {
    console.log(`rehearse: cdk synth -c stage=${values.stage} (bundles for Lambda; about a minute)…`);
    execFileSync('npx', ['cdk', 'synth', '-c', `stage=${values.stage}`, '--quiet', '-o', cdkOut], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } else console.log(`rehearse: reusing ${cdkOut} (run without --reuse after changing code or config)`);
  const result = await rehearse({ cdkOut, log: (line) => console.log(`rehearse: ${line}`) });
  const deployed = deployedFromTemplate(
    result.template,
    result.env,
    Object.fromEntries(result.functions.map((f) => [f.name, f.logicalId])),
  );
  const verdicts = await judge(result.calls, deployed, {});
  const denied = verdicts.filter((v) => v.result !== 'Allowed');
  const perFunction: Record<string, number> = {};
  for (const c of result.calls) perFunction[c.function ?? '?'] = (perFunction[c.function ?? '?'] ?? 0) + 1;
  console.log(
    `rehearse: ${result.calls.length} AWS calls (${Object.entries(perFunction)
      .map(([f, n]) => `${f} ${n}`)
      .join(', ')}), ${denied.length} that IAM would deny; ${result.emails} emails in the outbox`,
  );
  if (process.env.REHEARSE_VERBOSE)
    for (const v of verdicts)
      console.log(`rehearse: ${v.result} ${v.fn}: ${v.request.action} on ${v.request.resource}`);
  for (const v of denied)
    console.log(
      `rehearse: DENIED ${v.fn}: ${v.request.action} on ${v.request.resource} ${JSON.stringify(v.request.context)}`,
    );
  console.log(
    `rehearse: ${denied.length === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  process.exit(denied.length === 0 ? 0 : 1);
} catch (error) {
  console.error(`rehearse: ${error instanceof Error ? error.message : String(error)}`);
  console.error('rehearse: fix the step named above, then run `npm run rehearse` again.');
  process.exit(1);
}
