-- Internal notes (src/domain/visibility) stay out of the search index: a search that matched a record on a word of
-- an internal note would tell an anonymous reader the word is there, excerpt or not. The index holds what every
-- reader may read: signed-in readers find internal notes on the record's log, not through search.
CREATE OR REPLACE FUNCTION tracker_search_notes_inserted() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "tracker_internal"."SearchDocument" d SET terms = d.terms || a.v FROM (SELECT "recommendationId" AS rid, tracker_tsvector_agg(tracker_search_vector(note, ''D'') ORDER BY id) AS v FROM new_rows WHERE visibility = ''PUBLIC'' GROUP BY 1) a WHERE d."recommendationId" = a.rid\073 RETURN NULL\073 END';
