ALTER TABLE "articles" ADD COLUMN "surge_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "surge_cleared_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "comments_article_time_idx" ON "comments" USING btree ("article_id","created_at" DESC NULLS LAST);