import type { SectionSlug, ServiceCode } from '@/i18n/services';
import type { ArticleStatus, ImageRef } from '@/lib/content';
import type { FieldErrors } from '@/lib/newsroom/forms';
import type { Staff } from '@/lib/newsroom/permissions';

// The shapes newsroom screens render and the data-access layer returns. They live here, not in
// db/access/, so components can name them without reaching into the data layer.

export type NewsroomListItem = {
  id: number;
  headline: string;
  slug: string;
  status: ArticleStatus;
  modifiedAt: Date;
  publishedAt: Date | null;
};

export type EditableArticle = {
  id: number;
  service: ServiceCode;
  slug: string;
  headline: string;
  dek: string;
  body: string;
  section: SectionSlug;
  authorIds: number[];
  image: ImageRef | null;
  correction: string;
  status: ArticleStatus;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date | null;
  translationGroup: string | null;
};

export type EditorChoices = { sections: SectionSlug[]; authors: { id: number; name: string }[] };

/** One version of a story in one service, whatever its status (newsroom only) */
export type StoryVersion = { service: ServiceCode; id: number; headline: string; status: ArticleStatus };

export type SaveResult =
  | { kind: 'saved'; id: number; version: number }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'conflict'; version: number; savedByName: string; savedAt: Date }
  /** Another member took the edit lock over from this one and still holds it */
  | { kind: 'taken-over'; name: string; since: Date };

export type LifecycleResult = { kind: 'done' } | { kind: 'invalid'; errors: FieldErrors };

export type TranslationResult = { kind: 'created'; id: number } | { kind: 'exists'; id: number } | { kind: 'invalid'; errors: FieldErrors };

export type RevisionSummary = { version: number; savedByName: string; savedAt: Date };

export type Revision = RevisionSummary & {
  headline: string;
  dek: string;
  slug: string;
  body: string;
  section: string;
  bylines: string[];
  correction: string;
  imageAlt: string | null;
};

export type StaffListing = Pick<Staff, 'id' | 'name' | 'email' | 'role' | 'services' | 'language' | 'mustChangePassword'> & {
  /** Since when the account is disabled, or null while it is active */
  disabledAt: Date | null;
};

/** What an admin's change to an account came to (the account changes only on 'changed'). */
export type StaffChangeResult = 'changed' | 'unchanged' | 'not-found' | 'last-admin' | 'self';

/** A colleague with an article open in the editor: since when they hold the lock, or have it open */
export type PresentMember<Time = Date> = { name: string; since: Time };

/**
 * Who has an article open, as one member sees it. Times are Dates in the data layer and strings
 * in the member's own calendar for the editor's presence island (PresenceView).
 */
export type PresenceState<Time = Date> = {
  /** This member holds the edit lock */
  holding: boolean;
  /** Another member who holds a live lock */
  holder: PresentMember<Time> | null;
  /** The holder took the lock over from this member: their text stays, their saves are refused */
  takenOver: boolean;
  /** Other members with the article open who do not hold the lock */
  others: PresentMember<Time>[];
  /** There is a holder and this member may take the lock over (a story past draft needs 'publish') */
  canTakeOver: boolean;
};
export type PresenceView = PresenceState<string>;

/** What the editor's presence island asks: a heartbeat, or taking the lock over */
export type PresenceOperation = 'beat' | 'take-over';

/** Why a save was refused because someone else now holds the lock (time in the member's calendar) */
export type LockRefusal = { name: string; time: string };

/**
 * A translation whose source was saved again after the version it was made from (or last
 * reviewed against): the source's words at both versions, for a word diff.
 */
export type SourceChange = {
  translationId: number;
  source: { service: ServiceCode; id: number; headline: string };
  fromVersion: number;
  toVersion: number;
  /** null when that version is not in the source's history (then no diff is shown) */
  before: Revision | null;
  after: Revision | null;
};

export type ReviewResult = { kind: 'reviewed' } | { kind: 'invalid'; errors: FieldErrors };
