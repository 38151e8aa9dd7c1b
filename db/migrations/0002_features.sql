ALTER TYPE "public"."audit_action" ADD VALUE 'staff_change';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'staff_disable';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'staff_enable';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'staff_password_reset';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'take_over';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'translation_reviewed';--> statement-breakpoint
CREATE TABLE "edit_presence" (
	"article_id" integer NOT NULL,
	"staff_id" text NOT NULL,
	"staff_name" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lock_since" timestamp with time zone,
	"taken_over_by" text,
	CONSTRAINT "edit_presence_article_id_staff_id_pk" PRIMARY KEY("article_id","staff_id")
);
--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "image_alt" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "image_caption" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "image_credit" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "lead_image_alt" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "lead_image_caption" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "lead_image_credit" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "translated_from_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "translated_from_version" integer;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "edit_presence" ADD CONSTRAINT "edit_presence_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edit_presence" ADD CONSTRAINT "edit_presence_staff_id_user_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_translated_from_id_articles_id_fk" FOREIGN KEY ("translated_from_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Each article keeps the alt text, caption and credit of its lead image (in its own language).
UPDATE "articles" SET "lead_image_alt" = i."alt", "lead_image_caption" = i."caption", "lead_image_credit" = i."credit" FROM "images" i WHERE i."id" = "articles"."lead_image_id";--> statement-breakpoint
UPDATE "article_revisions" SET "image_alt" = i."alt", "image_caption" = i."caption", "image_credit" = i."credit" FROM "images" i WHERE i."id" = "article_revisions"."lead_image_id";--> statement-breakpoint
ALTER TABLE "images" DROP COLUMN "alt";--> statement-breakpoint
ALTER TABLE "images" DROP COLUMN "caption";--> statement-breakpoint
ALTER TABLE "images" DROP COLUMN "credit";