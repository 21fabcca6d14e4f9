import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AlexaApiCallError, NodeApiClient } from '../../lambda/alexa-api/api-client';

let server: Server;
let endpoint: string;
const seen: { method?: string; url?: string; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      if (request.url === '/hang') return;
      response.writeHead(request.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('sends the method, headers and body it is given, and gives back status, headers and body', async () => {
  const client = new NodeApiClient();
  const response = await client.invoke({
    url: `${endpoint}/v1/alerts/reminders`,
    method: 'POST',
    headers: [
      { key: 'Authorization', value: 'Bearer abc' },
      { key: 'Content-type', value: 'application/json' },
    ],
    body: '{"a":1}',
  });

  expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/v1/alerts/reminders', headers: { authorization: 'Bearer abc' }, body: '{"a":1}' });
  expect(response).toMatchObject({ statusCode: 200, body: '{"ok":true}' });
  expect(response.headers).toContainEqual({ key: 'content-type', value: 'application/json' });
});

test('an error status is an answer, for the service client to judge', async () => {
  const response = await new NodeApiClient().invoke({ url: `${endpoint}/missing`, method: 'GET', headers: [] });
  expect(response.statusCode).toBe(404);
});

test('gives up on a server that never answers after its timeout', async () => {
  const started = Date.now();
  await expect(new NodeApiClient(200).invoke({ url: `${endpoint}/hang`, method: 'GET', headers: [] })).rejects.toThrow(AlexaApiCallError);
  expect(Date.now() - started).toBeLessThan(1000);
});

test('sends the access token over plain http only to loopback, and nowhere without a URL', async () => {
  const client = new NodeApiClient();
  const calls = seen.length;
  await expect(client.invoke({ url: 'http://api.amazonalexa.com/v1/alerts/reminders', method: 'GET', headers: [] })).rejects.toThrow(
    /refused/,
  );
  await expect(client.invoke({ url: '/v1/alerts/reminders', method: 'GET', headers: [] })).rejects.toThrow(AlexaApiCallError);
  expect(seen.length).toBe(calls);
});

test('a connection refused is a call error', async () => {
  await expect(new NodeApiClient().invoke({ url: 'http://127.0.0.1:9/x', method: 'GET', headers: [] })).rejects.toThrow(AlexaApiCallError);
});
