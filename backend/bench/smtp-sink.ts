/*
 * A counting SMTP server in its own process (as a real mail server is never inside the app). The parent
 * benchmark reads the count over IPC.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

let received = 0;
// Each count carries the generation it belongs to: counts of the previous round still travelling over IPC when
// the parent resets must not be taken for counts of the next round.
let generation = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData: (stream, _session, callback) => {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received++;
      process.send?.({ received, generation });
      callback();
    });
  },
});
// A connection that breaks mid-message is an 'error' event; unheard, it would end the sink.
server.on('error', () => undefined);
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.server.address() as AddressInfo).port }));
process.on('message', (message: { reset?: number }) => {
  if (message.reset === undefined) return;
  received = 0;
  generation = message.reset;
  process.send?.({ reset: generation });
});
// The bench that started it ended (or failed) without closing it: no sink is left behind.
process.on('disconnect', () => process.exit(0));
