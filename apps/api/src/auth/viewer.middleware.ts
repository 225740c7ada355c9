import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from './auth.service';
import { readSessionCookie } from './session-cookie';
import type { Viewer } from './viewer';

/** For plain HTTP routes: who is signed in, read from the session cookie, as `req.viewer`. */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  use(req: Request & { viewer?: Viewer | null }, _res: Response, next: NextFunction): void {
    // A form on another site must not post here with this site's cookie (SameSite=Lax also stops it).
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.headers.origin) {
      const origin = URL.canParse(req.headers.origin) ? new URL(req.headers.origin).host : '';
      if (origin !== req.headers.host) {
        req.viewer = null;
        next();
        return;
      }
    }
    this.auth
      .viewerForSession(readSessionCookie(req.cookies as Record<string, unknown>))
      .then((viewer) => {
        req.viewer = viewer;
        next();
      })
      .catch(next);
  }
}
