import type { Request, Response } from 'express';
import type { Viewer } from '../common/viewer';

/**
 * Per-request batching: every relation field resolves through one of these, never a query per row.
 * Each feature declares its own in its `<feature>.loaders.ts` by module augmentation, so this
 * context, which every resolver reads, depends on no feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the features' augmentations
export interface FeatureLoaders {}

export interface Loaders extends FeatureLoaders {
  /** Forgets what was loaded: a live subscription reloads fresh data for each event. */
  clearAll(): void;
}

export interface GraphQLContext {
  /** Absent for subscriptions, which arrive over a WebSocket. */
  req?: Request;
  res?: Response;
  /** The HTTP request's id, which its log lines and an unexpected error's reference carry. */
  requestId?: string;
  viewer: Viewer | null;
  ip: string;
  loaders: Loaders;
}
