import { SetMetadata } from '@nestjs/common';

export const ACCESS_POLICY = 'plenary:access-policy';

/**
 * What a handler requires before it runs. Every query, mutation and subscription declares one;
 * object-level rules (may this user edit this meeting?) are then checked by the service.
 */
export type AccessPolicy = 'public' | 'signed-in' | 'platform-admin';

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_POLICY, 'public' satisfies AccessPolicy);
/** Any signed-in user; the service checks their role on the objects touched. */
export const SignedIn = () => SetMetadata(ACCESS_POLICY, 'signed-in' satisfies AccessPolicy);
/** Platform administrators only: accounts and organizations. */
export const PlatformAdmin = () => SetMetadata(ACCESS_POLICY, 'platform-admin' satisfies AccessPolicy);
