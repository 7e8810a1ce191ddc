CREATE TABLE `annual_data` (
	`id` integer PRIMARY KEY NOT NULL,
	`school_year` integer NOT NULL,
	`public_funding_per_student` integer,
	`enrolment_total` integer,
	`integrated_enrolment` integer,
	`industry_colleges` integer,
	`order_classes` integer,
	`training_bases` integer,
	`social_training_count` integer,
	`research_income` integer,
	`professional_spirit_hours` integer,
	`graduates_total` integer,
	`employed` integer,
	`further_study` integer,
	`local_employed` integer,
	`low_income_graduates` integer,
	`low_income_employed` integer,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annual_data_school_year_unique` ON `annual_data` (`school_year`);--> statement-breakpoint
CREATE TABLE `plan_presets` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`builtin` integer DEFAULT false NOT NULL,
	`targets` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `school` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`code` text,
	`type` text NOT NULL,
	`region` text,
	`authority` text,
	`cutoff_date` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dual_teacher_certifications` (
	`id` integer PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`level` text NOT NULL,
	`certified_date` text NOT NULL,
	`certifying_body` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`staff_no` text NOT NULL,
	`name` text NOT NULL,
	`id_card` text NOT NULL,
	`birth_date` text NOT NULL,
	`sex` text NOT NULL,
	`phone` text,
	`ethnicity` text,
	`political_status` text,
	`work_start_date` text,
	`join_date` text NOT NULL,
	`status` text NOT NULL,
	`post_category` text NOT NULL,
	`teaches_courses` integer DEFAULT false NOT NULL,
	`teaching_category` text,
	`teaching_major` text,
	`highest_education` text,
	`highest_degree` text,
	`title` text,
	`teacher_cert_type` text,
	`teacher_cert_no` text,
	`enterprise_months` integer DEFAULT 0 NOT NULL,
	`part_time_employer` text,
	`part_time_position` text,
	`part_time_skill_level` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_staff_no_unique` ON `staff` (`staff_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_id_card_unique` ON `staff` (`id_card`);--> statement-breakpoint
CREATE INDEX `staff_name_idx` ON `staff` (`name`);--> statement-breakpoint
CREATE TABLE `staff_honours` (
	`id` integer PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`year` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `staff_skill_certificates` (
	`id` integer PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`level` text,
	`issuer` text,
	`number` text,
	`obtained_date` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `practice_evidence` (
	`id` integer PRIMARY KEY NOT NULL,
	`practice_id` integer NOT NULL,
	`original_name` text NOT NULL,
	`stored_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`added_at` text NOT NULL,
	FOREIGN KEY (`practice_id`) REFERENCES `practice_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practice_evidence_stored_name_unique` ON `practice_evidence` (`stored_name`);--> statement-breakpoint
CREATE TABLE `practice_records` (
	`id` integer PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`enterprise_name` text NOT NULL,
	`enterprise_code` text,
	`position` text,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`days` integer NOT NULL,
	`form` text NOT NULL,
	`content` text,
	`outcome` text,
	`review_state` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `practice_staff_idx` ON `practice_records` (`staff_id`);--> statement-breakpoint
CREATE INDEX `practice_start_idx` ON `practice_records` (`start_date`);--> statement-breakpoint
CREATE TABLE `classes` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`major_id` integer NOT NULL,
	`entry_year` integer NOT NULL,
	FOREIGN KEY (`major_id`) REFERENCES `majors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `classes_name_unique` ON `classes` (`name`);--> statement-breakpoint
CREATE TABLE `majors` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`category` text,
	`is_core` integer DEFAULT false NOT NULL,
	`honours` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `majors_code_unique` ON `majors` (`code`);--> statement-breakpoint
CREATE TABLE `student_certificates` (
	`id` integer PRIMARY KEY NOT NULL,
	`student_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`level` text,
	`issuer` text,
	`number` text,
	`obtained_date` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `student_certificates_student_idx` ON `student_certificates` (`student_id`);--> statement-breakpoint
CREATE TABLE `students` (
	`id` integer PRIMARY KEY NOT NULL,
	`student_no` text NOT NULL,
	`name` text NOT NULL,
	`id_card` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`major_id` integer,
	`class_id` integer,
	`entry_year` integer NOT NULL,
	`schooling_system` text NOT NULL,
	`expected_graduation_year` integer,
	`status` text NOT NULL,
	`integrated` integer DEFAULT false NOT NULL,
	`low_income` integer DEFAULT false NOT NULL,
	`destination` text,
	`destination_local` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`major_id`) REFERENCES `majors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `students_student_no_unique` ON `students` (`student_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `students_id_card_unique` ON `students` (`id_card`);--> statement-breakpoint
CREATE INDEX `students_name_idx` ON `students` (`name`);--> statement-breakpoint
CREATE INDEX `students_class_idx` ON `students` (`class_id`);--> statement-breakpoint
CREATE INDEX `students_grad_year_idx` ON `students` (`expected_graduation_year`);--> statement-breakpoint
CREATE TABLE `award_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`award_id` integer NOT NULL,
	`role` text NOT NULL,
	`student_id` integer,
	`staff_id` integer,
	`external_name` text,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `award_people_award_idx` ON `award_people` (`award_id`);--> statement-breakpoint
CREATE TABLE `awards` (
	`id` integer PRIMARY KEY NOT NULL,
	`competition` text NOT NULL,
	`system` text NOT NULL,
	`level` text NOT NULL,
	`year` integer NOT NULL,
	`event` text NOT NULL,
	`prize` text NOT NULL,
	`is_team` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`label` text,
	`field` text,
	`old_value` text,
	`new_value` text,
	`via` text NOT NULL,
	`batch_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);