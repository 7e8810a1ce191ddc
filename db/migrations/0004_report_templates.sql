CREATE TABLE `report_templates` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`fill` text NOT NULL,
	`sheet` text NOT NULL,
	`file_name` text NOT NULL,
	`file` blob NOT NULL,
	`columns` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_templates_name_unique` ON `report_templates` (`name`);