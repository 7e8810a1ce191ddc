DROP INDEX `students_name_idx`;--> statement-breakpoint
DROP INDEX `students_grad_year_idx`;--> statement-breakpoint
CREATE INDEX `students_roster_idx` ON `students` (`student_no`,`status`,`entry_year`,`major_id`);--> statement-breakpoint
CREATE INDEX `students_id_card_idx` ON `students` (`id_card`,`status`,`entry_year`,`major_id`);--> statement-breakpoint
CREATE INDEX `students_entry_year_idx` ON `students` (`entry_year`,`student_no`,`status`,`major_id`);--> statement-breakpoint
CREATE INDEX `students_status_idx` ON `students` (`status`);--> statement-breakpoint
CREATE INDEX `students_major_idx` ON `students` (`major_id`);--> statement-breakpoint
CREATE INDEX `students_name_idx` ON `students` (`name`,`student_no`,`status`,`entry_year`,`major_id`);--> statement-breakpoint
CREATE INDEX `students_grad_year_idx` ON `students` (`expected_graduation_year`,`student_no`,`status`,`entry_year`,`major_id`);