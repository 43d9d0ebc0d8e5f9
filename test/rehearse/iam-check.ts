// The rehearsal's IAM check (issue 15 §5), shared by `npm run rehearse` and test/rehearse/rehearse.test.ts: every AWS
// call the bundles made, named as in the account, through the IAM simulator against the calling function's role in
// the template; conversely, every action a role grants matched against the calls that used it. A granted action no
// call used must be listed below with why it stays: the list must match exactly, so a grant that starts being used
// or a new one nobody uses fails until the list is brought up to date.
import {
  type Deployed,
  deployedFromTemplate,
  GRANTS_NO_RUN_USES,
  judge,
  unusedGrants,
  type Verdict,
} from '../infra/recorded-calls.ts';
import type { RehearsalResult } from './rehearse.ts';

/** The rehearsal drives no path beyond those every run leaves out (test/infra/recorded-calls.ts says why each). */
export const UNUSED_GRANTS: Record<string, string> = GRANTS_NO_RUN_USES;

export interface IamCheck {
  deployed: Deployed;
  /** One per distinct request (function, action, resource, condition keys) the recorded calls make. */
  verdicts: Verdict[];
  /** `fn: action on resource {context}` for each request IAM would refuse. */
  denied: string[];
  /** `fn action resources` for each granted action no allowed request used. */
  unused: string[];
  /** Unused grants the list does not explain, and listed ones that are in fact used (or no longer granted). */
  unexplained: string[];
  stale: string[];
  /**
   * DynamoDB calls recorded without their partition keys. Under ForAllValues an absent dynamodb:LeadingKeys passes
   * vacuously, so the simulator would not test a function's key condition for them: there must be none.
   */
  keyless: string[];
}

export async function checkIam(result: RehearsalResult): Promise<IamCheck> {
  const deployed = deployedFromTemplate(
    result.template,
    result.env,
    Object.fromEntries(result.functions.map((f) => [f.name, f.logicalId])),
  );
  const verdicts = await judge(result.calls, deployed, {});
  const denied = verdicts
    .filter((v) => v.result !== 'Allowed')
    .map((v) => `${v.fn}: ${v.request.action} on ${v.request.resource} ${JSON.stringify(v.request.context)}`);
  const unused = await unusedGrants(verdicts, deployed);
  return {
    deployed,
    verdicts,
    denied,
    unused,
    unexplained: unused.filter((u) => !(u in UNUSED_GRANTS)),
    stale: Object.keys(UNUSED_GRANTS).filter((u) => !unused.includes(u)),
    keyless: result.calls
      .filter((c) => c.service === 'dynamodb' && !c.target.leadingKeys?.length)
      .map(
        (c) =>
          `${c.function}: ${c.action} on ${c.target.tables?.join(',')}${c.target.index ? `/index/${c.target.index}` : ''}`,
      ),
  };
}
