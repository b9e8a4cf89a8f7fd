// Autosave: the studio's whole state (brief, text, which ids it made) in IndexedDB, written after every
// change and read back on reload, with its undo history. IndexedDB, not localStorage: a brief and its text
// can pass localStorage's few megabytes, and IndexedDB does not block the page while it writes.
//
// Two object stores: `drafts` holds one record (`current`): the state, and the ids of the undo and redo
// steps in order; `steps` holds each step (an earlier copy of the state, as JSON) under its id. A step is
// written once, when it is new, not with every save: typing in a field writes the draft, not the history.

const DB_NAME = 'brief-studio';
const DRAFTS = 'drafts';
const STEPS = 'steps';
const KEY = 'current';

function open() {
  return new Promise((resolve, reject) => {
    // Version 2 added `steps` (the undo history); a version-1 database keeps its draft.
    const request = indexedDB.open(DB_NAME, 2);
    request.onupgradeneeded = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains(DRAFTS)) database.createObjectStore(DRAFTS);
      if (!database.objectStoreNames.contains(STEPS)) database.createObjectStore(STEPS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

let dbPromise = null;
const db = () => (dbPromise ??= open());

const done = (request) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** The saved draft, or null. */
export async function loadDraft() {
  const database = await db();
  return (await done(database.transaction(DRAFTS).objectStore(DRAFTS).get(KEY))) ?? null;
}

/** The saved steps with these ids, in the same order: `{ id, snapshot }`, or null where one is missing. */
export async function loadSteps(ids) {
  const database = await db();
  const store = database.transaction(STEPS).objectStore(STEPS);
  const found = await Promise.all(ids.map((id) => done(store.get(id))));
  return ids.map((id, i) => (typeof found[i] === 'string' ? { id, snapshot: found[i] } : null));
}

/** The ids of every saved step. */
export async function stepIds() {
  const database = await db();
  return done(database.transaction(STEPS).objectStore(STEPS).getAllKeys());
}

/**
 * Saves the draft, writes the steps in `add` (`{ id, snapshot }`) and deletes the steps in `remove` (ids),
 * in one transaction; resolves once it is committed to disk.
 */
export async function saveDraft(draft, add = [], remove = []) {
  const database = await db();
  return new Promise((resolve, reject) => {
    const transaction = database.transaction([DRAFTS, STEPS], 'readwrite');
    const steps = transaction.objectStore(STEPS);
    for (const { id, snapshot } of add) steps.put(snapshot, id);
    for (const id of remove) steps.delete(id);
    transaction.objectStore(DRAFTS).put(draft, KEY);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}
