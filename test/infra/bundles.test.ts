// Builds every handler exactly as the stack does (shared ESBUILD_OPTIONS) and checks what ends up inside:
// MJML (3.5 MB, ~0.5 s cold import) only in the functions that render, and every bundle loads as ESM.
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ESBUILD_OPTIONS,
  entryPath,
  LAMBDA_UNREACHED_CREDENTIAL_PROVIDERS,
  NATIVE_HANDLERS,
  NATIVE_MODULES,
  RENDERING_HANDLERS,
  REPO_ROOT,
  runtimeFileEnv,
  runtimeFiles,
} from '../../infra/constructs/function.ts';
import { HANDLERS, type HandlerName } from '../../infra/handlers.ts';

interface Built {
  name: HandlerName;
  file: string;
  bytes: number;
  inputs: string[];
  externals: string[];
  /** External imports with how they are imported (`import-statement`, `dynamic-import`, `require-call`). */
  externalImports: { path: string; kind: string }[];
}

const outDir = mkdtempSync(join(tmpdir(), 'tidings-bundles-'));
const built = new Map<HandlerName, Built>();

beforeAll(async () => {
  for (const name of HANDLERS) {
    const file = join(outDir, name, 'index.mjs');
    const result = await build({
      ...ESBUILD_OPTIONS,
      mainFields: [...ESBUILD_OPTIONS.mainFields],
      external: [...ESBUILD_OPTIONS.external],
      entryPoints: [entryPath(name)],
      bundle: true,
      outfile: file,
      banner: { js: ESBUILD_OPTIONS.banner },
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: REPO_ROOT,
    });
    // What afterBundling copies into the asset.
    for (const [from, to] of runtimeFiles(name)) {
      mkdirSync(dirname(join(outDir, name, to)), { recursive: true });
      cpSync(from, join(outDir, name, to), { recursive: true });
    }
    const meta = result.metafile as Metafile;
    const output = Object.entries(meta.outputs).find(([path]) => path.endsWith('index.mjs'))!;
    const externalImports = output[1].imports
      .filter((i) => i.external)
      .map((i) => ({ path: i.path, kind: i.kind as string }));
    const externals = externalImports.map((i) => i.path);
    if (NATIVE_HANDLERS.includes(name)) {
      // As the asset gets them from npm ci; here the host's own build of the same version.
      for (const mod of NATIVE_MODULES) {
        mkdirSync(join(outDir, name, 'node_modules', mod, '..'), { recursive: true });
        symlinkSync(join(REPO_ROOT, 'node_modules', mod), join(outDir, name, 'node_modules', mod));
      }
      for (const dir of readdirSync(join(REPO_ROOT, 'node_modules', '@node-rs')))
        if (dir.startsWith('jieba-'))
          symlinkSync(
            join(REPO_ROOT, 'node_modules', '@node-rs', dir),
            join(outDir, name, 'node_modules', '@node-rs', dir),
          );
    }
    built.set(name, {
      name,
      file,
      bytes: output[1].bytes,
      inputs: Object.keys(meta.inputs),
      externals,
      externalImports,
    });
  }
  const table = [...built.values()].map((b) => ({
    handler: b.name,
    kB: Math.round(b.bytes / 1024),
    mjml: b.inputs.some(isMjml),
  }));
  console.table(table);
  mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'test-results', 'bundles.json'), `${JSON.stringify(table, null, 2)}\n`);
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const isMjml = (input: string) => /node_modules\/mjml[^/]*\//.test(input);

