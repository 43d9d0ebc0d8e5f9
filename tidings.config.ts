// Deployment stages: `npx cdk deploy -c stage=prod` deploys stack tidings-prod with the settings below.
// Edit these for your own account and domain; every field is documented in infra/config.ts and docs/deploy.md.
// `-c name=value` overrides one setting for a one-off (e.g. `-c sendRate=14`, `-c sender.name=…`); synth
// validates the result and names any field that is missing or wrong.
import { defineConfig } from './infra/config.ts';

export default defineConfig({
  stages: {
    // A developer's own stack: SES sandbox, mail only to the verified test recipients below, links on the
    // CloudFront domain. Account and region come from your AWS CLI profile unless set here.
    dev: {
      region: 'ap-southeast-1',
      sender: { email: 'news@example.org', name: 'tidings (dev)' },
      postalAddress: 'tidings, 1 Example Road, Singapore 000000',
      sandbox: true,
      testRecipients: ['editor@example.org'],
      sendRate: 1,
      timezone: 'Asia/Shanghai',
    },
    // Production: real readers, so account, region, own domain, postal address, alarms and termination
    // protection are required (synth fails naming whichever is missing).
    prod: {
      account: '123456789012',
      region: 'ap-southeast-1',
      mailsRealPeople: true,
      terminationProtection: true,
      sender: { email: 'news@example.org', name: 'tidings' },
      customDomain: { name: 'news.example.org' },
      hostedZone: { id: 'Z0123456789EXAMPLE', name: 'example.org' },
      postalAddress: 'tidings, 1 Example Road, Singapore 000000',
      replyTo: 'editors@example.org',
      alarmEmail: 'ops@example.org',
      sendRate: 14,
      timezone: 'Asia/Shanghai',
      dailyDigestAt: '07:00',
      weeklyDigestAt: 'mon 08:00',
      zhHantVariant: 'tw',
    },
  },
});
