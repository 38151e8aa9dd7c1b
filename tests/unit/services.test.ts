import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceContent } from '@/db/seed/content-schema';
import { findServiceIgnoringCase, services } from '@/i18n/services';

const content = (code: string) =>
  serviceContent.parse(JSON.parse(readFileSync(new URL(`../../db/seed/content/${code}.json`, import.meta.url), 'utf8')));

describe('the services table', () => {
  it('has the 27 services with unique codes, hreflangs and brands per language', () => {
    expect(services).toHaveLength(27);
    expect(new Set(services.map((s) => s.code)).size).toBe(27);
    expect(new Set(services.map((s) => s.hreflang)).size).toBe(27);
  });

  it('marks exactly Persian, Dari and Pashto right-to-left', () => {
    expect(
      services
        .filter((s) => s.dir === 'rtl')
        .map((s) => s.code)
        .sort(),
    ).toEqual(['fa', 'fa-AF', 'ps']);
  });

  it('finds a service from a wrong-case URL segment', () => {
    expect(findServiceIgnoringCase('FA-af')?.code).toBe('fa-AF');
    expect(findServiceIgnoringCase('xx')).toBeUndefined();
  });
});

describe.each(services)('demo content for $code', (service) => {
  const c = content(service.code);

  it('has at least 8 published stories over at least 3 sections, drafts and a scheduled story', () => {
    const published = c.articles.filter((a) => a.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(8);
    expect(new Set(published.map((a) => a.section)).size).toBeGreaterThanOrEqual(3);
    expect(c.articles.some((a) => a.status === 'draft')).toBe(true);
    expect(c.articles.filter((a) => a.status === 'scheduled')).toHaveLength(1);
  });

  it('uses only sections the service has', () => {
    for (const a of c.articles) expect(service.sections).toContain(a.section);
  });
});

describe('demo content across services', () => {
  const all = services.map((s) => ({ code: s.code, content: content(s.code) }));

  it('publishes the seed story in at least 6 services, linked as translations', () => {
    const withStory = all.filter(({ content }) =>
      content.articles.some((a) => a.translationKey === 'csto-2008' && a.status === 'published'),
    );
    expect(withStory.length).toBeGreaterThanOrEqual(6);
  });

  it('has a live breaking item in at least 5 services', () => {
    expect(all.filter(({ content }) => content.breaking).length).toBeGreaterThanOrEqual(5);
  });
});
