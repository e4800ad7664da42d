-- Schema version 14: attachment content kept beside the register.
--
-- A blob's content is either inside the register, in blob_chunks (every
-- blob written before version 14: it stays there, readable and checked by
-- verify), or in the documents directory beside the register file
-- (reg.db -> reg.db-documents/), as a file named by its SHA-256:
-- reg.db-documents/9f/9f86d081884c7d65... (no blob_chunks rows, chunks 0).
-- Such a file is written, fdatasynced and renamed into place before the
-- transaction that adds its blobs row commits, so a row never names content
-- that is not on the disk.
ALTER TABLE blobs ADD COLUMN place TEXT NOT NULL DEFAULT 'register'
    CHECK (place IN ('register', 'directory'));

-- Where each content is, for analysts with sqlite3: `file` is the path
-- inside the documents directory (NULL for content inside the register).
CREATE VIEW document_files AS
SELECT sha256, size, place,
       CASE place WHEN 'directory' THEN substr(sha256, 1, 2) || '/' || sha256 END AS file
FROM blobs;
