import { createInterface } from 'node:readline';
import type { Conversation } from './conversation';

export interface TerminalOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person typing: show the intro and a `you> ` prompt. Otherwise (a pipe) echo each line as `you: ...`. */
  interactive: boolean;
  intro: string;
}

/**
 * Reads one utterance a line until the input ends, printing what the skill answers. Lines starting with `#` are
 * comments, so a scripted conversation can explain itself.
 */
export async function runTerminal(conversation: Conversation, options: TerminalOptions): Promise<void> {
  const { input, output, interactive } = options;
  const print = (lines: readonly string[]): void => {
    for (const line of lines) output.write(`${line}\n`);
  };
  const reader = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  reader.setPrompt('you> ');
  // Ctrl+C leaves like Ctrl+D: the open session ends and the store stops cleanly.
  reader.on('SIGINT', () => reader.close());
  if (interactive) {
    print([options.intro]);
    reader.prompt();
  }
  for await (const line of reader) {
    const said = line.trim();
    if (said !== '' && !said.startsWith('#')) {
      if (!interactive) print([`you: ${said}`]);
      print(await conversation.say(said));
    }
    if (interactive) reader.prompt();
  }
  if (interactive) print(['']);
  print(await conversation.hangUp());
}
