import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  dataConfig,
  deliveryConfig,
  mailConfig,
  tokenConfig,
} from '../../../functions/shared/config.ts';

const mail = { SENDER_EMAIL: 'news@tidings.example.org', SITE_URL: 'https://news.example.org/' };

describe('configuration', () => {
  it('reads the data settings, REGION standing in for AWS_REGION', () => {
    expect(dataConfig({ TABLE_NAME: 'tidings', DYNAMODB_ENDPOINT: 'http://127.0.0.1:4567' })).toEqual({
      tableName: 'tidings',
      dynamodbEndpoint: 'http://127.0.0.1:4567',
      region: undefined,
    });
    expect(dataConfig({ TABLE_NAME: 'tidings', REGION: 'ap-east-1' }).region).toBe('ap-east-1');
    expect(dataConfig({ TABLE_NAME: 'tidings', REGION: 'ap-east-1', AWS_REGION: 'us-east-1' }).region).toBe(
      'us-east-1',
    );
  });

  it('names a missing variable, and an invalid one with what it should hold', () => {
    expect(() => dataConfig({})).toThrow(ConfigError);
    expect(() => dataConfig({})).toThrow('TABLE_NAME is not set');
    expect(() => dataConfig({ TABLE_NAME: 'tidings', DYNAMODB_ENDPOINT: 'ftp://x' })).toThrow(
      /DYNAMODB_ENDPOINT: must be an http\(s\) URL/,
    );
    expect(() => dataConfig({ TABLE_NAME: 'tidings', AWS_REGION: 'moon' })).toThrow(
      /AWS_REGION: must be a region/,
    );
    expect(() => mailConfig({ SITE_URL: 'https://x.org' })).toThrow('SENDER_EMAIL is not set');
    expect(() => mailConfig({ ...mail, SENDER_EMAIL: 'a@x.org, b@evil.test' })).toThrow(/SENDER_EMAIL/);
    expect(() => mailConfig({ ...mail, SENDER_NAME: 'tidings\r\nBcc: x@evil.test' })).toThrow(
      /SENDER_NAME: must be one line/,
    );
  });

  it('derives mail defaults and trims the site URL', () => {
    expect(mailConfig({ ...mail, SENDER_NAME: '' })).toEqual({
      senderEmail: 'news@tidings.example.org',
      senderName: 'tidings',
      configurationSet: undefined,
      siteUrl: 'https://news.example.org',
      listIdDomain: 'tidings.example.org',
      sesEndpoint: undefined,
      region: undefined,
    });
    expect(mailConfig({ ...mail, LIST_ID_DOMAIN: 'lists.example.org' }).listIdDomain).toBe(
      'lists.example.org',
    );
  });

  it('needs exactly one token key source', () => {
    expect(tokenConfig({ TOKEN_KEYS_FILE: '.tidings/token-keys.json' })).toEqual({
      tokenKeysSecretArn: undefined,
      tokenKeysFile: '.tidings/token-keys.json',
    });
    expect(
      tokenConfig({ TOKEN_KEYS_SECRET_ARN: 'arn:aws:secretsmanager:ap-east-1:1:secret:k' }).tokenKeysFile,
    ).toBe(undefined);
    expect(() => tokenConfig({})).toThrow(/exactly one of TOKEN_KEYS_SECRET_ARN or TOKEN_KEYS_FILE/);
    expect(() =>
      tokenConfig({
        TOKEN_KEYS_FILE: 'k.json',
        TOKEN_KEYS_SECRET_ARN: 'arn:aws:secretsmanager:x:1:secret:k',
      }),
    ).toThrow(/exactly one/);
  });

  it('reads delivery settings with their defaults and bounds', () => {
    expect(deliveryConfig({})).toEqual({
      sendQueueUrl: undefined,
      sendRate: undefined,
      senderConcurrency: 2,
      timezone: 'Asia/Shanghai',
      contentBucket: undefined,
    });
    const c = deliveryConfig({ SEND_RATE: '14', SENDER_CONCURRENCY: '4', TIMEZONE: 'Europe/Berlin' });
    expect([c.sendRate, c.senderConcurrency, c.timezone]).toEqual([14, 4, 'Europe/Berlin']);
    expect(() => deliveryConfig({ SEND_RATE: 'fast' })).toThrow(/SEND_RATE/);
    expect(() => deliveryConfig({ SEND_RATE: '0' })).toThrow(/SEND_RATE/);
    expect(() => deliveryConfig({ SENDER_CONCURRENCY: '1.5' })).toThrow(/SENDER_CONCURRENCY/);
    expect(() => deliveryConfig({ TIMEZONE: 'Mars/Olympus' })).toThrow(/TIMEZONE: must be an IANA time zone/);
  });
});
