/**
 * Every rate limit of the site, in one place: how many points per how many seconds, per key.
 * `RATE_LIMITS=off` switches them all off (load tests only).
 */
export const LIMITS = {
  /**
   * Failed sign-ins. Strict for one account from one address: that is where guessing happens, and it locks out
   * only the guesser. Looser for one address over all accounts (an office shares one), and for one account from
   * everywhere (a guesser with many addresses), so nobody can lock someone out from afar with a few tries.
   */
  signInFailuresPerAccountAndIp: { points: 10, duration: 15 * 60 },
  signInFailuresPerIp: { points: 30, duration: 15 * 60 },
  signInFailuresPerAccount: { points: 50, duration: 60 * 60 },
  /** New accounts from one IP address. */
  signUpsPerIp: { points: 5, duration: 60 * 60 },
  /** "Forgot password?" from one IP address, and for one address from anywhere (no inbox is flooded). */
  passwordResetsPerIp: { points: 10, duration: 60 * 60 },
  passwordResetsPerAddress: { points: 3, duration: 60 * 60 },
  /** Reset links tried from one IP address (a token cannot be guessed, but no one gets to try many). */
  resetAttemptsPerIp: { points: 20, duration: 15 * 60 },
  /** Verification emails one account asks for again, or for a new address. */
  verificationEmailsPerUser: { points: 5, duration: 60 * 60 },
  /** Newsletter sign-ups from one IP address, and for one address from anywhere (confirmation emails). */
  newsletterSignupsPerIp: { points: 10, duration: 60 * 60 },
  newsletterSignupsPerAddress: { points: 3, duration: 60 * 60 },
  /** Page views counted from one IP address for "Most read" (more are not counted: someone reloading in a loop). */
  viewsPerIp: { points: 60, duration: 60 },
  /** Comments posted by one account. */
  commentsPerUser: { points: 5, duration: 60 },
  /** Comments posted from one IP address (several readers may share one). */
  commentsPerIp: { points: 20, duration: 60 },
  /** Likes and unlikes by one account. */
  likesPerUser: { points: 60, duration: 60 },
  /** Reports filed by one account. */
  reportsPerUser: { points: 10, duration: 60 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;
