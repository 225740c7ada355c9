import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { CloseCode } from 'graphql-ws';
import type pino from 'pino';
import type { WebSocket } from 'ws';
import { LOGGER } from '../common/logger';
import { EventsService } from '../realtime/events.service';
import { AuthRepository } from './auth.repository';
import { hashToken } from './secrets';
import { sessionTokenFromHeader } from './session-cookie';

/** setTimeout's longest delay, about 24.8 days; a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface LiveConnection {
  socket: WebSocket;
  sessionId: string;
  userId: string;
  expiresAt: Date;
  timer?: NodeJS.Timeout;
}

/**
 * The live-update connections of each session on this replica, so that they end the moment the
 * session does: signed out or its account disabled on any replica (a change event), or expired (a
 * timer). Closing the socket ends every subscription on it, with a close code the client can act on.
 */
@Injectable()
export class LiveSessionsService implements OnModuleInit, OnApplicationShutdown {
  private readonly connections = new Set<LiveConnection>();
  private readonly stops: (() => void)[] = [];

  constructor(
    @Inject(LOGGER) private readonly logger: pino.Logger,
    private readonly repository: AuthRepository,
    private readonly events: EventsService,
  ) {}

  onModuleInit(): void {
    this.stops.push(
      this.events.onTopic('session', ({ id }) =>
        this.close((c) => c.sessionId === id, CloseCode.Unauthorized, 'Signed out'),
      ),
      this.events.onTopic('account', ({ id }) =>
        this.close((c) => c.userId === id, CloseCode.Forbidden, 'Account disabled'),
      ),
      this.events.onResume(() => this.recheckAll()),
    );
  }

  onApplicationShutdown(): void {
    for (const stop of this.stops) stop();
    for (const connection of this.connections) clearTimeout(connection.timer);
    this.connections.clear();
  }

  /** Follows a connection opened with a session cookie; one opened without a valid session has nothing to end. */
  async follow(socket: WebSocket, request: IncomingMessage): Promise<void> {
    const token = sessionTokenFromHeader(request.headers.cookie);
    if (!token || token.length > 100) return;
    const session = await this.repository.findLiveSession(hashToken(token));
    if (!session || socket.readyState !== socket.OPEN) return;
    const connection: LiveConnection = {
      socket,
      sessionId: session.id,
      userId: session.userId,
      expiresAt: session.expiresAt,
    };
    this.connections.add(connection);
    socket.once('close', () => {
      clearTimeout(connection.timer);
      this.connections.delete(connection);
    });
    this.scheduleExpiry(connection);
    // The session may have ended while it was looked up, before this connection could hear of it.
    await this.recheck([connection]);
  }

  private scheduleExpiry(connection: LiveConnection): void {
    const remaining = connection.expiresAt.getTime() - Date.now();
    connection.timer = setTimeout(
      () =>
        remaining > MAX_TIMER_MS
          ? this.scheduleExpiry(connection)
          : connection.socket.close(CloseCode.Unauthorized, 'Session expired'),
      Math.max(0, Math.min(remaining, MAX_TIMER_MS)),
    ).unref();
  }

  private close(which: (connection: LiveConnection) => boolean, code: CloseCode, reason: string): void {
    for (const connection of this.connections) {
      if (which(connection)) connection.socket.close(code, reason);
    }
  }

  private recheckAll(): void {
    this.recheck([...this.connections]).catch((error: unknown) =>
      this.logger.warn({ err: error }, 'Could not check the sessions of live connections'),
    );
  }

  /** Closes those of the connections whose session ended without this replica hearing of it. */
  private async recheck(connections: LiveConnection[]): Promise<void> {
    if (!connections.length) return;
    const live = new Set(await this.repository.findLiveSessionIds([...new Set(connections.map((c) => c.sessionId))]));
    for (const connection of connections) {
      if (!live.has(connection.sessionId)) connection.socket.close(CloseCode.Unauthorized, 'Session ended');
    }
  }
}
