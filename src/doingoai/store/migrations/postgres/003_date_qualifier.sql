-- DateExpr.qualifier ("after", "before", "since" or ''): how the text bounds the date ("sau năm 1979").
-- Keep in step with the other dialect's 003_date_qualifier.sql.
ALTER TABLE dates ADD COLUMN qualifier TEXT NOT NULL DEFAULT '';
