-- Statistics (the dashboard, monthly figures) count live files by township, flags, economic status and age. This
-- index holds exactly those columns, so the count is read from it without decrypting every whole elder row.
CREATE INDEX ix_elder_statistics ON elder (deleted, township_code, hardship_flags, economic_status, birth_date);
