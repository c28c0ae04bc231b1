/**
 * Every rate limit of the site, in one place: how many points per how many seconds, per key.
 * `RATE_LIMITS=off` switches them all off (load tests only).
 */
export const LIMITS = {
  /** Failed sign-ins from one IP address. */
  signInFailuresPerIp: { points: 10, duration: 15 * 60 },
  /** Failed sign-ins against one account, from anywhere. */
  signInFailuresPerAccount: { points: 10, duration: 15 * 60 },
  /** New accounts from one IP address. */
  signUpsPerIp: { points: 5, duration: 60 * 60 },
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
