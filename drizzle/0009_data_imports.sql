CREATE TABLE "legacy_redirects" (
	"path" text PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_records" (
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"source_ref" text NOT NULL,
	"local_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_records_source_kind_source_ref_pk" PRIMARY KEY("source","kind","source_ref")
);
--> statement-breakpoint
ALTER TABLE "legacy_redirects" ADD CONSTRAINT "legacy_redirects_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;