-- Guest search by part of a name or title reads one trigram index of both columns together
-- (lib/data/search.ts guestSearchSql: the same expression; a term holds no line break, so it matches
-- inside one of them). With two indexes OR'ed the planner scanned the whole table for a name of middling
-- frequency at the default random_page_cost: at 20,000 registries "gonz" (354 matches) took 13.3 ms
-- that way, and 1.7 ms from this index ("rivera" 1.1 ms, "tanaka" 1.1, "liam t" 0.4). The title's own
-- index served only that search and goes; searchName's stays (admin and SOAP search by name).
CREATE INDEX "Registry_searchText_trgm_idx" ON "Registry" USING gin (("searchName" || E'\n' || "searchTitle") gin_trgm_ops);
DROP INDEX "Registry_searchTitle_trgm_idx";
