DROP INDEX "comments_thread_new_idx";--> statement-breakpoint
DROP INDEX "comments_thread_top_idx";--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "comments_thread_new_idx" ON "comments" USING btree ("article_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "comments"."parent_id" is null and "comments"."status" in ('approved', 'deleted');--> statement-breakpoint
CREATE INDEX "comments_thread_top_idx" ON "comments" USING btree ("article_id","like_count" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "comments"."parent_id" is null and "comments"."status" in ('approved', 'deleted');