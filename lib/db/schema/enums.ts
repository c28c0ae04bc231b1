import { pgEnum } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['reader', 'author', 'editor', 'admin']);
export const userStatus = pgEnum('user_status', ['active', 'banned']);
export const articleStatus = pgEnum('article_status', ['draft', 'scheduled', 'published', 'archived']);
/** A story lives in a section and in every list; a page (About, Corrections policy) stands alone at `/slug`. */
export const articleKind = pgEnum('article_kind', ['story', 'page']);
export const commentMode = pgEnum('comment_mode', ['open', 'premoderated', 'closed']);
export const claimStatus = pgEnum('claim_status', ['unverified', 'developing', 'confirmed', 'disputed', 'retracted']);
export const articleUpdateKind = pgEnum('article_update_kind', ['update', 'correction']);
export const commentStatus = pgEnum('comment_status', ['pending', 'approved', 'rejected', 'spam', 'deleted']);
export const reportReason = pgEnum('report_reason', ['spam', 'abuse', 'off_topic', 'misinformation', 'other']);
export const wordListKind = pgEnum('word_list_kind', ['banned', 'suspect']);
export const errorReportStatus = pgEnum('error_report_status', ['received', 'checking', 'corrected', 'no_change']);
export const mailStatus = pgEnum('mail_status', ['pending', 'sent', 'failed']);
export const accountTokenPurpose = pgEnum('account_token_purpose', ['password_reset', 'verify_email']);
export const notificationKind = pgEnum('notification_kind', ['reply', 'report', 'error_report']);
/** `bounced`: the address's mail server refused an issue for good (5xx); nothing more is sent to it. */
export const newsletterSubscriptionStatus = pgEnum('newsletter_subscription_status', ['pending', 'confirmed', 'unsubscribed', 'bounced']);
/** How loud a banner is: breaking news (red), a developing story (amber), a notice (neutral). */
export const bannerLevel = pgEnum('banner_level', ['breaking', 'developing', 'notice']);
export const newsletterIssueKind = pgEnum('newsletter_issue_kind', ['issue', 'alert']);
export const newsletterIssueStatus = pgEnum('newsletter_issue_status', ['draft', 'scheduled', 'sending', 'sent']);

export type UserRole = (typeof userRole.enumValues)[number];
export type ArticleStatus = (typeof articleStatus.enumValues)[number];
export type ArticleKind = (typeof articleKind.enumValues)[number];
export type CommentMode = (typeof commentMode.enumValues)[number];
export type ClaimStatus = (typeof claimStatus.enumValues)[number];
export type NewsletterIssueStatus = (typeof newsletterIssueStatus.enumValues)[number];
export type NotificationKind = (typeof notificationKind.enumValues)[number];
export type CommentStatus = (typeof commentStatus.enumValues)[number];
export type ReportReason = (typeof reportReason.enumValues)[number];
export type ErrorReportStatus = (typeof errorReportStatus.enumValues)[number];
