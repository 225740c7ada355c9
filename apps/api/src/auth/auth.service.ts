import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { formatInstant, isEmail, limits } from '@plenary/shared';
import { requirePlatformAdmin } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { optionalText, requiredText } from '../common/text';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PersonalLink } from '../mail/mail-text';
import { MailService } from '../mail/mail.service';
import { PeopleService } from '../people/people.service';
import { EventsService } from '../realtime/events.service';
import { AuthRepository, type InvitationRow } from './auth.repository';
import { AccountInvitationState, type AccountInvitationPreview, type InviteUserInput } from './dto/auth.types';
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets';
import type { UserEntity } from './user.entity';
import type { Viewer } from '../common/viewer';

/** Failed sign-ins allowed per e-mail (since its last success) and per address within the window. */
export const signInLimits = { perEmail: 5, perAddress: 30, windowMinutes: 15 } as const;

export interface StartedSession {
  userId: string;
  token: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly repository: AuthRepository,
    private readonly people: PeopleService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async signIn(emailInput: string, password: string, ip: string): Promise<StartedSession> {
    const email = normalizeEmail(emailInput);
    if (email.length > limits.email || password.length > limits.passwordMax) {
      throw new DomainError('WRONG_CREDENTIALS', 'The e-mail or password is not right.');
    }
    const since = new Date(Date.now() - signInLimits.windowMinutes * 60_000);
    const attemptId = await this.repository.reserveAttempt(email, ip, since, signInLimits);
    if (!attemptId) {
      throw new DomainError(
        'TOO_MANY_SIGN_IN_ATTEMPTS',
        `Too many failed sign-ins. Wait ${signInLimits.windowMinutes} minutes, or ask an administrator for a new invitation link.`,
      );
    }
    const user = await this.repository.findSignInCandidate(email);
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok) throw new DomainError('WRONG_CREDENTIALS', 'The e-mail or password is not right.');
    if (user.disabledAt) {
      throw new DomainError('ACCOUNT_DISABLED', 'This account has been disabled. Contact a platform administrator.');
    }
    return this.dataSource.transaction(async (manager) => {
      await this.repository.markAttemptSucceeded(manager, attemptId);
      return this.startSession(manager, user.id);
    });
  }

  /** Ends the session everywhere, its live connections on every replica included. */
  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.dataSource.transaction(async (manager) => {
      const sessionId = await this.repository.deleteSession(manager, hashToken(token));
      if (sessionId) await this.events.publishIn(manager, { topic: 'session', id: sessionId });
    });
  }

  viewerForSession(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return Promise.resolve(null);
    return this.repository.findViewerBySession(hashToken(token));
  }

  async previewInvitation(token: string): Promise<AccountInvitationPreview> {
    const invitation = await this.repository.findInvitation(this.dataSource.manager, hashToken(token));
    if (!invitation || invitation.revokedAt) throw invalidInvitation();
    return {
      name: invitation.name,
      email: invitation.email,
      state: invitationState(invitation),
      expiresAt: invitation.expiresAt,
    };
  }

  async acceptInvitation(token: string, password: string): Promise<StartedSession> {
    if (password.length < limits.passwordMin || password.length > limits.passwordMax) {
      throw invalid(
        'password',
        `Choose a password of at least ${limits.passwordMin} characters (at most ${limits.passwordMax}).`,
        'WEAK_PASSWORD',
      );
    }
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.repository.findInvitation(manager, hashToken(token), true);
      if (!invitation || invitation.revokedAt) throw invalidInvitation();
      switch (invitationState(invitation)) {
        case 'USED':
          throw new DomainError(
            'INVITATION_USED',
            'This link has already been used. Sign in with your password instead.',
          );
        case 'EXPIRED':
          throw new DomainError(
            'INVITATION_EXPIRED',
            'This link has expired. Ask the person who invited you to send a new one.',
          );
        case 'PENDING':
          break;
      }
      if (invitation.disabledAt) {
        throw new DomainError('ACCOUNT_DISABLED', 'This account has been disabled. Contact a platform administrator.');
      }
      if (password.toLowerCase().includes(invitation.email.split('@')[0]!.toLowerCase())) {
        throw invalid('password', 'Choose a password that does not contain your e-mail address.', 'WEAK_PASSWORD');
      }
      await this.repository.useInvitation(manager, invitation.id, invitation.userId, passwordHash);
      // A new password ends every session opened with the old one, wherever it is, live connections included.
      for (const sessionId of await this.repository.deleteSessionsOf(manager, invitation.userId)) {
        await this.events.publishIn(manager, { topic: 'session', id: sessionId });
      }
      await this.audit.record(manager, {
        actorUserId: invitation.userId,
        objectType: 'USER',
        objectId: invitation.userId,
        action: 'user.password_set',
      });
      return this.startSession(manager, invitation.userId);
    });
  }

  async inviteUser(viewer: Viewer, input: InviteUserInput): Promise<string> {
    requirePlatformAdmin(viewer);
    const email = normalizeEmail(input.email);
    if (!isEmail(email))
      throw invalid('email', `"${input.email.slice(0, 60)}" is not an e-mail address.`, 'INVALID_EMAIL');
    const name = requiredText('name', input.name, limits.shortText);
    const person = {
      name,
      sortName: optionalText('sortName', input.sortName, limits.shortText) ?? name,
      honorific: optionalText('honorific', input.honorific, limits.honorific),
      title: optionalText('title', input.title, limits.shortText),
      affiliationId: input.affiliationId ?? null,
      email,
    };
    return this.dataSource.transaction(async (manager) => {
      if (await this.repository.emailTaken(manager, email)) {
        throw new DomainError('EMAIL_TAKEN', `An account for ${email} already exists.`, { field: 'email' });
      }
      const personId = await this.people.add(manager, person);
      const userId = await this.repository.insertUser(manager, {
        personId,
        email,
        isPlatformAdmin: input.isPlatformAdmin,
      });
      await this.sendInvitation(manager, viewer, { userId, email, name, hasPassword: false });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'USER',
        objectId: userId,
        action: 'user.invited',
        data: { isPlatformAdmin: input.isPlatformAdmin },
      });
      return userId;
    });
  }

  /** A new link replaces any unused one; for an account with a password it lets the holder set a new one. */
  async resendInvitation(viewer: Viewer, userId: string): Promise<void> {
    requirePlatformAdmin(viewer);
    await this.dataSource.transaction(async (manager) => {
      const user = await this.repository.lockAccountHolder(manager, userId);
      if (!user) throw notFound('account');
      await this.sendInvitation(manager, viewer, { userId, ...user });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'USER',
        objectId: userId,
        action: 'user.invitation_resent',
      });
    });
  }

  async setDisabled(viewer: Viewer, userId: string, disabled: boolean): Promise<void> {
    requirePlatformAdmin(viewer);
    if (userId === viewer.userId && disabled) {
      throw new DomainError('CANNOT_DISABLE_SELF', 'You cannot disable your own account.');
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.setDisabled(manager, userId, disabled))) throw notFound('account');
      if (disabled) {
        await this.repository.deleteSessionsOf(manager, userId);
        await this.events.publishIn(manager, { topic: 'account', id: userId });
      }
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'USER',
        objectId: userId,
        action: disabled ? 'user.disabled' : 'user.enabled',
      });
    });
  }

  listUsers(viewer: Viewer): Promise<UserEntity[]> {
    requirePlatformAdmin(viewer);
    return this.repository.listUsers();
  }

  async getUser(id: string): Promise<UserEntity> {
    const [user] = await this.repository.findUsersByIds([id]);
    if (!user) throw notFound('account');
    return user;
  }

  private async startSession(manager: EntityManager, userId: string): Promise<StartedSession> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + this.config.sessionDays * 86_400_000);
    await this.repository.createSession(manager, userId, hash, expiresAt);
    return { userId, token, expiresAt };
  }

  /** Whether the person has an account they can sign in to. */
  async hasPassword(personId: string): Promise<boolean> {
    return (await this.repository.accountOf(this.dataSource.manager, personId))?.hasPassword ?? false;
  }

  /**
   * For someone without a usable account: an account and a one-time link to set its password,
   * in the caller's transaction. None for someone who has a password, or whose address another
   * account already uses.
   */
  async accountLinkFor(
    manager: EntityManager,
    viewer: Viewer,
    person: { id: string; email: string },
  ): Promise<PersonalLink | null> {
    const account = await this.repository.accountOf(manager, person.id);
    if (account?.hasPassword) return null;
    let userId = account?.id;
    if (!userId) {
      if (await this.repository.emailTaken(manager, person.email)) return null;
      userId = await this.repository.insertUser(manager, {
        personId: person.id,
        email: person.email,
        isPlatformAdmin: false,
      });
    }
    return (await this.issueAccountLink(manager, viewer, userId)).link;
  }

  /** A new one-time link to set the account's password, replacing any unused one; for its holder's e-mail alone. */
  private async issueAccountLink(
    manager: EntityManager,
    viewer: Viewer,
    userId: string,
  ): Promise<{ link: PersonalLink; expiresAt: Date }> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + this.config.invitationDays * 86_400_000);
    await this.repository.createInvitation(manager, { userId, tokenHash: hash, expiresAt, createdBy: viewer.userId });
    return { link: new PersonalLink(`${this.config.publicUrl}/invitation/${token}`), expiresAt };
  }

  private async sendInvitation(
    manager: EntityManager,
    viewer: Viewer,
    to: { userId: string; email: string; name: string; hasPassword: boolean },
  ): Promise<void> {
    const { link, expiresAt } = await this.issueAccountLink(manager, viewer, to.userId);
    const until = formatInstant(expiresAt);
    await this.mail.enqueue(manager, {
      to: to.email,
      toName: to.name,
      kind: 'ACCOUNT_INVITATION',
      objectId: to.userId,
      subject: to.hasPassword ? 'Set a new password for Plenary' : 'Your Plenary account',
      text: [
        `Dear ${to.name},`,
        '',
        to.hasPassword
          ? 'A platform administrator has sent you a link to set a new password for your Plenary account.'
          : 'An account has been created for you on Plenary, where the meetings and study groups you take part in are organised.',
        '',
        'Open this link to choose your password. It works once, until ' + until + ':',
        link,
        '',
        `Your e-mail for signing in is ${to.email}.`,
        '',
        'If you did not expect this message, you can ignore it.',
      ],
    });
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function invitationState(invitation: InvitationRow): AccountInvitationState {
  if (invitation.usedAt) return AccountInvitationState.USED;
  if (invitation.expiresAt.getTime() <= Date.now()) return AccountInvitationState.EXPIRED;
  return AccountInvitationState.PENDING;
}

function invalidInvitation(): DomainError {
  return new DomainError('INVITATION_INVALID', 'This invitation link is not valid. Check that it was copied whole.');
}
