import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import type { Loaders } from './loaders';

export interface GraphQLContext {
  /** Absent for subscriptions, which arrive over a WebSocket. */
  req?: Request;
  res?: Response;
  viewer: Viewer | null;
  ip: string;
  loaders: Loaders;
}
