/**
 * How the embedded Azurite's table database (LokiJS, one JSON file) reaches the disk. LokiJS's own
 * file adapter writes a temporary file and renames it, but never syncs, so a power cut can leave an
 * empty or old file; this one syncs the file and its folder before calling a save done. Also the
 * message for a store file that cannot be read, naming it and saying how to recover.
 */
import fs from 'node:fs';
import path from 'node:path';

async function writeDurably(file: string, data: string): Promise<void> {
  const tmp = `${file}~`;
  const handle = await fs.promises.open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(tmp, file);
  // The rename is only durable once the folder is synced (folders cannot be opened on Windows).
  if (process.platform !== 'win32') {
    const folder = await fs.promises.open(path.dirname(file), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}

/** A LokiJS persistence adapter (the 'normal' kind: whole database as one string). */
export class DurableFsAdapter {
  loadDatabase(file: string, callback: (data: string | null | Error) => void): void {
    fs.readFile(file, 'utf8', (err, data) => {
      if (err) callback(err.code === 'ENOENT' ? null : err);
      else callback(data);
    });
  }

  saveDatabase(file: string, data: string, callback: (err?: Error | null) => void): void {
    writeDurably(file, data).then(() => callback(null), (err: Error) => callback(err));
  }

  deleteDatabase(file: string, callback: (err?: Error | null) => void): void {
    fs.rm(file, { force: true }, (err) => callback(err));
  }
}

/** Why the store file could not be loaded, with its name and the way out. */
export function unreadableStoreMessage(file: string, cause: string): string {
  const name = path.basename(file);
  const newer = fs.existsSync(`${file}~`) ? ` ${file}~ is what an interrupted save left; it may be a newer complete copy.` : '';
  return (
    `cannot read the embedded store file ${file} (${cause.split('\n')[0].slice(0, 200)}). It may be damaged. ` +
    `To recover: stop every yosbot process using this folder, then move the file aside (e.g. rename it to ${name}.damaged) ` +
    `to start with an empty store and import your CSV files again, or put back a copy from a backup.${newer}`
  );
}
