-- Schema version 2: read-only views with friendly names for analysts who
-- open the register with sqlite3. Views carry no personal data.

CREATE VIEW case_list AS
SELECT ref            AS reference,
       kind,
       procedure,
       state,
       received,
       channel,
       incident_date,
       subject,
       service,
       provider,
       owner,
       closed_on,
       CASE WHEN closed_on IS NULL THEN 1 ELSE 0 END AS is_open
FROM cases;

CREATE VIEW journal AS
SELECT seq, case_ref AS reference, type, effective_date, recorded_at, actor, details
FROM events;
