-- Saved screening runs: which names were screened against which register revision, when, and what
-- matched. A report is reached by its id alone (a long random string), so it can be shared with
-- someone without an account; the screened names are the user's own data and appear nowhere else.

CREATE TABLE screening_report (
  id                 VARCHAR(32)   PRIMARY KEY,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  -- Who saved it (never shown with the report).
  author             VARCHAR(100)  NOT NULL,
  -- The newest revision of the register when the names were screened, and the register's version
  -- then (the content hash of GET /api/v1/version and of a release, ADR 0023).
  register_revision  BIGINT        NOT NULL,
  register_version   VARCHAR(64)   NOT NULL,
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

-- Cited native-script names (Chinese, Cyrillic) of organizations, one row per name with its ISO
-- 15924 script and where it was seen. Kept apart from organization_alias so that importing an
-- organizations file neither adds nor removes them (ADR 0019); screening and search's name matching
-- read them as further aliases of the published organization with that id.
CREATE TABLE organization_native_name (
  org_id      VARCHAR(64)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  name        VARCHAR(500)  NOT NULL,
  script      VARCHAR(4)    NOT NULL,
  source_url  VARCHAR(2000) NOT NULL,
  -- Order in the cited file: aliases keep it.
  position    INTEGER       NOT NULL,
  PRIMARY KEY (org_id, name)
);
