import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const apiPaths = ['/graphql', '/health', '/calendar', '/files'];

/**
 * Serves the built web app: its files, and index.html for any other page address so that the
 * browser's router can take over. API paths are left to the API.
 */
export function serveWebApp(app: Express, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  app.use(express.static(webDist, { index: false, maxAge: '1h', immutable: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (apiPaths.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (!req.accepts('html')) return next();
    // Downloads (agenda.pdf, calendar.ics, …) are the API's, even when a browser asks for HTML.
    if (/\.[a-z0-9]{2,5}$/i.test(req.path)) return next();
    if (!fs.existsSync(index)) {
      res
        .status(503)
        .type('text')
        .send('The web app has not been built. Run `npm run build`, or start with `npm start`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
