'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { HEARTBEAT_MS } from '@/lib/newsroom/limits';
import type { PresenceOperation, PresenceView } from '@/lib/newsroom/types';

/** One POST to the presence route; null when it did not answer (offline, signed out): try again later. */
async function send(endpoint: string, operation: PresenceOperation): Promise<PresenceView | null> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: new URLSearchParams({ operation }),
    });
    return response.ok ? ((await response.json()) as PresenceView) : null;
  } catch {
    return null;
  }
}

/**
 * Who else has this article open, kept current by a heartbeat; the holder of the edit lock can
 * be taken over. The first render comes from the server, so without JavaScript the member still
 * sees who is editing (and the take-over button is a plain form); the editor form beside it never
 * depends on this island.
 */
export function EditPresence({ endpoint, initial }: { endpoint: string; initial: PresenceView }) {
  const t = useTranslations('newsroom.presence');
  const [view, setView] = useState(initial);
  const [tookOverFrom, setTookOverFrom] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    const beat = async () => {
      const next = await send(endpoint, 'beat');
      if (active && next) setView(next);
    };
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    // Background tabs have their timers slowed: a member coming back is told at once.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void beat();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      active = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [endpoint]);

  const takeOver = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const from = view.holder?.name ?? null;
    const next = await send(endpoint, 'take-over');
    if (!next) return;
    setView(next);
    setTookOverFrom(from);
  };

  const { holder, others } = view;
  if (!holder && others.length === 0 && !tookOverFrom) return null;
  return (
    <section className="edit-presence" aria-label={t('title')}>
      {holder &&
        (view.takenOver ? (
          <p role="alert" className="form-error">
            {t('tookOver', { name: holder.name, time: holder.since })}
          </p>
        ) : (
          <p role="status">{t('editing', { name: holder.name, time: holder.since })}</p>
        ))}
      {!holder && view.holding && tookOverFrom && (
        <p role="status" className="form-notice">
          {t('youTookOver', { name: tookOverFrom })}
        </p>
      )}
      {others.length > 0 && (
        <ul>
          {others.map((member, index) => (
            <li key={index}>{t('open', { name: member.name, time: member.since })}</li>
          ))}
        </ul>
      )}
      {holder && view.canTakeOver && (
        <form method="post" action={endpoint} onSubmit={takeOver}>
          <input type="hidden" name="operation" value="take-over" />
          <button type="submit">{t('takeOver')}</button>
        </form>
      )}
    </section>
  );
}
