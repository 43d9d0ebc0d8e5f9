import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ArticleObjectError,
  createS3ArticleReader,
  decodeS3Key,
} from '../../../functions/adapters/s3/article-object.ts';

const s3 = mockClient(S3Client);
// Only the SDK stream method the reader uses; the real type also carries Node stream members.
const body = (bytes: Uint8Array) => ({ transformToByteArray: async () => bytes }) as never;

beforeEach(() => s3.reset());

describe('S3 article reader', () => {
  it('reads a UTF-8 article body', async () => {
    s3.on(GetObjectCommand, { Bucket: 'content', Key: 'articles/ai 上海.md' }).resolves({
      Body: body(Buffer.from('# 人工智能\n\n正文', 'utf8')),
    });
    const reader = createS3ArticleReader(new S3Client({ region: 'eu-west-1' }));
    const article = await reader.read('content', decodeS3Key('articles/ai+%E4%B8%8A%E6%B5%B7.md'));
    expect(article).toEqual({ bucket: 'content', key: 'articles/ai 上海.md', text: '# 人工智能\n\n正文' });
  });

  it('refuses objects that are too large or not UTF-8', async () => {
    const reader = createS3ArticleReader(new S3Client({ region: 'eu-west-1' }));
    s3.on(GetObjectCommand, { Key: 'big.md' }).resolves({
      ContentLength: 50_000_000,
      Body: body(new Uint8Array(1)),
    });
    await expect(reader.read('content', 'big.md')).rejects.toThrow(/at most/);
    s3.on(GetObjectCommand, { Key: 'latin1.md' }).resolves({
      Body: body(new Uint8Array([0x63, 0x61, 0x66, 0xe9])),
    });
    await expect(reader.read('content', 'latin1.md')).rejects.toBeInstanceOf(ArticleObjectError);
  });
});
