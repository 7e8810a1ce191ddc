// A backup killed halfway: opens the data folder, starts a backup that copies slowly, says "copying" once pages
// have been written, and waits to be SIGKILLed.
import { openApp } from '../../electron/appContext';

const [dataDir] = process.argv.slice(2);
const app = await openApp({ dataDir });
let said = false;
await app.store.backup('manual', (done, total) => {
  if (done > 0 && done < total && !said) {
    said = true;
    process.stdout.write('copying\n');
  }
  // slow enough that the kill lands between two steps of the copy
  const until = Date.now() + 200;
  while (Date.now() < until);
});
process.stdout.write('finished\n');
