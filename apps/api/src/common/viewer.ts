/** The signed-in user as every request sees them. */
export interface Viewer {
  userId: string;
  personId: string;
  email: string;
  isPlatformAdmin: boolean;
}
