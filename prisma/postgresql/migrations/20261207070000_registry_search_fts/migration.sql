-- Nothing to do on PostgreSQL: guest search by part of a name or title already reads the trigram GIN
-- indexes on searchName and searchTitle (20261201191500_search_trigram, 20261206233000_registry_search_title).
-- SQLite gets an FTS5 trigram index of the same columns in this migration.
SELECT 1;
