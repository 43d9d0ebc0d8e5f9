// Adapter: reads an uploaded article from the content bucket for the publish handler.
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';

/** An article is a few tens of KB of Markdown; anything far larger is not one and is refused unread. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export class ArticleObjectError extends Error {
  override name = 'ArticleObjectError';
}

export interface ArticleObject {
  bucket: string;
  key: string;
  text: string;
}

export interface ArticleObjectReader {
  read(bucket: string, key: string): Promise<ArticleObject>;
}

/** Object keys in S3 event notifications are URL-encoded with `+` for spaces. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

export function createS3ArticleReader(client: S3Client): ArticleObjectReader {
  return {
    async read(bucket, key) {
      const result = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (result.ContentLength !== undefined && result.ContentLength > MAX_ARTICLE_BYTES) {
        throw new ArticleObjectError(
          `s3://${bucket}/${key} is ${result.ContentLength} bytes; an article may be at most ${MAX_ARTICLE_BYTES}`,
        );
      }
      if (!result.Body) throw new ArticleObjectError(`s3://${bucket}/${key} has no body`);
      const bytes = await result.Body.transformToByteArray();
      if (bytes.byteLength > MAX_ARTICLE_BYTES) {
        throw new ArticleObjectError(`s3://${bucket}/${key} is larger than ${MAX_ARTICLE_BYTES} bytes`);
      }
      try {
        return { bucket, key, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        throw new ArticleObjectError(`s3://${bucket}/${key} is not UTF-8 text`);
      }
    },
  };
}
