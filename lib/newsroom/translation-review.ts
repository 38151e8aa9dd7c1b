import type { ArticleStatus } from '@/lib/content';
import type { Capability } from '@/lib/newsroom/permissions';

/**
 * The right a member needs to mark a translation's source changes reviewed: the right to change
 * the translation itself (anyone who writes in its service for a draft; an editor once it is
 * scheduled, public or unpublished), since the one who reviews is the one who would act on them.
 */
export const reviewCapability = (status: ArticleStatus): Capability => (status === 'draft' ? 'write' : 'publish');
