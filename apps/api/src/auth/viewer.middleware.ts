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
    this.auth
      .viewerForSession(readSessionCookie(req.cookies as Record<string, unknown>))
      .then((viewer) => {
        req.viewer = viewer;
        next();
      })
      .catch(next);
  }
}
