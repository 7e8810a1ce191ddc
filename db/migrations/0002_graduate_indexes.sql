DROP INDEX `student_certificates_student_idx`;--> statement-breakpoint
CREATE INDEX `student_certificates_student_idx` ON `student_certificates` (`student_id`,`obtained_date`,`kind`,`level`);--> statement-breakpoint
DROP INDEX `students_status_idx`;--> statement-breakpoint
CREATE INDEX `students_status_idx` ON `students` (`status`,`expected_graduation_year`,`destination`,`destination_local`,`low_income`);