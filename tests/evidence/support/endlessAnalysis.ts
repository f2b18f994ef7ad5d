// A page analysis that never finishes (captureWorker.test.ts), standing in for a page whose reading would
// stall: it says that it has started, then keeps its thread's CPU busy until the capture's budget ends it.
import { BroadcastChannel } from 'node:worker_threads';
import { BUSY_CHANNEL } from './busyChannel';

new BroadcastChannel(BUSY_CHANNEL).postMessage('busy');
let spins = 0;
while (true) spins = (spins + 1) % 1_000_003;
