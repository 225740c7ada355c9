import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AuthService } from './auth.service';
import { originAllowed } from './request-origin';
import { readSessionCookie } from './session-cookie';
import type { Viewer } from '../common/viewer';

/** For plain HTTP routes: who is signed in, read from the session cookie, as `req.viewer`. */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  use(req: Request & { viewer?: Viewer | null }, _res: Response, next: NextFunction): void {
    // A form on another site must not post here with this site's cookie (SameSite=Lax also stops it).
    if (req.method !== 'GET' && req.method !== 'HEAD' && !originAllowed(req.headers, this.config.publicUrl)) {
      req.viewer = null;
      next();
      return;
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

/** The viewer of a route behind this middleware and a signed-in access policy. */
export function viewerOf(req: Request): Viewer {
  return (req as Request & { viewer: Viewer }).viewer;
}