describe('handler bundles', () => {
  it.each(HANDLERS.filter((h) => !RENDERING_HANDLERS.includes(h)))('%s does not bundle mjml', (name) => {
    const b = built.get(name)!;
    expect(b.inputs.length).toBeGreaterThan(0);
    expect(b.inputs.filter(isMjml)).toEqual([]);
  });

  it.each(['send', 'http-subscriptions'] as const)(
    '%s carries no MJML, HTML-to-text, MIME composer, YAML parser or OpenCC dictionary (its cold start stays small)',
    (name) => {
      const heavy = built
        .get(name)!
        .inputs.filter((i) =>
          /node_modules\/(mjml[^/]*|html-to-text|yaml|juice|opencc-js)\/|nodemailer\/.*mail-composer/.test(i),
        );
      expect(heavy).toEqual([]);
    },
  );

  it.each(NATIVE_HANDLERS)('%s classifies with the theme model beside its topics.json', async (name) => {
    const { loadTaxonomyJsonFile } = await import('../../functions/adapters/fs/taxonomy-json.ts');
    const taxonomy = await loadTaxonomyJsonFile(join(outDir, name, 'topics.json'));
    expect(taxonomy.model?.logOdds('robotics', ['en:robot'])).toEqual(expect.any(Number));
  });

  it('http-subscriptions serves the subscribe page from its runtime files alone', async () => {
    const b = built.get('http-subscriptions')!;
    const keys = join(outDir, 'token-keys.json');
    writeFileSync(
      keys,
      JSON.stringify({ keys: [{ id: 'k1', secret: Buffer.alloc(32, 7).toString('base64') }] }),
    );
    // A GET / needs configuration, keys, the taxonomy, the confirmations and reader files, but no DynamoDB or SES call.
    // zh-Hant pages come from reader.json (converted at build time: no dictionary in the bundle).
    const probe = `const { handler } = await import(${JSON.stringify(`file://${b.file}`)});
      const get = (lang) => handler({ rawPath: '/', rawQueryString: '', headers: { 'accept-language': lang },
        requestContext: { http: { method: 'GET', sourceIp: '203.0.113.9' }, requestId: 'r1' }, isBase64Encoded: false });
      const [en, hant] = [await get('en'), await get('zh-TW')];
      console.log(JSON.stringify({ status: en.statusCode, body: en.body, hant: hant.body }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', probe], {
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'ap-east-1',
        TABLE_NAME: 'tidings',
        SENDER_EMAIL: 'news@example.org',
        SITE_URL: 'https://news.example.org',
        TOKEN_KEYS_FILE: keys,
        ...runtimeFileEnv('http-subscriptions', join(outDir, 'http-subscriptions')),
      },
      cwd: outDir,
      timeout: 20_000,
    });
    const res = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      status: number;
      body: string;
      hant: string;
    };
    expect(res.status).toBe(200);
    // Topic names come from topics.json beside the bundle.
    expect(res.body).toContain('Health &amp; life sciences');
    expect(res.hant).toContain('<html lang="zh-TW">');
    expect(res.hant).toContain('醫療與生物醫藥');
  });

  it.each(HANDLERS)('%s gets the native modules it imports installed beside it', (name) => {
    const b = built.get(name)!;
    const native = b.externals.filter((e) => NATIVE_MODULES.some((m) => e === m || e.startsWith(`${m}/`)));
    if (native.length > 0) expect(NATIVE_HANDLERS).toContain(name);
    // Nothing else may be left outside the bundle: Lambda would not find it.
    expect(
      b.externals.filter(
        (e) =>
          !e.startsWith('node:') &&
          !builtinModules.includes(e) &&
          !native.includes(e) &&
          e !== 'typescript' &&
          !(LAMBDA_UNREACHED_CREDENTIAL_PROVIDERS as readonly string[]).includes(e),
      ),
    ).toEqual([]);
  });

  it.each(HANDLERS)('%s leaves out only credential providers Lambda never loads', (name) => {
    const b = built.get(name)!;
    const providers = b.externalImports.filter((i) =>
      (LAMBDA_UNREACHED_CREDENTIAL_PROVIDERS as readonly string[]).includes(i.path),
    );
    // Loaded with import() only when the environment holds no credentials (never on Lambda); a static import
    // would fail the cold start.
    expect(providers.filter((i) => i.kind !== 'dynamic-import')).toEqual([]);
    // The nested STS/SSO clients they bring stay out.
    expect(b.inputs.filter((i) => i.includes('node_modules/@aws-sdk/nested-clients/'))).toEqual([]);
  });

  it.each(HANDLERS)('%s is traced with Powertools Tracer', (name) => {
    expect(
      built.get(name)!.inputs.some((i) => i.includes('node_modules/@aws-lambda-powertools/tracer/')),
    ).toBe(true);
  });

  it.each(HANDLERS)('%s ships no source map, and beside it only files it reads at run time', (name) => {
    const b = built.get(name)!;
    expect(readFileSync(b.file, 'utf8')).not.toContain('sourceMappingURL');
    const files = readdirSync(join(outDir, name), { recursive: true, encoding: 'utf8' });
    // node_modules/ holds what the native module's resolution needs (its package.json files included).
    const own = files.filter((f) => !f.startsWith('node_modules'));
    expect(own.filter((f) => /\.(map|ts|md)$|package(-lock)?\.json$/.test(f))).toEqual([]);
    if (RENDERING_HANDLERS.includes(name))
      expect(runtimeFiles(name).map(([, to]) => to)).toContain(join('templates', '_common', 'head.mjml'));
  });

  it.each(HANDLERS)('%s leaves out the TypeScript compiler', (name) => {
    expect(built.get(name)!.inputs.filter((i) => i.includes('node_modules/typescript/'))).toEqual([]);
  });

  it.each(HANDLERS)('%s loads as an ESM module and exports handler', async (name) => {
    const b = built.get(name)!;
    // A child process: the bundle's module-scope code runs as it would at a Lambda cold start
    // (minus AWS_LAMBDA_FUNCTION_NAME, so handlers defer reading AWS configuration).
    const probe = `const m = await import(${JSON.stringify(`file://${b.file}`)}); if (typeof m.handler !== 'function') { console.error('no handler export'); process.exit(3); }`;
    const { stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', probe], {
      env: { PATH: process.env.PATH, AWS_REGION: 'ap-east-1', ...runtimeFileEnv(name, join(outDir, name)) },
      // Run from elsewhere: the bundle must not lean on the repository's node_modules or templates/.
      cwd: outDir,
      timeout: 20_000,
    });
    expect(stderr).not.toMatch(/Error/);
  });
});
