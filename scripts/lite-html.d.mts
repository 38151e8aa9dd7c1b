import type { IncomingMessage } from 'node:http';

export function toLiteHtml(html: string): string;
export function isLitePage(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean;
