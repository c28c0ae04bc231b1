CREATE TYPE "public"."article_kind" AS ENUM('story', 'page');--> statement-breakpoint
CREATE TABLE "section_redirects" (
	"old_slug" text PRIMARY KEY NOT NULL,
	"section_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tag_redirects" (
	"old_slug" text PRIMARY KEY NOT NULL,
	"tag_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "section_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "hidden" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "kind" "article_kind" DEFAULT 'story' NOT NULL;--> statement-breakpoint
ALTER TABLE "section_redirects" ADD CONSTRAINT "section_redirects_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tag_redirects" ADD CONSTRAINT "tag_redirects_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_pages_idx" ON "articles" USING btree ("slug") WHERE "articles"."kind" = 'page';--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_story_section_check" CHECK ("articles"."kind" = 'page' or "articles"."section_id" is not null);