CREATE TABLE "account_gaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"persona" text,
	"stakeholder_id" uuid,
	"explanation" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "coverage_models" (
	"segment_id" text PRIMARY KEY NOT NULL,
	"requirements" jsonb NOT NULL,
	"min_engaged_stakeholders" integer NOT NULL,
	"engagement_window_days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relationship_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"gap_key" text NOT NULL,
	"gap_kind" text NOT NULL,
	"severity" text NOT NULL,
	"persona" text,
	"stakeholder_id" uuid,
	"title" text NOT NULL,
	"channel" text NOT NULL,
	"owner_id" uuid,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"status_changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"priority" integer DEFAULT 100 NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"match" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_gaps" ADD CONSTRAINT "account_gaps_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_gaps" ADD CONSTRAINT "account_gaps_stakeholder_id_stakeholders_id_fk" FOREIGN KEY ("stakeholder_id") REFERENCES "public"."stakeholders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_models" ADD CONSTRAINT "coverage_models_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_models" ADD CONSTRAINT "coverage_models_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_actions" ADD CONSTRAINT "relationship_actions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_actions" ADD CONSTRAINT "relationship_actions_stakeholder_id_stakeholders_id_fk" FOREIGN KEY ("stakeholder_id") REFERENCES "public"."stakeholders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_actions" ADD CONSTRAINT "relationship_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_actions" ADD CONSTRAINT "relationship_actions_status_changed_by_users_id_fk" FOREIGN KEY ("status_changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_gaps_open_key" ON "account_gaps" USING btree ("account_id","key") WHERE "account_gaps"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "account_gaps_kind_idx" ON "account_gaps" USING btree ("kind") WHERE "account_gaps"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "relationship_actions_account_idx" ON "relationship_actions" USING btree ("account_id","status");--> statement-breakpoint
CREATE INDEX "relationship_actions_owner_idx" ON "relationship_actions" USING btree ("owner_id","status");