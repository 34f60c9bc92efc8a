-- Saved screening runs: which names were screened against which register revision, when, and what
-- matched. A report is reached by its id alone (a long random string), so it can be shared with
-- someone without an account; the screened names are the user's own data and appear nowhere else.

CREATE TABLE screening_report (
  id                 VARCHAR(32)   PRIMARY KEY,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  -- Who saved it (never shown with the report).
  author             VARCHAR(100)  NOT NULL,
  -- The newest revision of the register when the names were screened.
  register_revision  BIGINT        NOT NULL,
  threshold          NUMERIC(4, 3) NOT NULL,
  names              INTEGER       NOT NULL,
  alerts             INTEGER       NOT NULL,
  skipped            INTEGER       NOT NULL
);

-- One row per screened name and match (a name without a match has one row with no organization),
-- in the order the names came.
CREATE TABLE screening_report_row (
  report_id            VARCHAR(32)    NOT NULL REFERENCES screening_report (id),
  row_no               INTEGER        NOT NULL,
  input_line           BIGINT         NOT NULL,
  input                VARCHAR(500)   NOT NULL,
  organization_id      VARCHAR(64),
  organization_name    VARCHAR(500),
  matched_on           VARCHAR(1000),
  score                NUMERIC(4, 3),
  country              VARCHAR(2),
  recipient_countries  VARCHAR(2000),
  parent_id            VARCHAR(64),
  parent_name          VARCHAR(500),
  explanation          VARCHAR(4000),
  PRIMARY KEY (report_id, row_no)
);
