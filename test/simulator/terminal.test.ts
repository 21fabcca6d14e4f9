import { PassThrough, Readable } from 'node:stream';
import type { Conversation } from '../../simulator/conversation';
import { runTerminal } from '../../simulator/terminal';

/** A conversation that answers each line with its length and says goodbye when the input ends. */
function fakeConversation(): Conversation & { heard: string[] } {
  const heard: string[] = [];
  return {
    heard,
    say: async (line: string) => {
      heard.push(line);
      return [`alexa: ${line.length}`];
    },
    hangUp: async () => ['(bye)'],
  } as unknown as Conversation & { heard: string[] };
}

async function pipeThrough(input: string): Promise<{ printed: string; heard: string[] }> {
  const conversation = fakeConversation();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  await runTerminal(conversation, { input: Readable.from([input]), output, interactive: false, intro: 'intro' });
  return { printed, heard: conversation.heard };
}

describe('the simulator on a pipe', () => {
  it('echoes each line before its answer, with no intro or prompt, and hangs up at the end', async () => {
    const { printed } = await pipeThrough('open back care coach\n  help  \n');

    expect(printed).toBe('you: open back care coach\nalexa: 20\nyou: help\nalexa: 4\n(bye)\n');
  });

  it('skips blank lines and # comments', async () => {
    const { printed, heard } = await pipeThrough('# a scripted session\n\nnext\n');

    expect(heard).toEqual(['next']);
    expect(printed).toBe('you: next\nalexa: 4\n(bye)\n');
  });

  it('reads a last line with no newline', async () => {
    const { heard } = await pipeThrough('open back care coach\nstop');

    expect(heard).toEqual(['open back care coach', 'stop']);
  });
});
