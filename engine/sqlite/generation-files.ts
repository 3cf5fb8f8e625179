/**
 * Index generations on disk and the pointer that names the live one.
 *
 * `<dataDir>/sqlite/` holds complete, self-contained database files `index-<ms>-<pid>.db` and a
 * pointer file `CURRENT` naming the live one. A rebuild writes a new file and then replaces
 * `CURRENT` atomically (temp file, fsync, rename, fsync of the directory), so a reader either sees
 * the old name or the new one, never a half-built index. Database files are never renamed: SQLite's
 * WAL and shared-memory sidecars are found by name, and a reader may have the file open.
 */
import fs from 'node:fs';
import path from 'node:path';

export const CURRENT_FILE = 'CURRENT';
const GENERATION = /^index-(\d+)-(\d+)\.db$/;
// '.answers': prepared answers (prepared.ts), and the file they are written to first.
const SIDECARS = ['', '-wal', '-shm', '-journal', '.answers', '.answers-tmp'];
const TEMP_POINTER = /^CURRENT\.tmp-(\d+)$/;

export function sqliteDir(dataDir: string): string {
  return path.join(dataDir, 'sqlite');
}

/** The live generation's file name, or null when no index has been built yet. */
export function readCurrent(dir: string): string | null {
  let content: string;
  try {
    content = fs.readFileSync(path.join(dir, CURRENT_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const name = content.trim();
  // Only ever follow a pointer to a generation in this directory, whatever the file says.
  return GENERATION.test(name) ? name : null;
}

let lastStamp = 0;

/** A fresh generation file name, unique within this process and on disk. */
export function newGenerationName(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  let stamp = Math.max(Date.now(), lastStamp + 1);
  while (SIDECARS.some((s) => fs.existsSync(path.join(dir, `index-${stamp}-${process.pid}.db${s}`)))) stamp++;
  lastStamp = stamp;
  return `index-${stamp}-${process.pid}.db`;
}

/** Point `CURRENT` at `name`, atomically and durably. */
export function writeCurrent(dir: string, name: string): void {
  const temp = path.join(dir, `${CURRENT_FILE}.tmp-${process.pid}`);
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, `${name}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, path.join(dir, CURRENT_FILE));
  fsyncDir(dir);
}

function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic there.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Delete generations nobody needs: everything except `keep` (the live one and its predecessor,
 * which a reader may still be using for a moment) and files another live process may still be
 * building. This removes older generations and the leftovers of crashed builds. Returns the
 * deleted generation names.
 */
export function cleanupGenerations(dir: string, keep: ReadonlySet<string>, buildingHere: ReadonlySet<string>): string[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const deleted: string[] = [];
  const bases = new Set<string>();
  for (const entry of entries) {
    const pointer = TEMP_POINTER.exec(entry);
    if (pointer) {
      if (Number(pointer[1]) !== process.pid && !isAlive(Number(pointer[1]))) removeQuietly(path.join(dir, entry));
      continue;
    }
    // Sidecars count too: a crash can leave a WAL whose database file is already gone.
    bases.add(entry.replace(/-(wal|shm|journal)$/, ''));
  }
  for (const base of bases) {
    const match = GENERATION.exec(base);
    if (!match) continue;
    if (keep.has(base) || buildingHere.has(base)) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && isAlive(pid)) continue;
    for (const suffix of SIDECARS) removeQuietly(path.join(dir, base + suffix));
    deleted.push(base);
  }
  return deleted;
}

/** Remove one generation file and its sidecars (a failed build). */
export function removeGeneration(dir: string, name: string): void {
  for (const suffix of SIDECARS) removeQuietly(path.join(dir, name + suffix));
}

/** Bytes on disk of a generation, with its WAL. */
export function generationSize(dir: string, name: string): number {
  let total = 0;
  for (const suffix of ['', '-wal']) {
    try {
      total += fs.statSync(path.join(dir, name + suffix)).size;
    } catch {
      // A missing WAL simply has no size.
    }
  }
  return total;
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
