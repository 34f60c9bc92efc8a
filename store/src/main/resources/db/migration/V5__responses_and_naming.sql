-- Right of reply and opt-in naming. Portable SQL (H2 and PostgreSQL), unquoted identifiers.

-- Responses from the companies or governments a transfer names: what they said, when, and where.
-- A response is pending until a reviewer other than its author publishes it; a retracted one is
-- kept (with its revisions) but no longer shown. Every change also writes a row to revision
-- (entity_type 'response', entity_id = this id), so the audit trail and page freshness see it.
CREATE TABLE transfer_response (
  id               VARCHAR(64)   PRIMARY KEY,
  transfer_id      VARCHAR(64)   NOT NULL REFERENCES transfer (id) ON DELETE CASCADE,
  responder_name   VARCHAR(500)  NOT NULL,
  -- company | government | other
  responder_kind   VARCHAR(20)   NOT NULL,
  organization_id  VARCHAR(64),
  country          VARCHAR(2),
  -- YYYY-MM-DD: the day the response was given.
  response_date    VARCHAR(10)   NOT NULL,
  response_text    VARCHAR(8000) NOT NULL,
  -- http(s) only; checked before it is stored and again before it is shown as a link.
  link             VARCHAR(2000),
  how_obtained     VARCHAR(500),
  -- pending | published | retracted
  state            VARCHAR(20)   NOT NULL,
  revision_no      INTEGER       NOT NULL,
  created_by       VARCHAR(100)  NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX transfer_response_transfer_idx ON transfer_response (transfer_id);

-- Off by default: public history names a contributor only if they chose so.
ALTER TABLE account ADD COLUMN public_name BOOLEAN DEFAULT FALSE NOT NULL;
