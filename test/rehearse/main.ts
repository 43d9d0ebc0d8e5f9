// `npm run rehearse [-- --stage prod] [--reuse]`: synthesizes the stage with its bundles (or reuses cdk.out with
// --reuse), then runs every Lambda bundle as synthesized through a reader's whole journey on local stand-ins
// (test/rehearse/rehearse.ts) and checks every AWS call each bundle made against its synthesized IAM role.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkIam } from './iam-check.ts';
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
  const iam = await checkIam(result);
  const perFunction: Record<string, number> = {};
  for (const c of result.calls) perFunction[c.function ?? '?'] = (perFunction[c.function ?? '?'] ?? 0) + 1;
  console.log(
    `rehearse: ${result.calls.length} AWS calls (${Object.entries(perFunction)
      .map(([f, n]) => `${f} ${n}`)
      .join(
        ', ',
      )}), ${iam.verdicts.length} distinct IAM requests, ${iam.denied.length} that IAM would deny; ${result.emails} emails in the outbox`,
  );
  console.log(
    `rehearse: ${iam.unused.length} granted actions no call used, ${iam.unused.length - iam.unexplained.length} of them listed with why (GRANTS_NO_RUN_USES in test/infra/recorded-calls.ts)`,
  );
  if (process.env.REHEARSE_VERBOSE)
    for (const v of iam.verdicts)
      console.log(`rehearse: ${v.result} ${v.fn}: ${v.request.action} on ${v.request.resource}`);
  for (const d of iam.denied) console.log(`rehearse: DENIED ${d}`);
  for (const k of iam.keyless)
    console.log(`rehearse: no partition keys recorded (LeadingKeys untested): ${k}`);
  for (const u of iam.unexplained) console.log(`rehearse: UNUSED and not listed: ${u}`);
  for (const u of iam.stale) console.log(`rehearse: listed as unused but used or no longer granted: ${u}`);
  const passed =
    iam.denied.length === 0 &&
    iam.unexplained.length === 0 &&
    iam.stale.length === 0 &&
    iam.keyless.length === 0;
  console.log(`rehearse: ${passed ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(passed ? 0 : 1);
} catch (error) {
  console.error(`rehearse: ${error instanceof Error ? error.message : String(error)}`);
  console.error('rehearse: fix the step named above, then run `npm run rehearse` again.');
  process.exit(1);
}
