'use client';

import { useEffect, useState } from 'react';
import type { ArticleFormValues } from '@/lib/newsroom/forms';

// What a journalist types stays in this browser (sessionStorage, per editor address) until the
// server has answered a save, so nothing is lost when a save fails on the way (the database is
// down, the screen is replaced by the error boundary, the tab reloads): the editor brings it back.
// A save that was sent and never reported failed succeeded (it navigated away): its copy is dropped.

type Kept = { baseVersion: string; values: ArticleFormValues; state: 'typed' | 'sent' | 'failed' };

const PREFIX = 'polyphony-editor:';
const keyOf = () => PREFIX + location.pathname;

function read(key: string): Kept | null {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null') as Kept | null;
  } catch {
    return null;
  }
}

function write(key: string, kept: Kept | null) {
  try {
    if (kept) sessionStorage.setItem(key, JSON.stringify(kept));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage full or refused (private mode): the editor works as before, without a copy.
  }
}

const same = (a: ArticleFormValues, b: ArticleFormValues) => JSON.stringify(a) === JSON.stringify(b);

/** Called by the newsroom's error boundary: every save in flight failed, so its copy is kept. */
export function keepSentText() {
  try {
    for (const key of Object.keys(sessionStorage).filter((k) => k.startsWith(PREFIX))) {
      const kept = read(key);
      if (kept?.state === 'sent') write(key, { ...kept, state: 'failed' });
    }
  } catch {
    // No storage: nothing was kept.
  }
}

/**
 * Keeps the editor's values while they differ from what the server last gave (`saved`), brings a
 * kept copy of the same base version back on load, and marks the copy sent on submit.
 * Returns whether text was brought back, and the submit handler.
 */
export function useKeptText(values: ArticleFormValues, saved: ArticleFormValues, restore: (values: ArticleFormValues) => void) {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const kept = read(keyOf());
    if (kept && kept.state !== 'sent' && kept.baseVersion === saved.baseVersion && !same(kept.values, saved)) {
      restore(kept.values);
      // Storage is read once hydrated (the server cannot know it), so this state follows it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
    } else write(keyOf(), null);
    // Only what the page was loaded with counts here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    write(keyOf(), same(values, saved) ? null : { baseVersion: saved.baseVersion, values, state: 'typed' });
  }, [values, saved]);
  const onSubmit = () => write(keyOf(), { baseVersion: saved.baseVersion, values, state: 'sent' });
  return { restored, onSubmit };
}
