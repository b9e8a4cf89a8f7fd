// Autosave: the studio's whole state (brief, text, which ids it made) in IndexedDB, one record, written
// after every change and read back on reload. IndexedDB, not localStorage: a brief and its text can pass
// localStorage's few megabytes, and IndexedDB does not block the page while it writes.

const DB_NAME = 'brief-studio';
const STORE = 'drafts';
const KEY = 'current';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

let dbPromise = null;
const db = () => (dbPromise ??= open());

/** The saved draft, or null. */
export async function loadDraft() {
  const database = await db();
  return new Promise((resolve, reject) => {
    const request = database.transaction(STORE).objectStore(STORE).get(KEY);
    request.onsuccess = () => resolve(request.result ?? null);
    request.onerror = () => reject(request.error);
  });
}

/** Saves the draft; resolves once it is committed to disk. */
export async function saveDraft(draft) {
  const database = await db();
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(draft, KEY);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}
