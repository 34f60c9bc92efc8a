-- External indices loaded as attributed, country-level layers (e.g. Carnegie's AIGS 2022), kept
-- apart from the sourced register: nothing here is a transfer, and nothing here creates a revision.
-- Indicators: country-year values (user-imported, or a layer's own columns) for cross-tabs.

CREATE TABLE layer (
  id            VARCHAR(64)   PRIMARY KEY,
  kind          VARCHAR(20)   NOT NULL,
  -- The citation (title, author, publisher, DOI, URL, licence, date) as a JSON object.
  citation      TEXT          NOT NULL,
  -- Keys of the technologies the layer covers, delimited on both sides (';a;b;').
  covers        VARCHAR(400)  NOT NULL,
  row_count     INTEGER       NOT NULL,
  -- SHA-256 of the layer's content: importing the same table again writes nothing.
  content_hash  VARCHAR(64)   NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by   VARCHAR(100)  NOT NULL
);

CREATE TABLE layer_row (
  layer_id      VARCHAR(64)   NOT NULL REFERENCES layer (id) ON DELETE CASCADE,
  country       VARCHAR(2)    NOT NULL,
  line          INTEGER       NOT NULL,
  technologies  VARCHAR(400)  NOT NULL,
  -- The whole row (technologies, supplier countries, companies, other columns) as JSON.
  body          TEXT          NOT NULL,
  PRIMARY KEY (layer_id, country)
);
CREATE INDEX layer_row_country_idx ON layer_row (country);

CREATE TABLE indicator_value (
  indicator     VARCHAR(200)  NOT NULL,
  country       VARCHAR(2)    NOT NULL,
  year_no       INTEGER       NOT NULL,
  category      VARCHAR(200)  NOT NULL,
  -- The layer whose column this is (replaced with the layer), or null when a user imported it.
  layer_id      VARCHAR(64)   REFERENCES layer (id) ON DELETE CASCADE,
  PRIMARY KEY (indicator, country, year_no)
);
CREATE INDEX indicator_value_layer_idx ON indicator_value (layer_id);
