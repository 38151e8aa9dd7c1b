CREATE INDEX "article_revisions_lead_image" ON "article_revisions" USING btree ("lead_image_id");--> statement-breakpoint
CREATE INDEX "articles_lead_image" ON "articles" USING btree ("lead_image_id");--> statement-breakpoint
CREATE INDEX "images_file" ON "images" USING btree ("file");