import type { Metadata } from 'next';
import { paths } from '../lib/paths';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found | Radio Polyphony' };

export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <main id="content" className="content">
          <div className="error-message">
            <h1>Page not found</h1>
            <p>We could not find the page you asked for.</p>
            <p>
              <a href={paths.allSites()}>Choose a language service</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
