-- Schema version 11: full-text search (SQLite's FTS5), kept in step by triggers.
--
--   case_search   one row per case: its summary, lessons, notes and
--                 correspondence subjects, rowid year * 16777216 + number
--                 (cases has no rowid of its own; (year, number) is unique).
--                 Notes and subjects are personal data, and so is this
--                 index of their words: plaint search shows them only to the
--                 handler (not with --no-personal), never in a report.
--   party_names   the parties' names, an external-content index of the
--                 parties table (the names stay there, only their words are
--                 indexed), for plaint search --party.
--
-- The triggers refresh a case's row whenever its case row, a lesson, a note
-- or a correspondence item is written, moved (a merge) or deleted. cases is
-- written with INSERT OR REPLACE, which fires DELETE triggers only under
-- PRAGMA recursive_triggers (off by default): the INSERT trigger therefore
-- deletes the row it is about to write itself. A bulk load
-- (Register::load_without_indexes) drops the triggers named search_* and
-- fills both indexes in one statement each afterwards.

CREATE VIRTUAL TABLE case_search USING fts5(
    ref UNINDEXED, summary, lessons, notes, correspondence,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- Ranked by bm25, a summary's words counting most.
INSERT INTO case_search (case_search, rank) VALUES ('rank', 'bm25(0.0, 4.0, 2.0, 1.0, 1.0)');

CREATE VIEW case_search_source AS
SELECT c.year * 16777216 + c.number AS id, c.ref AS ref, c.summary AS summary,
       coalesce((SELECT group_concat(l.lesson, char(10)) FROM case_lessons l WHERE l.case_ref = c.ref), '') AS lessons,
       coalesce((SELECT group_concat(n.text, char(10)) FROM notes n WHERE n.case_ref = c.ref), '') AS notes,
       coalesce((SELECT group_concat(k.subject, char(10)) FROM correspondence k WHERE k.case_ref = c.ref), '')
           AS correspondence
FROM cases c;

INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence) SELECT * FROM case_search_source;

CREATE TRIGGER search_case_inserted AFTER INSERT ON cases BEGIN
    DELETE FROM case_search WHERE rowid = NEW.year * 16777216 + NEW.number;
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref = NEW.ref;
END;
CREATE TRIGGER search_case_updated AFTER UPDATE ON cases BEGIN
    DELETE FROM case_search WHERE rowid IN (OLD.year * 16777216 + OLD.number, NEW.year * 16777216 + NEW.number);
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref = NEW.ref;
END;
CREATE TRIGGER search_case_deleted AFTER DELETE ON cases BEGIN
    DELETE FROM case_search WHERE rowid = OLD.year * 16777216 + OLD.number;
END;

-- A lesson, note or correspondence item changed: the case's row again
-- (both cases' rows when a merge moved it).
CREATE TRIGGER search_lesson_inserted AFTER INSERT ON case_lessons BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT year * 16777216 + number FROM cases WHERE ref = NEW.case_ref);
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref = NEW.case_ref;
END;
CREATE TRIGGER search_lesson_updated AFTER UPDATE ON case_lessons BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT year * 16777216 + number FROM cases WHERE ref IN (OLD.case_ref, NEW.case_ref));
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref IN (OLD.case_ref, NEW.case_ref);
END;
CREATE TRIGGER search_lesson_deleted AFTER DELETE ON case_lessons BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT year * 16777216 + number FROM cases WHERE ref = OLD.case_ref);
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref = OLD.case_ref;
END;
CREATE TRIGGER search_note_inserted AFTER INSERT ON notes BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT year * 16777216 + number FROM cases WHERE ref = NEW.case_ref);
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref = NEW.case_ref;
END;
CREATE TRIGGER search_note_updated AFTER UPDATE ON notes BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT year * 16777216 + number FROM cases WHERE ref IN (OLD.case_ref, NEW.case_ref));
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref IN (OLD.case_ref, NEW.case_ref);
END;
CREATE TRIGGER search_note_deleted AFTER DELETE ON notes BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT year * 16777216 + number FROM cases WHERE ref = OLD.case_ref);
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref = OLD.case_ref;
END;
CREATE TRIGGER search_correspondence_inserted AFTER INSERT ON correspondence BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT year * 16777216 + number FROM cases WHERE ref = NEW.case_ref);
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref = NEW.case_ref;
END;
CREATE TRIGGER search_correspondence_updated AFTER UPDATE ON correspondence BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT year * 16777216 + number FROM cases WHERE ref IN (OLD.case_ref, NEW.case_ref));
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref IN (OLD.case_ref, NEW.case_ref);
END;
CREATE TRIGGER search_correspondence_deleted AFTER DELETE ON correspondence BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT year * 16777216 + number FROM cases WHERE ref = OLD.case_ref);
    INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)
        SELECT * FROM case_search_source WHERE ref = OLD.case_ref;
END;

CREATE VIRTUAL TABLE party_names USING fts5(
    name, content = 'parties', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO party_names (party_names) VALUES ('rebuild');

CREATE TRIGGER search_party_inserted AFTER INSERT ON parties BEGIN
    INSERT INTO party_names (rowid, name) VALUES (NEW.id, NEW.name);
END;
CREATE TRIGGER search_party_updated AFTER UPDATE OF name ON parties BEGIN
    INSERT INTO party_names (party_names, rowid, name) VALUES ('delete', OLD.id, OLD.name);
    INSERT INTO party_names (rowid, name) VALUES (NEW.id, NEW.name);
END;
CREATE TRIGGER search_party_deleted AFTER DELETE ON parties BEGIN
    INSERT INTO party_names (party_names, rowid, name) VALUES ('delete', OLD.id, OLD.name);
END;
